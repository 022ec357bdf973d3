/**
 * The Akoma Ntoso export (src/lib/akn.ts). The documents below are SYNTHETIC: invented bodies,
 * numbers and text shaped like a regulation, a notice and a news report, so every kind and
 * nesting is exercised without quoting a real source. Each expression is validated against the
 * OASIS schema (a copy in tests/fixtures/akn/schema, so a clean clone can run this) in ONE
 * xmllint-wasm run (about a second), together with a deliberately broken file that must fail, so
 * the validation can be seen to bite.
 */
import { readFileSync } from 'node:fs';
import { exactXmlParser } from '../helpers/exports.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';
import { aknDocument, type AknDocument, type AknLanguage, type AknNode } from '../../src/lib/akn.ts';

const schemaDir = new URL('../fixtures/akn/schema/', import.meta.url);
const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(new URL(name, schemaDir), 'utf8') });

type Partial3 = Pick<AknNode, 'id' | 'kind' | 'zh' | 'en'> & Partial<AknNode>;
const node = (n: Partial3): AknNode => ({ translation: n.en === '' ? 'none' : 'translated', ...n });

// ── synthetic inputs ─────────────────────────────────────────────────────────────────────────

/** SYNTHETIC regulation: two chapters, a section, single- and multi-paragraph articles, items, sub-items, 之一. */
const regulation = (): AknDocument => ({
  slug: 'synthetic-fictional-affairs-regulation',
  titleZh: '虚构事务管理条例',
  titleEn: 'Regulations on the Administration of Fictional Affairs',
  type: 'regulation',
  date: '2099-03-01',
  dateInferred: false,
  revised: '2099-04-02',
  bodies: [{ zh: '虚构国务院', en: 'Fictional State Council' }],
  url: 'https://duizhao.example.org/documents/synthetic-fictional-affairs-regulation/',
  nodes: [
    node({
      id: 'hist1',
      kind: 'history',
      zh: '（2099年3月1日虚构国务院令第1号公布）',
      en: '(Promulgated by Fictional State Council Order No. 1 on March 1, 2099)',
    }),
    node({ id: 'ch1', kind: 'chapter', number: 1, printed: '第一章', zh: '第一章　总　　则', en: 'Chapter I General Provisions' }),
    node({
      id: 'art1',
      kind: 'article',
      parent: 'ch1',
      number: 1,
      printed: '第一条',
      zh: '第一条　为了规范虚构事务，制定本条例。',
      en: 'Article 1 These Regulations are formulated to regulate fictional affairs.',
    }),
    node({ id: 'art2', kind: 'article', parent: 'ch1', number: 2, printed: '第二条', zh: '第二条　', en: 'Article 2' }),
    node({
      id: 'art2-1',
      kind: 'paragraph',
      parent: 'art2',
      number: 1,
      zh: '本条例适用于下列事项：',
      en: 'These Regulations apply to the following:',
    }),
    node({ id: 'art2-1-1', kind: 'item', parent: 'art2-1', number: 1, printed: '（一）', zh: '（一）甲事项；', en: '(1) matter A;' }),
    node({
      id: 'art2-1-2',
      kind: 'item',
      parent: 'art2-1',
      number: 2,
      printed: '（二）',
      zh: '（二）乙事项，包括：',
      en: '(2) matter B, including:',
    }),
    node({ id: 'art2-1-2-1', kind: 'subitem', parent: 'art2-1-2', number: 1, printed: '1.', zh: '1. 乙一；', en: '1. B-one;' }),
    node({ id: 'art2-1-2-2', kind: 'subitem', parent: 'art2-1-2', number: 2, printed: '2.', zh: '2. 乙二。', en: '' }),
    node({
      id: 'art2-2',
      kind: 'paragraph',
      parent: 'art2',
      number: 2,
      zh: '前款所列事项由虚构局负责。',
      en: 'The Fictional Bureau is responsible for the matters listed in the preceding paragraph.',
      translation: 'draft',
    }),
    node({ id: 'ch2', kind: 'chapter', number: 2, printed: '第二章', zh: '第二章　管理', en: 'Chapter II Administration' }),
    node({
      id: 'ch2-s1',
      kind: 'section',
      parent: 'ch2',
      number: 1,
      printed: '第一节',
      zh: '第一节　一般规定',
      en: 'Section 1 General Rules',
    }),
    node({
      id: 'art3',
      kind: 'article',
      parent: 'ch2-s1',
      number: 3,
      printed: '第三条',
      zh: '第三条　虚构局应当依法履职。',
      en: 'Article 3 The Fictional Bureau shall perform its duties according to law.',
      translation: 'reviewed',
    }),
    node({
      id: 'art3a',
      kind: 'article',
      parent: 'ch2-s1',
      number: 3,
      printed: '第三条之一',
      zh: '第三条之一　标记 <b> & “引号” \'单\' "双"\r\n第二行\u0007。',
      en: 'Article 3-1 Markup <b> & "quotes" \'single\'\u0007 with a bell.',
    }),
    node({
      id: 'art4',
      kind: 'article',
      parent: 'ch2',
      number: 4,
      printed: '第四条',
      zh: '第四条　本条例自公布之日起施行。',
      en: 'Article 4 These Regulations take effect on the date of promulgation.',
    }),
  ],
});

/** SYNTHETIC notice: 发文字号, 主送, headings two levels deep, paragraphs, 署名, 成文日期, an attachment, 抄送. */
const notice = (): AknDocument => ({
  slug: 'synthetic-notice',
  titleZh: '虚构部关于做好虚构工作的通知',
  titleEn: 'Notice of the Fictional Ministry on Doing Fictional Work Well',
  type: 'notice',
  date: '2099-05',
  dateInferred: true,
  revised: '2099-06-01',
  bodies: [
    { zh: '虚构部', en: 'Fictional Ministry' },
    { zh: '虚构委员会', en: 'Fictional Commission' },
  ],
  url: 'https://duizhao.example.org/documents/synthetic-notice/',
  nodes: [
    node({ id: 'docno', kind: 'docnumber', zh: '虚发〔2099〕1号', en: 'Xu Fa [2099] No. 1' }),
    node({ id: 'to', kind: 'addressee', zh: '各虚构单位：', en: 'All fictional units:' }),
    node({
      id: 'p1',
      kind: 'paragraph',
      number: 1,
      zh: '为做好虚构工作，现通知如下。',
      en: 'To do fictional work well, notice is hereby given as follows.',
    }),
    node({ id: 'h1', kind: 'heading', number: 1, printed: '一、', zh: '一、总体要求', en: 'I. General Requirements' }),
    node({ id: 'p2', kind: 'paragraph', parent: 'h1', number: 2, zh: '要坚持虚构原则。', en: 'The fictional principle must be upheld.' }),
    node({
      id: 'h1-1',
      kind: 'heading',
      parent: 'h1',
      number: 1,
      printed: '（一）',
      zh: '（一）加强领导。',
      en: '(1) Strengthen leadership.',
    }),
    node({
      id: 'p3',
      kind: 'paragraph',
      parent: 'h1-1',
      number: 3,
      zh: '各单位要明确责任。\n第二行。',
      en: 'Each unit shall make responsibilities clear.\nSecond line.',
    }),
    node({ id: 'h2', kind: 'heading', number: 2, printed: '二、', zh: '二、工作措施', en: '' }),
    node({ id: 'p4', kind: 'paragraph', parent: 'h2', number: 4, zh: '要狠抓落实。', en: '' }),
    node({ id: 'sig1', kind: 'signature', zh: '虚构部', en: 'Fictional Ministry' }),
    node({ id: 'dated', kind: 'dated', zh: '2099年5月20日', en: 'May 20, 2099' }),
    node({
      id: 'att1',
      kind: 'attachment',
      number: 1,
      printed: '附件1',
      zh: '附件1　虚构名单',
      en: 'Attachment 1: List of Fictional Units',
    }),
    node({ id: 'att1-p1', kind: 'paragraph', parent: 'att1', number: 1, zh: '甲单位、乙单位', en: 'Unit A, Unit B' }),
    node({ id: 'cc', kind: 'copyto', zh: '抄送：虚构委员会。', en: 'Copied to: the Fictional Commission.' }),
  ],
});

/** SYNTHETIC news report: paragraphs, 一是…二是 points, measures, a caption and a source line. */
const report = (): AknDocument => ({
  slug: 'synthetic-report',
  titleZh: '虚构会议在虚构市召开',
  titleEn: 'Fictional Meeting Held in Fictional City',
  type: 'news-report',
  date: '2099',
  dateInferred: false,
  revised: '2099-07-01',
  bodies: [],
  url: 'https://duizhao.example.org/documents/synthetic-report/',
  nodes: [
    node({ id: 'p1', kind: 'paragraph', number: 1, zh: '本报讯　虚构会议日前召开。', en: 'A fictional meeting was held recently.' }),
    node({ id: 'p2', kind: 'paragraph', number: 2, zh: '会议提出两点要求：', en: 'The meeting set out two requirements:' }),
    node({ id: 'p2-1', kind: 'point', parent: 'p2', number: 1, printed: '一是', zh: '一是加强学习；', en: 'First, strengthen study;' }),
    node({
      id: 'p2-2',
      kind: 'point',
      parent: 'p2',
      number: 2,
      printed: '二是',
      zh: '二是狠抓落实。',
      en: 'the second is to ensure implementation.',
    }),
    node({ id: 'm1', kind: 'measure', number: 1, printed: '一是', zh: '一是建立制度。', en: 'First, establish systems.' }),
    node({ id: 'm2', kind: 'measure', number: 2, printed: '二是', zh: '二是完善机制。', en: 'Second, improve mechanisms.' }),
    node({ id: 'caption', kind: 'caption', zh: '（漫画：虚构）', en: '(Cartoon: fictional)' }),
    node({ id: 'source', kind: 'attribution', zh: '（据虚构网）', en: '(From Fictional Net)' }),
  ],
});

const DOCS = { regulation, notice, report } as const;
type DocName = keyof typeof DOCS;
const LANGUAGES: AknLanguage[] = ['zho', 'eng'];

// ── reading the XML back ─────────────────────────────────────────────────────────────────────

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}

const parser = exactXmlParser;

function toEl(raw: Record<string, unknown>): El | string {
  if ('#text' in raw) return String(raw['#text']);
  const tag = Object.keys(raw).find((k) => k !== ':@')!;
  const kids = raw[tag] as Record<string, unknown>[];
  return { tag, attrs: (raw[':@'] ?? {}) as Record<string, string>, children: kids.map(toEl) };
}

function parse(xml: string): El {
  const top = (parser.parse(xml) as Record<string, unknown>[]).map(toEl);
  return top.find((e): e is El => typeof e !== 'string' && e.tag === 'akomaNtoso')!;
}

const els = (e: El): El[] => e.children.filter((c): c is El => typeof c !== 'string');
function* walk(e: El): Generator<El> {
  yield e;
  for (const c of els(e)) yield* walk(c);
}
const find = (e: El, tag: string): El[] => [...walk(e)].filter((x) => x.tag === tag);
const one = (e: El, tag: string): El => {
  const all = find(e, tag);
  expect(all, `one <${tag}>`).toHaveLength(1);
  return all[0]!;
};
/** Inline (mixed-content) elements; elsewhere text between elements is only indentation. */
const INLINE = new Set(['p', 'num', 'heading', 'docNumber', 'date', 'docTitle']);
const textOf = (e: El | string, inline = false): string => {
  if (typeof e === 'string') return inline ? e : '';
  return e.children.map((c) => textOf(c, inline || INLINE.has(e.tag))).join('');
};
const body = (root: El): El => find(root, 'body')[0] ?? one(root, 'mainBody');
const byEId = (root: El, eId: string): El => {
  const hit = [...walk(root)].filter((x) => x.attrs['eId'] === eId);
  expect(hit, `element with eId ${eId}`).toHaveLength(1);
  return hit[0]!;
};
const idOf = (e: El): string | undefined => e.attrs['GUID']?.split('#')[1];
const noSpace = (s: string) => s.replace(/\s+/g, '');

// ── tests ────────────────────────────────────────────────────────────────────────────────────

const files = Object.keys(DOCS).flatMap((name) =>
  LANGUAGES.map((language) => ({
    name: name as DocName,
    language,
    fileName: `${name}.${language}.xml`,
    xml: aknDocument(DOCS[name as DocName](), language),
  })),
);
// An element the schema does not allow where it stands: <num> after <content> in an article.
const broken = files[0]!.xml.replace('</content>\n        </article>', '</content>\n          <num>2</num>\n        </article>');

describe('Akoma Ntoso export: schema validity', () => {
  let result: XMLValidationResult;
  beforeAll(async () => {
    result = await validateXML({
      xml: [...files.map((f) => ({ fileName: f.fileName, contents: f.xml })), { fileName: 'broken.xml', contents: broken }],
      schema: [schemaFile('akomantoso30.xsd')],
      preload: [schemaFile('xml.xsd')],
    });
  }, 30_000);

  it('validates every expression of every synthetic document against the OASIS schema', () => {
    const errors = result.errors.map((e) => e.rawMessage).filter((m) => !m.startsWith('broken.xml'));
    expect(errors).toEqual([]);
  });

  it('rejects a document with an element the schema does not allow, so the check can fail', () => {
    expect(broken).not.toBe(files[0]!.xml);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.rawMessage).filter((m) => m.startsWith('broken.xml'))).toEqual([
      expect.stringMatching(/^broken\.xml:\d+: Schemas validity error : Element '\{[^}]+\}num': This element is not expected\./),
    ]);
  });
});

describe('Akoma Ntoso export: structure', () => {
  it.each(files.map((f) => [f.fileName, f] as const))('%s: every node once, in reading order, nested as its parents', (_, f) => {
    const doc = DOCS[f.name]();
    const root = parse(f.xml);
    const placed = [...walk(body(root))].filter((e) => e.attrs['GUID'] !== undefined);
    expect(placed.map(idOf)).toEqual(doc.nodes.map((n) => n.id));
    for (const e of placed) expect(e.attrs['GUID']).toBe(`${doc.url}#${idOf(e)!}`);
    // The nearest ancestor carrying a node id is the node's parent.
    const check = (e: El, parent: string | undefined): void => {
      const id = idOf(e);
      if (id !== undefined) expect(doc.nodes.find((n) => n.id === id)!.parent, `parent of ${id}`).toBe(parent);
      for (const c of els(e)) check(c, id ?? parent);
    };
    check(body(root), undefined);
    const eIds = [...walk(root)].map((e) => e.attrs['eId']).filter((x) => x !== undefined);
    expect(new Set(eIds).size).toBe(eIds.length);
  });

  it.each(Object.keys(DOCS))('%s: the Chinese expression is the Chinese text, node after node; both expressions share eIds', (name) => {
    const doc = DOCS[name as DocName]();
    const zho = parse(aknDocument(doc, 'zho'));
    const stripped = doc.nodes.map((n) => n.zh.replace(/\u0007/g, '')).join('');
    expect(noSpace(textOf(body(zho)))).toBe(noSpace(stripped));
    const eng = parse(aknDocument(doc, 'eng'));
    const ids = (r: El) =>
      [...walk(body(r))]
        .filter((e) => e.attrs['GUID'] !== undefined)
        .map((e) => `${e.tag} ${e.attrs['eId'] ?? ''} ${e.attrs['GUID'] ?? ''}`);
    expect(ids(eng)).toEqual(ids(zho));
  });

  it('maps the law hierarchy: chapters, sections, articles, 款, 项, 目, with Chinese numbers as printed', () => {
    const zho = parse(aknDocument(regulation(), 'zho'));
    expect(one(zho, 'act').attrs['name']).toBe('regulation');
    expect(els(body(zho)).map((e) => `${e.tag}#${e.attrs['eId'] ?? ''}`)).toEqual(['hcontainer#history', 'chapter#chp_1', 'chapter#chp_2']);
    const chp1 = byEId(zho, 'chp_1');
    expect(els(chp1).map((e) => e.tag)).toEqual(['num', 'heading', 'article', 'article']);
    expect(textOf(one(chp1, 'heading'))).toBe('总　　则');
    // An article of one paragraph: num + content.
    expect(els(byEId(zho, 'art_1')).map((e) => e.tag)).toEqual(['num', 'content']);
    expect(textOf(els(byEId(zho, 'art_1'))[0]!)).toBe('第一条');
    // An article of several paragraphs: num, then unnumbered paragraphs; a lead-in to items is an intro.
    expect(els(byEId(zho, 'art_2')).map((e) => `${e.tag}#${e.attrs['eId'] ?? ''}`)).toEqual([
      'num#',
      'paragraph#art_2__para_1',
      'paragraph#art_2__para_2',
    ]);
    expect(els(byEId(zho, 'art_2__para_1')).map((e) => e.tag)).toEqual(['intro', 'point', 'point']);
    expect(textOf(els(byEId(zho, 'art_2__para_1__point_2'))[0]!)).toBe('（二）');
    expect(textOf(byEId(zho, 'art_2__para_1__point_2__point_1'))).toBe('1.乙一；');
    // Sections nest in chapters; articles are rooted at the article; 之一 is -1.
    expect(byEId(zho, 'chp_2__sec_1').children.length).toBeGreaterThan(0);
    expect(idOf(byEId(zho, 'art_3-1'))).toBe('art3a');
    expect(idOf(byEId(zho, 'art_4'))).toBe('art4');
  });

  it('maps a notice: doc name=notice, formal parts as named hcontainers, headings nested, attachment', () => {
    const zho = parse(aknDocument(notice(), 'zho'));
    expect(one(zho, 'doc').attrs['name']).toBe('notice');
    expect(els(body(zho)).map((e) => `${e.attrs['name'] ?? e.tag}#${e.attrs['eId'] ?? ''}`)).toEqual([
      'docNumber#docNumber',
      'addressees#addressees',
      'paragraph#para_1',
      'heading#heading_1',
      'heading#heading_2',
      'signature#signature',
      'date#date',
      'attachment#attachment_1',
      'copyTo#copyTo',
    ]);
    expect(textOf(one(zho, 'docNumber'))).toBe('虚发〔2099〕1号');
    expect(one(body(zho), 'date').attrs['date']).toBe('2099-05-20');
    expect(textOf(els(byEId(zho, 'heading_1__heading_1'))[0]!)).toBe('（一）');
    expect(find(byEId(zho, 'heading_1__heading_1__para_3'), 'p').map((x) => textOf(x))).toEqual(['各单位要明确责任。', '第二行。']);
    expect(textOf(one(byEId(zho, 'attachment_1'), 'heading'))).toBe('虚构名单');
  });

  it('maps a news report: doc name=newsReport, points inside a paragraph, measures, furniture', () => {
    const zho = parse(aknDocument(report(), 'zho'));
    expect(one(zho, 'doc').attrs['name']).toBe('newsReport');
    expect(els(byEId(zho, 'para_2')).map((e) => `${e.tag}#${e.attrs['eId'] ?? ''}`)).toEqual([
      'intro#',
      'point#para_2__point_1',
      'point#para_2__point_2',
    ]);
    expect(textOf(els(byEId(zho, 'para_2__point_1'))[0]!)).toBe('一是');
    expect(idOf(byEId(zho, 'point_2'))).toBe('m2');
    expect(textOf(byEId(zho, 'caption'))).toBe('（漫画：虚构）');
  });

  it('gives two nodes that would share an eId distinct ones', () => {
    const doc = report();
    doc.nodes.push(node({ id: 'pt1', kind: 'point', number: 1, printed: '一是', zh: '一是另起。', en: 'First, another.' }));
    const root = parse(aknDocument(doc, 'zho'));
    expect(idOf(byEId(root, 'point_1'))).toBe('m1');
    expect(idOf(byEId(root, 'point_1-2'))).toBe('pt1');
  });
});

describe('Akoma Ntoso export: the English expression', () => {
  const eng = () => parse(aknDocument(regulation(), 'eng'));

  it('is a translation of the Chinese expression, by Duizhao, not authoritative', () => {
    const work = '/akn/cn/act/2099-03-01/synthetic-fictional-affairs-regulation';
    const expr = one(eng(), 'FRBRExpression');
    expect(one(expr, 'FRBRuri').attrs['value']).toBe(`${work}/eng@2099-04-02`);
    expect(one(expr, 'FRBRlanguage').attrs['language']).toBe('eng');
    expect(one(expr, 'FRBRtranslation').attrs).toEqual({
      href: `${work}/zho@2099-03-01`,
      fromLanguage: 'zho',
      by: '#duizhao',
      authoritative: 'false',
    });
    expect(one(expr, 'FRBRmasterExpression').attrs['href']).toBe(`${work}/zho@2099-03-01`);
    expect(one(one(eng(), 'FRBRWork'), 'FRBRuri').attrs['value']).toBe(work);
    const zho = parse(aknDocument(regulation(), 'zho'));
    expect(find(zho, 'FRBRtranslation')).toEqual([]);
    expect(one(one(zho, 'FRBRExpression'), 'FRBRlanguage').attrs['language']).toBe('zho');
  });

  it('cuts the English number label into <num> and keeps the rest as text', () => {
    const e = eng();
    expect(
      els(byEId(e, 'chp_1'))
        .slice(0, 2)
        .map((x) => textOf(x)),
    ).toEqual(['Chapter I', 'General Provisions']);
    expect(textOf(els(byEId(e, 'art_2'))[0]!)).toBe('Article 2');
    expect(textOf(els(byEId(e, 'art_2__para_1__point_1'))[0]!)).toBe('(1)');
    expect(textOf(one(byEId(e, 'art_1'), 'p'))).toBe('These Regulations are formulated to regulate fictional affairs.');
    // A label that does not match is not cut: the English is kept whole.
    const r = parse(aknDocument(report(), 'eng'));
    expect(find(byEId(r, 'para_2__point_2'), 'num')).toEqual([]);
    expect(textOf(byEId(r, 'para_2__point_2'))).toBe('the second is to ensure implementation.');
  });

  it('keeps an untranslated node as an incomplete, empty structure and marks draft and reviewed English', () => {
    const e = eng();
    const missing = byEId(e, 'art_2__para_1__point_2__point_2');
    expect(missing.attrs['status']).toBe('incomplete');
    expect(textOf(missing).trim()).toBe('');
    expect(one(missing, 'p').children).toEqual([]);
    expect(byEId(e, 'art_2__para_2').attrs['refersTo']).toBe('#translationDraft');
    expect(byEId(e, 'art_3').attrs['refersTo']).toBe('#translationReviewed');
    expect(find(e, 'TLCConcept').map((c) => c.attrs['eId'])).toEqual(['translationDraft', 'translationReviewed']);
    const n = parse(aknDocument(notice(), 'eng'));
    expect(byEId(n, 'heading_2').attrs['status']).toBe('incomplete');
    expect(find(byEId(n, 'heading_2'), 'heading')).toEqual([]);
  });

  it('escapes markup characters and drops characters XML 1.0 cannot carry', () => {
    const xml = aknDocument(regulation(), 'eng');
    expect(xml).not.toContain('\u0007');
    expect(xml).toContain('Markup &lt;b&gt; &amp; "quotes" \'single\' with a bell.');
    const zho = parse(aknDocument(regulation(), 'zho'));
    expect(find(byEId(zho, 'art_3-1'), 'p').map((x) => textOf(x))).toEqual(['标记 <b> & “引号” \'单\' "双"', '第二行。']);
    const odd = regulation();
    odd.titleZh = 'A "title" & <more>';
    expect(aknDocument(odd, 'zho')).toContain('<FRBRname value="A &quot;title&quot; &amp; &lt;more&gt;"/>');
  });
});

describe('Akoma Ntoso export: dates and bodies', () => {
  it('keeps a partial, inferred date honest: the URI as known, FRBRdate named, a note', () => {
    const root = parse(aknDocument(notice(), 'zho'));
    const work = one(root, 'FRBRWork');
    expect(one(work, 'FRBRuri').attrs['value']).toBe('/akn/cn/doc/2099-05/synthetic-notice');
    expect(one(work, 'FRBRdate').attrs).toEqual({ date: '2099-05-01', name: 'issued (month only) (inferred)' });
    expect(textOf(one(root, 'note'))).toMatch(/only the month \(2099-05\) is known.*inferred/);
    expect(find(one(root, 'FRBRExpression'), 'FRBRuri')[0]!.attrs['value']).toBe('/akn/cn/doc/2099-05/synthetic-notice/zho@2099-05');
    // A full printed date needs no note.
    expect(find(parse(aknDocument(regulation(), 'zho')), 'note')).toEqual([]);
  });

  it('names the bodies as authors of the work and Duizhao as translator of the English', () => {
    const zho = parse(aknDocument(notice(), 'zho'));
    expect(find(one(zho, 'FRBRWork'), 'FRBRauthor').map((a) => a.attrs['href'])).toEqual(['#body_1', '#body_2']);
    expect(find(zho, 'TLCOrganization').map((o) => `${o.attrs['eId'] ?? ''} ${o.attrs['href'] ?? ''} ${o.attrs['showAs'] ?? ''}`)).toEqual([
      'duizhao /akn/ontology/organization/unreg.duizhao Duizhao',
      'body_1 /akn/ontology/organization/cn.fictionalMinistry 虚构部',
      'body_2 /akn/ontology/organization/cn.fictionalCommission 虚构委员会',
    ]);
    const eng = parse(aknDocument(notice(), 'eng'));
    expect(find(one(eng, 'FRBRExpression'), 'FRBRauthor').map((a) => a.attrs['href'])).toEqual(['#duizhao']);
    // No recorded body: an explicit "not recorded" organisation, not Duizhao.
    expect(find(one(parse(aknDocument(report(), 'zho')), 'FRBRWork'), 'FRBRauthor').map((a) => a.attrs['href'])).toEqual([
      '#unknownAuthor',
    ]);
  });

  it('refuses a document without a date, and an English expression without its revision date', () => {
    expect(() => aknDocument({ ...notice(), date: null }, 'zho')).toThrow(
      "synthetic-notice: an Akoma Ntoso export needs the document's date",
    );
    expect(() => aknDocument({ ...notice(), revised: null }, 'eng')).toThrow('revision date');
    expect(aknDocument({ ...notice(), revised: null }, 'zho')).toContain('<FRBRlanguage language="zho"/>');
  });
});
