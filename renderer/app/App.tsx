import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Library } from '../core/corpus/shipped';
import { parseRoute } from '../core/route/route';
import { bridge } from '../bridge/bridge';
import { AboutView } from './AboutView';
import { CitiesView } from './cities/CitiesView';
import { TargetsView } from './targets/TargetsView';
import { NotesView } from './notes/NotesView';
import { RecoveryBar } from './notes/RecoveryBar';
import { UndoBar } from './notes/UndoBar';
import { useMessages } from './i18n';
import { CommandPalette } from './commands/CommandPalette';
import { CommandHandlers } from './commands/handlers';
import { CommandsProvider, useCommand, useCommandHandlers, useKeyboardCommands } from './commands/useCommands';
import { LibraryView } from './library/LibraryView';
import { ReaderView } from './reader/ReaderView';
import { SearchBox } from './search/SearchBox';
import { searchClient } from './search/searchClient';
import { SearchView } from './search/SearchView';
import { searchOptions, useSearch, type SearchFilters } from './search/useSearch';
import { getSettings, stepFontScale, updateSettings, useSettings } from './settings';
import { TopBar } from './TopBar';
import { useCorpus } from './useCorpus';
import { navigate, navigateTo, useHash, useRoute } from './useRoute';

/**
 * Moves to the next or previous document from the one open (or the first/last from the library). The open
 * document is read from the address at the moment of the key press, not from the last render, so keys
 * pressed faster than React renders still step one document each.
 */
function stepDocument(library: Library, direction: 1 | -1): void {
  const route = parseRoute(window.location.hash);
  const currentId = route.view === 'document' ? route.docId : null;
  const ids = library.documents.map((d) => d.id);
  if (ids.length === 0) return;
  const at = currentId === null ? -1 : ids.indexOf(currentId);
  const next = at === -1 ? (direction === 1 ? 0 : ids.length - 1) : (at + direction + ids.length) % ids.length;
  navigate({ view: 'document', docId: ids[next]!, paragraph: null });
}

function useAppliedSettings(): void {
  const { theme, uiLanguage, fontScale } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.lang = uiLanguage === 'zh' ? 'zh-Hans' : 'en';
    root.style.setProperty('--font-scale', String(fontScale));
  }, [theme, uiLanguage, fontScale]);
  // The application menu shows the theme and interface language in use, wherever they were chosen.
  useEffect(() => bridge.reportMenuState({ theme, uiLanguage }), [theme, uiLanguage]);
}

/** On a start with no address of its own, go back to the last place read. */
function useRestoreLastPlace(): void {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const { last } = getSettings();
    const hash = window.location.hash;
    if ((hash === '' || hash === '#' || hash === '#/') && last !== null && last.hash !== '#/') {
      window.history.replaceState(null, '', last.hash);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
  }, []);
}

/** The program: one owner of the commands (the keyboard, the palette and the menu run them), and the page. */
export function App() {
  const [commands] = useState(() => new CommandHandlers());
  return (
    <CommandsProvider handlers={commands}>
      <Page />
    </CommandsProvider>
  );
}

function Page() {
  const commands = useCommandHandlers();
  const [paletteOpen, setPaletteOpen] = useState(false);
  const route = useRoute();
  const hash = useHash();
  const t = useMessages();
  useAppliedSettings();
  useRestoreLastPlace();

  const [filters, setFilters] = useState<SearchFilters>({ language: null, docId: null });
  const query = route.view === 'search' ? route.query : '';
  const search = useSearch(query, filters);
  // The library and the search results are drawn from the library; every other view needs the documents' text.
  const state = useCorpus(
    route.view !== 'library' && route.view !== 'search',
    route.view !== 'search' || search.status === 'done' || search.status === 'failed' || query.trim() === '',
  );
  const library = state.status === 'library' || state.status === 'ready' ? state.library : null;
  const searchInput = useRef<HTMLInputElement>(null);
  // Where Escape goes back to: the page the search was started from.
  const returnTo = useRef<string>('#/');

  // These read the address as it is now, not as of the last render: keys can come faster than renders.
  const searching = (): boolean => parseRoute(window.location.hash).view === 'search';
  const onSearchChange = (value: string): void => {
    const already = searching();
    if (!already) returnTo.current = window.location.hash || '#/';
    navigate({ view: 'search', query: value }, { replace: already });
  };
  const onSearchSubmit = (): void => {
    // Asks for the first hit of the query as typed now, so Enter works even before the results are drawn.
    const live = parseRoute(window.location.hash);
    if (live.view !== 'search' || live.query.trim() === '') return;
    void searchClient.search(live.query, searchOptions(filters, 1)).then(({ hits: [first] }) => {
      if (first) navigate({ view: 'document', docId: first.docId, paragraph: first.paragraph, query: live.query });
    });
  };
  const onSearchClear = (): void => {
    if (searching()) navigateTo(returnTo.current);
    searchInput.current?.blur();
  };

  // The program's commands that work anywhere; the desktop menu sends the same ones. Registered before the page is
  // painted, so a key pressed as soon as a document shows is not lost.
  useCommand('search:focus', () => {
    searchInput.current?.focus();
    searchInput.current?.select();
  });
  useCommand('palette:open', () => setPaletteOpen(true));
  useCommand('show:library', () => navigate({ view: 'library' }));
  useCommand('show:targets', () => navigate({ view: 'targets' }));
  useCommand('show:notes', () => navigate({ view: 'notes' }));
  useCommand('show:cities', () => navigate({ view: 'cities', cityId: null }));
  useCommand('show:about', () => navigate({ view: 'about' }));
  useCommand(
    'document:previous',
    () => library && stepDocument(library, -1),
    () => library !== null,
  );
  useCommand(
    'document:next',
    () => library && stepDocument(library, 1),
    () => library !== null,
  );
  useCommand('font:larger', () => updateSettings((s) => ({ fontScale: stepFontScale(s.fontScale, 1) })));
  useCommand('font:smaller', () => updateSettings((s) => ({ fontScale: stepFontScale(s.fontScale, -1) })));
  useCommand('font:reset', () => updateSettings({ fontScale: 1 }));
  useCommand('theme:system', () => updateSettings({ theme: 'system' }));
  useCommand('theme:light', () => updateSettings({ theme: 'light' }));
  useCommand('theme:dark', () => updateSettings({ theme: 'dark' }));
  useCommand('ui-language:en', () => updateSettings({ uiLanguage: 'en' }));
  useCommand('ui-language:zh', () => updateSettings({ uiLanguage: 'zh' }));
  const inSearchBox = (event: KeyboardEvent | null): boolean =>
    (event?.target ?? document.activeElement) === searchInput.current;
  useCommand('search:first', onSearchSubmit, inSearchBox);
  useCommand('search:clear', onSearchClear, inSearchBox);
  useKeyboardCommands();

  useLayoutEffect(() => {
    const offCommands = bridge.onMenuCommand((command) => commands.run(command));
    // A shandong-reader:// link opened from another program: the shell has already checked it.
    const offLinks = bridge.onOpenLink((hash) => {
      if (parseRoute(hash).view === 'document') navigateTo(hash);
    });
    return () => {
      offCommands();
      offLinks();
    };
  }, [commands]);

  // Remember where the reader is (address and scroll), for the next start.
  useEffect(() => {
    let timer: number | undefined;
    const save = (): void => {
      window.clearTimeout(timer);
      timer = window.setTimeout(
        () => updateSettings({ last: { hash: window.location.hash || '#/', scrollY: Math.round(window.scrollY) } }),
        200,
      );
    };
    save();
    window.addEventListener('scroll', save, { passive: true });
    return () => {
      window.removeEventListener('scroll', save);
      window.clearTimeout(timer);
    };
  }, [hash]);

  let main;
  const loading = (
    <p className="status" role="status">
      {t.loading}
    </p>
  );
  const failed = (message: string) => (
    <div className="status" role="alert">
      <h1>{t.loadFailed}</h1>
      <p>{message}</p>
    </div>
  );
  if (state.status === 'loading') {
    main = loading;
  } else if (state.status === 'failed') {
    main = failed(state.message);
  } else if (route.view === 'search') {
    main = <SearchView library={state.library} query={query} state={search} filters={filters} onFilters={setFilters} />;
  } else if (route.view === 'library') {
    main = <LibraryView library={state.library} />;
  } else if (state.status === 'library') {
    main = state.failed === null ? loading : failed(state.failed);
  } else if (route.view === 'targets') {
    main = <TargetsView corpus={state.corpus} />;
  } else if (route.view === 'cities') {
    main = <CitiesView corpus={state.corpus} cityId={route.cityId} />;
  } else if (route.view === 'document') {
    main = (
      <ReaderView
        corpus={state.corpus}
        docId={route.docId}
        paragraph={route.paragraph}
        query={route.query ?? ''}
        span={route.span ?? null}
        annotation={route.annotation ?? null}
      />
    );
  } else if (route.view === 'notes') {
    main = <NotesView corpus={state.corpus} />;
  } else {
    main = <AboutView corpus={state.corpus} />;
  }

  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t.skipToContent}
      </a>
      <TopBar route={route} search={<SearchBox ref={searchInput} value={query} onChange={onSearchChange} />} />
      <main id="main" tabIndex={-1}>
        {main}
      </main>
      <UndoBar />
      <RecoveryBar />
      {paletteOpen && <CommandPalette onClose={() => setPaletteOpen(false)} />}
    </>
  );
}
