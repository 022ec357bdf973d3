/**
 * Readings pinyin-pro gets wrong in Duizhao's texts, as words in context. Each is checked by
 * tests/unit/pinyin.test.ts.
 */
export interface PinyinCorrection {
  word: string;
  /** Space-separated syllables with tone marks. */
  pinyin: string;
}

export const PINYIN_CORRECTIONS: readonly PinyinCorrection[] = [];
