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

/** The Chinese of two texts of a provision, character by character. */
export function diffChinese(before: string, after: string): DiffPart[] {
  return parts(diffChars(before, after));
}

/** The English of two texts of a provision, word by word (spaces are kept with the words). */
export function diffEnglish(before: string, after: string): DiffPart[] {
  return parts(diffWords(before, after));
}

/** The old text's side of a diff (what it had: same and deleted parts) and the new text's (same and inserted). */
export function sides(diff: readonly DiffPart[]): { before: DiffPart[]; after: DiffPart[] } {
  return { before: diff.filter((p) => p.op !== 'ins'), after: diff.filter((p) => p.op !== 'del') };
}
