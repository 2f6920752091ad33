import type { CatalogEntry } from './catalog';
import { CleanText } from './clean-text';
import {
  bylineDate,
  cityHeading,
  isDateLine,
  isNavigation,
  isPageTrailer,
  isShortHeading,
  isTitleLine,
  joinedParagraphBreaks,
  navigationLabel,
  removePinyin,
} from './quirks';
import { splitSentences } from './sentences';
import type { DocumentDate, DroppedLine, Paragraph, ParagraphKind, PolicyDocument, Span } from './types';

/** FNV-1a, 32 bits, base 36: a short, stable fingerprint of a paragraph's text. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** Lines of the file with their offsets; a line ends at \n, \r\n or \r. */
function lines(text: string): Array<readonly [start: number, end: number]> {
  const out: Array<readonly [number, number]> = [];
  const re = /\r\n|\r|\n/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    out.push([start, m.index]);
    start = m.index + m[0].length;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Turns one seed file into a document: paragraphs (one per non-empty line, cleaned by the rules
 * the catalog names for it), each with a stable id, sentences, and its span in the original.
 */
export function ingestDocument(entry: CatalogEntry, file: string, original: string): PolicyDocument {
  const rules = new Set(entry.cleaning);
  const paragraphs: Paragraph[] = [];
  const dropped: DroppedLine[] = [];
  const removals: Record<string, number> = {};
  const count = (rule: string, n = 1): void => {
    removals[rule] = (removals[rule] ?? 0) + n;
  };
  const seenIds = new Map<string, number>();
  let firstLine = true;
  let title: string | null = null;
  let byline: string | null = null;
  let section: string | undefined;

  const addParagraph = (
    line: CleanText,
    kind: ParagraphKind,
    sentences: readonly Span[] = splitSentences(line.text),
  ): void => {
    const text = line.text;
    const hash = fingerprint(text);
    const seen = seenIds.get(hash) ?? 0;
    seenIds.set(hash, seen + 1);
    paragraphs.push({
      index: paragraphs.length,
      id: `${entry.id}-${hash}${seen > 0 ? `-${seen + 1}` : ''}`,
      kind,
      text,
      sentences: kind === 'heading' ? [[0, text.length]] : sentences,
      source: [line.sourceStart, line.sourceEnd],
      gaps: line.gaps(),
      ...(section !== undefined ? { section } : {}),
    });
  };

  for (const [start, end] of lines(original)) {
    let line = CleanText.slice(original, start, end).trim().collapseSpaces();
    if (line.text.length === 0) continue;
    const drop = (rule: string): void => {
      dropped.push({ source: [line.sourceStart, line.sourceEnd], rule });
      count(rule);
    };

    if (rules.has('pinyin')) {
      const cleaned = removePinyin(line);
      if (cleaned.removed > 0) count('pinyin', cleaned.removed);
      line = cleaned.text;
    }
    if (rules.has('navigation') && isNavigation(line.text)) {
      drop('navigation');
      continue;
    }
    const label = rules.has('navigation') ? navigationLabel(line.text) : 0;
    if (label > 0 && label < line.text.length) {
      line = line.delete([[0, label]]);
      count('navigation');
    }
    const text = line.text;
    if (rules.has('byline') && byline === null) {
      const date = bylineDate(text);
      if (date !== null) {
        byline = date;
        drop('byline');
        continue;
      }
    }
    if (rules.has('byline') && isDateLine(text)) {
      drop('byline');
      continue;
    }
    if (title !== null && rules.has('repeated-title') && text === title) {
      drop('repeated-title');
      continue;
    }

    let kind: ParagraphKind = 'paragraph';
    if (firstLine) {
      // The first line of a page is its title, unless the page opens straight with its text.
      firstLine = false;
      if (isTitleLine(text)) {
        title = text;
        kind = 'heading';
      }
    } else if (rules.has('city-headings') && cityHeading(text) !== null) {
      section = cityHeading(text) ?? undefined;
      kind = 'heading';
    } else if (rules.has('city-headings') && isPageTrailer(text)) {
      section = undefined;
    } else if (rules.has('short-headings') && isShortHeading(text)) {
      kind = 'heading';
    }

    const sentences = kind === 'paragraph' ? splitSentences(text) : [];
    const breaks = kind === 'paragraph' && rules.has('joined-paragraphs') ? joinedParagraphBreaks(text, sentences) : [];
    if (breaks.length === 0) {
      addParagraph(line, kind, sentences);
      continue;
    }
    // A page's paragraphs run together on one line: each becomes a paragraph again, still mapped to the source.
    count('joined-paragraphs', breaks.length);
    for (const [a, b] of [0, ...breaks].map((at, i) => [at, breaks[i] ?? text.length] as const))
      addParagraph(line.range(a, b).trim(), kind);
  }

  const date: DocumentDate =
    entry.date.value === null && byline !== null
      ? {
          value: byline,
          evidence: { en: `The page's byline gives the date (${byline}).`, zh: `网页署名行给出的日期（${byline}）。` },
        }
      : entry.date;

  return {
    id: entry.id,
    file,
    titles: entry.titles,
    date,
    publisher: entry.publisher,
    source: entry.source,
    language: entry.language,
    script: entry.script,
    original,
    paragraphs,
    dropped,
    removals,
  };
}
