/**
 * What changed between two texts of a provision, for the comparison page: the Chinese per
 * character, the English per word (jsdiff, the `diff` package). Pure.
 */
import { diffChars, diffWords } from 'diff';

export interface DiffPart {
  text: string;
  /** same: in both; del: only in the old text; ins: only in the new. */
  op: 'same' | 'del' | 'ins';
}

function parts(changes: readonly { value: string; added: boolean; removed: boolean }[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const c of changes) {
    const op = c.added ? 'ins' : c.removed ? 'del' : 'same';
    const last = out.at(-1);
    if (last && last.op === op) last.text += c.value;
    else out.push({ text: c.value, op });
  }
  return out;
}

/** Unchanged runs this short (code points) between two changes are read as part of the change. */
export const SHORT_SAME = 2;

/**
 * Folds an unchanged run of at most SHORT_SAME characters that lies between two changes into the
 * change: 五千元以上五万 → 一万元以上十万 reads as one replaced stretch around 元以上, not as
 * single characters struck out and put back one by one. Each stretch of changes becomes at most
 * one deletion followed by one insertion.
 */
export function foldShortRuns(diff: readonly DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ text: del, op: 'del' });
    if (ins) out.push({ text: ins, op: 'ins' });
    del = '';
    ins = '';
  };
  diff.forEach((p, i) => {
    const inChange = del !== '' || ins !== '';
    // Runs of one kind are merged (parts()), so what follows a same run is a change, if anything.
    const changeFollows = diff[i + 1] !== undefined;
    if (p.op === 'del') del += p.text;
    else if (p.op === 'ins') ins += p.text;
    else if (inChange && changeFollows && Array.from(p.text).length <= SHORT_SAME) {
      del += p.text;
      ins += p.text;
    } else {
      flush();
      out.push({ ...p });
    }
  });
  flush();
  return out;
}

/** The Chinese of two texts of a provision, character by character (short unchanged runs inside a change folded in). */
export function diffChinese(before: string, after: string): DiffPart[] {
  return foldShortRuns(parts(diffChars(before, after)));
}

/** The English of two texts of a provision, word by word (spaces are kept with the words). */
export function diffEnglish(before: string, after: string): DiffPart[] {
  return parts(diffWords(before, after));
}

/** The old text's side of a diff (what it had: same and deleted parts) and the new text's (same and inserted). */
export function sides(diff: readonly DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return { before: diff.filter((p) => p.op !== 'ins'), after: diff.filter((p) => p.op !== 'del') };
}
