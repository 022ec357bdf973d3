/**
 * Line-level clean-up of OCR and copy-paste debris.
 *
 * Works one raw line at a time so that every change can be reported against the line it was made
 * on. A line keeps only one piece of layout information, whether it began with a paragraph indent
 * (spaces, U+3000 or the U+FFFD that OCR leaves where the indent glyph was); everything else
 * about layout (wrapping, blank lines) is decided later from the cleaned lines.
 */
import type { ReportBuilder } from './report.ts';
import { codePointName, isCjk, isDigit, isHan, isLatinish, isNeutralPunct } from './chars.ts';

/** One line of the raw file after clean-up. */
export interface CleanLine {
  /** 1-based line number in the raw file. */
  readonly no: number;
  /** The text with debris, indent and surplus spaces removed. */
  readonly text: string;
  /** The line began with a paragraph indent (now removed). */
  readonly indent: boolean;
  /** Nothing is left of the line (it was empty, whitespace, or debris only). */
  readonly blank: boolean;
}

/**
 * Invisible or meaningless characters that OCR and web copies leave behind: the replacement
 * character, BOMs and zero-width characters inside the text, soft hyphens, bidi controls and C0/C1
 * control characters. None of them can be part of the printed text.
 */
const DEBRIS = /[\uFFFD\uFEFF\u200B-\u200F\u2060\u00AD\u202A-\u202E\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/** A line that so far holds only a law's unit number: 第一条, 第十五条之一, 第一章, 第二分编, 第三节. */
const LAW_NUMBER = /^第[一二三四五六七八九十百零〇\d]+(?:条(?:之[一二三四五六七八九十]+)?|编|分编|章|节)$/u;

/** Horizontal whitespace, including the ideographic space U+3000 and no-break/thin spaces. */
const SPACE = /[ \t\u00A0\u2002-\u200A\u3000]/;

/**
 * Illustration credits in which a space separates the agency from the artist and must be kept:
 * "（新华社发 徐骏/作）", "（新华社记者 李贺 摄）", "（图/新华社 张三）".
 */
const CREDIT = /（[^（）]*?(?:\/\s*[作摄绘图]|[ \u3000]摄|供图|制图)\s*）/gu;

/**
 * A line with nothing readable in it: no Han, no Latin letter, and not merely closing punctuation
 * that wrapped onto its own line. Page numbers ("- 3 -"), rules and bullets from the layout.
 */
export function isDebrisLine(text: string): boolean {
  if (Array.from(text).some((ch) => isHan(ch) || /[A-Za-z\u00C0-\u024F]/.test(ch))) return false;
  // Closing punctuation, or one dash (——) that wrapped alone; a longer run of dashes is a rule.
  if (/^(?:[。，、；：？！”’）》」』…．]+|—{1,2})$/u.test(text)) return false;
  return true;
}

/** Visible rendering of a space in context, e.g. "7␣月", for the report. */
function context(before: string, space: string, after: string): string {
  return `${before}${space.replace(/[ \t\u00A0\u2002-\u200A]/g, '␣').replace(/\u3000/g, '□')}${after}`;
}

/**
 * Decide what happens to one run of spaces between `before` and `after`. Spaces inside Chinese
 * text, and between Chinese and digits or Latin, are typesetting or OCR artefacts (Chinese print
 * uses none); between two Latin characters a space separates words and is kept (collapsed to one).
 * Curly quotes and dashes follow whichever side they are not.
 */
function spaceFate(before: string, after: string): 'remove' | 'keep' {
  if (isCjk(before) || isCjk(after)) return 'remove';
  const latinBefore = isLatinish(before) && !isNeutralPunct(before);
  const latinAfter = isLatinish(after) && !isNeutralPunct(after);
  if (latinBefore && latinAfter) return 'keep';
  if ((isNeutralPunct(before) && latinAfter) || (latinBefore && isNeutralPunct(after))) return 'keep';
  if (isDigit(before) && isDigit(after)) return 'keep';
  return 'remove';
}

/**
 * Clean one raw line: strip the indent (remembering it), drop debris characters, remove spaces in
 * Chinese text, keep single spaces in Latin text and credits, and the space after a leading
 * article number ("第一条　"), which is part of how laws are printed. `no` is the 1-based line
 * number the changes are reported against. U+FFFD in mid-line may stand for an unreadable
 * character rather than an indent, so it is dropped with a warning.
 */
export function cleanLine(raw: string, no: number, report: ReportBuilder): CleanLine {
  // 1. Leading run: the paragraph indent, or stray spaces.
  const lead = /^[\s\uFFFD\uFEFF\u200B-\u200D]*/u.exec(raw)?.[0] ?? '';
  const rest = raw.slice(lead.length);
  const fffd = (lead.match(/\uFFFD/g) ?? []).length;
  const ideo = (lead.match(/\u3000/g) ?? []).length;
  const spaces = (lead.match(/[ \u00A0]/g) ?? []).length;
  const tabs = (lead.match(/\t/g) ?? []).length;
  const other = lead.length - fffd - ideo - spaces - tabs;
  const indent = rest.trim() !== '' && (fffd > 0 || ideo > 0 || tabs > 0 || spaces >= 2);
  if (lead.length > 0) {
    const n = (k: number, word: string): string => (k === 0 ? '' : `${k} ${word}${k === 1 ? '' : 's'}`);
    const parts = [
      fffd ? `${fffd} × U+FFFD` : '',
      ideo ? `${ideo} × U+3000` : '',
      n(spaces, 'space'),
      n(tabs, 'tab'),
      n(other, 'other invisible character'),
    ]
      .filter(Boolean)
      .join(', ');
    if (rest.trim() === '') {
      if (fffd || other) report.change(no, 'remove-char', `line holds only ${parts}; treated as blank`, lead.length);
    } else if (indent) {
      report.change(no, 'remove-indent', `paragraph indent removed (${parts})`, lead.length);
    } else {
      report.change(no, 'remove-space', `leading ${parts} removed (too short for an indent)`, lead.length);
    }
  }

  // 2. Debris characters inside the line.
  let text = '';
  const removed = new Map<string, number>();
  for (const ch of rest) {
    if (DEBRIS.test(ch)) {
      removed.set(ch, (removed.get(ch) ?? 0) + 1);
      if (ch === '\uFFFD') {
        report.warn(no, 'U+FFFD inside the line removed: the OCR may have lost a character here; check against the print');
      }
      continue;
    }
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xe000 && cp <= 0xf8ff) {
      report.warn(no, `private-use character ${codePointName(ch)} kept: an unrecognised glyph; replace it by hand`);
    }
    text += ch;
  }
  for (const [ch, n] of removed) report.change(no, 'remove-char', `${n} × ${codePointName(ch)} removed`, n);

  // 3. Spaces: protected in credits, kept between Latin words, removed in Chinese text.
  const credits: Array<[number, number]> = [];
  for (const m of text.matchAll(CREDIT)) credits.push([m.index, m.index + m[0].length]);
  const inCredit = (i: number): boolean => credits.some(([a, b]) => i > a && i < b);
  const chars = Array.from(text);
  const gone: string[] = [];
  let goneChars = 0;
  let keptRemoved = 0; // surplus characters of kept runs
  const kept: string[] = [];
  let out = '';
  let offset = 0; // UTF-16 offset of chars[i] in `text`, to compare with credit spans
  for (let i = 0; i < chars.length;) {
    const ch = chars[i] ?? '';
    if (!SPACE.test(ch)) {
      out += ch;
      offset += ch.length;
      i++;
      continue;
    }
    let j = i;
    let run = '';
    while (j < chars.length && SPACE.test(chars[j] ?? '')) run += chars[j++] ?? '';
    // A kept space is the run's first character as printed, never a substitute: the site's
    // provenance check proves the text is the source minus debris, so nothing may be replaced.
    const keep = run[0] ?? ' ';
    const before = Array.from(out).pop() ?? '';
    const after = chars[j] ?? '';
    if (before === '' || after === '') {
      gone.push(context(before, run, after)); // trailing space (leading ones went with the indent)
      goneChars += run.length;
    } else if (isHan(after) && LAW_NUMBER.test(out)) {
      // Laws and regulations print one full-width space after the article number ("第一条　为了…")
      // and after a part, chapter or section number ("第一章　总　　则" → "第一章　总则").
      out += keep;
      kept.push(`article-number space ${context(before, run, after)}${run.length > 1 ? ' (run reduced to one)' : ''}`);
      keptRemoved += run.length - 1;
    } else if (inCredit(offset)) {
      if (before === '/' || after === '/') {
        gone.push(context(before, run, after));
        goneChars += run.length;
      } else {
        out += keep;
        kept.push(`credit ${context(before, run, after)}${run.length > 1 ? ' (run reduced to one)' : ''}`);
        keptRemoved += run.length - 1;
      }
    } else if (spaceFate(before, after) === 'keep') {
      out += keep;
      if (run.length > 1) kept.push(`${context(before, run, after)} (run reduced to one)`);
      keptRemoved += run.length - 1;
    } else {
      gone.push(context(before, run, after));
      goneChars += run.length;
    }
    offset += run.length;
    i = j;
  }
  if (gone.length > 0) {
    const shown = gone.slice(0, 8).join(', ') + (gone.length > 8 ? `, … (${gone.length - 8} more)` : '');
    report.change(no, 'remove-space', `removed ${goneChars} space${goneChars > 1 ? 's' : ''}: ${shown}`, goneChars);
  }
  if (kept.length > 0) report.change(no, 'keep-space', `kept ${kept.join(', ')}`, keptRemoved);

  if (out !== '' && isDebrisLine(out)) {
    report.change(no, 'drop-line', `line "${out}" dropped as layout debris (no text)`, Array.from(out).length);
    report.warn(no, `line "${out}" dropped as layout debris (page number or rule?); check it is not text`);
    return { no, text: '', indent: false, blank: true };
  }
  return { no, text: out, indent, blank: out === '' };
}

/**
 * Clean every line of a decoded text (LF line endings). A trailing newline does not make an extra
 * line. Returns one CleanLine per raw line, blanks included, because blank lines carry layout.
 */
export function cleanLines(text: string, report: ReportBuilder): CleanLine[] {
  const raw = text.split('\n');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((line, i) => cleanLine(line, i + 1, report));
}
