/**
 * A document as Akoma Ntoso 3.0 (OASIS LegalDocML akn-core 1.0, schema of 2018-08-29): one XML
 * file per language expression of one work. Why each choice (see ../shared/LEGAL.md §1 and
 * "What Duizhao should adopt", docs/structure.md):
 *
 * - Expressions. The Chinese (`zho`) is the original; the English (`eng`) is another expression
 *   of the same work whose FRBRExpression says so: FRBRlanguage eng, FRBRmasterExpression and
 *   FRBRtranslation href=the zho expression, fromLanguage="zho", by="#duizhao",
 *   authoritative="false". Both files use the same eIds (the zho expression is the master, so
 *   no wId is written: wId only appears where it differs from the eId).
 * - Root. A regulation is an `<act name="regulation">` whose `<body>` holds the hierarchy; every
 *   other type is a `<doc name="notice|opinion|speech|newsReport|document">` with a `<mainBody>`
 *   (the schema's `maincontent` takes the same hierarchical elements and `hcontainer`s, so
 *   headings, paragraphs and points nest there exactly as in the body of an act).
 * - Elements come from the kinds table (src/lib/structure/kinds.ts `akn`): 编 part, 章 chapter,
 *   节 section, 条 article, 款 paragraph, 项 and 目 point (目 nested in 项), policy headings and
 *   formal parts as `hcontainer name=…`. Formal parts stay in reading order inside the main body
 *   rather than moving to `<conclusions>` / `<attachments>`: an AKN attachment is a whole
 *   document with its own FRBR metadata, and moving the signature and date would break the rule
 *   that the nodes, in order, are the text.
 * - Text. `<num>` is the number as printed (第二十一条, （三）, 一、), cut from the start of the
 *   node's Chinese; a heading kind (part … section, policy heading, attachment) puts the rest in
 *   `<heading>`; any other node puts it in `<content><p>` when it has no children, or in
 *   `<intro><p>` before its children (an article of one paragraph with items, a lead-in to
 *   points). An article of several paragraphs holds only its `<num>`; its 款 are `<paragraph>`s
 *   without num (they are counted, not printed). A 发文字号 is also marked `<docNumber>`, a
 *   成文日期 written 2020年7月1日 is marked `<date date="2020-07-01">`.
 * - English num. The English has no `printed`: when the Chinese is only the number, the whole
 *   English is the num ("Article 2"); otherwise a leading English label of the kind ("Article 2",
 *   "Chapter II", "(3)", "1.", "First,") is cut off as the num when present, and the English is
 *   kept whole when not, so nothing is lost or doubled.
 * - Untranslated nodes (translation 'none', or an empty English) keep their element and eId in
 *   the English expression with `status="incomplete"` and no text (an empty `<p/>` where content
 *   is needed). The schema defines "incomplete" as content that should be there but is not known
 *   yet; copying the Chinese into the English expression would make it say something it does
 *   not, and the Chinese is in the zho file at the same eId. Draft and reviewed English carry
 *   `refersTo="#translationDraft"` / `"#translationReviewed"` (TLCConcepts in `<references>`).
 * - eIds follow the naming convention with Arabic numbers from the node's `number`: chapters
 *   `chp_2` (`part_1__chp_2` under a part), sections `chp_2__sec_1`, articles rooted at the
 *   article because articles are numbered through the whole law (`art_21`, 第十五条之一 →
 *   `art_15-1`), then `art_21__para_2__point_3__point_1`; an item of a single-paragraph article is
 *   `art_10__point_3` (there is no paragraph element between). An hcontainer's eId uses its
 *   `name` (`heading_1__heading_2`, `docNumber`, `signature_2`, `attachment_1__para_3`): the
 *   kinds table's `eId: 'hcontainer'` would give every policy heading the same ref, so this module
 *   reads `akn.name` instead. A kind without a number is counted among its siblings, and one
 *   that is alone of its ref in its parent gets no number (`docNumber`, `date`). Should two nodes
 *   still meet on one eId (a report's point 1 and measure 1 are both `point_1`), the later one
 *   gets `-2`, `-3` … appended.
 * - Duizhao's own id is in `GUID` as `{url}#{id}` (the page anchor): the schema's GUID is a
 *   global identifier with no syntax of its own and unique within the file, which the permanent
 *   Duizhao id is once prefixed with the document URL; `class` is for styling and `refersTo`
 *   must point at a TLC. The same GUID in both files marks the same node.
 * - Dates. Work `/akn/cn/{act|doc}/{date}/{slug}` with the date as known (2020, 2020-07 or
 *   2020-07-01: the naming convention allows a year). FRBRdate must be a full xsd:date, so a
 *   partial date is written as the first day of its year or month, and its `name` and a meta
 *   `<note>` say which parts are known and whether the date is inferred; nothing claims a day that
 *   is not known. The zho expression is `…/zho@{date}`, the eng expression `…/eng@{revised}` (the
 *   translation's last revision). Without a date (or, for eng, without `revised`) there is no
 *   honest FRBR identity, so the export refuses: published documents always have both.
 * - No `<publication>`: it is optional and would name an official gazette we do not record.
 * - Text is escaped for XML (&, <, > and in attributes quotes and whitespace; a carriage return
 *   as a reference), and characters XML 1.0 cannot carry at all (C0 controls other than tab, LF,
 *   CR; U+FFFE/FFFF; lone surrogates) are dropped.
 */
import { NODE_KINDS, type NodeKind, type TranslationStatus } from './structure/kinds.ts';
import { escapeXmlAttribute, escapeXmlText, notXml } from './xml.ts';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const AKN_CONTENT_TYPE = 'application/akn+xml; charset=utf-8';

export interface AknNode {
  id: string;
  kind: NodeKind;
  parent?: string | undefined;
  number?: number | undefined;
  printed?: string | undefined;
  zh: string;
  en: string;
  translation: TranslationStatus;
}

export interface AknDocument {
  slug: string;
  titleZh: string;
  titleEn: string;
  type: 'news-report' | 'notice' | 'regulation' | 'speech' | 'opinion' | 'other';
  /** ISO date, maybe partial: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string | null;
  dateInferred: boolean;
  /** The date the English was last revised, YYYY-MM-DD. */
  revised: string | null;
  /** Issuing or reporting bodies, in the order printed. */
  bodies: { zh: string; en: string }[];
  /** The document's nodes, flat, in reading order. */
  nodes: AknNode[];
  /** The document's page; GUIDs are this URL + "#" + the node id. */
  url: string;
}

export type AknLanguage = 'zho' | 'eng';

/** `doc/@name` per document type (AKN names are camelCase). */
const DOC_NAMES: Record<Exclude<AknDocument['type'], 'regulation'>, string> = {
  notice: 'notice',
  opinion: 'opinion',
  speech: 'speech',
  'news-report': 'newsReport',
  other: 'document',
};

const TRANSLATION_CONCEPTS: Partial<Record<TranslationStatus, { eId: string; showAs: string }>> = {
  draft: { eId: 'translationDraft', showAs: 'Draft translation, not yet revised' },
  reviewed: { eId: 'translationReviewed', showAs: 'Reviewed translation' },
};

const NOT_XML = notXml('g');

const text = (s: string): string => escapeXmlText(s.replace(NOT_XML, ''));
const attr = (s: string): string => escapeXmlAttribute(s.replace(NOT_XML, ''));

/** Attributes in the order given; undefined values are left out. */
function attrs(pairs: Record<string, string | undefined>): string {
  return Object.entries(pairs)
    .filter((p): p is [string, string] => p[1] !== undefined)
    .map(([k, v]) => ` ${k}="${attr(v)}"`)
    .join('');
}

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九: enough for 之一, 之二 (inserted articles). */
function chineseNumber(s: string): number | null {
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/.exec(s);
  if (!m || s === '') return null;
  const [, tens = '', ten = '', ones = ''] = m;
  if (ten === '') return tens === '' ? null : (CHINESE_DIGITS[tens] ?? null);
  return (tens === '' ? 1 : (CHINESE_DIGITS[tens] ?? 0)) * 10 + (ones === '' ? 0 : (CHINESE_DIGITS[ones] ?? 0));
}

/**
 * Cuts `printed` off the start of `s`, whitespace on either side aside (docs/structure.md: printed
 * is a prefix of zh, spaces aside). Returns [the number as it stands in s, the rest], or null.
 */
function cutPrinted(s: string, printed: string): [string, string] | null {
  const want = printed.replace(/\s+/g, '');
  if (want === '') return null;
  let i = 0;
  let j = 0;
  while (i < s.length && j < want.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c !== want[j]) return null;
    i++;
    j++;
  }
  return j === want.length ? [s.slice(0, i).trim(), s.slice(i).trim()] : null;
}

const ROMAN = '[IVXLCDM]+';
const ORDINALS = 'First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Finally|Lastly';

/** A leading English number label for a kind, when the English prints one. */
function englishLabel(kind: NodeKind): RegExp | null {
  const info = NODE_KINDS[kind];
  switch (info.numbering) {
    case 'ordinal-chinese':
      return new RegExp(`^(?:${info.cite.long}|${info.cite.short.replace('.', '\\.')})\\s*(?:\\d+[a-z]?(?:-\\d+)?|${ROMAN})\\b[.:]?`, 'i');
    case 'paren-chinese':
    case 'paren-arabic':
      return /^\(\s*(?:\d+|[ivxlcdm]+|[a-z])\s*\)/i;
    case 'arabic-dot':
      return info.cite.long === 'Attachment' ? /^(?:Attachment|Annex|Appendix)\s*\d+\b[.:]?/i : /^\d+[.)]/;
    case 'chinese-comma':
      return new RegExp(`^(?:${ROMAN}\\.|\\d+(?:\\.\\d+)*\\.|\\(\\s*(?:\\d+|[ivxlcdm]+|[a-z])\\s*\\))`);
    case 'chinese-shi':
      return new RegExp(`^(?:${ORDINALS})\\b[,:]?`);
    case 'counted':
    case 'none':
      return null;
  }
}

/** The node's own text in one language, split into its printed number and the rest. */
interface OwnText {
  num: string | null;
  rest: string;
  /** English missing: the node is kept as a structure only. */
  missing: boolean;
}

function ownText(node: AknNode, language: AknLanguage): OwnText {
  const zhCut = node.printed === undefined ? null : cutPrinted(node.zh, node.printed);
  if (language === 'zho') {
    return zhCut ? { num: zhCut[0], rest: zhCut[1], missing: false } : { num: null, rest: node.zh.trim(), missing: false };
  }
  const en = node.en.trim();
  if (node.translation === 'none' || en === '') return { num: null, rest: '', missing: true };
  if (zhCut && zhCut[1] === '') return { num: en, rest: '', missing: false };
  const label = zhCut ? englishLabel(node.kind)?.exec(en) : null;
  return label ? { num: label[0].trim(), rest: en.slice(label[0].length).trim(), missing: false } : { num: null, rest: en, missing: false };
}

/** The element and the eId ref of a kind; an hcontainer's ref is its name (see the head comment). */
function element(kind: NodeKind): { tag: string; name: string | undefined; ref: string } {
  const akn: { element: string; name?: string; eId: string } = NODE_KINDS[kind].akn;
  return { tag: akn.element, name: akn.name, ref: akn.element === 'hcontainer' && akn.name ? akn.name : akn.eId };
}

interface Tree {
  children: Map<string | undefined, AknNode[]>;
  eIds: Map<string, string>;
}

function buildTree(doc: AknDocument): Tree {
  const ids = new Set(doc.nodes.map((n) => n.id));
  const children = new Map<string | undefined, AknNode[]>();
  for (const n of doc.nodes) {
    if (n.parent !== undefined && !ids.has(n.parent)) throw new Error(`${doc.slug}, node ${n.id}: parent ${n.parent} is not a node`);
    const list = children.get(n.parent) ?? [];
    list.push(n);
    children.set(n.parent, list);
  }
  const eIds = new Map<string, string>();
  const used = new Set<string>();
  const assign = (parent: string | undefined, prefix: string): void => {
    const siblings = children.get(parent) ?? [];
    const count = new Map<string, number>();
    for (const n of siblings) {
      const { ref } = element(n.kind);
      const position = (count.get(ref) ?? 0) + 1;
      count.set(ref, position);
      const alone = siblings.filter((s) => element(s.kind).ref === ref).length === 1;
      let num: string | undefined =
        n.number !== undefined ? String(n.number) : alone && NODE_KINDS[n.kind].numbering === 'none' ? undefined : String(position);
      const inserted = n.kind === 'article' && n.printed ? /之([一二三四五六七八九十]+)/.exec(n.printed) : null;
      const insertedNumber = inserted ? chineseNumber(inserted[1]!) : null;
      if (num !== undefined && insertedNumber !== null) num += `-${insertedNumber}`;
      // Articles are numbered through the whole law: their eIds start afresh (LEGAL.md, eIds).
      const context = n.kind === 'article' ? '' : prefix;
      const base = `${context}${ref}${num === undefined ? '' : `_${num}`}`;
      let eId = base;
      for (let k = 2; used.has(eId); k++) eId = `${base}-${k}`;
      used.add(eId);
      eIds.set(n.id, eId);
      assign(n.id, `${eId}__`);
    }
  };
  assign(undefined, '');
  return { children, eIds };
}

/** 2020年7月1日 → 2020-07-01, for the `<date>` of a 成文日期. */
function isoFromChinese(s: string): string | null {
  const m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s.trim());
  return m ? `${m[1]!}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

/** `<p>`s for a text, one per line; an empty text gives one empty `<p/>`. */
function paragraphs(s: string, wrap: (line: string) => string = text): string[] {
  const lines = s
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length === 0 ? ['<p/>'] : lines.map((l) => `<p>${wrap(l)}</p>`);
}

function renderNode(node: AknNode, doc: AknDocument, tree: Tree, language: AknLanguage, depth: number): string[] {
  const pad = '  '.repeat(depth);
  const { tag, name } = element(node.kind);
  const own = ownText(node, language);
  const concept = language === 'eng' && !own.missing ? TRANSLATION_CONCEPTS[node.translation] : undefined;
  const open = `${pad}<${tag}${attrs({
    name,
    eId: tree.eIds.get(node.id),
    GUID: `${doc.url}#${node.id}`.replace(/\s/g, encodeURIComponent),
    status: own.missing ? 'incomplete' : undefined,
    refersTo: concept ? `#${concept.eId}` : undefined,
  })}>`;
  const out = [open];
  const inner = `${pad}  `;
  if (own.num !== null) out.push(`${inner}<num>${text(own.num)}</num>`);
  const kids = tree.children.get(node.id) ?? [];
  const isHeading = NODE_KINDS[node.kind].heading;
  if (isHeading) {
    if (own.rest !== '') out.push(`${inner}<heading>${text(own.rest)}</heading>`);
  } else {
    let wrap = text;
    if (node.kind === 'docnumber') wrap = (l) => `<docNumber>${text(l)}</docNumber>`;
    const iso = node.kind === 'dated' ? isoFromChinese(node.zh) : null;
    if (iso) wrap = (l) => `<date date="${iso}">${text(l)}</date>`;
    if (kids.length === 0) {
      out.push(`${inner}<content>`, ...paragraphs(own.rest, wrap).map((p) => `${inner}  ${p}`), `${inner}</content>`);
    } else if (own.rest !== '') {
      out.push(`${inner}<intro>`, ...paragraphs(own.rest, wrap).map((p) => `${inner}  ${p}`), `${inner}</intro>`);
    }
  }
  for (const k of kids) out.push(...renderNode(k, doc, tree, language, depth + 1));
  out.push(`${pad}</${tag}>`);
  return out;
}

/** The date as the schema's xsd:date needs it, and what is known of it. */
function fullDate(date: string, inferred: boolean): { iso: string; name: string; note: string | null } {
  const [y, m, d] = date.split('-');
  const iso = `${y!}-${m ?? '01'}-${d ?? '01'}`;
  const known = d ? 'date' : m ? 'month' : 'year';
  const parts =
    known === 'date'
      ? ''
      : known === 'month'
        ? `only the month (${date}) is known; the day is written as 01`
        : `only the year (${date}) is known; month and day are written as 01`;
  const name = `issued${known === 'date' ? '' : ` (${known} only)`}${inferred ? ' (inferred)' : ''}`;
  const why = [parts, inferred ? 'the date is not printed in the source but inferred by Duizhao (reasons on the document page)' : '']
    .filter((s) => s !== '')
    .join('; ');
  return { iso, name, note: why === '' ? null : `Date of the Chinese text: ${why}.` };
}

/** The ontology id of a body: cn. + its English name in camelCase ("Ministry of Civil Affairs" → cn.ministryOfCivilAffairs). */
function bodyOntologyId(body: { en: string }, index: number): string {
  const words = body.en
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const camel = words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
  return `cn.${camel === '' ? `body${index + 1}` : camel}`;
}

/**
 * One Akoma Ntoso 3.0 file: the Chinese original (`zho`) or its English translation (`eng`) of a
 * document. Throws when the document has no date (or, for eng, no revision date).
 */
export function aknDocument(doc: AknDocument, language: AknLanguage): string {
  if (doc.date === null) throw new Error(`${doc.slug}: an Akoma Ntoso export needs the document's date`);
  if (language === 'eng' && doc.revised === null) throw new Error(`${doc.slug}: the English expression needs its revision date (revised)`);
  const isAct = doc.type === 'regulation';
  const work = `/akn/cn/${isAct ? 'act' : 'doc'}/${doc.date}/${encodeURIComponent(doc.slug)}`;
  const zhoExpression = `${work}/zho@${doc.date}`;
  const expression = language === 'zho' ? zhoExpression : `${work}/eng@${doc.revised ?? ''}`;
  const workDate = fullDate(doc.date, doc.dateInferred);
  const expressionDate = language === 'zho' ? workDate : { iso: doc.revised ?? '', name: 'translation revised', note: null };
  // The manifestation is Duizhao's XML; its date is the latest revision, which a pure function can know.
  const manifestationDate = doc.revised ?? workDate.iso;
  const bodies = doc.bodies.map((b, i) => ({
    eId: `body_${i + 1}`,
    href: `/akn/ontology/organization/${bodyOntologyId(b, i)}`,
    showAs: language === 'zho' ? b.zh : b.en || b.zh,
  }));
  // FRBRauthor is required; a document without a recorded body is attributed to nobody we can name.
  const authors = bodies.length > 0 ? bodies.map((b) => `#${b.eId}`) : ['#unknownAuthor'];
  const tree = buildTree(doc);
  const usedConcepts =
    language === 'eng'
      ? [...new Set(doc.nodes.filter((n) => n.en.trim() !== '').map((n) => n.translation))].flatMap((t) => TRANSLATION_CONCEPTS[t] ?? [])
      : [];
  const root = isAct ? 'act' : 'doc';
  const bodyTag = isAct ? 'body' : 'mainBody';
  const lang = language === 'zho' ? 'zh-Hans' : 'en';
  const title = language === 'zho' ? doc.titleZh : doc.titleEn || doc.titleZh;

  const frbr = (level: string, uri: string, date: { iso: string; name: string }, by: string[], extra: string[]): string[] => [
    `        <${level}>`,
    `          <FRBRthis value="${attr(level === 'FRBRManifestation' ? `${uri}/!main.xml` : `${uri}/!main`)}"/>`,
    `          <FRBRuri value="${attr(level === 'FRBRManifestation' ? `${uri}.xml` : uri)}"/>`,
    `          <FRBRdate${attrs({ date: date.iso, name: date.name })}/>`,
    ...by.map((a) => `          <FRBRauthor href="${attr(a)}"/>`),
    ...extra.map((e) => `          ${e}`),
    `        </${level}>`,
  ];
  const notes = [workDate.note].filter((n): n is string => n !== null);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<akomaNtoso xmlns="${AKN_NAMESPACE}">`,
    `  <${root} name="${isAct ? 'regulation' : DOC_NAMES[doc.type as Exclude<AknDocument['type'], 'regulation'>]}">`,
    '    <meta>',
    '      <identification source="#duizhao">',
    ...frbr('FRBRWork', work, workDate, authors, ['<FRBRcountry value="cn"/>', `<FRBRname value="${attr(doc.titleZh)}"/>`]),
    ...frbr(
      'FRBRExpression',
      expression,
      expressionDate,
      language === 'zho' ? authors : ['#duizhao'],
      language === 'zho'
        ? ['<FRBRlanguage language="zho"/>']
        : [
            '<FRBRauthoritative value="false"/>',
            `<FRBRmasterExpression href="${attr(zhoExpression)}" showAs="${attr(doc.titleZh)}"/>`,
            '<FRBRlanguage language="eng"/>',
            `<FRBRtranslation href="${attr(zhoExpression)}" fromLanguage="zho" by="#duizhao" authoritative="false"/>`,
          ],
    ),
    ...frbr(
      'FRBRManifestation',
      expression,
      { iso: manifestationDate, name: 'generation' },
      ['#duizhao'],
      ['<FRBRformat value="application/akn+xml"/>'],
    ),
    '      </identification>',
    '      <references source="#duizhao">',
    '        <TLCOrganization eId="duizhao" href="/akn/ontology/organization/unreg.duizhao" showAs="Duizhao"/>',
    ...bodies.map((b) => `        <TLCOrganization${attrs({ eId: b.eId, href: b.href, showAs: b.showAs })}/>`),
    ...(bodies.length === 0
      ? [
          '        <TLCOrganization eId="unknownAuthor" href="/akn/ontology/organization/unreg.unknown" showAs="Issuing body not recorded"/>',
        ]
      : []),
    ...usedConcepts.map(
      (c) => `        <TLCConcept${attrs({ eId: c.eId, href: `/akn/ontology/concept/duizhao.${c.eId}`, showAs: c.showAs })}/>`,
    ),
    '      </references>',
    ...(notes.length === 0
      ? []
      : [
          '      <notes source="#duizhao" xml:lang="en">',
          ...notes.map((n, i) => `        <note eId="note_${i + 1}"><p>${text(n)}</p></note>`),
          '      </notes>',
        ]),
    '    </meta>',
    `    <preface xml:lang="${lang}">`,
    `      <p class="title"><docTitle>${text(title)}</docTitle></p>`,
    '    </preface>',
    `    <${bodyTag} xml:lang="${lang}">`,
    ...(tree.children.get(undefined) ?? []).flatMap((n) => renderNode(n, doc, tree, language, 3)),
    `    </${bodyTag}>`,
    `  </${root}>`,
    '</akomaNtoso>',
    '',
  ];
  return lines.join('\n');
}
