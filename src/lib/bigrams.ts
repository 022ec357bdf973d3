/**
 * Chinese search tokens as overlapping character bigrams (创业担保贷款 → 创业 业担 担保 保贷 贷款),
 * the classic approach to CJK full-text search. Index and query are tokenised by this same
 * function (the search page bundles it: src/scripts/search.ts), so a Chinese query of any
 * length matches exactly the clauses that contain it, whatever a word segmenter would have done.
 * Measured reason in README (Search): Pagefind's own segmentation (jieba at indexing, none or
 * Intl.Segmenter at query time) passed 22 of the 47 queries of the query set.
 */
import { HAN_CLASS } from './han-runs.ts';

const HAN = new RegExp(`[${HAN_CLASS}]+`, 'gu');

/** Replaces each run of Han characters by its bigrams (a single character stays itself). */
export function bigramize(text: string): string {
  return text.replace(HAN, (run) => {
    const chars = Array.from(run);
    if (chars.length === 1) return ` ${run} `;
    const grams: string[] = [];
    for (let i = 0; i < chars.length - 1; i++) grams.push(chars[i]! + chars[i + 1]!);
    return ` ${grams.join(' ')} `;
  });
}
