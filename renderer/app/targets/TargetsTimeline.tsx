import type { Target } from '../../core/extract/targets';
import { useMessages } from '../i18n';
import { horizonYear } from './targetDisplay';

/** What is due when: one mark per horizon year on a line of years, sized by how many targets are due then. */
export function TargetsTimeline({
  targets,
  selected,
  onSelect,
}: {
  targets: readonly Target[];
  selected: string | null;
  onSelect: (year: string | null) => void;
}) {
  const t = useMessages();
  const counts = new Map<number, number>();
  for (const target of targets) {
    const year = target.kind === 'target' ? horizonYear(target.horizon) : null;
    if (year !== null) counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const years = [...counts.keys()].sort((a, b) => a - b);
  if (years.length === 0) return null;
  const first = Math.min(years[0]!, 2021);
  const last = Math.max(years[years.length - 1]!, 2035);
  const most = Math.max(...counts.values());
  const undated = targets.filter((x) => x.kind === 'target' && horizonYear(x.horizon) === null).length;
  return (
    <figure className="timeline">
      <figcaption>{t.timelineCaption}</figcaption>
      <div className="timeline-track" role="group" aria-label={t.timelineCaption}>
        {years.map((year) => {
          const n = counts.get(year)!;
          const size = 1.6 + 1.8 * Math.sqrt(n / most);
          const pressed = selected === String(year);
          return (
            <button
              key={year}
              type="button"
              className="timeline-mark"
              // Never wider than a year's share of the track, so neighbouring years (2021, 2022) do not overlap.
              style={{
                left: `${((year - first) / (last - first)) * 100}%`,
                width: `min(${size}rem, ${(100 / (last - first)) * 0.95}%)`,
                aspectRatio: '1',
              }}
              aria-pressed={pressed}
              onClick={() => onSelect(pressed ? null : String(year))}
              aria-label={t.dueBy(year, n)}
              title={t.dueBy(year, n)}
            >
              {n}
            </button>
          );
        })}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        {Array.from({ length: last - first + 1 }, (_, i) => first + i)
          .filter((y) => y % 5 === 0 || counts.has(y))
          .map((y) => (
            <span
              key={y}
              style={{ left: `${((y - first) / (last - first)) * 100}%` }}
              className={counts.has(y) ? 'has' : undefined}
            >
              {y}
            </span>
          ))}
      </div>
      {undated > 0 && <p className="muted timeline-note">{t.undatedTargets(undated)}</p>}
    </figure>
  );
}
