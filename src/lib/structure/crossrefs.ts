/**
 * Cross-references in Chinese legal text: "本法第十条第二款", "前款第（二）项", "第十条至第十五条",
 * "《某某市数据资源管理条例》第二十一条". The reader turns each into a link to the node it names, so
 * every reference carries exact UTF-16 offsets of the phrase and the pinpoint(s) it resolves to.
 *
 * Pure: no I/O, no knowledge of which nodes exist. The caller passes where the text sits (article,
 * paragraph, item: for 前款, 本条, bare 第二款) and the corpus titles it can link to; it then checks
 * that a target exists (see targetId) before linking.
 *
 * What is deliberately not linked:
 * - chapters and sections (第一章, 第二节): statutes cite them as wholes ("本法第三章"), never as
 *   pinpoints, and their ids depend on parts (ch2 / pt1-ch2), which this module cannot know;
 * - 本条 / 本款 / 本项 alone: a link to the clause the reader is already in;
 * - a title in 《》 that is not in the corpus map, or a law named without 《》 ("刑法第二十条",
 *   "该法第十条"): the article belongs to another document this site does not hold, so the phrase
 *   is consumed (never misread as this document's article) but yields no reference;
 * - ordinals not followed by 条/款/项/目 (第一次会议, 第十三届, 2021年第5号, 第三方, 第一时间).
 */

import { parseChineseNumber } from './numerals.ts';

/** Words by which a document names itself, longest first where one is a prefix of another. */
export const DEFAULT_SELF_NAMES: readonly string[] = [
  '本法',
  '本条例',
  '本办法',
  '本实施办法',
  '本规定',
  '本细则',
  '本实施细则',
  '本决定',
  '本规则',
  '本解释',
  '本准则',
  '本章程',
];

/** Where the text sits, and what it may link to. */
export interface RefContext {
  /** The article the text is in: resolves 本条, 前条, 前款 and a bare 第二款 or 第（三）项. */
  article?: number;
  /** Its paragraph (款) ordinal when the text is inside one; absent in an article of one paragraph. */
  paragraph?: number;
  /** Its item (项) ordinal when the text is inside one: resolves 前项. */
  item?: number;
  /** Words that name this document itself (本法, 本条例 …); default DEFAULT_SELF_NAMES. */
  selfNames?: readonly string[];
  /** Titles of other documents of the corpus, without 《》, mapped to an opaque key (a slug). */
  corpus?: ReadonlyMap<string, string>;
  /**
   * The node's own printed number (segment.printed, e.g. "第十条"), when the text is a node's whole
   * zh. A leading printed number is never a reference. Without it, a leading 第…条 followed by a
   * space or the end of the text is taken to be the printed number (statutes print "第十条　").
   */
  printed?: string;
}

/** A pinpoint a reference names. */
export interface RefTarget {
  /** Corpus key of another document; absent for this document. */
  doc?: string;
  article: number;
  /** 第十五条之一 → article 15, addendum 1 (id art15a). */
  addendum?: number;
  paragraph?: number;
  item?: number;
  subitem?: number;
}

/** A reference: the phrase text.slice(start, end) and what it names. */
export interface CrossRef {
  /** UTF-16 offsets of the whole phrase ("本法第十条第二款" is one reference, not three). */
  start: number;
  end: number;
  /** The phrase itself. */
  text: string;
  /**
   * Usually one target. A range (第十条至第十二条) gives one target per article in it; a plural
   * relative reference (前两款) one per paragraph. A list (第十条、第十二条) is several references,
   * one per element, so each element is its own link.
   */
  targets: RefTarget[];
}

// Numerals live in numerals.ts, with the other number forms the texts print.
export { chineseNumeral, parseChineseNumber } from './numerals.ts';

// ── ids ────────────────────────────────────────────────────────────────────────────────────

/**
 * The node id a target points to, after docs/structure.md: art10, art15a (第十五条之一), art10-2,
 * art10-2-1, art10-2-1-3, and art10-1-3 for an item of an article of one paragraph.
 * `hasParagraphs` says whether an article is divided into 款 (its paragraphs are child nodes).
 * Where the target cannot exist as written, the nearest enclosing node that can is returned: the
 * article for 第二款 of a one-paragraph article, or for an item of a divided article whose
 * paragraph the text does not name (which paragraph holds the items is not known here).
 */
export function targetId(t: RefTarget, hasParagraphs: (article: number, addendum?: number) => boolean): string {
  const article = `art${t.article}${t.addendum === undefined ? '' : addendumLetter(t.addendum)}`;
  if (t.paragraph === undefined && t.item === undefined) return article;
  let id: string;
  if (hasParagraphs(t.article, t.addendum)) {
    if (t.paragraph === undefined) return article;
    id = `${article}-${t.paragraph}`;
  } else {
    // The single paragraph is the article itself; its items are numbered under a "1".
    if ((t.paragraph ?? 1) !== 1 || t.item === undefined) return article;
    id = `${article}-1`;
  }
  if (t.item === undefined) return id;
  id += `-${t.item}`;
  return t.subitem === undefined ? id : `${id}-${t.subitem}`;
}

/** 之一 → a, 之二 → b … (art15a). */
function addendumLetter(n: number): string {
  return String.fromCharCode(0x60 + n);
}

// ── scanning ───────────────────────────────────────────────────────────────────────────────

/** Levels of a pinpoint, as indexes into a location's slots: 条, 款, 项, 目. */
const ARTICLE = 0;
const PARAGRAPH = 1;
const ITEM = 2;
const SUBITEM = 3;
const LEVEL_CHARS = '条款项目';

/** One numbered unit of a phrase: "第十条", "第二款", "第（三）项", "第1目". */
interface Unit {
  level: number;
  value: number;
  addendum: number | undefined;
  /** Printed in parentheses: （三）. A bare "第三项" in prose is as likely an ordinal of a list of tasks. */
  paren: boolean;
  end: number;
}

/** A location being built: slots by level (undefined where the phrase says nothing). */
interface Loc {
  slots: readonly (number | undefined)[];
  addendum: number | undefined;
}

/** One element of a reference list: its own phrase and location(s). */
interface Element {
  start: number;
  end: number;
  locs: Loc[];
  /** Whether it can be linked (the document is known, and the context resolves it). */
  ok: boolean;
  /** Already a range or several clauses (前两款): a following 至 does not extend it again. */
  ranged: boolean;
}

const NUMERAL = '[零〇一二两三四五六七八九十百千0-9０-９]{1,10}';
const UNIT_RE = new RegExp(`第\\s*(?:[（(]\\s*(${NUMERAL})\\s*[）)]|(${NUMERAL}))\\s*([条款项目])`, 'uy');
const ADDENDUM_RE = /之([一二三四五六七八九十]{1,3})/uy;
const RANGE_RE = /[至到]/uy;
const LIST_RE = /(?:以及|或者|、|和|及|或|与)/uy;
const RELATIVE_RE = /本条|本款|前([两二三四五六七八九十])?([条款项])/uy;

/**
 * A unit followed by one of these characters is a measure word or another word, not a reference:
 * 第三条道路, 第一条件 (第一 + 条件), 第一款项 (款项 "funds"), 第一项目 (项目 "project"), 第一目标.
 */
const NOT_AFTER: readonly RegExp[] = [/^[路道线腿心件河街船鱼命龙边途渠]/u, /^[项式待]/u, /^目/u, /^[标录]/u];

/** Characters before 前 that make it part of another word: 当前, 目前, 提前, 眼前, 跟前, 面前. */
const NOT_BEFORE_QIAN = /^[当目提眼跟面]$/u;

/** Characters after a relative word that make it part of another word: 当前条件, 之前款项, 前项目. */
const NOT_AFTER_RELATIVE: Readonly<Record<string, RegExp>> = { 条: /^[件例约文]/u, 款: /^项/u, 项: /^目/u };

/** A law named without 《》 ends here ("刑法第二十条", "该条例第五条"): its articles are not ours. */
const OTHER_DOCUMENT_BEFORE = /(?:法|典|条例|规定|细则|决定|规则|解释|章程|准则)$/u;

/** A bare 第二款 or 第（一）项 after 该条 / 同款 belongs to that unresolved antecedent, not to this article. */
const UNIT_BEFORE = /[条款项]$/u;

/** A range is expanded into one target per clause up to this size; beyond it, its two ends only. */
const MAX_RANGE = 200;

function skipWs(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && /\s/u.test(text.charAt(p))) p++;
  return p;
}

function parseUnit(text: string, pos: number): Unit | undefined {
  UNIT_RE.lastIndex = pos;
  const m = UNIT_RE.exec(text);
  if (!m) return undefined;
  const paren = m[1] !== undefined;
  const value = parseChineseNumber(m[1] ?? m[2] ?? '');
  const level = LEVEL_CHARS.indexOf(m[3] ?? '');
  // （三）条 and （二）款 are not forms statutes print: parentheses are for items and sub-items.
  if (value === undefined || level < 0 || (paren && level < ITEM)) return undefined;
  let end = pos + m[0].length;
  let addendum: number | undefined;
  if (level === ARTICLE) {
    ADDENDUM_RE.lastIndex = end;
    const a = ADDENDUM_RE.exec(text);
    const n = a === null ? undefined : parseChineseNumber(a[1] ?? '');
    if (a !== null && n !== undefined) {
      addendum = n;
      end += a[0].length;
    }
  }
  if (NOT_AFTER[level]?.test(text.slice(end, end + 1)) === true) return undefined;
  return { level, value, addendum, paren, end };
}

/**
 * A run of units each deeper than the one before: 第十条第二款第（一）项. `head` says which first
 * unit the caller accepts (e.g. only an article after 本法).
 */
function parseChain(text: string, pos: number, head: (u: Unit) => boolean): { units: Unit[]; end: number } | undefined {
  const first = parseUnit(text, pos);
  if (first === undefined || !head(first)) return undefined;
  const units = [first];
  let last = first;
  for (;;) {
    const u = parseUnit(text, skipWs(text, last.end));
    if (u === undefined || u.level <= last.level) break;
    units.push(u);
    last = u;
  }
  return { units, end: last.end };
}

/** The location `units` name, inheriting from `base` every level above the first unit. */
function descend(base: Loc, units: readonly Unit[]): Loc {
  const top = units[0]?.level ?? ARTICLE;
  const slots = base.slots.slice(0, top);
  while (slots.length < 4) slots.push(undefined);
  let addendum = top === ARTICLE ? undefined : base.addendum;
  for (const u of units) {
    slots[u.level] = u.value;
    if (u.level === ARTICLE) addendum = u.addendum;
  }
  return { slots, addendum };
}

function loc(...slots: (number | undefined)[]): Loc {
  return { slots, addendum: undefined };
}

function deepest(l: Loc): number {
  for (let k = SUBITEM; k >= ARTICLE; k--) if (l.slots[k] !== undefined) return k;
  return -1;
}

/** 第十条至第十五条 → articles 10 … 15; 第二十条第一款至第三款 → paragraphs 1 … 3 of article 20. */
function expandRange(from: Loc, to: Loc, toUnits: readonly Unit[]): Loc[] {
  const level = deepest(from);
  const a = from.slots[level];
  const b = to.slots[level];
  const sameLevel = toUnits.length === 1 && toUnits[0]?.level === level;
  if (!sameLevel || a === undefined || b === undefined || from.addendum !== undefined || to.addendum !== undefined) return [from, to];
  if (b <= a || b - a > MAX_RANGE) return [from, to];
  const out: Loc[] = [];
  for (let v = a; v <= b; v++) {
    const slots = from.slots.slice();
    slots[level] = v;
    out.push({ slots, addendum: undefined });
  }
  return out;
}

function toTarget(doc: string | undefined, l: Loc): RefTarget | undefined {
  const [article, paragraph, item, subitem] = l.slots;
  if (article === undefined || article < 1) return undefined;
  const t: RefTarget = { article };
  if (doc !== undefined) t.doc = doc;
  if (l.addendum !== undefined) t.addendum = l.addendum;
  if (paragraph !== undefined) t.paragraph = paragraph;
  if (item !== undefined) t.item = item;
  if (subitem !== undefined) t.subitem = subitem;
  return t;
}

/** After a title, an edition in parentheses may come before the article: 《某条例》（2020年修订）第五条. */
const EDITION_RE = /[（(][^（）()]{0,30}[）)]\s*/uy;

function afterEdition(text: string, pos: number): number {
  EDITION_RE.lastIndex = pos;
  const m = EDITION_RE.exec(text);
  return m === null ? pos : pos + m[0].length;
}

/** Where the scan starts: after the node's own printed number, which is never a reference. */
function afterPrintedNumber(text: string, printed: string | undefined): number {
  const lead = skipWs(text, 0);
  const own = printed?.trim();
  if (own !== undefined && own !== '' && text.startsWith(own, lead)) return lead + own.length;
  const u = parseUnit(text, lead);
  if (u?.level === ARTICLE && (u.end === text.length || /\s/u.test(text.charAt(u.end)))) return u.end;
  return 0;
}

/**
 * Every cross-reference in `text`, in order. A list (第十条、第十二条) gives one reference per
 * element; later elements inherit what they leave out from the one before (第二十条第一款、第二款
 * → the second is paragraph 2 of article 20; 《某条例》第五条、第六条 → both in that document).
 */
export function findCrossRefs(text: string, ctx: RefContext = {}): CrossRef[] {
  const selfNames = [...(ctx.selfNames ?? DEFAULT_SELF_NAMES)].filter((n) => n !== '').sort((a, b) => b.length - a.length);
  // Checked at every character, so only where a name can start.
  const nameStarts = new Set(selfNames.map((n) => n.charAt(0)));
  const { article, paragraph, item } = ctx;
  const refs: CrossRef[] = [];

  /** Record a head element and the list or range that follows it; returns where scanning resumes. */
  const take = (head: Element, doc: string | undefined, docOk: boolean): number => {
    const elements = [head];
    let cur = head;
    for (;;) {
      const p = skipWs(text, cur.end);
      RANGE_RE.lastIndex = p;
      const range = cur.locs.length === 1 && !cur.ranged ? RANGE_RE.exec(text) : null;
      const from = cur.locs[0];
      if (range !== null && from !== undefined) {
        const c = parseChain(text, skipWs(text, p + range[0].length), () => true);
        if (c !== undefined) {
          cur.locs = expandRange(from, descend(from, c.units), c.units);
          cur.end = c.end;
          cur.ranged = true;
          continue;
        }
      }
      LIST_RE.lastIndex = p;
      const sep = LIST_RE.exec(text);
      const base = cur.locs.at(-1);
      if (sep === null || base === undefined) break;
      const start = skipWs(text, p + sep[0].length);
      const c = parseChain(text, start, () => true);
      if (c === undefined) break;
      const top = c.units[0]?.level ?? ARTICLE;
      // A new article stands on the document alone; a deeper unit also needs the element before.
      const ok = top === ARTICLE ? docOk : cur.ok;
      cur = { start, end: c.end, locs: [descend(base, c.units)], ok, ranged: false };
      elements.push(cur);
    }
    for (const e of elements) {
      if (!e.ok) continue;
      const targets = e.locs.map((l) => toTarget(doc, l)).filter((t) => t !== undefined);
      if (targets.length === 0 || targets.length !== e.locs.length) continue;
      refs.push({ start: e.start, end: e.end, text: text.slice(e.start, e.end), targets });
    }
    return cur.end;
  };

  const isArticle = (u: Unit): boolean => u.level === ARTICLE;

  let i = afterPrintedNumber(text, ctx.printed);
  scan: while (i < text.length) {
    const ch = text.charAt(i);

    // 《title》第…条: a corpus document, or one we do not hold (consumed so it is not read as ours).
    if (ch === '《') {
      const close = text.indexOf('》', i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      const title = text.slice(i + 1, close).trim();
      const doc = ctx.corpus?.get(title);
      const c = parseChain(text, afterEdition(text, skipWs(text, close + 1)), isArticle);
      if (c === undefined) {
        // Nothing inside a title is a reference ("《关于修改〈某法〉第十条的决定》").
        i = close + 1;
        continue;
      }
      const head: Element = { start: i, end: c.end, locs: [descend(loc(), c.units)], ok: doc !== undefined, ranged: false };
      i = take(head, doc, doc !== undefined);
      continue;
    }

    // 本法第十条: this document by name.
    for (const name of nameStarts.has(ch) ? selfNames : []) {
      if (!text.startsWith(name, i)) continue;
      const c = parseChain(text, skipWs(text, i + name.length), isArticle);
      if (c === undefined) {
        i += name.length;
      } else {
        i = take({ start: i, end: c.end, locs: [descend(loc(), c.units)], ok: true, ranged: false }, undefined, true);
      }
      continue scan;
    }

    // 本条第一款, 本款第（一）项, 前款, 前两款, 前条, 前项: relative to where the text sits.
    RELATIVE_RE.lastIndex = i;
    const rel = RELATIVE_RE.exec(text);
    if (rel !== null) {
      const word = rel[0];
      const after = i + word.length;
      if (word === '本条' || word === '本款') {
        // Alone they name the clause the reader is in; only a deeper unit after them is a link.
        const top = word === '本条' ? PARAGRAPH : ITEM;
        const c = parseChain(text, skipWs(text, after), (u) => u.level >= top);
        if (c === undefined) {
          i = after;
          continue;
        }
        const base = word === '本条' ? loc(article) : loc(article, paragraph);
        i = take({ start: i, end: c.end, locs: [descend(base, c.units)], ok: article !== undefined, ranged: false }, undefined, true);
        continue;
      }
      const unit = rel[2] ?? '';
      const count = rel[1] === undefined ? 1 : (parseChineseNumber(rel[1]) ?? 1);
      const partOfWord = NOT_BEFORE_QIAN.test(text.charAt(i - 1)) || NOT_AFTER_RELATIVE[unit]?.test(text.slice(after, after + 1)) === true;
      if (!partOfWord) {
        const level = LEVEL_CHARS.indexOf(unit);
        // The current clause at the level named, and the levels above it (a paragraph may be absent
        // for items: an article of one paragraph).
        const here = [article, paragraph, item];
        const above = here.slice(0, level);
        const current = here[level];
        const ok = article !== undefined && current !== undefined && current - count >= 1;
        const locs: Loc[] = [];
        if (ok) for (let n = current - count; n < current; n++) locs.push(loc(...above, n));
        let end = after;
        // 前款第（二）项: a single preceding clause may be narrowed further; 前两款 cannot. The
        // narrowing is consumed even when the context cannot resolve it, so it is not read as bare.
        const c = count === 1 ? parseChain(text, skipWs(text, after), (u) => u.level > level) : undefined;
        if (c !== undefined) {
          end = c.end;
          const first = locs[0];
          if (first !== undefined) locs[0] = descend(first, c.units);
        }
        i = take({ start: i, end, locs, ok, ranged: locs.length > 1 }, undefined, true);
        continue;
      }
    }

    // A bare 第十条 (this document), or 第二款 / 第（三）项 (this article).
    if (ch === '第') {
      const c = parseChain(text, i, (u) => u.level === ARTICLE || u.level === PARAGRAPH || (u.level === ITEM && u.paren));
      if (c !== undefined) {
        const top = c.units[0]?.level ?? ARTICLE;
        const before = text.slice(Math.max(0, i - 8), i).trimEnd();
        const base = top === ARTICLE ? loc() : top === PARAGRAPH ? loc(article) : loc(article, paragraph);
        const ok = top === ARTICLE ? !OTHER_DOCUMENT_BEFORE.test(before) : article !== undefined && !UNIT_BEFORE.test(before);
        // An unnamed other law's articles stay unlinked through the list ("刑法第二十条、第二十一条").
        const docOk = top === ARTICLE ? ok : true;
        i = take({ start: i, end: c.end, locs: [descend(base, c.units)], ok, ranged: false }, undefined, docOk);
        continue;
      }
    }
    i++;
  }
  return refs;
}
