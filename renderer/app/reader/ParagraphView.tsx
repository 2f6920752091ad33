import { memo, useState } from 'react';
import type { Paragraph } from '../../core/corpus/types';
import type { Target } from '../../core/extract/targets';
import { formatRoute } from '../../core/route/route';
import { useMessages } from '../i18n';
import { useSettings } from '../settings';
import { formatValue } from '../targets/targetDisplay';
import { MarkedText, type TextMarks } from './MarkedText';

interface Props {
  docId: string;
  paragraph: Paragraph;
  text: string;
  lang: string;
  marks: TextMarks | null;
  onCopyLink: (index: number) => void;
  /** The targets and statistics extracted from this paragraph. */
  targets: readonly Target[];
}

/**
 * One paragraph with its number (a link to itself) and a "copy link" action beside it; where targets were extracted
 * from it, a marker that lists them, each a link that marks its clause.
 */
export const ParagraphView = memo(function ParagraphView({
  docId,
  paragraph,
  text,
  lang,
  marks,
  onCopyLink,
  targets,
}: Props) {
  const t = useMessages();
  const { uiLanguage } = useSettings();
  const [targetsOpen, setTargetsOpen] = useState(false);
  const n = paragraph.index;
  const href = formatRoute({ view: 'document', docId, paragraph: n });
  const Tag = paragraph.kind === 'heading' ? 'h2' : 'p';
  return (
    <div
      className={`para para-${paragraph.kind}`}
      id={`p-${n}`}
      data-paragraph={n}
      data-paragraph-id={paragraph.id}
      tabIndex={-1}
    >
      <div className="para-gutter">
        <a className="para-number" href={href} aria-label={t.paragraph(n)}>
          {n}
        </a>
        <button
          type="button"
          className="para-copy"
          onClick={() => onCopyLink(n)}
          aria-label={t.copyLink(n)}
          title={t.copyLink(n)}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          </svg>
        </button>
        {targets.length > 0 && (
          <button
            type="button"
            className="para-targets-toggle"
            aria-expanded={targetsOpen}
            aria-controls={`targets-${n}`}
            aria-label={t.targetsHere(targets.length)}
            title={t.targetsHere(targets.length)}
            onClick={() => setTargetsOpen((open) => !open)}
          >
            ◎{targets.length > 1 ? targets.length : ''}
          </button>
        )}
      </div>
      <Tag className="para-text" lang={lang}>
        {marks ? <MarkedText text={text} marks={marks} /> : text}
      </Tag>
      {targets.length > 0 && targetsOpen && (
        <ul className="para-targets" id={`targets-${n}`} aria-label={t.targetsHere(targets.length)}>
          {targets.map((x) => (
            <li key={x.id}>
              <span className={`kind kind-${x.kind}`}>{x.kind === 'target' ? t.kindTarget : t.kindStatistic}</span>{' '}
              <a href={formatRoute({ view: 'document', docId, paragraph: n, span: [x.start, x.end] })}>
                <span lang={lang}>{x.metric}</span>
                {x.value !== null && <> · {formatValue(x, uiLanguage)}</>}
                {x.horizon && <> · {x.horizon}</>}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
