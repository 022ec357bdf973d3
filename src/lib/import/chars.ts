/**
 * Character classes shared by the import modules.
 *
 * Chinese print mixes three kinds of characters whose spacing rules differ: CJK characters and
 * full-width punctuation (never separated by spaces), Latin letters and digits (separated by
 * meaningful spaces among themselves), and "neutral" punctuation such as curly quotes that takes
 * the spacing of whatever it stands next to. Every spacing and line-joining decision in the
 * importer is phrased in these terms, so they live in one place.
 */

const HAN = /\p{Script=Han}/u;

/**
 * True for a Han character (any CJK ideograph block). Used to decide whether a text contains
 * Chinese at all and whether a space sits inside Chinese text.
 */
export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * True for CJK symbols and punctuation (U+3000–U+303F) and full-width forms (U+FF00–U+FFEF):
 * the punctuation of Chinese text, which is set full width and never takes a space around it.
 */
export function isWidePunct(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * True for a character that belongs to Chinese text: Han, kana/hangul are not expected, so this is
 * Han plus full-width punctuation. A space next to such a character is typesetting debris.
 */
export function isCjk(ch: string): boolean {
  return isHan(ch) || isWidePunct(ch);
}

/**
 * Punctuation shared by Chinese and Latin text (curly quotes, ellipsis, dashes, middle dot). It
 * has no spacing of its own: a space next to it is kept only when the other side is Latin.
 */
export function isNeutralPunct(ch: string): boolean {
  return '“”‘’…—–·•'.includes(ch);
}

/**
 * True for a character of Latin-script text: ASCII letters, digits and ASCII punctuation, plus
 * Latin-1/Latin Extended letters. Two such characters either side of a space (or a line break)
 * are separate words, so the space is meaningful.
 */
export function isLatinish(ch: string): boolean {
  return /[\x21-\x7e\u00c0-\u024f]/.test(ch);
}

/** True for an ASCII digit. Digits glue to Chinese text ("7月1日") but not to each other across a space. */
export function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/**
 * Characters that can end a sentence in Chinese print: full stop, exclamation and question marks,
 * closing quotes and brackets (a sentence often ends inside them), the ellipsis, and their ASCII
 * equivalents. A line ending in one of these may end a paragraph; one that does not cannot.
 */
export const SENTENCE_END = '。！？…”’」』）)》.!?';

/** Last non-space character of a string, or "" when there is none. */
export function lastChar(s: string): string {
  const chars = Array.from(s.trimEnd());
  return chars[chars.length - 1] ?? '';
}

/** First non-space character of a string, or "" when there is none. */
export function firstChar(s: string): string {
  return Array.from(s.trimStart())[0] ?? '';
}

/** True when the text's last character can end a sentence (see SENTENCE_END). */
export function endsSentence(s: string): boolean {
  const ch = lastChar(s);
  return ch !== '' && SENTENCE_END.includes(ch);
}

/**
 * Width of a string in ems as it would be printed: CJK characters, full-width punctuation and
 * curly quotes take a full em, Latin letters and digits half. Column widths are measured in ems so
 * that a line with a few digits in it is not mistaken for a short (paragraph-final) line.
 */
export function emWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (isCjk(ch) || isNeutralPunct(ch)) w += 1;
    else if (/\s/.test(ch)) w += 0.5;
    else w += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 1 : 0.5;
  }
  return w;
}

/** Number of Unicode code points (not UTF-16 units) in a string. */
export function charLength(s: string): number {
  return Array.from(s).length;
}

/** "U+FFFD"-style name of a character, for the report. */
export function codePointName(ch: string): string {
  return 'U+' + (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
}
