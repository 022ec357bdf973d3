/**
 * Prepares a Chinese text for rendering in a script: glossary runs found on the simplified
 * original, then carried over to the converted text, plus pinyin tokens per character.
 */
import { findTerms, type Matcher, type Run } from './glossary.ts';
import { encodePinyin, pinyinTokens } from './pinyin.ts';
import { inScript, type Script } from './script.ts';

/** A run of the text: plain, a glossary term, or a cross-reference link. */
export interface LinkedRun extends Run {
  href?: string | undefined;
  /**
   * A term met earlier in the same text: a clause links each term to its entry once, at its first
   * occurrence, as legislation sites and Wikipedia link a defined term once per provision (fewer
   * tab stops for a keyboard reader, and a law page does not carry hundreds of repeated links).
   */
  repeat?: true;
}

/** A phrase to link, by UTF-16 offsets into the simplified text. */
export interface TextLink {
  start: number;
  end: number;
  href: string;
}

export interface AnnotatedChinese {
  /** The text in the requested script. */
  text: string;
  runs: LinkedRun[];
  /** Glossary term ids found, in order. */
  terms: string[];
  /** Pinyin tokens for a data attribute, or undefined when they cannot be aligned (computed on first read). */
  readonly pinyin: string | undefined;
}

/**
 * Annotates `simplified` for display in `script`. Matching runs on the simplified source (the
 * glossary's headwords are simplified); when conversion keeps the length (the usual case for
 * cn → tw) the match offsets carry over unchanged, otherwise each run is converted on its own.
 */
export function annotateChinese(simplified: string, script: Script, matcher: Matcher, links: readonly TextLink[] = []): AnnotatedChinese {
  // A cross-reference wins over a term inside it: links cannot nest.
  const matches = findTerms(simplified, matcher).filter((m) => !links.some((l) => m.start < l.end && l.start < m.end));
  const text = inScript(simplified, script);
  const aligned = text.length === simplified.length;
  const spans = [...matches.map((m) => ({ ...m, href: undefined as string | undefined })), ...links.map((l) => ({ ...l, term: '' }))].sort(
    (a, b) => a.start - b.start,
  );
  const seen = new Set<string>();
  const runs = linkedRuns(aligned ? text : simplified, spans).map((r): LinkedRun => {
    const run = aligned ? r : { ...r, text: inScript(r.text, script) };
    if (run.term === undefined) return run;
    if (seen.has(run.term)) return { ...run, repeat: true };
    seen.add(run.term);
    return run;
  });
  // Readings only when asked for: most pages load them from a file on request (lib/pinyin-data.ts).
  let readings: { value: string | undefined } | undefined;
  return {
    text: runs.map((r) => r.text).join(''),
    runs,
    terms: matches.map((m) => m.term),
    get pinyin() {
      readings ??= { value: pinyinOf(simplified, script) };
      return readings.value;
    },
  };
}

/** The pinyin tokens of `simplified` shown in `script` (encodePinyin), or undefined when they cannot be aligned with its characters. */
export function pinyinOf(simplified: string, script: Script): string | undefined {
  const text = inScript(simplified, script);
  if (text.length !== simplified.length) return undefined;
  const tokens = pinyinTokens(simplified);
  return tokens.length === Array.from(text).length ? encodePinyin(tokens) : undefined;
}

/** Splits text at sorted, non-overlapping spans, each a term (term set) or a link (href set). */
function linkedRuns(text: string, spans: readonly { start: number; end: number; term: string; href: string | undefined }[]): LinkedRun[] {
  const runs: LinkedRun[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    if (s.start > at) runs.push({ text: text.slice(at, s.start) });
    runs.push(
      s.href === undefined ? { text: text.slice(s.start, s.end), term: s.term } : { text: text.slice(s.start, s.end), href: s.href },
    );
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
