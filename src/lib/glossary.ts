/**
 * Glossary matching: finds glossary headwords in Chinese text (longest match first, minus
 * recorded exceptions) and their English renderings in the aligned translation.
 */
import type { GlossaryEntry, GlossaryException } from './glossary-schema.ts';

/** A headword found in a text: [start, end) in UTF-16 code units. */
export interface TermMatch {
  term: string;
  start: number;
  end: number;
}

/** A prepared matcher: entries indexed by their first character, longest headwords first. */
export interface Matcher {
  byFirst: Map<string, GlossaryEntry[]>;
  exceptions: readonly GlossaryException[];
  entries: Map<string, GlossaryEntry>;
  /** Matches already found, by text: every clause is matched by several pages and checks. */
  found: Map<string, TermMatch[]>;
}

/** Prepares entries and exceptions for repeated matching. */
export function createMatcher(entries: readonly GlossaryEntry[], exceptions: readonly GlossaryException[] = []): Matcher {
  const byFirst = new Map<string, GlossaryEntry[]>();
  for (const e of entries) {
    const first = e.zh[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(e);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.zh.length - a.zh.length);
  return { byFirst, exceptions, entries: new Map(entries.map((e) => [e.id, e])), found: new Map() };
}

/** True when the match at `start` lies inside one of the term's exception contexts in `text`. */
function isException(text: string, start: number, entry: GlossaryEntry, exceptions: readonly GlossaryException[]): boolean {
  for (const ex of exceptions) {
    if (ex.term !== entry.id) continue;
    const offset = ex.context.indexOf(entry.zh);
    if (offset < 0) continue;
    const at = start - offset;
    if (at >= 0 && text.startsWith(ex.context, at)) return true;
  }
  return false;
}

/**
 * Finds glossary terms in `text`, scanning left to right and taking the longest headword that
 * starts at each position (so 民政部社会组织管理局 wins over 民政部). Matches never overlap.
 */
export function findTerms(text: string, matcher: Matcher): TermMatch[] {
  const cached = matcher.found.get(text);
  if (cached) return cached;
  const out: TermMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const candidates = matcher.byFirst.get(text[i] ?? '') ?? [];
    const hit = candidates.find((e) => text.startsWith(e.zh, i) && !isException(text, i, e, matcher.exceptions));
    if (hit) {
      out.push({ term: hit.id, start: i, end: i + hit.zh.length });
      i += hit.zh.length;
    } else i += 1;
  }
  matcher.found.set(text, out);
  return out;
}

/** All renderings of an entry, preferred first. */
export function renderings(entry: GlossaryEntry): string[] {
  return [entry.en, ...entry.variants];
}

/**
 * Finds where an entry's rendering occurs in English text (case-insensitive; the longest
 * rendering that occurs wins). Returns undefined when the translation uses none of them.
 */
export function findRendering(en: string, entry: GlossaryEntry): { start: number; end: number } | undefined {
  const lower = en.toLowerCase();
  const sorted = renderings(entry).sort((a, b) => b.length - a.length);
  for (const r of sorted) {
    const at = lower.indexOf(r.toLowerCase());
    if (at >= 0) return { start: at, end: at + r.length };
  }
  return undefined;
}

/** A piece of text, either plain or the occurrence of a glossary term. */
export interface Run {
  text: string;
  term?: string | undefined;
}

/** Splits text into runs at the given (non-overlapping, sorted) matches. */
export function toRuns(text: string, matches: readonly { term: string; start: number; end: number }[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) runs.push({ text: text.slice(at, m.start) });
    runs.push({ text: text.slice(m.start, m.end), term: m.term });
    at = m.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/**
 * Marks, in an English text, the renderings of the given terms (each term once, first
 * occurrence, skipping overlaps). Used to highlight aligned terms in the translation.
 */
export function matchRenderings(en: string, terms: readonly string[], matcher: Matcher): TermMatch[] {
  const found: TermMatch[] = [];
  for (const id of new Set(terms)) {
    const entry = matcher.entries.get(id);
    if (!entry) continue;
    const r = findRendering(en, entry);
    if (!r) continue;
    if (found.some((f) => r.start < f.end && f.start < r.end)) continue;
    found.push({ term: id, ...r });
  }
  return found.sort((a, b) => a.start - b.start);
}
