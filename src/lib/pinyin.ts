/**
 * Pinyin as a reading aid, computed at build time with pinyin-pro, which reads polyphonic
 * characters in context (银行 háng, 进行 xíng, 重要 zhòng, 成长 zhǎng, 调研 diào, 调解 tiáo).
 * The result is one token per character of the text, so a page can place each reading above its
 * character without putting pinyin into the text itself.
 */
import { customPinyin, pinyin } from 'pinyin-pro';
import { PINYIN_CORRECTIONS } from './pinyin-corrections.ts';

let corrected = false;
// Each text is read twice (simplified and traditional pages): compute its readings once.
const cache = new Map<string, string[]>();

/**
 * Returns one pinyin token (with tone marks) per character (code point) of `text`; characters
 * that are not Han (digits, punctuation, Latin) get an empty token.
 */
export function pinyinTokens(text: string): string[] {
  if (!corrected) {
    customPinyin(Object.fromEntries(PINYIN_CORRECTIONS.map((c) => [c.word, c.pinyin])));
    corrected = true;
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens = pinyin(text, { type: 'all' }).map((c) => (c.isZh ? c.pinyin : ''));
  cache.set(text, tokens);
  return tokens;
}

/** Encodes tokens for a `data-py` attribute: space-separated, empty tokens kept as empty fields. */
export function encodePinyin(tokens: readonly string[]): string {
  return tokens.join(' ');
}
