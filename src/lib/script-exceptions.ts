/**
 * Where OpenCC's cn → tw conversion gets these texts wrong. Each entry is applied after OpenCC,
 * replacing its output `opencc` with `correct`; tests/unit/script.test.ts checks every entry.
 */
export interface ScriptException {
  /** The simplified text in which the error occurs (for the test and for editors). */
  simplified: string;
  /** What OpenCC produces. */
  opencc: string;
  /** The correct traditional text. */
  correct: string;
  reason: string;
}

export const SCRIPT_EXCEPTIONS: readonly ScriptException[] = [
  {
    simplified: '成长发展',
    opencc: '成長髮展',
    correct: '成長發展',
    reason: 'OpenCC matches the phrase 长发 “long hair” (長髮) across the word boundary of 成长|发展.',
  },
  {
    simplified: '联合发布',
    opencc: '發佈',
    correct: '發布',
    reason: '發布 is the standard form in the Taiwan Ministry of Education character list; 發佈 is a variant.',
  },
  {
    simplified: '产业布局',
    opencc: '佈局',
    correct: '布局',
    reason: '布局 is the standard form in the Taiwan Ministry of Education dictionary; 佈局 is a variant.',
  },
];
