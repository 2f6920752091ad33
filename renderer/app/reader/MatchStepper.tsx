import { useMessages } from '../i18n';

interface Props {
  query: string;
  current: number;
  total: number | null;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

/** "3 of 17 matches for …", with previous / next and close; Enter, Shift+Enter and Escape do the same. */
export function MatchStepper({ query, current, total, onStep, onClose }: Props) {
  const t = useMessages();
  return (
    <div className="match-stepper" role="region" aria-label={t.matchesFor(query)}>
      <button
        type="button"
        onClick={() => onStep(-1)}
        disabled={!total}
        aria-label={t.previousMatch}
        title={t.previousMatch}
      >
        ‹
      </button>
      <button type="button" onClick={() => onStep(1)} disabled={!total} aria-label={t.nextMatch} title={t.nextMatch}>
        ›
      </button>
      <span className="match-count" role="status" aria-live="polite">
        {total === null
          ? t.searching
          : total === 0
            ? t.noMatchesHere
            : `${t.matchOf(current + 1, total)} · ${t.matchesFor(query)}`}
      </span>
      <button
        type="button"
        className="match-close"
        onClick={onClose}
        aria-label={t.closeMatches}
        title={t.closeMatches}
      >
        ✕
      </button>
    </div>
  );
}
