/**
 * The import report: every change the importer made to the source text and every place where it
 * had to guess. The importer is the provenance record of a document's Chinese text, so nothing is
 * changed silently; each module receives a `ReportBuilder` and records what it did, with the line
 * of the raw file it did it to.
 */

/** What kind of change an entry records. */
export type ChangeAction =
  | 'decode' // encoding / BOM / line endings
  | 'remove-char' // debris character dropped (U+FFFD, zero-width, control)
  | 'remove-indent' // paragraph indent (spaces, U+FFFD, U+3000) dropped, remembered as a paragraph start
  | 'remove-space' // space inside Chinese text or between Chinese and digits dropped
  | 'keep-space' // space kept (Latin text, credit line), possibly normalised
  | 'drop-line' // whole line dropped as layout debris (page number, rule)
  | 'join' // line joined to the previous one
  | 'column-break' // blank line(s) inside a sentence treated as a column/page break
  | 'paragraph-break' // a paragraph starts at this line
  | 'title' // lines taken as a document title
  | 'caption' // illustration caption recognised
  | 'pullquote' // pull quote recognised
  | 'attribution' // source attribution split off
  | 'point' // enumerated point recognised
  | 'structure' // a node of a law or notice recognised (article, heading, formal part)
  | 'document'; // a document starts here

/** One recorded change. `line` is 1-based in the raw file. */
export interface Change {
  readonly line: number;
  readonly action: ChangeAction;
  readonly detail: string;
  /** Characters of the raw text deleted by this change (debris, indents, spaces), when any. */
  readonly removed?: number;
}

/** A place the importer was unsure of, for an editor to check. */
export interface Warning {
  readonly line: number;
  readonly message: string;
}

/** The finished report, as data. */
export interface Report {
  readonly changes: readonly Change[];
  readonly warnings: readonly Warning[];
}

/** Collects changes and warnings while the pipeline runs. */
export interface ReportBuilder {
  change(line: number, action: ChangeAction, detail: string, removed?: number): void;
  warn(line: number, message: string): void;
  /** A snapshot sorted by line (stable, so entries for one line keep their pipeline order). */
  finish(): Report;
}

/**
 * Create an empty report builder. Entries are sorted by line only when the report is finished, so
 * modules can record in whatever order they work.
 */
export function createReport(): ReportBuilder {
  const changes: Change[] = [];
  const warnings: Warning[] = [];
  const warned = new Set<string>(); // "line message": a Set, so a long page's warnings stay linear
  return {
    change(line, action, detail, removed = 0) {
      changes.push(removed > 0 ? { line, action, detail, removed } : { line, action, detail });
    },
    warn(line, message) {
      const key = `${line} ${message}`;
      if (warned.has(key)) return;
      warned.add(key);
      warnings.push({ line, message });
    },
    finish() {
      const byLine = <T extends { line: number }>(a: T, b: T): number => a.line - b.line;
      return { changes: [...changes].sort(byLine), warnings: [...warnings].sort(byLine) };
    },
  };
}

/** Count the changes of each action. */
export function countChanges(report: Report): Record<ChangeAction, number> {
  const counts: Record<ChangeAction, number> = {
    decode: 0,
    'remove-char': 0,
    'remove-indent': 0,
    'remove-space': 0,
    'keep-space': 0,
    'drop-line': 0,
    join: 0,
    'column-break': 0,
    'paragraph-break': 0,
    title: 0,
    caption: 0,
    pullquote: 0,
    attribution: 0,
    point: 0,
    structure: 0,
    document: 0,
  };
  for (const c of report.changes) counts[c.action] += 1;
  return counts;
}

/**
 * A few lines summarising the report (counts per kind of change and the warning count), used both
 * at the top of the printed report and as YAML comments in each draft.
 */
export function summarise(report: Report): string[] {
  const n = countChanges(report);
  const decode = report.changes.filter((c) => c.action === 'decode').map((c) => c.detail);
  const removed = (a: ChangeAction): number => report.changes.filter((c) => c.action === a).reduce((t, c) => t + (c.removed ?? 0), 0);
  const plural = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  return [
    `decoded: ${decode.join('; ')}`,
    `removed: ${plural(removed('remove-char'), 'debris character')}, ${plural(removed('remove-indent'), 'character')} of ` +
      `${plural(n['remove-indent'], 'paragraph indent')}, ${plural(removed('remove-space'), 'space')} (on ${plural(n['remove-space'], 'line')}), ` +
      `${plural(n['drop-line'], 'debris line')}; spaces kept or normalised on ${plural(n['keep-space'], 'line')}`,
    `joined: ${plural(n.join + n['column-break'], 'line break')} (${n['column-break']} across column/page breaks); ` +
      `${plural(n['paragraph-break'], 'paragraph break')} decided`,
    `recognised: ${plural(n.document, 'document')}, ${plural(n.title, 'title')}, ${plural(n.point, 'point')}, ` +
      `${plural(n.attribution, 'attribution')}, ${plural(n.caption, 'caption')}, ${plural(n.pullquote, 'pull quote')}`,
    `warnings: ${report.warnings.length}`,
  ];
}

/**
 * Render the report for a person: the summary, then every change (runs of plain line joins are
 * shown as one range so the list stays readable), then the warnings. Printed to stderr by the CLI.
 */
export function formatReport(report: Report, file: string): string {
  const out: string[] = [`import report for ${file}`];
  for (const s of summarise(report)) out.push(`  ${s}`);
  out.push('changes:');
  const changes = report.changes.filter((c) => c.action !== 'decode');
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i];
    if (c === undefined) continue;
    if (c.action === 'join' && c.detail === 'joined without space') {
      let j = i;
      while (changes[j + 1]?.action === 'join' && changes[j + 1]?.detail === 'joined without space') j++;
      const last = changes[j];
      out.push(
        last !== undefined && j > i
          ? `  L${c.line}–${last.line}  join: each line joined to the one before, without space`
          : `  L${c.line}  join: ${c.detail}`,
      );
      i = j;
      continue;
    }
    out.push(`  L${c.line}  ${c.action}: ${c.detail}`);
  }
  out.push(report.warnings.length === 0 ? 'warnings: none' : `warnings (${report.warnings.length}, check these):`);
  for (const w of report.warnings) out.push(`  L${w.line}  ${w.message}`);
  return out.join('\n') + '\n';
}
