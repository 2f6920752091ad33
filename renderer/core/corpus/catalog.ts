import { z } from 'zod';
import { CLEANING_RULES } from './quirks';

/** `seeds/catalog.json`: what is known about each seed file that the file itself does not say. */
export const CatalogSchema = z.object({
  about: z.string().optional(),
  documents: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        /** Prefix of the seed's file name (`000_`); the file keeps its original name after it. */
        seed: z.string().regex(/^\d{3}_$/),
        titles: z.object({ en: z.string().min(1), zh: z.string().min(1) }),
        date: z.object({
          value: z
            .string()
            .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
            .nullable(),
          /** How the date was established, in plain words, in both interface languages. */
          evidence: z.object({ en: z.string().min(1), zh: z.string().min(1) }),
        }),
        publisher: z.string().min(1),
        source: z.string().min(1),
        language: z.enum(['en', 'zh']),
        script: z.enum(['Latn', 'Hant', 'Hans']),
        cleaning: z.array(z.enum(CLEANING_RULES)),
      }),
    )
    .min(1),
});
export type Catalog = z.infer<typeof CatalogSchema>;
export type CatalogEntry = Catalog['documents'][number];

export function parseCatalog(json: unknown): Catalog {
  const result = CatalogSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`seeds/catalog.json is not valid: ${z.prettifyError(result.error)}`);
  }
  const ids = result.data.documents.map((d) => d.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) throw new Error(`seeds/catalog.json lists the document id "${duplicate}" twice`);
  return result.data;
}

/** Picks the seed file for an entry from a folder listing; exactly one file may carry its prefix. */
export function findSeedFile(entry: CatalogEntry, files: readonly string[]): string | null {
  const matches = files.filter((f) => f.startsWith(entry.seed) && f.endsWith('.txt'));
  if (matches.length > 1) {
    throw new Error(`seeds/ has ${matches.length} files for ${entry.seed}*: ${matches.join(', ')}`);
  }
  return matches[0] ?? null;
}
