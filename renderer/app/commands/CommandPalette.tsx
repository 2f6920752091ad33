import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { COMMANDS, findCommands, type CommandId } from '../../core/commands/commands';
import { useMessages } from '../i18n';
import { shownKey } from './keys';
import { useSettings } from '../settings';
import { useCommandHandlers, useCommandsVersion } from './useCommands';

/**
 * Ctrl/Cmd+Shift+P: every command, found by its name in English or Chinese whatever the interface's language.
 * Commands that do not apply where the reader is are listed, marked, and cannot be run. Enter runs the chosen one
 * where the focus was before the palette opened; Escape closes it.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const handlers = useCommandHandlers();
  useCommandsVersion();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnTo = useRef<Element | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const found = findCommands(COMMANDS, query);
  const chosen = found[Math.min(active, found.length - 1)];

  useLayoutEffect(() => {
    returnTo.current = document.activeElement;
    dialog.current?.showModal();
  }, []);
  useEffect(() => {
    dialog.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const close = (): void => {
    dialog.current?.close();
    onClose();
    (returnTo.current as HTMLElement | null)?.focus?.({ preventScroll: true });
  };
  const runCommand = (id: CommandId): void => {
    if (!handlers.available(id)) return;
    close();
    handlers.run(id);
  };

  return (
    <dialog
      ref={dialog}
      className="palette"
      aria-label={t.palette}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
      onClick={(e) => e.target === dialog.current && close()}
    >
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={chosen ? `${listId}-${chosen.id}` : undefined}
        aria-label={t.palette}
        placeholder={t.palettePlaceholder}
        value={query}
        autoFocus
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) =>
              found.length === 0 ? 0 : (Math.min(i, found.length - 1) + step + found.length) % found.length,
            );
          } else if (e.key === 'Enter') {
            e.preventDefault();
            if (chosen) runCommand(chosen.id);
          }
          // Keys typed here are the palette's, not the page's shortcuts.
          e.stopPropagation();
        }}
      />
      {found.length === 0 ? (
        <p className="palette-none" role="status">
          {t.paletteNone}
        </p>
      ) : (
        <ul id={listId} role="listbox" aria-label={t.palette}>
          {found.map((c) => {
            const available = handlers.available(c.id);
            const other = uiLanguage === 'zh' ? c.label.en : c.label.zh;
            return (
              <li
                key={c.id}
                id={`${listId}-${c.id}`}
                role="option"
                aria-selected={c === chosen}
                aria-disabled={!available}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => runCommand(c.id)}
              >
                <span className="palette-label">{c.label[uiLanguage]}</span>
                <span className="palette-other" lang={uiLanguage === 'zh' ? 'en' : 'zh-Hans'}>
                  {other}
                </span>
                {!available && <span className="palette-unavailable">{t.paletteUnavailable}</span>}
                <span className="palette-keys">
                  {c.keys.slice(0, 2).map((k) => (
                    <kbd key={k}>{shownKey(k)}</kbd>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </dialog>
  );
}
