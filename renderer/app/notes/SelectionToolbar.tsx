import { useEffect, useState, type RefObject } from 'react';
import { COLORS, type Color } from '../../core/notes/annotation';
import { useMessages } from '../i18n';
import { isShortcutKey } from '../keys';
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
    const onKey = (event: KeyboardEvent): void => {
      if (!isShortcutKey(event) || (event.key !== 'h' && event.key !== 'n')) return;
      const root = container.current;
      const selection = root ? readSelection(root) : null;
      if (selection === null || selection === 'across') return;
      event.preventDefault();
      onHighlight(selection, 'yellow', event.key === 'n' ? 'note' : 'done');
      window.getSelection()?.removeAllRanges();
    };
    document.addEventListener('selectionchange', update);
    window.addEventListener('keydown', onKey);
    // A selection made before this listener was attached (the page had only just drawn) still counts.
    update();
    return () => {
      document.removeEventListener('selectionchange', update);
      window.removeEventListener('keydown', onKey);
    };
  }, [container, onHighlight]);

  if (!shown) return null;
  // Above the selection, but always inside the window (below the top bar), even when the selection is scrolled away.
  const style = { left: Math.max(8, Math.min(shown.x - 150, window.innerWidth - 320)), top: Math.min(Math.max(64, shown.y - 52), window.innerHeight - 60) };
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
    <div className="selection-toolbar" style={style} role="toolbar" aria-label={t.highlightToolbar} onMouseDown={(e) => e.preventDefault()}>
      {COLORS.map((color) => (
        <button key={color} type="button" className={`swatch hl-${color}`} aria-label={t.highlightIn(t.colors[color])} title={t.highlightIn(t.colors[color])} onClick={act(color, 'done')} />
      ))}
      <button type="button" onClick={act('yellow', 'note')}>{t.addNote}</button>
      <button type="button" onClick={act('yellow', 'tag')}>{t.addTag}</button>
    </div>
  );
}
