/**
 * The one table of node kinds. Every view of a document (schema, importer, reader, citations,
 * exports, search records) reads what a kind is from here: its Chinese and English names, how it
 * is numbered, how a pinpoint to it is written, where it may nest and how Akoma Ntoso calls it.
 * Adding a kind to NODE_KINDS makes every `Record<NodeKind, …>` elsewhere fail to compile until
 * it says what to do with the new kind.
 *
 * Families:
 * - law: laws and regulations (编/分编/章/节/条/款/项/目), after 立法法 (2023) art. 65 and drafting
 *   practice: 编 章 节 条 take Chinese numerals, 款 are unnumbered (counted), 项 are （一）, 目 are 1.;
 * - policy: notices, opinions, measures (GB/T 9704-2012): headings 一、 /（一）/ 1. /（1）, body
 *   paragraphs and the formal parts (发文字号, 主送, 署名, 成文日期, 附件, 抄送);
 * - report: news reports (paragraphs, 一是…二是 points, the measures a report lists, furniture);
 * - record: enactment and amendment records (题注) and a printed table of contents (目录).
 */

/** How a kind's number is printed in the Chinese text. */
export type Numbering =
  /** 第一章, 第二十一条: 第 + Chinese numeral + the kind's character. */
  | 'ordinal-chinese'
  /** （三）: a Chinese numeral in full-width parentheses. */
  | 'paren-chinese'
  /** 一、 */
  | 'chinese-comma'
  /** 1. or 1．or 1、 */
  | 'arabic-dot'
  /** （1） */
  | 'paren-arabic'
  /** 一是, 二是 … */
  | 'chinese-shi'
  /** Not printed: counted by position (款, report paragraphs). */
  | 'counted'
  /** Has no number. */
  | 'none';

export type Family = 'law' | 'policy' | 'report' | 'record' | 'formal';

/** How a pinpoint to a node of this kind is written, in each language. */
export interface CiteForm {
  /** Short English, before the number: "art." → "art. 21"; "" when the number follows in parentheses. */
  readonly short: string;
  /** Long English, before the number: "Article" → "Article 21". */
  readonly long: string;
  /**
   * How the kind's number is written in short form: 'plain' "21", 'paren' "(2)", 'roman' "(iii)",
   * 'dotted' (headings, "1.2.3"), 'name' (cited by name only, no number).
   */
  readonly style: 'plain' | 'paren' | 'roman' | 'dotted' | 'name';
  /** CSL locator label for CSL-JSON and Pandoc; null when CSL has none. */
  readonly csl: 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'appendix' | null;
}

export interface KindInfo {
  readonly family: Family;
  /** The kind's name in Chinese (款, 项, 发文字号). */
  readonly zh: string;
  /** The kind's name in English, singular, lower case (paragraph, item, document number). */
  readonly en: string;
  readonly numbering: Numbering;
  readonly cite: CiteForm;
  /** Kinds it may sit in; 'root' is the document itself. */
  readonly parents: readonly (NodeKind | 'root')[];
  /** A heading of the text (rendered as a heading, listed in the outline). */
  readonly heading: boolean;
  /** Page furniture or a formal part: labelled, not part of the running text's numbering. */
  readonly furniture: boolean;
  /** Akoma Ntoso element for this kind (hcontainer name when the element is hcontainer). */
  readonly akn: { readonly element: string; readonly name?: string; readonly eId: string };
}

const STRUCTURAL: readonly (NodeKind | 'root')[] = ['root', 'part', 'subpart', 'chapter', 'section'];

/** The kinds, in the order the content format documents them. */
export const NODE_KIND_NAMES = [
  'part',
  'subpart',
  'chapter',
  'section',
  'article',
  'paragraph',
  'item',
  'subitem',
  'heading',
  'docnumber',
  'addressee',
  'signature',
  'dated',
  'attachment',
  'copyto',
  'point',
  'measure',
  'attribution',
  'caption',
  'pullquote',
  'history',
  'contents',
] as const;
export type NodeKind = (typeof NODE_KIND_NAMES)[number];
/** @deprecated the same as NodeKind */
export type NodeKindName = NodeKind;

/** What each kind is. A Record over every kind: a kind without its entry fails to compile. */
export const NODE_KINDS: Readonly<Record<NodeKind, KindInfo>> = {
  // ── laws and regulations ────────────────────────────────────────────────────────────
  part: {
    family: 'law',
    zh: '编',
    en: 'part',
    numbering: 'ordinal-chinese',
    cite: { short: 'pt.', long: 'Part', style: 'plain', csl: 'part' },
    parents: ['root'],
    heading: true,
    furniture: false,
    akn: { element: 'part', eId: 'part' },
  },
  subpart: {
    family: 'law',
    zh: '分编',
    en: 'subpart',
    numbering: 'ordinal-chinese',
    cite: { short: 'subpt.', long: 'Subpart', style: 'plain', csl: null },
    parents: ['part'],
    heading: true,
    furniture: false,
    akn: { element: 'subpart', eId: 'subpart' },
  },
  chapter: {
    family: 'law',
    zh: '章',
    en: 'chapter',
    numbering: 'ordinal-chinese',
    cite: { short: 'ch.', long: 'Chapter', style: 'plain', csl: 'chapter' },
    parents: ['root', 'part', 'subpart'],
    heading: true,
    furniture: false,
    akn: { element: 'chapter', eId: 'chp' },
  },
  section: {
    family: 'law',
    zh: '节',
    en: 'section',
    numbering: 'ordinal-chinese',
    cite: { short: 'sec.', long: 'Section', style: 'plain', csl: 'section' },
    parents: ['chapter'],
    heading: true,
    furniture: false,
    akn: { element: 'section', eId: 'sec' },
  },
  article: {
    family: 'law',
    zh: '条',
    en: 'article',
    numbering: 'ordinal-chinese',
    cite: { short: 'art.', long: 'Article', style: 'plain', csl: 'article' },
    parents: STRUCTURAL,
    heading: false,
    furniture: false,
    akn: { element: 'article', eId: 'art' },
  },
  // 款 in a law; a paragraph of running text in a policy document or report.
  paragraph: {
    family: 'law',
    zh: '款',
    en: 'paragraph',
    numbering: 'counted',
    cite: { short: 'para.', long: 'paragraph', style: 'paren', csl: 'paragraph' },
    parents: ['root', 'article', 'heading', 'attachment'],
    heading: false,
    furniture: false,
    akn: { element: 'paragraph', eId: 'para' },
  },
  item: {
    family: 'law',
    zh: '项',
    en: 'item',
    numbering: 'paren-chinese',
    cite: { short: '', long: 'item', style: 'roman', csl: null },
    parents: ['article', 'paragraph'],
    heading: false,
    furniture: false,
    akn: { element: 'point', eId: 'point' },
  },
  subitem: {
    family: 'law',
    zh: '目',
    en: 'sub-item',
    numbering: 'arabic-dot',
    cite: { short: '', long: 'sub-item', style: 'paren', csl: null },
    parents: ['item'],
    heading: false,
    furniture: false,
    akn: { element: 'point', eId: 'point' },
  },
  // ── policy documents ────────────────────────────────────────────────────────────────
  // 一、 / （一） / 1. / （1）: the level is the depth of headings; the printed form says which.
  heading: {
    family: 'policy',
    zh: '标题',
    en: 'heading',
    numbering: 'chinese-comma',
    cite: { short: 'sec.', long: 'Section', style: 'dotted', csl: 'section' },
    parents: ['root', 'heading', 'attachment'],
    heading: true,
    furniture: false,
    akn: { element: 'hcontainer', name: 'heading', eId: 'hcontainer' },
  },
  docnumber: {
    family: 'formal',
    zh: '发文字号',
    en: 'document number',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'docNumber', eId: 'hcontainer' },
  },
  addressee: {
    family: 'formal',
    zh: '主送机关',
    en: 'addressees',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'addressees', eId: 'hcontainer' },
  },
  signature: {
    family: 'formal',
    zh: '署名',
    en: 'signature',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root', 'attachment'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'signature', eId: 'hcontainer' },
  },
  dated: {
    family: 'formal',
    zh: '成文日期',
    en: 'date of issue',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root', 'attachment'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'date', eId: 'hcontainer' },
  },
  attachment: {
    family: 'formal',
    zh: '附件',
    en: 'attachment',
    numbering: 'arabic-dot',
    cite: { short: 'att.', long: 'Attachment', style: 'plain', csl: 'appendix' },
    parents: ['root'],
    heading: true,
    furniture: false,
    akn: { element: 'hcontainer', name: 'attachment', eId: 'hcontainer' },
  },
  copyto: {
    family: 'formal',
    zh: '抄送',
    en: 'copied to',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'copyTo', eId: 'hcontainer' },
  },
  // ── reports ─────────────────────────────────────────────────────────────────────────
  point: {
    family: 'report',
    zh: '要点',
    en: 'point',
    numbering: 'chinese-shi',
    cite: { short: 'point', long: 'point', style: 'paren', csl: null },
    parents: ['root', 'paragraph'],
    heading: false,
    furniture: false,
    akn: { element: 'point', eId: 'point' },
  },
  // The measures a report lists one to a paragraph (一是……八是, after “八项具体措施”).
  measure: {
    family: 'report',
    zh: '措施',
    en: 'measure',
    numbering: 'chinese-shi',
    cite: { short: 'measure', long: 'measure', style: 'plain', csl: null },
    parents: ['root'],
    heading: false,
    furniture: false,
    akn: { element: 'point', eId: 'point' },
  },
  attribution: {
    family: 'report',
    zh: '来源',
    en: 'source line',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'attribution', eId: 'hcontainer' },
  },
  caption: {
    family: 'report',
    zh: '图注',
    en: 'caption',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'caption', eId: 'hcontainer' },
  },
  pullquote: {
    family: 'report',
    zh: '引语',
    en: 'pull quote',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'pullQuote', eId: 'hcontainer' },
  },
  // ── records ─────────────────────────────────────────────────────────────────────────
  history: {
    family: 'record',
    zh: '题注',
    en: 'enactment record',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'history', eId: 'hcontainer' },
  },
  contents: {
    family: 'record',
    zh: '目录',
    en: 'printed table of contents',
    numbering: 'none',
    cite: { short: '', long: '', style: 'name', csl: null },
    parents: ['root'],
    heading: false,
    furniture: true,
    akn: { element: 'hcontainer', name: 'contents', eId: 'hcontainer' },
  },
};

export function kindInfo(kind: NodeKind): KindInfo {
  return NODE_KINDS[kind];
}

/** Translation status of a segment's English. */
export const TRANSLATION_STATUSES = ['none', 'draft', 'translated', 'reviewed'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
