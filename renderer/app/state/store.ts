import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CityProfile } from '../../core/extract/city-profiles';
import type { Target } from '../../core/extract/targets';
import type { Anchored } from '../../core/notes/anchor';
import type { Annotation } from '../../core/notes/annotation';
import type { Recovery } from '../notes/backup';
import { loadSettings, type Settings } from './settingsSchema';

/**
 * The page's one store: everything the views share or keep beyond a render lives here, typed, in one place. Views
 * read it with `useAppState(selector)` and change it only through the actions of its slices (`settings.ts`,
 * `notes/notesState.ts`, `useViewState.ts`, `useExtracts.ts`), so a newcomer finds each piece of state, and who
 * changes it, from this file.
 *
 * Zustand, not React context with a reducer: the settings and notes are changed from outside React too (the command
 * handlers, a save that completes after its view is gone), and a vanilla store is read and written there as easily
 * as in a component, with no provider to thread and no re-render of the whole tree on each change (1 KB, MIT).
 */
export interface NotesSlice {
  readonly status: 'loading' | 'ready' | 'failed';
  /** What the screen shows: the saved annotations with the changes under way laid over them. */
  readonly annotations: readonly Annotation[];
  /** The ids of annotations whose change is not written yet (shown as saving, not saved). */
  readonly pending: ReadonlySet<string>;
  readonly unreadable: number;
  /** The last save that failed, in words: the change was not kept. */
  readonly error: string | null;
  /** The last deleted annotation, for Undo. */
  readonly deleted: Annotation | null;
  /** Notes an automatic backup holds that the store lost (it opened empty or damaged): offered for restoring. */
  readonly recovery: Recovery | null;
}

export interface Extracts {
  readonly cities: readonly CityProfile[];
  readonly targets: readonly Target[];
}

export interface AppState {
  /** What the reader chose (theme, language, text size…), remembered in localStorage. */
  readonly settings: Settings;
  /** The reader's annotations, as stored in IndexedDB. */
  readonly notes: NotesSlice;
  /** Each view's own filters and sort, kept for the session so that Back finds the view as it was left. */
  readonly views: Readonly<Record<string, unknown>>;
  /** What the build step extracted (extracts.json), once loaded. */
  readonly extracts: { readonly data: Extracts | null; readonly error: string | null };
  /** Whether the place last read has been restored (it is, once, after a start). */
  readonly scrollRestored: boolean;
  /** Notes placed by likeness in the worker, by document version and note version (see reader/useReaderNotes). */
  readonly anchors: Readonly<Record<string, Anchored>>;
}

export function initialState(): AppState {
  return {
    settings: loadSettings(),
    notes: {
      status: 'loading',
      annotations: [],
      pending: new Set(),
      unreadable: 0,
      error: null,
      deleted: null,
      recovery: null,
    },
    views: {},
    extracts: { data: null, error: null },
    scrollRestored: false,
    anchors: {},
  };
}

export const appStore = createStore<AppState>()(() => initialState());

/** A part of the store, re-rendering only when that part changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
