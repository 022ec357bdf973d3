/**
 * Policy documents (通知, 意见, 办法 issued as a notice): from units (units.ts) to the tree of
 * docs/structure.md, after the parts GB/T 9704-2012 names: 发文字号, title, 主送机关, the body with
 * its headings 一、 /（一）/ 1. /（1）, 附件说明, 署名, 成文日期, then 附件 and 抄送.
 *
 * A heading is the printed number and a short heading sentence. When the line goes on after the
 * first 。 ("（一）加强组织领导。各地要……"), the heading node holds the heading sentence up to and
 * including that 。 and the rest is a paragraph inside it, so that the heading can be listed in an
 * outline and the running text translated as a paragraph.
 *
 * Other decisions: body paragraphs are numbered by their count through the document (p7 has
 * number 7; in an attachment, att1-p3 has 3); the 附件说明 lines are top-level paragraphs, not
 * inside the last heading; an attachment node holds its label (附件1) and its title line is its
 * first paragraph (att1-p1); text after 抄送 (an 印发 line) is a top-level paragraph, warned.
 */
import type { Block } from './block.ts';
import type { DraftDocument } from './document.ts';
import type { ReportBuilder } from './report.ts';
import type { Segment } from './segments.ts';
import { firstLine, lastLine, lineAt } from './block.ts';
import { DATE_LINE } from './document.ts';
import { parseNumeral } from './enumerators.ts';

/** 发文字号: 人社部发〔2020〕5号, 国办函〔2021〕12号, alone on its line. */
export const DOC_NUMBER = /^[\p{Script=Han}]{1,16}[〔［[（(]\d{4}[〕］\]）)]\d{1,4}号$/u;
/** 主送机关: a line of bodies ending in a colon, without a sentence in it. */
const ADDRESSEE = /^[^。！？]{2,200}[：:]$/u;
/** The four heading families, outermost first (GB/T 9704-2012 §7.3.3). */
const HEADINGS: ReadonlyArray<{ family: string; re: RegExp }> = [
  { family: '一、', re: /^([一二三四五六七八九十]{1,3})、/u },
  { family: '（一）', re: /^（([一二三四五六七八九十]{1,3})）/u },
  { family: '1.', re: /^(\d{1,2})[.．](?!\d)/u },
  { family: '（1）', re: /^[（(](\d{1,2})[）)]/u },
];
/** 附件说明 under the body: "附件：1.……" (continued by "2.……" lines). */
const ATTACHMENT_NOTE = /^附件[：:]/u;
/** The label that opens an attachment after the date: "附件", "附件1", "附件 2". */
const ATTACHMENT_LABEL = /^附件\s*(\d{0,2})$/u;
const COPY_TO = /^抄送[：:]/u;
/** A heading sentence longer than this is unusual: the split is warned. */
const LONG_HEADING = 40;

/** The heading a text starts with: its family, number and printed label. */
function headingStart(text: string): { family: string; n: number; printed: string } | null {
  for (const h of HEADINGS) {
    const m = h.re.exec(text);
    const n = m?.[1] === undefined ? null : parseNumeral(m[1]);
    if (m !== null && n !== null) return { family: h.family, n, printed: m[0] };
  }
  return null;
}

/** A signature line: short, no punctuation, not a heading or a date. */
function isSignatureLine(text: string): boolean {
  return Array.from(text).length <= 30 && !/[。，；：、！？]/u.test(text) && headingStart(text) === null && !DATE_LINE.test(text);
}

/**
 * Is this text a notice? It is when a 发文字号 stands alone near the top, or when an addressee line
 * is followed by 一、 headings and the text ends with a date line (the shape of GB/T 9704).
 */
export function looksLikeNotice(units: readonly string[]): boolean {
  if (units.slice(0, 5).some((t) => DOC_NUMBER.test(t))) return true;
  const to = units.slice(0, 5).findIndex((t) => ADDRESSEE.test(t));
  return to >= 0 && units.some((t) => /^一、/u.test(t)) && units.some((t) => DATE_LINE.test(t));
}

/** Build the one document of a notice from its units. */
export function parseNotice(units: readonly Block[], report: ReportBuilder): DraftDocument {
  const segs: Segment[] = [];
  const used = new Set<string>();
  const add = (s: Segment): void => {
    let id = s.id;
    for (let k = 2; used.has(id); k++) id = `${s.id}-dup${k}`;
    if (id !== s.id) report.warn(s.lines[0], `id ${s.id} already used (a number printed twice?); this node is ${id}`);
    used.add(id);
    segs.push({ ...s, id });
  };
  const span = (b: Block): [number, number] => [firstLine(b), lastLine(b)];
  const texts = units.map((u) => u.text);

  // The head: 发文字号 and title in either order, then the addressees.
  let i = 0;
  let title: Block | undefined;
  while (i < units.length && i < 4 && title === undefined) {
    const b = units[i] as Block;
    if (DOC_NUMBER.test(b.text)) add({ id: 'docno', kind: 'docnumber', zh: b.text, lines: span(b) });
    else title = b;
    i++;
  }
  if (title === undefined) return { type: 'notice', title: '', segments: segs, lines: [0, 0], attribution: null, datePrinted: null };
  report.change(firstLine(title), 'document', `document 1 starts: "${title.text}" (a notice)`);
  report.change(firstLine(title), 'title', `L${firstLine(title)}–${lastLine(title)} taken as the title`);
  if (DOC_NUMBER.test(units[i]?.text ?? '')) {
    const b = units[i] as Block;
    add({ id: 'docno', kind: 'docnumber', zh: b.text, lines: span(b) });
    i++;
  }
  if (ADDRESSEE.test(units[i]?.text ?? '')) {
    const b = units[i] as Block;
    add({ id: 'to', kind: 'addressee', zh: b.text, lines: span(b) });
    report.change(firstLine(b), 'structure', 'to: addressees (主送机关)');
    i++;
  }

  // The tail, found from the end: 抄送, attachments, the date, the signatures above it.
  let ccAt = texts.findIndex((t, k) => k >= i && COPY_TO.test(t));
  if (ccAt < 0) ccAt = units.length;
  const labelAt = texts.findIndex((t, k) => k >= i && k < ccAt && ATTACHMENT_LABEL.test(t));
  const bodyEnd = labelAt < 0 ? ccAt : labelAt;
  let datedAt = -1;
  for (let k = bodyEnd - 1; k >= i; k--) {
    if (DATE_LINE.test(texts[k] ?? '')) {
      datedAt = k;
      break;
    }
  }
  let sigFrom = datedAt < 0 ? bodyEnd : datedAt;
  while (datedAt >= 0 && sigFrom - 1 >= i && isSignatureLine(texts[sigFrom - 1] ?? '') && datedAt - sigFrom < 4) sigFrom--;
  if (datedAt < 0) report.warn(lastLine(units[bodyEnd - 1] ?? title), 'no date of issue (成文日期) found at the end of the body');

  // Body and attachments share the heading logic; `scope` is the attachment id or '' for the body.
  let p = 0;
  let stack: Array<{ family: string; n: number; id: string }> = [];
  let scope = '';
  let attP = 0;
  let inNote = false;
  const container = (): string | undefined => stack[stack.length - 1]?.id ?? (scope === '' ? undefined : scope);
  const paragraph = (zh: string, lines: [number, number], parent: string | undefined): void => {
    // Paragraphs are counted through the document (p7), or through their attachment (att1-p3).
    const n = scope === '' ? ++p : ++attP;
    const id = scope === '' ? `p${n}` : `${scope}-p${n}`;
    add({ id, kind: 'paragraph', zh, lines, number: n, ...(parent === undefined ? {} : { parent }) });
  };
  const body = (b: Block): void => {
    const t = b.text;
    if (scope === '' && ATTACHMENT_NOTE.test(t)) inNote = true;
    const h = inNote ? null : headingStart(t);
    if (inNote || h === null) {
      // The 附件说明 belongs to the document, not to the last heading.
      paragraph(t, span(b), inNote ? undefined : container());
      return;
    }
    const at = stack.findIndex((s) => s.family === h.family);
    if (at >= 0) stack = stack.slice(0, at);
    const prev = stack[stack.length - 1];
    const base = prev?.id ?? (scope === '' ? 'h' : `${scope}-h`);
    const id = prev === undefined ? `${base}${h.n}` : `${base}-${h.n}`;
    // The heading is the first sentence; what follows on the line is a paragraph inside it.
    const end = t.search(/[。！？]/u);
    const cut = end >= 0 && end + 1 < t.length ? end + 1 : t.length;
    if (cut - h.printed.length > LONG_HEADING)
      report.warn(firstLine(b), `heading ${h.printed} is ${cut} characters long: check it is a heading, not a numbered paragraph`);
    const parent = container();
    add({
      id,
      kind: 'heading',
      zh: t.slice(0, cut),
      lines: [firstLine(b), lineAt(b, Math.max(0, cut - 1))],
      number: h.n,
      printed: h.printed,
      ...(parent === undefined ? {} : { parent }),
    });
    stack.push({ family: h.family, n: h.n, id: segs[segs.length - 1]?.id ?? id });
    report.change(firstLine(b), 'structure', `${id}: heading ${h.printed}`);
    if (cut < t.length) paragraph(t.slice(cut), [lineAt(b, cut), lastLine(b)], stack[stack.length - 1]?.id);
  };

  for (; i < sigFrom; i++) body(units[i] as Block);
  for (let k = sigFrom; k < (datedAt < 0 ? sigFrom : datedAt); k++) {
    const b = units[k] as Block;
    add({ id: `sig${k - sigFrom + 1}`, kind: 'signature', zh: b.text, lines: span(b) });
    report.change(firstLine(b), 'structure', `sig${k - sigFrom + 1}: signature (issuing body)`);
  }
  if (datedAt >= 0) {
    const b = units[datedAt] as Block;
    add({ id: 'dated', kind: 'dated', zh: b.text, lines: span(b) });
    report.change(firstLine(b), 'structure', 'dated: date of issue');
  }
  // Anything between the date and the first attachment label is kept as body text, with a warning.
  let att = 0;
  inNote = false;
  for (let k = datedAt < 0 ? sigFrom : datedAt + 1; k < ccAt; k++) {
    const b = units[k] as Block;
    const label = ATTACHMENT_LABEL.exec(b.text);
    if (label !== null) {
      att = label[1] === '' || label[1] === undefined ? att + 1 : Number(label[1]);
      scope = `att${att}`;
      attP = 0;
      stack = [];
      add({ id: scope, kind: 'attachment', zh: b.text, lines: span(b), number: att, ...(label[1] ? { printed: b.text } : {}) });
      report.change(firstLine(b), 'structure', `${scope}: attachment`);
      continue;
    }
    if (scope === '') report.warn(firstLine(b), 'text after the date of issue and before any attachment: kept as a paragraph');
    body(b);
  }
  for (let k = ccAt; k < units.length; k++) {
    const b = units[k] as Block;
    if (k === ccAt) {
      add({ id: 'cc', kind: 'copyto', zh: b.text, lines: span(b) });
      report.change(firstLine(b), 'structure', 'cc: copied to (抄送)');
    } else {
      scope = '';
      stack = [];
      paragraph(b.text, span(b), undefined);
      report.warn(firstLine(b), 'text after 抄送 kept as a paragraph (印发 line?)');
    }
  }
  const dated = segs.find((s) => s.kind === 'dated');
  return {
    type: 'notice',
    title: title.text,
    segments: segs,
    lines: [Math.min(firstLine(title), ...segs.map((s) => s.lines[0])), lastLine(units[units.length - 1] ?? title)],
    attribution: null,
    datePrinted: dated?.zh ?? null,
  };
}
