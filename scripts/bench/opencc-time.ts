/**
 * Times the build's OpenCC work on a content tree, outside the build: in a fresh process (no
 * warm caches), converts to traditional every distinct Chinese string the build converts — each
 * document's title, bodies, referenced document, printed date, attribution, every segment and
 * point, the phrases translator's notes are on, and every glossary headword — with the site's
 * own toTraditional (src/lib/script.ts, from the snapshot the build used), which caches per
 * string as it does in the build. Prints one JSON line.
 *
 * Usage: node scripts/bench/opencc-time.ts <site root> <content dir>
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { readFrontMatter } from '../../src/lib/front-matter.ts';

type ScriptModule = typeof import('../../src/lib/script.ts');

export interface OpenccTiming {
  /** Building the converter (dictionaries, tries): once per build. */
  setupMs: number;
  /** Converting every distinct string once. */
  convertMs: number;
  strings: number;
  chars: number;
}

interface Unit {
  zh?: unknown;
  notes?: { on?: unknown }[];
}

const [siteRoot, contentDir] = process.argv.slice(2);
if (!siteRoot || !contentDir) throw new Error('usage: opencc-time.ts <site root> <content dir>');
const script = (await import(pathToFileURL(join(siteRoot, 'src', 'lib', 'script.ts')).href)) as ScriptModule;

const texts = new Set<string>();
const add = (v: unknown) => {
  if (typeof v === 'string' && v !== '') texts.add(v);
};
const docsDir = join(contentDir, 'documents');
for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.mdx'))) {
  const path = join(docsDir, file);
  const d = (readFrontMatter(readFileSync(path, 'utf8'), path).data ?? {}) as Record<string, unknown>;
  if (d['status'] !== 'published') continue;
  add((d['title'] as { zh?: unknown } | undefined)?.zh);
  for (const b of (d['bodies'] ?? []) as { zh?: unknown }[]) add(b.zh);
  add((d['refersTo'] as { zh?: unknown } | undefined)?.zh);
  add((d['date'] as { printed?: unknown } | undefined)?.printed);
  const attribution = (d['source'] as { attribution?: unknown } | undefined)?.attribution;
  if (typeof attribution === 'string') add(`（${attribution}）`);
  for (const u of (d['segments'] ?? []) as Unit[]) {
    add(u.zh);
    for (const n of u.notes ?? []) add(n.on);
  }
}
for (const e of (YAML.parse(readFileSync(join(contentDir, 'glossary', 'terms.yaml'), 'utf8')) ?? []) as { zh?: unknown }[]) add(e.zh);

let started = performance.now();
script.toTraditional('\u4e2d'); // builds the converter
const setupMs = performance.now() - started;
let chars = 0;
started = performance.now();
for (const t of texts) {
  script.toTraditional(t);
  chars += t.length;
}
const convertMs = performance.now() - started;
const result: OpenccTiming = { setupMs, convertMs, strings: texts.size, chars };
console.log(JSON.stringify(result));
