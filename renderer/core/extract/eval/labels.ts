/**
 * The labelled targets and statistics (`tuned/labels.json`, `heldout/labels.json`; rules in `GUIDELINES.md`) and how
 * the extractor's records are scored against them: what `npm run eval:targets` prints. Plain functions, so they run
 * anywhere and are checked against worked examples.
 */
import { z } from 'zod';
import type { Corpus, Span } from '../../corpus/types';

const Unit = z.string().min(1);
export const LabelSchema = z
  .object({
    doc: z.string().min(1),
    sentence: z.string().min(1),
    figure: z.string().min(1),
    kind: z.enum(['target', 'statistic']),
    value: z.number().nullable(),
    valueMax: z.number().optional(),
    unit: Unit.nullable(),
    qualifier: z.string().min(1).nullable(),
    direction: z.enum(['increase', 'reduce', 'reach', 'maintain', 'build', 'cultivate', 'attract']).nullable(),
    horizon: z
      .string()
      .regex(/^\d{4}(-\d{4})?$/)
      .nullable(),
    scope: z.string().regex(/^[a-z]+$/),
    metric: z.string().min(1),
    note: z.string().optional(),
  })
  .strict()
  .refine((l) => l.value !== null || (l.unit === null && l.valueMax === undefined && l.kind === 'target'), {
    message: 'a record without a value is a dated target, with no unit and no valueMax',
  })
  .refine((l) => l.valueMax === undefined || (l.value !== null && l.valueMax > l.value), { message: 'valueMax must be above value' })
  .refine((l) => l.sentence.includes(l.figure), { message: 'figure must occur in sentence' });
export type Label = z.infer<typeof LabelSchema>;

export const NegativeSchema = z.object({ doc: z.string().min(1), sentence: z.string().min(1), figure: z.string().min(1), why: z.string().min(1) }).strict();
export type Negative = z.infer<typeof NegativeSchema>;

export const LabelFileSchema = z.object({ about: z.string().optional(), records: z.array(LabelSchema), negatives: z.array(NegativeSchema) }).strict();
export type LabelFile = z.infer<typeof LabelFileSchema>;

/** What the evaluation needs of an extracted record (the extractor's `Target` has all of it). */
export interface Predicted {
  readonly id: string;
  readonly docId: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly kind: 'target' | 'statistic';
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly unit: string | null;
  readonly horizon: string | null;
  readonly scope: string;
}

/** A label placed in its document: the paragraph and the span of its sentence there. */
export interface Placed<L> {
  readonly label: L;
  readonly paragraph: number;
  readonly span: Span;
}

/** Finds a label's sentence: it must be in exactly one paragraph of its document, once. Throws otherwise, naming the label. */
export function place<L extends { doc: string; sentence: string; figure: string }>(corpus: Corpus, label: L): Placed<L> {
  const doc = corpus.documents.find((d) => d.id === label.doc);
  const name = `${label.doc}: "${label.figure}" in "${label.sentence.slice(0, 60)}…"`;
  if (!doc) throw new Error(`${name}: no document ${label.doc}`);
  const at = doc.paragraphs.filter((p) => p.text.includes(label.sentence));
  if (at.length !== 1) throw new Error(`${name}: the sentence is in ${at.length} paragraphs, not one`);
  const p = at[0]!;
  const start = p.text.indexOf(label.sentence);
  if (p.text.indexOf(label.sentence, start + 1) !== -1) throw new Error(`${name}: the sentence occurs twice in paragraph ${p.index}`);
  return { label, paragraph: p.index, span: [start, start + label.sentence.length] };
}

/** Units compared by what they measure: every count of things is one class ("clusters", "enterprises", 个). */
const MEASURES = new Set(['%', 'percentage points', 'yuan', 'US dollars', 'tons', 'kilowatts', 'kilowatt-hours', 'people']);
export function unitClass(unit: string | null): string | null {
  if (unit === null) return null;
  return MEASURES.has(unit) ? unit : unit === 'count' || unit === 'items' || /s$/.test(unit) ? 'count' : unit;
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

function overlaps(p: Predicted, g: Placed<Label>): boolean {
  return p.docId === g.label.doc && p.paragraph === g.paragraph && p.start < g.span[1] && p.end > g.span[0];
}

export interface Match {
  readonly gold: Placed<Label>;
  readonly predicted: Predicted;
}

export interface Outcome {
  readonly gold: number;
  readonly predicted: number;
  readonly matched: readonly Match[];
  /** Labels with no record of the same kind and value in their sentence; `near` is a record of the same value, kind wrong. */
  readonly misses: ReadonlyArray<{ gold: Placed<Label>; near: Predicted | null }>;
  /** Records no label accounts for. */
  readonly falseRecords: readonly Predicted[];
  /** Negatives that came out as records anyway. */
  readonly negativesHit: ReadonlyArray<{ negative: Placed<Negative>; record: Predicted }>;
}

/**
 * Pairs records with labels one to one: a record matches a label when it is taken from the label's sentence (its
 * quote overlaps it) and has the label's kind and value (both ends of a range).
 */
export function matchRecords(gold: readonly Placed<Label>[], predicted: readonly Predicted[], negatives: readonly Placed<Negative>[] = []): Outcome {
  const used = new Set<Predicted>();
  const matched: Match[] = [];
  const misses: Array<{ gold: Placed<Label>; near: Predicted | null }> = [];
  for (const g of gold) {
    const same = (p: Predicted): boolean => !used.has(p) && overlaps(p, g) && sameNumber(p.value, g.label.value) && sameNumber(p.valueMax, g.label.valueMax);
    const hit = predicted.find((p) => same(p) && p.kind === g.label.kind);
    if (hit) {
      used.add(hit);
      matched.push({ gold: g, predicted: hit });
    } else misses.push({ gold: g, near: predicted.find(same) ?? null });
  }
  const falseRecords = predicted.filter((p) => !used.has(p));
  const negativesHit: Array<{ negative: Placed<Negative>; record: Predicted }> = [];
  for (const n of negatives) {
    const figureAt = n.span[0] + n.label.sentence.indexOf(n.label.figure);
    const record = falseRecords.find((p) => p.docId === n.label.doc && p.paragraph === n.paragraph && p.start <= figureAt && figureAt < p.end);
    if (record) negativesHit.push({ negative: n, record });
  }
  return { gold: gold.length, predicted: predicted.length, matched, misses, falseRecords, negativesHit };
}

export interface TargetScores {
  readonly gold: number;
  readonly predicted: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Over the matched records: the share whose unit (as `unitClass`), horizon and scope agree with the label. */
  readonly unit: number;
  readonly horizon: number;
  readonly scope: number;
}

export function scoreOutcome(o: Outcome): TargetScores {
  const tp = o.matched.length;
  const precision = o.predicted === 0 ? 1 : tp / o.predicted;
  const recall = o.gold === 0 ? 1 : tp / o.gold;
  const share = (ok: (m: Match) => boolean): number => (tp === 0 ? 0 : o.matched.filter(ok).length / tp);
  return {
    gold: o.gold,
    predicted: o.predicted,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    unit: share((m) => unitClass(m.predicted.unit) === unitClass(m.gold.label.unit)),
    horizon: share((m) => m.predicted.horizon === m.gold.label.horizon),
    scope: share((m) => m.predicted.scope === m.gold.label.scope),
  };
}
