import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findSeedFile, parseCatalog } from '../corpus/catalog';
import { ingestDocument } from '../corpus/ingest';
import type { Corpus, MissingDocument, PolicyDocument } from '../corpus/types';

/** Reads a seeds folder (its catalog.json and the files it names) into a corpus. Node only. */
export function loadCorpus(seedsDir: string): Corpus {
  let catalogJson: unknown;
  try {
    catalogJson = JSON.parse(readFileSync(join(seedsDir, 'catalog.json'), 'utf8'));
  } catch (error) {
    throw new Error(`cannot read ${join(seedsDir, 'catalog.json')}: ${(error as Error).message}`, { cause: error });
  }
  const catalog = parseCatalog(catalogJson);
  const files = readdirSync(seedsDir);
  const documents: PolicyDocument[] = [];
  const missing: MissingDocument[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (const entry of catalog.documents) {
    const file = findSeedFile(entry, files);
    if (file === null) {
      missing.push({ id: entry.id, seed: entry.seed, titles: entry.titles });
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(readFileSync(join(seedsDir, file)));
    } catch (error) {
      throw new Error(`${join(seedsDir, file)} is not valid UTF-8: ${(error as Error).message}`, { cause: error });
    }
    try {
      documents.push(ingestDocument(entry, file, text));
    } catch (error) {
      // Whatever goes wrong in ingest, say which file it was.
      throw new Error(`${join(seedsDir, file)} could not be read as ${entry.id}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
  return { documents, missing };
}

export function describeMissing(
  corpus: Pick<Corpus, 'missing'> & { readonly documents: readonly unknown[] },
  seedsDir: string,
): string | null {
  if (corpus.missing.length === 0) return null;
  const total = corpus.documents.length + corpus.missing.length;
  const names = corpus.missing.map((m) => `${join(seedsDir, m.seed)}*.txt (${m.id})`).join(', ');
  return `${corpus.missing.length} of ${total} documents have no seed file: ${names}`;
}
