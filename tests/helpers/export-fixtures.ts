/**
 * Documents for the export tests: a small one with every kind of unit and the characters that
 * XML and plain text must carry unchanged, and the real corpus as the build reads it
 * (content/, frontmatter parsed with the build's own schemas).
 */
import { readFileSync } from 'node:fs';
import YAML from 'yaml';
import { documentSchema, type DocumentData } from '../../src/lib/document-schema.ts';
import { readDocuments } from '../../src/lib/front-matter.ts';
import { createMatcher, type Matcher } from '../../src/lib/glossary.ts';
import { glossaryEntrySchema, glossaryExceptionSchema, type GlossaryEntry } from '../../src/lib/glossary-schema.ts';

/** Text a careless formatter breaks: XML specials, both kinds of quotes, "]]>", an entity that must stay literal, spaces at both ends. */
export const AWKWARD_ZH = ' 第一条：A&B<C>，“引号”和"直引号"及\'单引号\'，]]>与&amp;照录。 ';
export const AWKWARD_EN = ' Article one (the first): A&B<C>, “curly”, "straight" and \'single\' quotes, ]]> and &amp; kept literally. ';

export const GLOSSARY: GlossaryEntry[] = [
  {
    id: 'di-yi',
    zh: '第一',
    pinyin: 'dìyī',
    en: 'first',
    variants: ['number one'],
    category: 'legal-term',
    definition: 'The first.',
    related: [],
  },
  {
    id: 'min-zheng-bu',
    zh: '民政部',
    pinyin: 'Mínzhèngbù',
    en: 'Ministry of Civil Affairs',
    category: 'institution',
    definition: 'A ministry.',
  },
  {
    id: 'she-hui-zu-zhi',
    zh: '社会组织',
    pinyin: 'shèhuì zǔzhī',
    en: 'social organization',
    category: 'organisation',
    definition: 'NGOs.',
  },
  { id: 'jiao-yu-bu', zh: '教育部', pinyin: 'Jiàoyùbù', en: 'Ministry of Education', category: 'institution', definition: 'A ministry.' },
].map((e) => glossaryEntrySchema.parse(e));

/** 教育部 inside 教育部门 is not the ministry (as in content/glossary/exceptions.yaml). */
export function fixtureMatcher(): Matcher {
  return createMatcher(GLOSSARY, [{ term: 'jiao-yu-bu', context: '教育部门', reason: 'Not the ministry.' }]);
}

/** A published document with a paragraph, a paragraph of points with an empty lead, furniture and notes. */
export function awkwardDocument(): DocumentData {
  return documentSchema.parse({
    title: { zh: '民政部关于“第一”&<测试>的通知', en: 'Notice of the Ministry of Civil Affairs on the "First" & <Test>' },
    type: 'notice',
    status: 'published',
    bodies: [{ zh: '民政部', en: 'Ministry of Civil Affairs', role: 'issuing' }],
    refersTo: { zh: '《关于测试的通知》', en: 'Notice on Testing' },
    date: { value: '2020-07-01', printed: '7月1日', inferred: false, basis: '' },
    source: { publication: null, page: null, attribution: '据民政部网站', raw: 'x.txt', lines: [1, 9] },
    translator: 'Fixture',
    published: '2026-11-26',
    segments: [
      {
        id: 'p1',
        number: 1,
        zh: AWKWARD_ZH,
        en: AWKWARD_EN,
        notes: [{ on: '引号', text: 'A note with <angle brackets> & an ampersand.' }],
      },
      { id: 'p2', number: 2, zh: '', en: '' },
      {
        id: 'p2-1',
        kind: 'point',
        parent: 'p2',
        number: 1,
        printed: '一是',
        zh: '一是民政部支持社会组织，民政部第一。',
        en: 'First, the Ministry of Civil Affairs supports social organizations; it is number one.',
      },
      // 教育部 inside 教育部门 is an exception; 社会组织 is left unrendered ("NGOs"), as a waiver would allow.
      {
        id: 'p2-2',
        kind: 'point',
        parent: 'p2',
        number: 2,
        printed: '二是',
        zh: '二是各地教育部门和社会组织行动。',
        en: 'Second, local education departments and NGOs act.',
      },
      { id: 'caption', kind: 'caption', zh: '下基层（新华社发 徐骏/作）', en: 'Going Down to the Grassroots (Xinhua; cartoon by Xu Jun)' },
      {
        id: 'pullquote',
        kind: 'pullquote',
        zh: '各地教育部门和社会组织行动。',
        en: 'Local education departments and NGOs act.',
        repeats: 'p2',
      },
      { id: 'source', kind: 'attribution', zh: '（据民政部网站）', en: '(Source: Ministry of Civil Affairs website)' },
    ],
  });
}

/** The published documents of content/ with their slugs, in the site's order (newest first), and the real glossary. */
export function realCorpus(): { docs: { slug: string; data: DocumentData }[]; matcher: Matcher } {
  const docs = readDocuments('content/documents', { published: true })
    .map((d) => ({ slug: d.slug, data: d.data }))
    .sort((a, b) => (b.data.date.value ?? '').localeCompare(a.data.date.value ?? '') || a.slug.localeCompare(b.slug));
  const yaml = (file: string) => (YAML.parse(readFileSync(`content/glossary/${file}`, 'utf8')) ?? []) as unknown[];
  const entries = yaml('terms.yaml').map((e) => glossaryEntrySchema.parse(e));
  const exceptions = yaml('exceptions.yaml').map((e) => glossaryExceptionSchema.parse(e));
  return { docs, matcher: createMatcher(entries, exceptions) };
}
