import { forwardRef } from 'react';
import { useMessages } from '../i18n';

interface Props {
  value: string;
  onChange: (value: string) => void;
}

/**
 * The one search field, in the top bar: Ctrl/Cmd+K or Ctrl/Cmd+F reach it from anywhere; Enter and Escape in it are
 * the registry's search commands (`search:first`, `search:clear`), run by the one keyboard handler.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox({ value, onChange }, ref) {
  const t = useMessages();
  return (
    <div className="search-box" role="search">
      <label htmlFor="search-input" className="visually-hidden">
        {t.searchLabel}
      </label>
      <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M16 16l4.5 4.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
      <input
        ref={ref}
        id="search-input"
        type="search"
        value={value}
        placeholder={t.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby="search-hint"
      />
      <kbd id="search-hint" className="search-hint" aria-label={t.searchShortcut}>
        Ctrl K
      </kbd>
    </div>
  );
});
