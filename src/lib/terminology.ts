/**
 * Terminology checks: the glossary must be consistent in itself, and every clause whose Chinese
 * contains a glossary term must render it in English with one of the term's accepted renderings.
 *
 * Renderings match as whole words or phrases (case-insensitive, a plural -s/-es allowed), never
 * as substrings: "Wang" must not be found in "Wangjiang", nor "match" in "matching". And a
 * variant must be a rendering of the whole term: a single generic word would let almost any
 * English pass, so the glossary check refuses it (see GENERIC_WORDS and isGenericVariant).
 */
import { findTerms, renderings, type Matcher } from './glossary.ts';
import type { GlossaryEntry, GlossaryException } from './glossary-schema.ts';
import type { Segment } from './segments.ts';
import { units } from './segments.ts';

/** A recorded, reasoned exception to the rendering check. */
export interface RenderingWaiver {
  document: string;
  segment: string;
  term: string;
  reason: string;
}

/**
 * Single English words too common in policy texts to prove anything about a term: as the only
 * word of a variant they are refused whatever the entry (a stoplist, extended from the review
 * of 2026-11-27, which found "match", "speech", "officials" … accepted as renderings).
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'appoint',
  'bureau',
  'decision',
  'department',
  'development',
  'discussion',
  'division',
  'epidemic',
  'example',
  'grow',
  'graduate',
  'heads',
  'hire',
  'hiring',
  'ideals',
  'information',
  'instructions',
  'directives',
  'investment',
  'leaders',
  'linkage',
  'local',
  'match',
  'meeting',
  'model',
  'office',
  'official',
  'officials',
  'pandemic',
  'people',
  'personnel',
  'plan',
  'policy',
  'project',
  'promote',
  'promotion',
  'recruit',
  'regions',
  'remarks',
  'research',
  'responsibilities',
  'responsibility',
  'routine',
  'select',
  'service',
  'services',
  'speech',
  'staff',
  'statements',
  'studies',
  'study',
  'supermarket',
  'support',
  'survey',
  'training',
  'upgrade',
  'work',
]);

/** Words of a rendering: hyphens separate words too ("poverty-alleviation" is two). */
const wordsOf = (r: string) =>
  r
    .toLowerCase()
    .split(/[\s\-‐–]+/)
    .filter(Boolean);

/**
 * Why a variant is generic, or undefined when it is a real alternative rendering. A one-word
 * variant is generic when it is in GENERIC_WORDS, or when it is one word of a preferred rendering
 * of several words: a fragment of the term, not the term ("Wang" of “Wang Aiwen”, "Lianhua" of
 * “Lianhua County”, "expositions" of “important expositions”). Where the fragment is the usual
 * name, make it the preferred rendering and the long form a variant. Acronyms (MCA, NAFMII) and
 * coined forms with a digit or "+" (Internet+) are whole names in short and stay allowed.
 */
export function isGenericVariant(variant: string, entry: Pick<GlossaryEntry, 'en'>): string | undefined {
  const words = wordsOf(variant);
  if (words.length !== 1) return undefined;
  if (/^[A-Z][A-Z0-9&]+$/.test(variant) || /[0-9+]/.test(variant)) return undefined;
  if (GENERIC_WORDS.has(variant.toLowerCase())) return 'a single generic word';
  const preferred = wordsOf(entry.en);
  if (preferred.length > 1 && preferred.includes(words[0] ?? '')) return `one word of the preferred “${entry.en}”`;
  return undefined;
}

/** Escapes a string for use in a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const patterns = new Map<string, RegExp>();

/**
 * The pattern of a rendering: whole words (no letter or digit on either side), case-insensitive,
 * any white space between words, and an optional plural -s/-es on the last word.
 */
export function renderingPattern(rendering: string): RegExp {
  let re = patterns.get(rendering);
  if (!re) {
    const body = rendering.trim().split(/\s+/).map(escape).join('\\s+');
    const plural = /[\p{L}]$/u.test(rendering) ? '(?:s|es)?' : '';
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}${plural}(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(rendering, re);
  }
  return re;
}

/**
 * Where one of an entry's renderings occurs in English, as a whole word or phrase (the longest
 * rendering that occurs wins); undefined when the English uses none of them.
 */
export function findWholeRendering(en: string, entry: GlossaryEntry): { start: number; end: number } | undefined {
  for (const r of renderings(entry).sort((a, b) => b.length - a.length)) {
    const m = renderingPattern(r).exec(en);
    if (m) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/**
 * Problems in the glossary itself: duplicate ids or headwords, unknown references, variants that
 * are generic or that the entry also avoids.
 */
export function checkGlossary(entries: readonly GlossaryEntry[], exceptions: readonly GlossaryException[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const headwords = new Map<string, string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`entry ${e.id}: duplicate id`);
    ids.add(e.id);
    const other = headwords.get(e.zh);
    if (other) problems.push(`entry ${e.id}: duplicate headword ${e.zh} (also entry ${other})`);
    headwords.set(e.zh, e.id);
  }
  for (const e of entries) {
    for (const r of e.related) if (!ids.has(r)) problems.push(`entry ${e.id}: related term “${r}” does not exist`);
    const avoided = new Set(e.avoid.map((a) => a.toLowerCase()));
    if (avoided.has(e.en.toLowerCase())) problems.push(`entry ${e.id}: preferred rendering “${e.en}” is also in avoid`);
    for (const v of e.variants) {
      if (avoided.has(v.toLowerCase())) problems.push(`entry ${e.id}: variant “${v}” is also in avoid (the entry rejects it)`);
      const generic = isGenericVariant(v, e);
      if (generic) problems.push(`entry ${e.id}: variant “${v}” is ${generic}, not a rendering of the whole term`);
    }
  }
  for (const x of exceptions) {
    const entry = entries.find((e) => e.id === x.term);
    if (!entry) problems.push(`exception for unknown term “${x.term}”`);
    else if (!x.context.includes(entry.zh)) problems.push(`exception for ${x.term}: context “${x.context}” does not contain ${entry.zh}`);
  }
  return problems;
}

/** A clause whose English uses none of the renderings of a term in its Chinese. */
export interface RenderingReport {
  document: string;
  segment: string;
  term: string;
  headword: string;
  expected: string[];
}

/**
 * Checks a document's clauses: each glossary term found in a clause's Chinese needs one of its
 * renderings in the clause's English, unless a waiver records why not. Untranslated clauses are
 * skipped: they show the Chinese only.
 */
export function checkRenderings(
  document: string,
  segments: readonly Segment[],
  matcher: Matcher,
  waivers: readonly RenderingWaiver[] = [],
): RenderingReport[] {
  const reports: RenderingReport[] = [];
  for (const u of units(segments)) {
    // A segment not translated yet (a partial translation) has no English to check.
    if (u.translation === 'none') continue;
    for (const id of new Set(findTerms(u.zh, matcher).map((m) => m.term))) {
      const entry = matcher.entries.get(id);
      if (!entry || findWholeRendering(u.en, entry)) continue;
      if (waivers.some((w) => w.document === document && w.segment === u.id && w.term === id)) continue;
      reports.push({ document, segment: u.id, term: id, headword: entry.zh, expected: [entry.en, ...entry.variants] });
    }
  }
  return reports;
}

/** One line per report, naming file, segment and term. */
export function formatRenderingReport(r: RenderingReport): string {
  return `content/documents/${r.document}.mdx, segment ${r.segment}: “${r.headword}” (${r.term}) is in the Chinese but the English has none of: ${r.expected.map((e) => `“${e}”`).join(', ')}`;
}

/**
 * A waiver of content/glossary/waivers.yaml: one problem of one check in one segment, kept on
 * purpose. `term` waives the terminology check (an entry id), `marker` the modality check (the
 * Chinese marker, or "shall"/"must"/"will" for an unmarked clause), `phrase` the register check
 * (the construction as the style guide names it).
 */
export interface Waiver {
  document: string;
  segment: string;
  term?: string | undefined;
  marker?: string | undefined;
  phrase?: string | undefined;
  reason: string;
}

/** Reads the waivers file's list; throws, naming the file, on a waiver that is not one. */
export function parseWaivers(list: unknown, file: string): Waiver[] {
  if (list === null || list === undefined) return [];
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of waivers`);
  return list.map((raw: unknown, i) => {
    const w = (raw ?? {}) as Record<string, unknown>;
    const text = (k: string) => (typeof w[k] === 'string' && w[k].trim() !== '' ? w[k] : undefined);
    const keys = ['term', 'marker', 'phrase'].filter((k) => text(k) !== undefined);
    if (!text('document') || !text('segment') || !text('reason') || keys.length !== 1) {
      throw new Error(`${file}: waiver ${i + 1}: every waiver needs document, segment, reason and one of term, marker or phrase`);
    }
    const unknown = Object.keys(w).filter((k) => !['document', 'segment', 'term', 'marker', 'phrase', 'reason'].includes(k));
    if (unknown.length > 0) throw new Error(`${file}: waiver ${i + 1}: unknown field ${unknown.join(', ')}`);
    return w as unknown as Waiver;
  });
}

/** A problem as the waivers see it: where, which check, and the key a waiver names. */
export interface WaivableProblem {
  document: string;
  segment: string;
  check: 'term' | 'marker' | 'phrase';
  key: string;
  line: string;
}

/**
 * Drops the problems a waiver covers and reports stale waivers: a waiver for a checked document
 * that covers no problem any more is itself an error, so waivers cannot outlive their reason.
 * Waivers for documents not checked (drafts) are kept for when they are published.
 */
export function applyWaivers(
  problems: readonly WaivableProblem[],
  waivers: readonly Waiver[],
  checked: ReadonlySet<string>,
  file = 'content/glossary/waivers.yaml',
): string[] {
  const covers = (w: Waiver, p: WaivableProblem) =>
    w.document === p.document && w.segment === p.segment && w[p.check]?.toLowerCase() === p.key.toLowerCase();
  const lines = problems.filter((p) => !waivers.some((w) => covers(w, p))).map((p) => p.line);
  for (const w of waivers) {
    if (!checked.has(w.document) || problems.some((p) => covers(w, p))) continue;
    const what = w.term !== undefined ? `term “${w.term}”` : w.marker !== undefined ? `marker “${w.marker}”` : `phrase “${w.phrase ?? ''}”`;
    lines.push(`${file}: stale waiver for ${w.document}, segment ${w.segment}, ${what}: no such problem any more (remove the waiver)`);
  }
  return lines;
}
