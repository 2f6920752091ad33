import { memo } from 'react';
import type { Paragraph } from '../../core/corpus/types';
import { formatRoute } from '../../core/shell/route';
import { useMessages } from '../i18n';
import { MarkedText, type TextMarks } from './MarkedText';

interface Props {
  docId: string;
  paragraph: Paragraph;
  text: string;
  lang: string;
  marks: TextMarks | null;
  onCopyLink: (index: number) => void;
}

/** One paragraph with its number (a link to itself) and a "copy link" action beside it. */
export const ParagraphView = memo(function ParagraphView({ docId, paragraph, text, lang, marks, onCopyLink }: Props) {
  const t = useMessages();
  const n = paragraph.index;
  const href = formatRoute({ view: 'document', docId, paragraph: n });
  const Tag = paragraph.kind === 'heading' ? 'h2' : 'p';
  return (
    <div className={`para para-${paragraph.kind}`} id={`p-${n}`} data-paragraph={n} data-paragraph-id={paragraph.id} tabIndex={-1}>
      <div className="para-gutter">
        <a className="para-number" href={href} aria-label={t.paragraph(n)}>
          {n}
        </a>
        <button type="button" className="para-copy" onClick={() => onCopyLink(n)} aria-label={t.copyLink(n)} title={t.copyLink(n)}>
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
      </div>
      <Tag className="para-text" lang={lang}>
        {marks ? <MarkedText text={text} marks={marks} /> : text}
      </Tag>
    </div>
  );
});
