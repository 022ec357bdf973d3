/**
 * Prepares a Chinese text for rendering in a script: glossary runs found on the simplified
 * original, then carried over to the converted text, plus pinyin tokens per character.
 */
import { findTerms, toRuns, type Matcher, type Run } from './glossary.ts';
import { encodePinyin, pinyinTokens } from './pinyin.ts';
import { inScript, type Script } from './script.ts';

export interface AnnotatedChinese {
  /** The text in the requested script. */
  text: string;
  runs: Run[];
  /** Glossary term ids found, in order. */
  terms: string[];
  /** Pinyin tokens for a data attribute, or undefined when they cannot be aligned. */
  pinyin: string | undefined;
}

/**
 * Annotates `simplified` for display in `script`. Matching runs on the simplified source (the
 * glossary's headwords are simplified); when conversion keeps the length (the usual case for
 * cn → tw) the match offsets carry over unchanged, otherwise each run is converted on its own.
 */
export function annotateChinese(simplified: string, script: Script, matcher: Matcher): AnnotatedChinese {
  const matches = findTerms(simplified, matcher);
  const text = inScript(simplified, script);
  const aligned = text.length === simplified.length;
  const runs = aligned ? toRuns(text, matches) : toRuns(simplified, matches).map((r) => ({ ...r, text: inScript(r.text, script) }));
  const tokens = pinyinTokens(simplified);
  const pinyin = aligned && tokens.length === Array.from(text).length ? encodePinyin(tokens) : undefined;
  return { text: runs.map((r) => r.text).join(''), runs, terms: matches.map((m) => m.term), pinyin };
}
