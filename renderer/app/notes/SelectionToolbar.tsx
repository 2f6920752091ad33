import { useEffect, useState, type RefObject } from 'react';
import { COLORS, type Color } from '../../core/notes/annotation';
import { useMessages } from '../i18n';
import { useCommand } from '../commands/useCommands';
import { readSelection, type TextSelection } from './textSelection';

interface Props {
  container: RefObject<HTMLElement | null>;
  onHighlight: (selection: TextSelection, color: Color, then: 'done' | 'note' | 'tag') => void;
}

/** Appears over a selection in a paragraph: highlight in a colour, add a note, or tag it. */
export function SelectionToolbar({ container, onHighlight }: Props) {
  const t = useMessages();
  const [shown, setShown] = useState<{ selection: TextSelection | 'across'; x: number; y: number } | null>(null);

  useEffect(() => {
    const update = (): void => {
      const root = container.current;
      const selection = root ? readSelection(root) : null;
      if (selection === null) return setShown(null);
      const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      setShown({ selection, x: rect.left + rect.width / 2, y: rect.top });
    };
    document.addEventListener('selectionchange', update);
    // A selection made before this listener was attached (the page had only just drawn) still counts.
    update();
    return () => document.removeEventListener('selectionchange', update);
  }, [container]);

  // h and n act on a selection within one paragraph (the registry's selection commands).
  const selected = (): TextSelection | null => {
    const root = container.current;
    const selection = root ? readSelection(root) : null;
    return selection === null || selection === 'across' ? null : selection;
  };
  const highlightSelected = (then: 'done' | 'note'): void => {
    const selection = selected();
    if (!selection) return;
    onHighlight(selection, 'yellow', then);
    window.getSelection()?.removeAllRanges();
  };
  useCommand(
    'selection:highlight',
    () => highlightSelected('done'),
    () => selected() !== null,
  );
  useCommand(
    'selection:note',
    () => highlightSelected('note'),
    () => selected() !== null,
  );

  if (!shown) return null;
  // Above the selection, but always inside the window (below the top bar), even when the selection is scrolled away.
  const style = {
    left: Math.max(8, Math.min(shown.x - 150, window.innerWidth - 320)),
    top: Math.min(Math.max(64, shown.y - 52), window.innerHeight - 60),
  };
  if (shown.selection === 'across') {
    return (
      <div className="selection-toolbar" style={style} role="status">
        {t.selectWithinParagraph}
      </div>
    );
  }
  const selection = shown.selection;
  const act = (color: Color, then: 'done' | 'note' | 'tag') => () => {
    onHighlight(selection, color, then);
    window.getSelection()?.removeAllRanges();
    setShown(null);
  };
  return (
    <div
      className="selection-toolbar"
      style={style}
      role="toolbar"
      aria-label={t.highlightToolbar}
      onMouseDown={(e) => e.preventDefault()}
    >
      {COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch hl-${color}`}
          aria-label={t.highlightIn(t.colors[color])}
          title={t.highlightIn(t.colors[color])}
          onClick={act(color, 'done')}
        />
      ))}
      <button type="button" onClick={act('yellow', 'note')}>
        {t.addNote}
      </button>
      <button type="button" onClick={act('yellow', 'tag')}>
        {t.addTag}
      </button>
    </div>
  );
}
