/**
 * Checks of the data exports as a user of the files sees them, shared by the unit tests (on
 * documents exported in memory) and the build tests (on the files of a built site). Each check
 * returns a list of problems, so a failure says what is wrong where.
 */
import { Ajv2020 } from 'ajv/dist/2020';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import documentSchema from '../../src/lib/schema/document.schema.json';
import indexSchema from '../../src/lib/schema/index.schema.json';

/** The fields of a document export the checks read (declared here, not imported, to test the files as they are). */
export interface DocumentLike {
  slug: string;
  title: { zh: string; zhHant: string; en: string };
  segments: { id: string; kind: string; repeats?: string; zh: string; zhHant: string; en: string }[];
}

/**
 * A JSON Schema validator (draft 2020-12). Ajv has no format checks without ajv-formats, so
 * the two formats the schemas use are defined here rather than ignored.
 */
export function schemaValidator(schema: object): (data: unknown) => string[] {
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  ajv.addFormat('uri', (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'https://example.org/data/index.json'));
  const validate = ajv.compile(schema);
  return (data) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`));
}

/** Validators for the committed schemas (the build serves them with an $id added). */
export const validateDocument = schemaValidator(documentSchema);
export const validateIndex = schemaValidator(indexSchema);

// ---------------------------------------------------------------------------------------------
// TMX 1.4

/** A node of fast-xml-parser's ordered output: { tag: children, ':@': attributes } or { '#text': text }. */
type XmlNode = Record<string, unknown>;

/** fast-xml-parser set to read an XML export exactly: ordered, attributes kept, text untouched. */
export const exactXmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Exact text: no trimming, no number parsing; &#13; and the like decoded.
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only built-in way to decode numeric references (&#13;); its replacement, entityDecoder, means writing a decoder
  htmlEntities: true,
});

function tagOf(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}
function childrenOf(node: XmlNode): XmlNode[] {
  const c = node[tagOf(node)];
  return Array.isArray(c) ? (c as XmlNode[]) : [];
}
function attrsOf(node: XmlNode): Record<string, string> {
  return (node[':@'] ?? {}) as Record<string, string>;
}
/** Element children; text between elements must be whitespace (indentation). */
function elements(node: XmlNode, where: string, problems: string[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const c of childrenOf(node)) {
    if (tagOf(c) === '#text') {
      if (String(c['#text']).trim() !== '') problems.push(`${where}: text outside an element: “${String(c['#text'])}”`);
    } else out.push(c);
  }
  return out;
}
function textOf(node: XmlNode, where: string, problems: string[]): string {
  let text = '';
  for (const c of childrenOf(node)) {
    if (tagOf(c) === '#text') text += String(c['#text']);
    else problems.push(`${where}: unexpected element <${tagOf(c)}> in text`);
  }
  return text;
}

export interface TmxUnit {
  tuid: string;
  zh: string;
  en: string;
}

const HEADER_REQUIRED = ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'];
const SEGTYPES = ['block', 'paragraph', 'sentence', 'phrase'];

/**
 * Parses a TMX file and checks the rules of the TMX 1.4 DTD that a CAT tool relies on. Returns
 * the translation units (tuid, zh-Hans text, en text) and the problems found.
 */
export function readTmx(xml: string): { units: TmxUnit[]; problems: string[] } {
  const problems: string[] = [];
  const units: TmxUnit[] = [];
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- its successor, the fast-xml-validator package, is not a dependency
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { units, problems: [`not well-formed XML: line ${valid.err.line}: ${valid.err.msg}`] };
  if (!xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')) problems.push('no XML declaration with encoding UTF-8');
  const top = (exactXmlParser.parse(xml) as XmlNode[]).filter((n) => !['?xml', '#text'].includes(tagOf(n)));
  const root = top[0];
  if (top.length !== 1 || !root || tagOf(root) !== 'tmx')
    return { units, problems: [...problems, 'the root element is not a single <tmx>'] };
  if (attrsOf(root)['version'] !== '1.4') problems.push(`<tmx version="${attrsOf(root)['version'] ?? ''}">, expected 1.4`);
  const parts = elements(root, 'tmx', problems);
  const [header, body] = parts;
  if (parts.length !== 2 || !header || !body || tagOf(header) !== 'header' || tagOf(body) !== 'body') {
    return { units, problems: [...problems, `<tmx> must hold <header> then <body>, has ${parts.map(tagOf).join(', ')}`] };
  }
  const h = attrsOf(header);
  for (const a of HEADER_REQUIRED) if (!h[a]) problems.push(`<header> lacks ${a}`);
  if (h['segtype'] !== undefined && !SEGTYPES.includes(h['segtype']))
    problems.push(`<header segtype="${h['segtype']}"> is not a TMX segtype`);
  if (h['srclang'] !== 'zh-Hans') problems.push(`<header srclang="${h['srclang'] ?? ''}">, expected zh-Hans`);
  for (const e of elements(header, 'header', problems)) {
    if (!['note', 'prop', 'ude'].includes(tagOf(e))) problems.push(`<header> holds <${tagOf(e)}>`);
  }
  const seen = new Set<string>();
  for (const tu of elements(body, 'body', problems)) {
    if (tagOf(tu) !== 'tu') {
      problems.push(`<body> holds <${tagOf(tu)}>`);
      continue;
    }
    const tuid = attrsOf(tu)['tuid'] ?? '';
    const where = `tu ${tuid || '(no tuid)'}`;
    if (tuid === '') problems.push(`${where}: no tuid`);
    if (seen.has(tuid)) problems.push(`${where}: duplicate tuid`);
    seen.add(tuid);
    // DTD: <!ELEMENT tu ((note|prop)*, tuv+)>
    const kids = elements(tu, where, problems);
    const firstTuv = kids.findIndex((k) => tagOf(k) === 'tuv');
    if (firstTuv < 0) problems.push(`${where}: no <tuv>`);
    kids.forEach((k, i) => {
      const ok = i < firstTuv || firstTuv < 0 ? ['note', 'prop'].includes(tagOf(k)) : tagOf(k) === 'tuv';
      if (!ok) problems.push(`${where}: <${tagOf(k)}> out of place (notes and props first, then variants)`);
    });
    const texts = new Map<string, string>();
    for (const tuv of kids.filter((k) => tagOf(k) === 'tuv')) {
      const lang = attrsOf(tuv)['xml:lang'];
      if (!lang) problems.push(`${where}: <tuv> without xml:lang`);
      // DTD: <!ELEMENT tuv ((note|prop)*, seg)>
      const inner = elements(tuv, where, problems);
      const seg = inner.at(-1);
      if (!seg || tagOf(seg) !== 'seg' || inner.slice(0, -1).some((k) => !['note', 'prop'].includes(tagOf(k)))) {
        problems.push(`${where}: <tuv xml:lang="${lang ?? ''}"> must end with its one <seg>`);
        continue;
      }
      if (lang) {
        if (texts.has(lang)) problems.push(`${where}: two variants in ${lang}`);
        texts.set(lang, textOf(seg, where, problems));
      }
    }
    const zh = texts.get('zh-Hans');
    const en = texts.get('en');
    if (zh === undefined) problems.push(`${where}: no zh-Hans variant`);
    if (en === undefined) problems.push(`${where}: no en variant`);
    units.push({ tuid, zh: zh ?? '', en: en ?? '' });
  }
  return { units, problems };
}

/**
 * Checks a TMX against the document it was made from: valid TMX 1.4, and exactly one unit per
 * segment with both texts, in order, whose texts equal the segment's, character for character.
 */
export function checkTmx(xml: string, doc: DocumentLike): string[] {
  const { units, problems } = readTmx(xml);
  const expected = doc.segments.filter((s) => s.zh !== '' && s.en !== '').map((s) => ({ tuid: `${doc.slug}#${s.id}`, zh: s.zh, en: s.en }));
  const got = units.map((u) => u.tuid).join(' ');
  const want = expected.map((u) => u.tuid).join(' ');
  if (got !== want) problems.push(`units ${got}, expected ${want}`);
  for (const e of expected) {
    const u = units.find((x) => x.tuid === e.tuid);
    if (u && u.zh !== e.zh) problems.push(`${e.tuid}: zh-Hans “${u.zh}”, expected “${e.zh}”`);
    if (u && u.en !== e.en) problems.push(`${e.tuid}: en “${u.en}”, expected “${e.en}”`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Plain text

const TEXT_KEYS = { 'zh-Hans': 'zh', 'zh-Hant': 'zhHant', en: 'en' } as const;
const FURNITURE = ['attribution', 'caption', 'pullquote'];

/**
 * Checks a plain-text export: LF line ends and one trailing newline; the title first; then one
 * paragraph per segment with text, in reading order, starting “[id] ” and ending with exactly
 * the segment's text; only page furniture carries a “(label) ” between the two, and a pull
 * quote's label names the segment it repeats.
 */
export function checkPlainText(text: string, doc: DocumentLike, lang: keyof typeof TEXT_KEYS): string[] {
  const problems: string[] = [];
  const key = TEXT_KEYS[lang];
  if (text.includes('\r')) problems.push('has CR line ends');
  if (!text.endsWith('\n') || text.endsWith('\n\n')) problems.push('does not end with exactly one newline');
  const paragraphs = text.replace(/\n$/, '').split('\n\n');
  if (paragraphs[0] !== doc.title[key]) problems.push(`first paragraph “${paragraphs[0] ?? ''}”, expected the title “${doc.title[key]}”`);
  const segments = doc.segments.filter((s) => s[key] !== '');
  const rest = paragraphs.slice(1);
  if (rest.length !== segments.length) problems.push(`${rest.length} segment paragraphs, expected ${segments.length}`);
  segments.forEach((s, i) => {
    const p = rest[i] ?? '';
    const prefix = `[${s.id}] `;
    if (!p.startsWith(prefix) || !p.endsWith(s[key])) {
      problems.push(`paragraph ${i + 1}: “${p.slice(0, 40)}…”, expected “${prefix}” … “${s[key].slice(-20)}”`);
      return;
    }
    const label = p.slice(prefix.length, p.length - s[key].length);
    if (FURNITURE.includes(s.kind)) {
      if (!/^\([^()]+\) $/.test(label)) problems.push(`${s.id}: page furniture without a “(label) ”: “${label}”`);
      if (s.repeats !== undefined && !label.includes(s.repeats)) problems.push(`${s.id}: label “${label}” does not name ${s.repeats}`);
    } else if (label !== '') problems.push(`${s.id}: unexpected “${label}” before the text`);
  });
  return problems;
}
