/**
 * Pinpoints: where in a document a node is, as citations write it, derived from the tree (the
 * kinds' cite forms and the nodes' numbers), never from the spelling of an id.
 *
 * Laws follow how PRC statutes are cited in Chinese (第二十一条第二款第（三）项; 编/章/节 are not
 * part of an article's pinpoint, since articles are numbered through the whole law; the 款 of a
 * one-paragraph article is not named) and, in English, the compact form OSCOLA and the Bluebook
 * use for foreign legislation with CSL's “art.” abbreviation: “art. 21(2)(iii)”, items in lower-case
 * Roman numerals so that they cannot be read as paragraphs; the long form spells it out as
 * DigiChina and China Law Translate do (“Article 21, paragraph 2, item (3)”). See the README.
 */
import { cslPinpoint, pinpointForms } from '../cite-fill.ts';
import { NODE_KINDS, type NodeKind } from './kinds.ts';
import { numeralOrDigits as chineseNumeral, roman } from './numerals.ts';
import { path, type TreeNode } from './tree.ts';

export interface Pinpoint {
  /** CSL locator label (CSL-JSON, Pandoc), or null when CSL has none and the node is cited by name. */
  label: 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'appendix' | null;
  /** The locator without its label: "21(2)(iii)", "3 (point 2)", "1.2"; empty for a named node. */
  locator: string;
  /** Short English: "art. 21(2)(iii)", "para. 3 (point 2)", "measure 4", "cartoon caption". */
  text: string;
  /** The short form inside a parenthetical citation (APA): prose parentheses become brackets. */
  parenthetical: string;
  /**
   * APA 7's form: as `parenthetical`, a word naming a numbered part capitalised (“Measure 4”, as
   * “Chapter 4”), abbreviations and “para.” not (APA 8.13).
   */
  apa: string;
  /** MLA 9's form: as `parenthetical`, with “par.” for paragraphs. */
  mla: string;
  /** For LaTeX (\\cite[…]{key}): a tie between label and number, “art.~21(2)”. */
  tex: string;
  /**
   * The pinpoint in a CSL citation item (the JSON members after "id"): the CSL locator term and
   * value, `"label": "article", "locator": "21(2)(iii)"`, or a suffix where CSL has no term.
   */
  csl: string;
  /** Long English: "Article 21, paragraph 2, item (3)". */
  long: string;
  /** Chinese: 第二十一条第二款第（三）项. */
  zh: string;
}

const LAW_SUBDIVISIONS: readonly NodeKind[] = ['article', 'paragraph', 'item', 'subitem'];

function named(node: TreeNode): Draft {
  const info = NODE_KINDS[node.kind];
  return { label: null, locator: '', text: info.en, parenthetical: info.en, long: info.en, zh: info.zh };
}

/** The number a node is cited by: its ordinal, with 之一 as “-1” (第十五条之一 → 15-1). */
function numberOf(node: TreeNode): string {
  const n = node.segment.number ?? 0;
  const inserted = /之([一二三四五六七八九十]+)$/.exec(node.segment.printed ?? '');
  if (!inserted) return String(n);
  const k = '一二三四五六七八九十'.indexOf(inserted[1] ?? '') + 1;
  return `${String(n)}-${String(k)}`;
}

function lawPinpoint(chain: TreeNode[]): Draft {
  const article = chain.find((n) => n.kind === 'article');
  if (!article) throw new Error('lawPinpoint needs an article');
  const a = numberOf(article);
  const paragraphs = article.children.filter((c) => c.kind === 'paragraph').length;
  let locator = a;
  let long = `Article ${a}`;
  let zh = article.segment.printed ?? `第${chineseNumeral(article.segment.number ?? 0)}条`;
  for (const n of chain.slice(chain.indexOf(article) + 1)) {
    const k = n.segment.number ?? 0;
    if (n.kind === 'paragraph') {
      if (paragraphs < 2) continue; // one 款: cite 第十条第（三）项, not 第一款
      locator += `(${String(k)})`;
      long += `, paragraph ${String(k)}`;
      zh += `第${chineseNumeral(k)}款`;
    } else if (n.kind === 'item') {
      locator += `(${roman(k)})`;
      long += `, item (${String(k)})`;
      zh += `第${n.segment.printed ?? `（${chineseNumeral(k)}）`}项`;
    } else if (n.kind === 'subitem') {
      locator += `(${String(k)})`;
      long += `, sub-item ${String(k)}`;
      zh += `第${String(k)}目`;
    }
  }
  const text = `art. ${locator}`;
  return { label: 'article', locator, text, parenthetical: text, long, zh };
}

/** Parts, chapters and sections: “ch. 2, sec. 1”, 第二章第一节. */
function divisionPinpoint(chain: TreeNode[]): Draft {
  const parts = chain.filter((n) => ['part', 'subpart', 'chapter', 'section'].includes(n.kind));
  const text = parts.map((n) => `${NODE_KINDS[n.kind].cite.short} ${numberOf(n)}`).join(', ');
  const long = parts.map((n) => `${NODE_KINDS[n.kind].cite.long} ${numberOf(n)}`).join(', ');
  const zh = parts.map((n) => n.segment.printed ?? `第${chineseNumeral(n.segment.number ?? 0)}${NODE_KINDS[n.kind].zh}`).join('');
  const last = parts.at(-1);
  const label = last ? NODE_KINDS[last.kind].cite.csl : null;
  return { label, locator: last ? numberOf(last) : '', text, parenthetical: text, long, zh };
}

/** Policy headings (一、/（一）/1./（1）): “sec. 1.2”, and in Chinese the printed numbers: 一（二）. */
function headingPinpoint(chain: TreeNode[]): Draft {
  const hs = chain.filter((n) => n.kind === 'heading');
  const locator = hs.map((n) => String(n.segment.number ?? 0)).join('.');
  const zh = hs.map((n) => (n.segment.printed ?? String(n.segment.number ?? 0)).replace(/[、.．]$/, '')).join('');
  return { label: 'section', locator, text: `sec. ${locator}`, parenthetical: `sec. ${locator}`, long: `Section ${locator}`, zh };
}

/** Attachments: “att. 1”, 附件1; what is inside is cited within it. */
function withAttachment(chain: TreeNode[], inner: Draft): Draft {
  const att = chain.find((n) => n.kind === 'attachment');
  if (!att) return inner;
  const n = numberOf(att);
  const join = (outer: string, rest: string) => (rest ? `${outer}, ${rest}` : outer);
  return {
    label: inner.label ?? 'appendix',
    locator: inner.locator || n,
    text: join(`att. ${n}`, inner.text),
    parenthetical: join(`att. ${n}`, inner.parenthetical),
    long: join(`Attachment ${n}`, inner.long),
    zh: `附件${n}${inner.zh}`,
  };
}

/** Running text outside a law's articles: report and policy paragraphs, points, measures. */
function textPinpoint(node: TreeNode, chain: TreeNode[]): Draft {
  const k = String(node.segment.number ?? 0);
  switch (node.kind) {
    case 'paragraph':
      return { label: 'paragraph', locator: k, text: `para. ${k}`, parenthetical: `para. ${k}`, long: `paragraph ${k}`, zh: `第${k}段` };
    case 'point': {
      const para = node.parent?.kind === 'paragraph' ? String(node.parent.segment.number ?? 0) : undefined;
      if (para === undefined) {
        return { label: null, locator: '', text: `point ${k}`, parenthetical: `point ${k}`, long: `point ${k}`, zh: `第${k}点` };
      }
      // No comma: citeproc and readers would take "3, 2" for two paragraphs.
      return {
        label: 'paragraph',
        locator: `${para} (point ${k})`,
        text: `para. ${para} (point ${k})`,
        parenthetical: `para. ${para} [point ${k}]`,
        long: `paragraph ${para}, point ${k}`,
        zh: `第${para}段第${k}点`,
      };
    }
    case 'measure':
      return {
        label: null,
        locator: '',
        text: `measure ${k}`,
        parenthetical: `measure ${k}`,
        long: `measure ${k}`,
        zh: `第${chineseNumeral(Number(k))}项措施`,
      };
    case 'heading':
      return headingPinpoint(chain);
    default:
      return named(node);
  }
}

type Draft = Omit<Pinpoint, 'apa' | 'mla' | 'tex' | 'csl'>;

/** The pinpoint of a node of the tree. */
export function pinpoint(node: TreeNode): Pinpoint {
  const p = draftPinpoint(node);
  return {
    ...p,
    ...pinpointForms(p.text, p.parenthetical),
    csl: cslPinpoint(p.label, p.locator, p.text),
  };
}

function draftPinpoint(node: TreeNode): Draft {
  const chain = path(node);
  const info = NODE_KINDS[node.kind];
  if (info.cite.style === 'name') return named(node);
  if (LAW_SUBDIVISIONS.includes(node.kind) && chain.some((n) => n.kind === 'article')) return lawPinpoint(chain);
  if (['part', 'subpart', 'chapter', 'section'].includes(node.kind)) return divisionPinpoint(chain);
  if (node.kind === 'attachment') return withAttachment(chain, { label: null, locator: '', text: '', parenthetical: '', long: '', zh: '' });
  return withAttachment(chain, textPinpoint(node, chain));
}
