import { useEffect, useRef, useState, type RefObject } from 'react';
import type { GlossaryTerm } from '../../worker/protocol';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { useCommand } from '../commands/useCommands';
import { navigate } from '../useRoute';

export const TERM_CARD_ID = 'term-card';

/**
 * The card of a glossary term: its forms in both languages, and "Search this". Hovering a term shows it, and so
 * does keyboard focus (city links are in the tab order; other terms are reached with `t`, see ReaderView), in which
 * case the focused term is described by the card and Enter searches it.
 */
export function TermCard({
  container,
  terms,
}: {
  container: RefObject<HTMLElement | null>;
  terms: Readonly<Record<string, GlossaryTerm>>;
}) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const [shown, setShown] = useState<{ term: GlossaryTerm; text: string; x: number; y: number; above: boolean } | null>(
    null,
  );
  const hide = useRef<number | undefined>(undefined);
  const described = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    // Hover shows the card, and so does keyboard focus on a city's link.
    const over = (event: Event): void => {
      const el = (event.target as HTMLElement).closest<HTMLElement>('.term');
      const term = el ? terms[el.dataset.concept ?? ''] : undefined;
      if (!el || !term) return;
      window.clearTimeout(hide.current);
      described.current?.removeAttribute('aria-describedby');
      el.setAttribute('aria-describedby', TERM_CARD_ID);
      described.current = el;
      const rect = el.getBoundingClientRect();
      // Below the term, or above it when the window has no room below.
      const above = rect.bottom + 160 > window.innerHeight;
      setShown({ term, text: el.textContent ?? '', x: rect.left, y: above ? rect.top - 6 : rect.bottom + 6, above });
    };
    const out = (event: Event): void => {
      if ((event.target as HTMLElement).closest('.term')) hide.current = window.setTimeout(() => setShown(null), 400);
    };
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseout', out);
    root.addEventListener('focusin', over);
    root.addEventListener('focusout', out);
    return () => {
      described.current?.removeAttribute('aria-describedby');
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseout', out);
      root.removeEventListener('focusin', over);
      root.removeEventListener('focusout', out);
      window.clearTimeout(hide.current);
    };
  }, [container, terms]);

  // On a focused term: Enter searches it, Escape goes back to its paragraph (the registry's term commands).
  const focusedTerm = (event: KeyboardEvent | null): HTMLElement | null => {
    const el = (event?.target ?? document.activeElement) as HTMLElement | null;
    return el?.matches?.('span.term') && container.current?.contains(el) ? el : null;
  };
  useCommand(
    'term:search',
    (e) => navigate({ view: 'search', query: focusedTerm(e)?.textContent ?? '' }),
    (e) => focusedTerm(e) !== null,
  );
  useCommand(
    'term:leave',
    (e) => {
      setShown(null);
      focusedTerm(e)?.closest<HTMLElement>('[data-paragraph]')?.focus({ preventScroll: true });
    },
    (e) => focusedTerm(e) !== null,
  );

  useEffect(() => {
    if (shown) return;
    described.current?.removeAttribute('aria-describedby');
    described.current = null;
  }, [shown]);

  if (!shown) return null;
  const { term } = shown;
  return (
    <div
      id={TERM_CARD_ID}
      className={`term-card${shown.above ? ' above' : ''}`}
      role="tooltip"
      style={{ left: Math.max(8, Math.min(shown.x, window.innerWidth - 300)), top: shown.y }}
      onMouseEnter={() => window.clearTimeout(hide.current)}
      onMouseLeave={() => setShown(null)}
    >
      <p className="term-forms">
        <span lang="en">{term.en}</span>
        <span lang="zh-Hans">{term.zhHans}</span>
        {term.zhHant !== term.zhHans && <span lang="zh-Hant">{term.zhHant}</span>}
      </p>
      {term.note && <p className="term-note">{term.note[uiLanguage]}</p>}
      {term.id === 'city-laiwu' && <p className="term-note">{t.laiwuNote}</p>}
      <div className="term-actions">
        <button type="button" onClick={() => navigate({ view: 'search', query: shown.text })}>
          {t.searchThis}
        </button>
        {term.id.startsWith('city-') && (
          <a className="button" href={`#/cities/${term.id.slice('city-'.length)}`}>
            {t.openCityPage}
          </a>
        )}
      </div>
    </div>
  );
}
