/**
 * The benchmark's synthetic corpus: N documents shaped like the real ones, made by recombining
 * the sentences of the real documents (Chinese with the share of their English translation that
 * goes with them), reusing the real glossary. Everything is marked synthetic (slugs
 * synthetic-0001…, titles “[SYNTHETIC] …”) and written only under bench/out/.
 *
 * Document i is a pure function of i (seeded PRNG), so the corpus of 100 contains the corpus of
 * 10, and the corpus of 1,000 the corpus of 100: sizes differ only in how many documents there are.
 * Each document gets its own raw source file whose text is the document's title and segments,
 * wrapped like the OCR'd source, so the build's provenance check (src/data/sources.ts) passes.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { readFrontMatter } from '../../src/lib/front-matter.ts';
import { recordAnchors } from '../lib/anchor-record.ts';

/** A Chinese sentence of a real document and the part of its translation that goes with it. */
export interface Sentence {
  zh: string;
  en: string;
}

interface RawUnit {
  id?: unknown;
  kind?: unknown;
  zh?: unknown;
  en?: unknown;
  notes?: unknown;
}

/**
 * The English with, appended in brackets, the rendering of any glossary headword of the Chinese
 * it does not render, so that generated text passes the terminology check. Counts into `stats`.
 */
export function withRenderings(
  glossary: readonly GlossaryTerm[],
  stats: { glossaryHits: number; appendedRenderings: number },
  zh: string,
  en: string,
): string {
  const lower = en.toLowerCase();
  const missing: string[] = [];
  for (const t of glossary) {
    if (!zh.includes(t.zh)) continue;
    stats.glossaryHits += 1;
    if (t.renderings.some((r) => lower.includes(r.toLowerCase()))) continue;
    const first = t.renderings[0];
    if (first !== undefined && !missing.includes(first)) missing.push(first);
  }
  stats.appendedRenderings += missing.length;
  return missing.length > 0 ? `${en} [${missing.join('; ')}]` : en;
}

interface GlossaryTerm {
  zh: string;
  renderings: string[];
}

/** What the generator draws on, read from the real content tree. */
export interface Material {
  sentences: Sentence[];
  /** Real paragraph lengths (Chinese characters), to draw synthetic paragraph lengths from. */
  lengths: number[];
  bodies: { zh: string; en: string; role: string }[];
  refersTo: { zh: string; en: string }[];
  noteTexts: string[];
  captions: Sentence[];
  /** English sentences safe to put in an MDX body (no braces or angle brackets). */
  proseSentences: string[];
  glossary: GlossaryTerm[];
}

interface SynthPoint {
  id: string;
  zh: string;
  en: string;
  notes?: { on: string; text: string }[];
}

/** A node of the document tree in the flat frontmatter form (docs/structure.md). */
interface SynthSegment extends SynthPoint {
  kind?: 'point' | 'measure' | 'caption' | 'pullquote';
  parent?: string;
  number?: number;
  printed?: string;
  repeats?: string;
}

export interface CorpusStats {
  documents: number;
  units: number;
  zhChars: number;
  enChars: number;
  /** Glossary headwords found in the Chinese (substring count; the build's matcher may find fewer). */
  glossaryHits: number;
  /** Renderings appended to a translation so the build's terminology check passes. */
  appendedRenderings: number;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The frontmatter (raw: drafts too) and body of an MDX file. */
function splitMdx(file: string): { front: Record<string, unknown>; body: string } {
  const { data, body } = readFrontMatter(readFileSync(file, 'utf8'), file);
  return { front: (data ?? {}) as Record<string, unknown>, body };
}

/** Splits Chinese text into sentences ending in 。！？； (closing quotes stay with their sentence). */
function zhSentences(text: string): string[] {
  return text.match(/[^。！？；]+(?:[。！？；]+[”’」）]*|$)/g)?.filter((s) => s.trim() !== '') ?? [];
}

/** Splits English text into sentences. */
function enSentences(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.;!?]["”’)]?)\s+(?=[A-Z“"(])/)
    .filter((s) => s !== '');
}

/**
 * Pairs a unit's Chinese sentences with its English sentences in proportion to their length (a
 * translation keeps roughly the order of the original); a Chinese sentence that would get no
 * English is merged with the one before, so every pair has both.
 */
function pairSentences(zh: string, en: string): Sentence[] {
  const zs = zhSentences(zh);
  const es = enSentences(en);
  if (zs.length === 0 || es.length === 0) return [];
  const total = zs.reduce((n, s) => n + s.length, 0);
  const enTotal = es.reduce((n, s) => n + s.length, 0);
  const out: Sentence[] = [];
  let cum = 0;
  let ei = 0;
  let enCum = 0;
  let pendingZh = '';
  for (const [i, z] of zs.entries()) {
    cum += z.length;
    pendingZh += z;
    const parts: string[] = [];
    const last = i === zs.length - 1;
    while (ei < es.length && (last || (enCum + (es[ei]?.length ?? 0) / 2) / enTotal <= cum / total)) {
      const e = es[ei] ?? '';
      parts.push(e);
      enCum += e.length;
      ei += 1;
    }
    if (parts.length === 0) continue;
    out.push({ zh: pendingZh, en: parts.join(' ') });
    pendingZh = '';
  }
  if (pendingZh !== '' && out.length > 0) {
    const prev = out[out.length - 1];
    if (prev) prev.zh += pendingZh;
  }
  return out;
}

/** Reads what the generator needs from a real content tree (documents and glossary). */
export function readMaterial(contentDir: string): Material {
  const m: Material = {
    sentences: [],
    lengths: [],
    bodies: [],
    refersTo: [],
    noteTexts: [],
    captions: [],
    proseSentences: [],
    glossary: [],
  };
  const docsDir = join(contentDir, 'documents');
  for (const file of readdirSync(docsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()) {
    const { front, body } = splitMdx(join(docsDir, file));
    for (const b of (front['bodies'] ?? []) as { zh?: unknown; en?: unknown; role?: unknown }[]) {
      if (!m.bodies.some((x) => x.zh === b.zh)) m.bodies.push({ zh: str(b.zh), en: str(b.en), role: str(b.role) });
    }
    const ref = front['refersTo'] as { zh?: unknown; en?: unknown } | undefined;
    if (ref) m.refersTo.push({ zh: str(ref.zh), en: str(ref.en) });
    const units = (front['segments'] ?? []) as RawUnit[];
    for (const u of units) {
      for (const n of (u.notes ?? []) as { text?: unknown }[]) m.noteTexts.push(str(n.text));
      const kind = str(u.kind) || 'paragraph';
      const zh = str(u.zh);
      const en = str(u.en);
      if (kind === 'caption') m.captions.push({ zh, en });
      if (kind !== 'paragraph' && kind !== 'point') continue;
      if (zh.length >= 20) m.lengths.push(zh.length);
      // Drop the enumeration prefix (一是 …) so sentences can be recombined in any position.
      for (const s of pairSentences(
        zh.replace(/^[一二三四五六七八九十]+是/, ''),
        en.replace(/^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)(ly)?,\s*/, ''),
      )) {
        if (s.zh.length >= 8) m.sentences.push(s);
      }
    }
    for (const s of enSentences(body)) if (!/[{}<>]/.test(s)) m.proseSentences.push(s);
  }
  const terms = YAML.parse(readFileSync(join(contentDir, 'glossary', 'terms.yaml'), 'utf8')) as {
    zh: string;
    en: string;
    variants?: string[];
  }[];
  m.glossary = terms.map((t) => ({ zh: t.zh, renderings: [t.en, ...(t.variants ?? [])] }));
  if (m.sentences.length < 10) throw new Error(`too few sentences in ${contentDir} to recombine (${m.sentences.length})`);
  return m;
}

/** mulberry32: a small, fast, seedable PRNG (also used by the law generator, scripts/bench/laws.ts). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ORDINALS_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const ORDINALS_EN = ['First', 'Second', 'Third', 'Fourth', 'Fifth', 'Sixth', 'Seventh', 'Eighth', 'Ninth', 'Tenth'];

/** The slug of synthetic document i (1-based). */
export function syntheticSlug(i: number): string {
  return `synthetic-${String(i).padStart(4, '0')}`;
}

/** Generates document i: its MDX file text, its raw source text, and counts. */
export function generateDocument(i: number, m: Material): { mdx: string; raw: string; stats: Omit<CorpusStats, 'documents'> } {
  const rnd = prng(0x5eed + i * 7919);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => {
    const v = list[Math.floor(rnd() * list.length)];
    if (v === undefined) throw new Error('pick from an empty list');
    return v;
  };
  const stats = { units: 0, zhChars: 0, enChars: 0, glossaryHits: 0, appendedRenderings: 0 };

  /** A paragraph of about a real paragraph's length, from random sentences. */
  const paragraph = (target = pick(m.lengths)): Sentence[] => {
    const out: Sentence[] = [];
    let len = 0;
    while (len < target * 0.85 || out.length === 0) {
      const s = pick(m.sentences);
      out.push(s);
      len += s.zh.length;
    }
    return out;
  };
  const withTerms = (zh: string, en: string): string => withRenderings(m.glossary, stats, zh, en);
  /** A translator's note on a glossary headword (or a short phrase) of the text, sometimes. */
  const notesFor = (zh: string): { on: string; text: string }[] | undefined => {
    if (rnd() > 0.3 || m.noteTexts.length === 0) return undefined;
    const term = m.glossary.find((t) => t.zh.length >= 2 && zh.includes(t.zh));
    const han = zh.match(/[\u4e00-\u9fff]{4,}/)?.[0];
    const on = term?.zh ?? han?.slice(0, 4);
    return on === undefined ? undefined : [{ on, text: pick(m.noteTexts) }];
  };
  const unit = (id: string, sentences: Sentence[], prefix?: { zh: string; en: string }): SynthPoint => {
    const zh = (prefix?.zh ?? '') + sentences.map((s) => s.zh).join('');
    const en = withTerms(zh, (prefix?.en ?? '') + sentences.map((s) => s.en).join(' '));
    stats.units += 1;
    stats.zhChars += zh.length;
    stats.enChars += en.length;
    const notes = notesFor(zh);
    return notes ? { id, zh, en, notes } : { id, zh, en };
  };

  const segments: SynthSegment[] = [];
  const measures = rnd() < 0.35;
  const paragraphs = measures ? int(2, 3) : int(4, 9);
  const withPoints = !measures && rnd() < 0.4 ? int(2, paragraphs) : 0;
  for (let p = 1; p <= paragraphs; p += 1) {
    if (p === withPoints) {
      segments.push({ ...unit(`p${p}`, paragraph(60)), number: p });
      const n = int(3, 5);
      for (let k = 0; k < n; k += 1) {
        const printed = `${ORDINALS_ZH[k] ?? ''}是`;
        const point = unit(`p${p}-${k + 1}`, paragraph(), { zh: printed, en: `${ORDINALS_EN[k] ?? ''}, ` });
        segments.push({ ...point, kind: 'point', parent: `p${p}`, number: k + 1, printed });
      }
    } else segments.push({ ...unit(`p${p}`, paragraph()), number: p });
  }
  if (measures) {
    const n = int(4, 8);
    for (let k = 0; k < n; k += 1) {
      const printed = `${ORDINALS_ZH[k] ?? ''}是`;
      segments.push({
        ...unit(`m${k + 1}`, paragraph(int(200, 310)), { zh: printed, en: `${ORDINALS_EN[k] ?? ''}, ` }),
        kind: 'measure',
        number: k + 1,
        printed,
      });
    }
  }
  if (rnd() < 0.3 && m.captions.length > 0) {
    const c = pick(m.captions);
    stats.units += 1;
    segments.push({ id: 'caption', kind: 'caption', zh: c.zh, en: c.en });
  }
  if (rnd() < 0.3) {
    // A pull quote repeats one sentence of a paragraph (the build checks that it does).
    const target = segments.find((s) => s.id === 'p2') ?? segments[0];
    const sentence = target ? zhSentences(target.zh).find((s) => s.length >= 20) : undefined;
    const src = sentence ? m.sentences.find((s) => s.zh === sentence) : undefined;
    // Only a sentence whose own translation is known: the paragraph's whole English may carry a
    // "must" that belongs to another of its sentences, which the modality check rejects.
    if (target && sentence && src) {
      stats.units += 1;
      segments.push({
        id: 'pullquote',
        kind: 'pullquote',
        zh: sentence,
        en: withTerms(sentence, src.en),
        repeats: target.id,
      });
    }
  }

  const slug = syntheticSlug(i);
  const head = pick(m.sentences);
  const titleZh = `[SYNTHETIC] ${(head.zh.split(/[，。；]/)[0] ?? head.zh).slice(0, 28)}`;
  const titleEn = `[SYNTHETIC] Synthetic document ${i}: ${head.en.split(/[,;.]/)[0]?.slice(0, 90) ?? ''}`;
  const bodies = Array.from(new Set(Array.from({ length: int(1, 3) }, () => pick(m.bodies))));
  const year = int(2015, 2024);
  const date = `${year}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;

  // The raw source: title, then every unit in page order, wrapped at 13 characters a line like the
  // OCR'd newspaper columns, with a blank line between paragraphs.
  const rawLines = [titleZh];
  for (const s of segments) {
    rawLines.push('');
    for (let at = 0; at < s.zh.length; at += 13) rawLines.push(s.zh.slice(at, at + 13));
  }
  const raw = `${rawLines.join('\n')}\n`;

  const front = {
    title: { zh: titleZh, en: titleEn },
    type: measures ? 'notice' : 'news-report',
    status: 'published',
    bodies: bodies.map((b) => ({ zh: b.zh, en: b.en, role: measures ? 'issuing' : b.role || 'reporting' })),
    ...(measures && m.refersTo.length > 0 ? { refersTo: pick(m.refersTo) } : {}),
    date: { value: date, printed: null, inferred: false, basis: '' },
    source: { publication: null, page: null, attribution: null, raw: `${slug}.txt`, lines: [1, rawLines.length] },
    translator: 'Duizhao benchmark (synthetic)',
    published: '2026-01-01',
    segments,
  };
  const prose = Array.from({ length: int(6, 12) }, () => pick(m.proseSentences.length > 0 ? m.proseSentences : ['Synthetic.'])).join(' ');
  const body = [
    `This is a synthetic document made by the Duizhao benchmark (npm run bench) by recombining sentences of the real documents. It is not a real text, and its English is not a translation of it.`,
    prose,
  ].join('\n\n');
  // Strings quoted, as in the real files (an unquoted 2020-07-01 is a date to some YAML parsers).
  const mdx = `---\n${YAML.stringify(front, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}\n`;
  return { mdx, raw, stats };
}

/**
 * Writes a content tree of N synthetic documents to `dir` (documents/, sources/, and glossary/
 * copied from the real content tree) and returns its counts.
 */
export function writeCorpus(dir: string, n: number, realContent: string, material = readMaterial(realContent)): CorpusStats {
  return writeGenerated(dir, n, realContent, (i) => generateDocument(i, material), syntheticSlug);
}

/**
 * Writes a content tree of N generated documents to `dir` (documents/, sources/, the real
 * glossary without its waivers, and an anchor record) and returns its counts: the one writer
 * of the report-shaped and the law-sized corpora.
 */
export function writeGenerated(
  dir: string,
  n: number,
  realContent: string,
  generate: (i: number) => { mdx: string; raw: string; stats: Omit<CorpusStats, 'documents'> },
  slugOf: (i: number) => string,
): CorpusStats {
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['documents', 'sources', 'glossary']) mkdirSync(join(dir, sub), { recursive: true });
  const glossaryDir = join(realContent, 'glossary');
  for (const f of readdirSync(glossaryDir)) {
    // Waivers name real documents and segments; none applies to synthetic ones.
    if (f === 'waivers.yaml') writeFileSync(join(dir, 'glossary', f), '[]\n');
    else copyFileSync(join(glossaryDir, f), join(dir, 'glossary', f));
  }
  if (!existsSync(join(dir, 'glossary', 'terms.yaml'))) throw new Error(`${realContent}/glossary/terms.yaml is missing`);
  const total: CorpusStats = { documents: n, units: 0, zhChars: 0, enChars: 0, glossaryHits: 0, appendedRenderings: 0 };
  for (let i = 1; i <= n; i += 1) {
    const { mdx, raw, stats } = generate(i);
    const slug = slugOf(i);
    writeFileSync(join(dir, 'documents', `${slug}.mdx`), mdx);
    writeFileSync(join(dir, 'sources', `${slug}.txt`), raw);
    total.units += stats.units;
    total.zhChars += stats.zhChars;
    total.enChars += stats.enChars;
    total.glossaryHits += stats.glossaryHits;
    total.appendedRenderings += stats.appendedRenderings;
  }
  // The build fails on published anchors missing from the record: record the synthetic ones.
  recordAnchors(dir, join(dir, 'anchors.yaml'));
  return total;
}

/** Counts of the real content tree, measured the same way as a synthetic corpus. */
export function realStats(contentDir: string): CorpusStats {
  const s: CorpusStats = { documents: 0, units: 0, zhChars: 0, enChars: 0, glossaryHits: 0, appendedRenderings: 0 };
  const docsDir = join(contentDir, 'documents');
  for (const file of readdirSync(docsDir).filter((f) => f.endsWith('.mdx'))) {
    const { front } = splitMdx(join(docsDir, file));
    if (front['status'] !== 'published') continue;
    s.documents += 1;
    for (const u of (front['segments'] ?? []) as RawUnit[]) {
      s.units += 1;
      s.zhChars += str(u.zh).length;
      s.enChars += str(u.en).length;
    }
  }
  return s;
}
