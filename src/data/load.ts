/**
 * Loads the content collections, unchecked: the documents this build publishes (and drafts when
 * previewing), the glossary and its exceptions, and the reasoned waivers of the translation checks.
 * Pages never read these directly: they go through src/data/corpus.ts, which hands out only what
 * the checks stage (src/data/checks.ts) has passed.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { existsSync, readFileSync } from 'node:fs';
import YAML from 'yaml';
import type { GlossaryEntry, GlossaryException } from '../lib/glossary-schema.ts';
import { parseWaivers, type Waiver } from '../lib/terminology.ts';
import { config } from './config.ts';

export type DocumentEntry = CollectionEntry<'documents'>;

/** The documents this build renders, newest first, then by slug: the published ones, and drafts when previewing. */
export async function loadDocuments(): Promise<DocumentEntry[]> {
  const docs = await getCollection('documents', (d) => d.data.status === 'published' || config.drafts);
  return docs.sort((a, b) => (b.data.date.value ?? '').localeCompare(a.data.date.value ?? '') || a.id.localeCompare(b.id));
}

/** Glossary entries sorted by pinyin, and the exceptions to term matching. */
export async function loadGlossary(): Promise<{ entries: GlossaryEntry[]; exceptions: GlossaryException[] }> {
  const [g, ex] = await Promise.all([getCollection('glossary'), getCollection('glossaryExceptions')]);
  return { entries: g.map((e) => e.data).sort((a, b) => comparePinyin(a.pinyin, b.pinyin)), exceptions: ex.map((e) => e.data) };
}

/** Reasoned exceptions to the translation checks (content/glossary/waivers.yaml, optional). */
export function loadWaivers(): Waiver[] {
  const file = `${config.contentDir}/glossary/waivers.yaml`;
  if (!existsSync(file)) return [];
  return parseWaivers(YAML.parse(readFileSync(file, 'utf8')), config.contentLabel('glossary', 'waivers.yaml'));
}

/** Compares pinyin ignoring tone marks and case, the order of a pinyin-sorted dictionary. */
function comparePinyin(a: string, b: string): number {
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return plain(a).localeCompare(plain(b), 'en') || a.localeCompare(b);
}
