/**
 * Pinpoints: where in a document a clause is, in the words citation styles use. Paragraph ids
 * (p3, p3a) are paragraphs, point ids (p3-2) are points within a paragraph, measure ids (m4) are
 * the numbered measures of a notice. Page furniture (caption, pull quote, source line) has no
 * number; it is cited by its name and found by its link.
 */
export interface Pinpoint {
  /** CSL locator label, or null when the clause is cited by name only. */
  label: 'paragraph' | 'section' | null;
  /** The locator: "3", "3 (point 2)", "4"; empty when label is null. */
  locator: string;
  /**
   * The locator inside a parenthetical citation, where APA and MLA put parentheses within
   * parentheses in square brackets: "3 [point 2]". The same as locator for every other clause.
   */
  parenthetical: string;
  /** Plain English, for short references: "para. 3", "para. 3 (point 2)", "measure 4", "caption". */
  text: string;
}

const NAMED: Record<string, string> = {
  caption: 'cartoon caption',
  pullquote: 'pull quote',
  attribution: 'source line',
  source: 'source line',
};

export function pinpoint(id: string, kind = ''): Pinpoint {
  const point = /^p(\d+[a-z]?)-(\d+)$/.exec(id);
  if (point) {
    // No comma: citeproc would read "3, 2" as two paragraphs ("paras.").
    const locator = `${point[1] ?? ''} (point ${point[2] ?? ''})`;
    const parenthetical = `${point[1] ?? ''} [point ${point[2] ?? ''}]`;
    return { label: 'paragraph', locator, parenthetical, text: `para. ${locator}` };
  }
  const para = /^p(\d+[a-z]?)$/.exec(id);
  if (para) return { label: 'paragraph', locator: para[1] ?? '', parenthetical: para[1] ?? '', text: `para. ${para[1] ?? ''}` };
  const measure = /^m(\d+[a-z]?)$/.exec(id);
  if (measure) return { label: 'section', locator: measure[1] ?? '', parenthetical: measure[1] ?? '', text: `measure ${measure[1] ?? ''}` };
  return { label: null, locator: '', parenthetical: '', text: NAMED[kind] ?? NAMED[id] ?? id };
}
