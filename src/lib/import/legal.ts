/**
 * Laws and regulations: from units (units.ts) to the tree of docs/structure.md.
 *
 * Printed order: the title; the enactment and amendment record (题注) in parentheses, one or more
 * lines; optionally a table of contents (目录, then the list of 编/章/节 titles, until the body
 * repeats the first of them); then the body: divisions (编 分编 章 节) and articles 第一条…第N条.
 * Inside an article each unit is a 款 unless it starts with an item （一） or, inside an item, a
 * sub-item 1.; items restart in each 款 (立法法 art. 65; ../shared/LEGAL.md §4).
 *
 * Ids follow docs/structure.md exactly and are derived here, once. Where it is silent: a chapter in
 * a subpart is `pt{n}-sp{m}-ch{k}` (chapters restart in each subpart, as sections do in a chapter);
 * the contents node's text keeps its printed lines joined by "\n"; text before the first article
 * is a paragraph p{n}; an id printed twice gets `-dup2` and a warning. Numbers are parsed from the
 * printed numerals and checked against the sequence; a number out of sequence is kept as printed
 * and warned, because the editor, not the importer, decides what the law says.
 */
import type { Block } from './block.ts';
import type { DraftDocument } from './document.ts';
import type { ReportBuilder } from './report.ts';
import type { Segment } from './segments.ts';
import type { NodeKind } from '../structure/kinds.ts';
import { firstLine, lastLine, lineAt } from './block.ts';
import { findDatePhrase } from './document.ts';
import { parseNumeral } from './enumerators.ts';
import { ARTICLE_START, DIVISION_START, ITEM_START, SUBITEM_START, isDivisionHeading } from './units.ts';

/** A mutable segment under construction. */
interface Node {
  id: string;
  kind: NodeKind;
  zh: string;
  lines: [number, number];
  parent?: string;
  number?: number;
  printed?: string;
}

/** Enactment and amendment lines: the whole unit is in parentheses and says what happened. */
const HISTORY = /^[（(].*(?:通过|修正|修订|公布|批准|施行|发布).*[）)]$/u;

/** Text without any whitespace, for comparing headings printed with and without spacing. */
function bare(s: string): string {
  return s.replace(/\s/gu, '');
}

function span(b: Block): [number, number] {
  return [firstLine(b), lastLine(b)];
}

/** 之一 → a, 之二 → b … (docs/structure.md: 第十五条之一 → art15a). */
function suffixLetter(n: number): string {
  return String.fromCharCode(96 + Math.min(Math.max(n, 1), 26));
}

/**
 * Is this text a law? It is when, after the first line, article starts open lines of their own:
 * 第一条 and 第二条, or any two followed by the article-number space. A notice quoting "第一条" in
 * running text does neither.
 */
export function looksLikeLaw(units: readonly string[]): boolean {
  const starts = units.slice(1).flatMap((t) => {
    const m = ARTICLE_START.exec(t);
    return m === null ? [] : [{ n: parseNumeral(m[1] ?? ''), spaced: m[3] !== '' }];
  });
  const numbers = starts.map((s) => s.n);
  // 第一条 and 第二条, or two article numbers printed with the space that only an article start has.
  return (numbers.includes(1) && numbers.includes(2)) || starts.filter((s) => s.spaced).length >= 2;
}

/** Build the one document of a law or regulation from its units. */
export function parseLaw(units: readonly Block[], report: ReportBuilder): DraftDocument {
  const [titleBlock, ...rest] = units;
  const nodes: Node[] = [];
  const used = new Set<string>();
  const unique = (id: string, line: number): string => {
    let out = id;
    for (let k = 2; used.has(out); k++) out = `${id}-dup${k}`;
    if (out !== id) report.warn(line, `id ${id} already used (a number printed twice?); this node is ${out}: check the numbering`);
    used.add(out);
    return out;
  };
  const add = (n: Node): Node => {
    n.id = unique(n.id, n.lines[0]);
    nodes.push(n);
    return n;
  };
  if (titleBlock === undefined) return { type: 'regulation', title: '', segments: [], lines: [0, 0], attribution: null, datePrinted: null };
  report.change(firstLine(titleBlock), 'document', `document 1 starts: "${titleBlock.text}" (a law or regulation)`);
  report.change(firstLine(titleBlock), 'title', `L${firstLine(titleBlock)}–${lastLine(titleBlock)} taken as the title`);

  let i = 0;
  // 题注: enactment and amendment lines in parentheses right after the title.
  let hist = 0;
  while (i < rest.length && HISTORY.test(rest[i]?.text ?? '')) {
    const b = rest[i] as Block;
    hist++;
    add({ id: `hist${hist}`, kind: 'history', zh: b.text, lines: span(b) });
    report.change(firstLine(b), 'structure', `hist${hist}: enactment or amendment record`);
    i++;
  }
  // 目录: the word, then the division titles, until the body repeats the first one.
  if (bare(rest[i]?.text ?? '') === '目录') {
    const start = rest[i] as Block;
    const parts: Block[] = [start];
    i++;
    const first = rest[i];
    while (i < rest.length) {
      const b = rest[i] as Block;
      if (parts.length > 1 && first !== undefined && bare(b.text) === bare(first.text)) break;
      if (ARTICLE_START.exec(b.text)?.[3]) break;
      parts.push(b);
      i++;
    }
    const last = parts[parts.length - 1] as Block;
    add({ id: 'toc', kind: 'contents', zh: parts.map((p) => p.text).join('\n'), lines: [firstLine(start), lastLine(last)] });
    report.change(firstLine(start), 'structure', `toc: printed table of contents, L${firstLine(start)}–${lastLine(last)}`);
    if (i >= rest.length)
      report.warn(firstLine(start), 'the table of contents runs to the end of the text: the body never repeats its first heading');
  }

  // The body. `div` holds the open divisions by kind; `article` the open article and its units.
  const div: { part?: Node; subpart?: Node; chapter?: Node; section?: Node } = {};
  const counters = { part: 0, subpart: 0, chapter: 0, section: 0 };
  let lastArticle = 0;
  let lastSuffix = 0;
  let preamble = 0;
  interface Open {
    node: Node;
    number: number;
    paras: Array<{ block: Block; items: Array<{ node: Node; subs: Node[] }> }>;
  }
  let article: Open | null = null;

  const containerId = (): string | undefined => (div.section ?? div.chapter ?? div.subpart ?? div.part)?.id;

  /** Close the open article: decide whether it holds its text itself (one 款) or only its number. */
  const close = (): void => {
    if (article === null) return;
    const { node, paras } = article;
    const multi = paras.length > 1;
    const first = paras[0];
    if (first === undefined) return;
    const m = ARTICLE_START.exec(first.block.text);
    const head = m?.[0] ?? '';
    const out: Node[] = [];
    if (multi) {
      // 第二条　holds only its number; each 款 is a child, the first one the rest of its line.
      node.zh = head;
      node.lines = [firstLine(first.block), firstLine(first.block)];
    } else {
      node.zh = first.block.text;
      node.lines = span(first.block);
    }
    out.push(node);
    paras.forEach((p, k) => {
      const pid = `${node.id}-${k + 1}`;
      if (multi) {
        const text = k === 0 ? p.block.text.slice(head.length) : p.block.text;
        const from = k === 0 ? lineAt(p.block, head.length) : firstLine(p.block);
        out.push({ id: pid, kind: 'paragraph', zh: text, lines: [from, lastLine(p.block)], parent: node.id, number: k + 1 });
      }
      for (const it of p.items) {
        const iid = `${pid}-${it.node.number ?? 0}`;
        out.push({ ...it.node, id: iid, parent: multi ? pid : node.id });
        for (const s of it.subs) out.push({ ...s, id: `${iid}-${s.number ?? 0}`, parent: iid });
      }
    });
    for (const n of out) add(n);
    article = null;
  };

  for (; i < rest.length; i++) {
    const b = rest[i] as Block;
    const line = firstLine(b);
    const t = b.text;
    const d = DIVISION_START.exec(t);
    if (d !== null && isDivisionHeading(t)) {
      close();
      const n = parseNumeral(d[1] ?? '') ?? 0;
      const unit = d[2] ?? '';
      const kind: NodeKind = unit === '编' ? 'part' : unit === '分编' ? 'subpart' : unit === '章' ? 'chapter' : 'section';
      const printed = `第${d[1] ?? ''}${unit}`;
      const want = counters[kind] + 1;
      if (n !== want) report.warn(line, `${printed} out of sequence (expected number ${want}): kept as printed`);
      counters[kind] = n;
      let id: string;
      let parent: string | undefined;
      if (kind === 'part') {
        id = `pt${n}`;
        delete div.subpart;
        delete div.chapter;
        delete div.section;
        counters.subpart = 0;
        counters.chapter = 0;
      } else if (kind === 'subpart') {
        if (div.part === undefined) report.warn(line, `${printed} outside any 编`);
        parent = div.part?.id;
        id = parent === undefined ? `sp${n}` : `${parent}-sp${n}`;
        delete div.chapter;
        delete div.section;
        counters.chapter = 0;
      } else if (kind === 'chapter') {
        // In a law with parts, chapters are numbered within their part (or subpart).
        parent = (div.subpart ?? div.part)?.id;
        id = parent === undefined ? `ch${n}` : `${parent}-ch${n}`;
        delete div.section;
        counters.section = 0;
      } else {
        if (div.chapter === undefined) report.warn(line, `${printed} outside any 章: kept at the top level`);
        parent = div.chapter?.id;
        id = parent === undefined ? `s${n}` : `${parent}-s${n}`;
      }
      const node = add({ id, kind, zh: t, lines: span(b), number: n, printed, ...(parent === undefined ? {} : { parent }) });
      div[kind] = node;
      report.change(line, 'structure', `${node.id}: ${printed} (${kind})`);
      continue;
    }
    const a = ARTICLE_START.exec(t);
    if (a !== null) {
      const n = parseNumeral(a[1] ?? '') ?? 0;
      const sfx = a[2] === undefined ? 0 : (parseNumeral(a[2]) ?? 0);
      const fits = sfx === 0 ? n === lastArticle + 1 : n === lastArticle && sfx === lastSuffix + 1;
      // A unit that starts with a cross-reference ("第十条规定的…") has no space and is out of
      // sequence: it is a 款 of the open article, not a new article.
      if (fits || a[3] !== '') {
        close();
        if (!fits)
          report.warn(
            line,
            `article ${a[0].trim()} out of sequence (expected 第${lastArticle + 1}条, as a number): kept as printed; check the text`,
          );
        lastArticle = n;
        lastSuffix = sfx;
        const printed = a[0].trim();
        const id = `art${n}${sfx === 0 ? '' : suffixLetter(sfx)}`;
        const parent = containerId();
        article = {
          node: { id, kind: 'article', zh: t, lines: span(b), number: n, printed, ...(parent === undefined ? {} : { parent }) },
          number: n,
          paras: [{ block: b, items: [] }],
        };
        report.change(line, 'structure', `${id}: ${printed}`);
        continue;
      }
      report.warn(line, `unit starts with ${a[0]} but is not the next article and has no space after the number: kept as a paragraph`);
    }
    if (article === null) {
      // Text before the first article (a preamble) or after a heading without articles.
      preamble++;
      const parent = containerId();
      add({ id: `p${preamble}`, kind: 'paragraph', zh: t, lines: span(b), number: preamble, ...(parent === undefined ? {} : { parent }) });
      report.warn(line, `text outside any article kept as paragraph p${preamble}; check whether it is a preamble or a lost heading`);
      continue;
    }
    const para = article.paras[article.paras.length - 1];
    const item = ITEM_START.exec(t);
    if (item !== null && para !== undefined) {
      const n = parseNumeral(item[1] ?? '') ?? 0;
      const want = (para.items[para.items.length - 1]?.node.number ?? 0) + 1;
      if (n !== want) report.warn(line, `item ${item[0]} out of sequence in ${article.node.id} (expected number ${want})`);
      para.items.push({ node: { id: '', kind: 'item', zh: t, lines: span(b), number: n, printed: item[0] }, subs: [] });
      continue;
    }
    const openItem = para?.items[para.items.length - 1];
    const sub = SUBITEM_START.exec(t);
    if (sub !== null && openItem !== undefined) {
      const n = Number(sub[1]);
      const want = (openItem.subs[openItem.subs.length - 1]?.number ?? 0) + 1;
      if (n !== want) report.warn(line, `sub-item ${sub[0]} out of sequence (expected ${want})`);
      openItem.subs.push({ id: '', kind: 'subitem', zh: t, lines: span(b), number: n, printed: sub[0] });
      continue;
    }
    article.paras.push({ block: b, items: [] });
  }
  close();
  if (lastArticle === 0) report.warn(firstLine(titleBlock), 'no article found: check the text is a law or regulation');

  const segments: Segment[] = nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    zh: n.zh,
    lines: n.lines,
    ...(n.parent === undefined ? {} : { parent: n.parent }),
    ...(n.number === undefined ? {} : { number: n.number }),
    ...(n.printed === undefined ? {} : { printed: n.printed }),
  }));
  const lastUnit = units[units.length - 1] ?? titleBlock;
  return {
    type: 'regulation',
    title: titleBlock.text,
    segments,
    lines: [firstLine(titleBlock), lastLine(lastUnit)],
    attribution: null,
    // A law is dated by its enactment: the first date of the first history line, as printed.
    datePrinted: findDatePhrase(segments.find((n) => n.kind === 'history')?.zh ?? ''),
  };
}
