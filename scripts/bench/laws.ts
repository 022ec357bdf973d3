/**
 * The benchmark's law-sized documents: N fictional local regulations (条例) of 50–300 articles
 * each, in the document tree of docs/structure.md (flat segments with `parent`, `number`,
 * `printed`): 题注 lines, a 目录, chapters (in the largest laws grouped in parts), sections,
 * articles of one or several paragraphs (款), items (项) and sub-items (目), inserted articles
 * (第十五条之一) and cross-references (依照本条例第十条的规定, 前款). The Chinese and its English are
 * drawn in parallel from fixed phrase tables with a seeded PRNG; most articles have English, the
 * rest are Chinese only (`translation: none`, the document `translation: partial`).
 *
 * Everything is marked synthetic (slugs synthetic-law-0001…, titles “（虚构示例）…” and
 * “[SYNTHETIC] …”) and written only under bench/out/. Law i is a pure function of i, so the
 * corpus of 20 laws contains the corpus of 10. Each law gets its own raw source laid out like an
 * official web copy (title, 题注, 目录, then one line per article, paragraph, item and sub-item with
 * full-width indents), whose text is the law's title and segments, so provenance passes.
 */
import { chineseNumeral, roman as lowerRoman } from '../../src/lib/structure/numerals.ts';
import YAML from 'yaml';
import { prng, readMaterial, withRenderings, writeGenerated, type CorpusStats, type Material } from './corpus.ts';

type Pair = readonly [zh: string, en: string];
/** A verb phrase: Chinese, English (finite, after shall/may), English gerund (in items). */
type Verb = readonly [zh: string, en: string, gerund: string];

interface LawSegment {
  id: string;
  kind: 'history' | 'contents' | 'part' | 'chapter' | 'section' | 'article' | 'paragraph' | 'item' | 'subitem';
  parent?: string;
  number?: number;
  printed?: string;
  zh: string;
  en: string;
  translation?: 'none' | 'draft' | 'translated' | 'reviewed';
}

// ── phrase tables (fictional places; generic drafting language) ──────────────────────────
const PLACES: readonly Pair[] = [
  ['临江市', 'Linjiang'],
  ['东川市', 'Dongchuan'],
  ['云州市', 'Yunzhou'],
  ['青岚市', 'Qinglan'],
  ['西沅市', 'Xiyuan'],
  ['北屿市', 'Beiyu'],
];
const TOPICS: readonly Pair[] = [
  ['公共数据资源管理', 'the Management of Public Data Resources'],
  ['城市道路管理', 'Urban Road Management'],
  ['生活垃圾分类管理', 'the Management of Household Waste Sorting'],
  ['物业管理', 'Property Management'],
  ['养老服务', 'Elderly Care Services'],
  ['优化营商环境', 'Optimizing the Business Environment'],
  ['水资源保护', 'Water Resources Protection'],
  ['公共文化服务保障', 'Guaranteeing Public Cultural Services'],
  ['历史建筑保护', 'the Protection of Historic Buildings'],
  ['电动自行车管理', 'the Management of Electric Bicycles'],
];
const PART_TITLES: readonly Pair[] = [
  ['一般规定', 'General Rules'],
  ['规划与建设', 'Planning and Construction'],
  ['运营与服务', 'Operation and Services'],
  ['监督与责任', 'Supervision and Liability'],
];
const CHAPTER_TITLES: readonly Pair[] = [
  ['规划与建设', 'Planning and Construction'],
  ['管理与服务', 'Management and Services'],
  ['监督检查', 'Supervision and Inspection'],
  ['保障措施', 'Safeguard Measures'],
  ['信息公开', 'Disclosure of Information'],
  ['应急管理', 'Emergency Management'],
  ['社会参与', 'Public Participation'],
  ['权益保护', 'Protection of Rights and Interests'],
  ['标准与评价', 'Standards and Evaluation'],
  ['资金管理', 'Fund Management'],
  ['协同发展', 'Coordinated Development'],
  ['数字化建设', 'Digital Development'],
];
const SECTION_TITLES: readonly Pair[] = [
  ['一般规定', 'General Rules'],
  ['申请与审批', 'Application and Approval'],
  ['运营管理', 'Operational Management'],
  ['监督评估', 'Supervision and Evaluation'],
  ['服务规范', 'Service Standards'],
];
const SUBJECTS: readonly Pair[] = [
  ['市人民政府', "The Municipal People's Government"],
  ['区人民政府', "District people's governments"],
  ['市主管部门', 'The competent municipal department'],
  ['有关部门', 'The relevant departments'],
  ['乡镇人民政府和街道办事处', "Township people's governments and sub-district offices"],
  ['经营者', 'Business operators'],
  ['管理单位', 'Managing units'],
  ['行业协会', 'Industry associations'],
];
const VERBS: readonly Verb[] = [
  ['建立健全', 'establish and complete', 'establishing and completing'],
  ['制定', 'formulate', 'formulating'],
  ['组织实施', 'organize the implementation of', 'organizing the implementation of'],
  ['加强', 'strengthen', 'strengthening'],
  ['完善', 'improve', 'improving'],
  ['定期公布', 'regularly publish', 'regularly publishing'],
  ['统筹协调', 'coordinate', 'coordinating'],
  ['监督落实', 'supervise the implementation of', 'supervising the implementation of'],
];
const PROHIBITED: readonly Verb[] = [
  ['擅自改变', 'change without authorization', 'changing without authorization'],
  ['拒绝提供', 'refuse to provide', 'refusing to provide'],
  ['泄露', 'disclose', 'disclosing'],
  ['伪造、篡改', 'forge or alter', 'forging or altering'],
];
const OBJECTS: readonly Pair[] = [
  ['工作协调机制', 'work coordination mechanisms'],
  ['管理制度', 'management systems'],
  ['年度工作计划', 'annual work plans'],
  ['标准规范', 'standards and specifications'],
  ['应急预案', 'emergency response plans'],
  ['信息共享机制', 'information-sharing mechanisms'],
  ['服务质量评价办法', 'methods for evaluating the quality of services'],
  ['考核评价办法', 'assessment and evaluation methods'],
  ['专项资金使用办法', 'measures for the use of special funds'],
  ['有关信息', 'the relevant information'],
  ['统计数据', 'statistical data'],
  ['档案资料', 'archival materials'],
  ['安全检查记录', 'records of safety inspections'],
];
const TAILS: readonly Pair[] = [
  ['，并向社会公布', ', and announce them to the public'],
  ['，所需经费列入本级财政预算', ', with the necessary funds included in the budget at the same level'],
  ['，并报市人民政府备案', ", and file them with the Municipal People's Government"],
  ['，具体办法由市人民政府另行制定', "; the specific measures are to be formulated separately by the Municipal People's Government"],
];
const LEADS: readonly Pair[] = [
  ['发生突发事件的，', 'Where an emergency occurs, '],
  ['因公共利益需要，', 'Where required by the public interest, '],
  ['在履行职责过程中，', 'In the course of performing their duties, '],
  ['对本市行政区域内的相关活动，', 'With respect to the relevant activities within the administrative area of this Municipality, '],
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const INDENT = '\u3000\u3000';
const ZH_SPACE = '\u3000';

/** 1 → 1st, 2 → 2nd, 11 → 11th, 23 → 23rd. */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 1 → I, 14 → XIV: chapter numbers in the English headings. */
const roman = (n: number): string => lowerRoman(n).toUpperCase();

/** The slug of synthetic law i (1-based). */
export function lawSlug(i: number): string {
  return `synthetic-law-${String(i).padStart(4, '0')}`;
}

/** Generates law i: its MDX file text, its raw source text, and counts. */
export function generateLaw(i: number, m: Pick<Material, 'glossary'>): { mdx: string; raw: string; stats: Omit<CorpusStats, 'documents'> } {
  const rnd = prng(0x1a55 + i * 104729);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => {
    const v = list[Math.floor(rnd() * list.length)];
    if (v === undefined) throw new Error('pick from an empty list');
    return v;
  };
  /** Picks without repetition until the pool is used up, then starts over. */
  const drawer = <T>(list: readonly T[]) => {
    let pool: T[] = [];
    return (): T => {
      if (pool.length === 0) pool = [...list];
      const [v] = pool.splice(Math.floor(rnd() * pool.length), 1);
      if (v === undefined) throw new Error('draw from an empty list');
      return v;
    };
  };
  const stats = { units: 0, zhChars: 0, enChars: 0, glossaryHits: 0, appendedRenderings: 0 };
  const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
  const hasTerm = (zh: string) => m.glossary.some((t) => zh.includes(t.zh));
  const withTerms = (zh: string, en: string): string => withRenderings(m.glossary, stats, zh, en);

  // ── sentences ──
  /** One provision: [lead] subject modal verb object [tail]. `ref` adds a cross-reference to an earlier article. */
  const sentence = (ref?: number): Pair => {
    const [sz, se] = pick(SUBJECTS);
    const r = rnd();
    const prohibited = r < 0.15;
    const [vz, ve] = prohibited ? pick(PROHIBITED) : pick(VERBS);
    const [mz, me] = prohibited ? (['不得', 'must not'] as const) : r < 0.35 ? (['可以', 'may'] as const) : (['应当', 'shall'] as const);
    const [oz, oe] = pick(OBJECTS);
    const [tz, te] = !prohibited && rnd() < 0.3 ? pick(TAILS) : ['', ''];
    let lead: Pair = ['', ''];
    if (ref !== undefined)
      lead = [`依照本条例第${chineseNumeral(ref)}条的规定，`, `In accordance with Article ${ref} of these Regulations, `];
    else if (rnd() < 0.2) lead = pick(LEADS);
    const subjectEn = lead[1] === '' ? se : lower(se);
    return [`${lead[0]}${sz}${mz}${vz}${oz}${tz}。`, `${lead[1]}${subjectEn} ${me} ${ve} ${oe}${te}.`];
  };
  /** A paragraph of one to three provisions. */
  const provisions = (article: number, first: boolean): Pair => {
    const n = int(1, 3);
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < n; k += 1) {
      const ref = k === 0 && article > 3 && rnd() < 0.12 ? int(1, article - 1) : undefined;
      let [z, e] = sentence(ref);
      if (k === 0 && !first && ref === undefined && rnd() < 0.3) {
        // 前款: the paragraph before, in the same article.
        z = `有前款规定情形的，${z}`;
        e = `Where the circumstances provided for in the preceding paragraph apply, ${lower(e)}`;
      }
      zh.push(z);
      en.push(e);
    }
    return [zh.join(''), en.join(' ')];
  };
  /** A lead ending in ：, and its items, one of which may have sub-items. */
  const itemList = (): { lead: Pair; items: { text: Pair; subs: Pair[] }[] } => {
    const [sz, se] = pick(SUBJECTS);
    const duties = rnd() < 0.6;
    const [oz, oe] = pick(OBJECTS);
    const lead: Pair = duties
      ? [`${sz}应当履行下列职责：`, `${se} shall perform the following duties:`]
      : [`${oz}应当载明下列事项：`, `${oe.startsWith('the ') ? `T${oe.slice(1)}` : `The ${oe}`} shall state the following matters:`];
    const n = int(3, 8);
    const withSubs = rnd() < 0.15 ? int(1, n - 1) : 0;
    const items = Array.from({ length: n }, (_, k) => {
      const last = k === n - 1;
      const end: Pair = last ? ['。', '.'] : ['；', ';'];
      const [vz, , vg] = pick(VERBS);
      const [iz, ie] = pick(OBJECTS);
      const body: Pair = duties ? [`${vz}${iz}`, `${vg} ${ie}`] : [iz, ie];
      const no = `（${chineseNumeral(k + 1)}）`;
      if (k + 1 === withSubs) {
        const subs = Array.from({ length: int(2, 4) }, (): Pair => pick(OBJECTS)).map(([z, e], j, all): Pair => [
          `${j + 1}.${z}${j === all.length - 1 ? '。' : '；'}`,
          `${j + 1}. ${e}${j === all.length - 1 ? '.' : ';'}`,
        ]);
        return { text: [`${no}${body[0]}，包括：`, `(${k + 1}) ${body[1]}, including:`] as Pair, subs };
      }
      return { text: [`${no}${body[0]}${end[0]}`, `(${k + 1}) ${body[1]}${end[1]}`] as Pair, subs: [] };
    });
    return { lead, items };
  };

  // ── the law's shape ──
  const [placeZh, placeEn] = pick(PLACES);
  const [topicZh, topicEn] = pick(TOPICS);
  const titleZh = `（虚构示例）${placeZh}${topicZh}条例`;
  const titleEn = `[SYNTHETIC] Synthetic law ${i}: ${placeEn} Municipality Regulations on ${topicEn}`;
  const articles = int(50, 300);
  const chapterCount = Math.max(3, Math.min(30, Math.round(articles / int(8, 14))));
  const partCount = articles >= 200 && rnd() < 0.5 ? int(2, 4) : 0;
  // Articles per chapter: at least two each, the rest spread at random.
  const perChapter = Array.from({ length: chapterCount }, () => 2);
  for (let k = 2 * chapterCount; k < articles; k += 1) {
    const c = int(0, chapterCount - 1);
    perChapter[c] = (perChapter[c] ?? 0) + 1;
  }
  const chapterTitle = drawer(CHAPTER_TITLES);
  const sectionTitle = drawer(SECTION_TITLES);
  const year = int(2012, 2023);
  const date = { y: year, m: int(1, 12), d: int(1, 28) };
  const amendments = int(0, 3);

  const segments: LawSegment[] = [];
  const raw: string[] = [titleZh];
  const hist = (zh: string, en: string) => {
    const id = `hist${segments.length + 1}`;
    segments.push({ id, kind: 'history', zh, en });
    raw.push(zh);
  };
  const session = int(2, 40);
  const histDates = [date, ...Array.from({ length: amendments }, (_, k) => ({ y: year + k + 1, m: int(1, 12), d: int(1, 28) }))];
  histDates.forEach((d, k) => {
    const first = k === 0;
    const last = k === histDates.length - 1;
    const when = `${d.y}年${d.m}月${d.d}日`;
    const whenEn = `${MONTHS[d.m - 1] ?? ''} ${d.d}, ${d.y}`;
    const zh = first
      ? `（${when}${placeZh}第十六届人民代表大会常务委员会第${chineseNumeral(session)}次会议通过`
      : `根据${when}${placeZh}第十七届人民代表大会常务委员会第${chineseNumeral(k + 1)}次会议《关于修改〈${titleZh}〉的决定》第${chineseNumeral(k)}次修正`;
    const en = first
      ? `(Adopted at the ${ordinal(session)} Session of the Standing Committee of the 16th ${placeEn} Municipal People's Congress on ${whenEn}`
      : `amended for the ${k === 1 ? 'first' : k === 2 ? 'second' : 'third'} time in accordance with the Decision on Amending these Regulations adopted at the ${ordinal(k + 1)} Session of the Standing Committee of the 17th ${placeEn} Municipal People's Congress on ${whenEn}`;
    hist(last ? `${zh}）` : zh, `${en}${last ? ')' : ';'}`);
  });

  // Plan the headings first: the 目录 lists them before the body.
  interface ChapterPlan {
    part?: { n: number; title: Pair };
    n: number;
    title: Pair;
    sections: { title: Pair; articles: number }[];
    articles: number;
  }
  const plans: ChapterPlan[] = [];
  const chaptersPerPart = partCount > 0 ? Math.ceil(chapterCount / partCount) : chapterCount;
  for (let c = 0; c < chapterCount; c += 1) {
    const partIndex = partCount > 0 ? Math.floor(c / chaptersPerPart) : -1;
    const n = partCount > 0 ? (c % chaptersPerPart) + 1 : c + 1;
    const title: Pair =
      c === 0
        ? [`总${ZH_SPACE}${ZH_SPACE}则`, 'General Provisions']
        : c === chapterCount - 1
          ? [`附${ZH_SPACE}${ZH_SPACE}则`, 'Supplementary Provisions']
          : c === chapterCount - 2
            ? ['法律责任', 'Legal Liability']
            : chapterTitle();
    const count = perChapter[c] ?? 2;
    const sections: { title: Pair; articles: number }[] = [];
    if (c > 0 && c < chapterCount - 2 && count >= 6 && rnd() < 0.3) {
      const k = int(2, Math.min(4, Math.floor(count / 2)));
      let left = count;
      for (let s = 0; s < k; s += 1) {
        const take = s === k - 1 ? left : int(1, left - (k - s - 1));
        sections.push({ title: sectionTitle(), articles: take });
        left -= take;
      }
    }
    plans.push({
      ...(partIndex >= 0 ? { part: { n: partIndex + 1, title: PART_TITLES[partIndex] ?? ['分则', 'Specific Provisions'] } } : {}),
      n,
      title,
      sections,
      articles: count,
    });
  }
  const tocZh = [`目${ZH_SPACE}${ZH_SPACE}录`];
  const tocEn = ['Contents'];
  const tocRaw = [...tocZh];
  let lastPart = 0;
  for (const p of plans) {
    if (p.part && p.part.n !== lastPart) {
      lastPart = p.part.n;
      const line = `第${chineseNumeral(p.part.n)}编${ZH_SPACE}${p.part.title[0]}`;
      tocZh.push(line);
      tocRaw.push(line);
      tocEn.push(`Part ${roman(p.part.n)} ${p.part.title[1]}`);
    }
    const line = `第${chineseNumeral(p.n)}章${ZH_SPACE}${p.title[0]}`;
    tocZh.push(line);
    tocRaw.push(p.part ? INDENT + line : line);
    tocEn.push(`Chapter ${roman(p.n)} ${p.title[1]}`);
    p.sections.forEach((s, k) => {
      const sline = `第${chineseNumeral(k + 1)}节${ZH_SPACE}${s.title[0]}`;
      tocZh.push(sline);
      tocRaw.push(INDENT + (p.part ? INDENT : '') + sline);
      tocEn.push(`Section ${k + 1} ${s.title[1]}`);
    });
  }
  segments.push({ id: 'toc', kind: 'contents', zh: tocZh.join('\n'), en: tocEn.join('\n') });
  raw.push('', ...tocRaw);

  // ── the body ──
  let article = 0;
  let translatedArticles = 0;
  /** Status of a translated article: mostly translated, some reviewed or draft. */
  const status = (): NonNullable<LawSegment['translation']> => {
    const r = rnd();
    return r < 0.15 ? 'reviewed' : r < 0.3 ? 'draft' : 'translated';
  };
  const writeArticle = (parent: string, inserted: boolean) => {
    const n = article;
    const printed = `第${chineseNumeral(n)}条${inserted ? '之一' : ''}`;
    const id = `art${n}${inserted ? 'a' : ''}`;
    const label = `Article ${n}${inserted ? '-1' : ''}`;
    const nodes: LawSegment[] = [];
    const lines: string[] = [];
    const last = !inserted && n === articles;
    const shape = last || n === 1 ? 0 : rnd();
    if (n === 1) {
      const text: Pair = [
        `为了规范${topicZh}工作，根据有关法律、行政法规，结合本市实际，制定本条例。`,
        `These Regulations are formulated on the basis of the relevant laws and administrative regulations and in light of the actual circumstances of this Municipality, so as to regulate work on ${topicEn.replace(/^the /, '')}.`,
      ];
      nodes.push({ id, kind: 'article', parent, number: n, printed, zh: `${printed}${ZH_SPACE}${text[0]}`, en: `${label}: ${text[1]}` });
      lines.push(`${INDENT}${printed}${ZH_SPACE}${text[0]}`);
    } else if (last) {
      const d = histDates[0] ?? date;
      const y = d.y + 1;
      const text: Pair = [`本条例自${y}年${d.m}月1日起施行。`, `These Regulations take effect on ${MONTHS[d.m - 1] ?? ''} 1, ${y}.`];
      nodes.push({ id, kind: 'article', parent, number: n, printed, zh: `${printed}${ZH_SPACE}${text[0]}`, en: `${label}: ${text[1]}` });
      lines.push(`${INDENT}${printed}${ZH_SPACE}${text[0]}`);
    } else if (shape < 0.55) {
      // One paragraph.
      const [z, e] = provisions(n, true);
      nodes.push({ id, kind: 'article', parent, number: n, printed, zh: `${printed}${ZH_SPACE}${z}`, en: `${label}: ${e}` });
      lines.push(`${INDENT}${printed}${ZH_SPACE}${z}`);
    } else if (shape < 0.75) {
      // One paragraph with items: art{n}-1-{i}.
      const { lead, items } = itemList();
      nodes.push({ id, kind: 'article', parent, number: n, printed, zh: `${printed}${ZH_SPACE}${lead[0]}`, en: `${label}: ${lead[1]}` });
      lines.push(`${INDENT}${printed}${ZH_SPACE}${lead[0]}`);
      items.forEach((it, k) => {
        const iid = `${id}-1-${k + 1}`;
        nodes.push({
          id: iid,
          kind: 'item',
          parent: id,
          number: k + 1,
          printed: `（${chineseNumeral(k + 1)}）`,
          zh: it.text[0],
          en: it.text[1],
        });
        lines.push(INDENT + it.text[0]);
        it.subs.forEach((s, j) => {
          nodes.push({ id: `${iid}-${j + 1}`, kind: 'subitem', parent: iid, number: j + 1, printed: `${j + 1}.`, zh: s[0], en: s[1] });
          lines.push(INDENT + s[0]);
        });
      });
    } else {
      // Several paragraphs (款): the article holds its number, each paragraph is a child.
      nodes.push({ id, kind: 'article', parent, number: n, printed, zh: `${printed}${ZH_SPACE}`, en: label });
      const count = int(2, 4);
      const withItems = rnd() < 0.25 ? int(1, count) : 0;
      for (let k = 1; k <= count; k += 1) {
        const pid = `${id}-${k}`;
        const list = k === withItems ? itemList() : undefined;
        const [z, e] = list ? list.lead : provisions(n, k === 1);
        nodes.push({ id: pid, kind: 'paragraph', parent: id, number: k, zh: z, en: e });
        lines.push(k === 1 ? `${INDENT}${printed}${ZH_SPACE}${z}` : INDENT + z);
        list?.items.forEach((it, j) => {
          const iid = `${pid}-${j + 1}`;
          nodes.push({
            id: iid,
            kind: 'item',
            parent: pid,
            number: j + 1,
            printed: `（${chineseNumeral(j + 1)}）`,
            zh: it.text[0],
            en: it.text[1],
          });
          lines.push(INDENT + it.text[0]);
          it.subs.forEach((s, x) => {
            nodes.push({ id: `${iid}-${x + 1}`, kind: 'subitem', parent: iid, number: x + 1, printed: `${x + 1}.`, zh: s[0], en: s[1] });
            lines.push(INDENT + s[0]);
          });
        });
      }
    }
    // Most articles have English; an untranslated one keeps it only if a glossary term would
    // otherwise go unrendered (so the build's terminology check cannot trip on synthetic text).
    const translated = rnd() < 0.85 || nodes.some((x) => hasTerm(x.zh));
    const st = translated ? status() : 'none';
    for (const x of nodes) {
      x.translation = st;
      x.en = translated ? withTerms(x.zh, x.en) : '';
    }
    if (translated) translatedArticles += 1;
    segments.push(...nodes);
    raw.push(...lines);
  };

  lastPart = 0;
  for (const p of plans) {
    let chapterParent: string | undefined;
    let chapterId = `ch${p.n}`;
    if (p.part) {
      const partId = `pt${p.part.n}`;
      chapterParent = partId;
      chapterId = `${partId}-ch${p.n}`;
      if (p.part.n !== lastPart) {
        lastPart = p.part.n;
        const line = `第${chineseNumeral(p.part.n)}编${ZH_SPACE}${p.part.title[0]}`;
        segments.push({
          id: partId,
          kind: 'part',
          number: p.part.n,
          printed: `第${chineseNumeral(p.part.n)}编`,
          zh: line,
          en: `Part ${roman(p.part.n)} ${p.part.title[1]}`,
        });
        raw.push('', line);
      }
    }
    const line = `第${chineseNumeral(p.n)}章${ZH_SPACE}${p.title[0]}`;
    segments.push({
      id: chapterId,
      kind: 'chapter',
      ...(chapterParent ? { parent: chapterParent } : {}),
      number: p.n,
      printed: `第${chineseNumeral(p.n)}章`,
      zh: line,
      en: `Chapter ${roman(p.n)} ${p.title[1]}`,
    });
    raw.push('', line);
    const groups = p.sections.length > 0 ? p.sections : [{ title: undefined, articles: p.articles }];
    groups.forEach((g, k) => {
      let parent = chapterId;
      if (g.title) {
        parent = `${chapterId}-s${k + 1}`;
        const sline = `第${chineseNumeral(k + 1)}节${ZH_SPACE}${g.title[0]}`;
        segments.push({
          id: parent,
          kind: 'section',
          parent: chapterId,
          number: k + 1,
          printed: `第${chineseNumeral(k + 1)}节`,
          zh: sline,
          en: `Section ${k + 1} ${g.title[1]}`,
        });
        raw.push(sline);
      }
      for (let a = 0; a < g.articles; a += 1) {
        article += 1;
        writeArticle(parent, false);
        // 第N条之一: an article inserted by a later amendment.
        if (amendments > 0 && article < articles && rnd() < 0.02) writeArticle(parent, true);
      }
    });
  }
  if (article !== articles) throw new Error(`law ${i}: wrote ${article} articles, planned ${articles}`);
  for (const s of segments) {
    stats.units += 1;
    stats.zhChars += s.zh.length;
    stats.enChars += s.en.length;
  }

  const slug = lawSlug(i);
  const partial = segments.some((s) => s.translation === 'none');
  const front = {
    title: { zh: titleZh, en: titleEn },
    type: 'regulation',
    status: 'published',
    ...(partial ? { translation: 'partial' } : {}),
    bodies: [
      { zh: `${placeZh}人民代表大会常务委员会`, en: `Standing Committee of the ${placeEn} Municipal People's Congress`, role: 'issuing' },
    ],
    date: {
      value: `${date.y}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`,
      printed: `${date.y}年${date.m}月${date.d}日`,
      inferred: false,
      basis: '',
    },
    source: { publication: null, page: null, attribution: null, raw: `${slug}.txt`, lines: [1, raw.length] },
    translator: 'Duizhao benchmark (synthetic)',
    published: '2026-01-01',
    segments,
  };
  const body = `This is a synthetic law-sized document made by the Duizhao benchmark (npm run bench -- --laws N) from fixed phrase tables: a fictional regulation of ${articles} articles (${translatedArticles} with English), not a real text.`;
  const mdx = `---\n${YAML.stringify(front, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' })}---\n\n${body}\n`;
  return { mdx, raw: `${raw.join('\n')}\n`, stats };
}

/**
 * Writes a content tree of N synthetic laws to `dir` (documents/, sources/, and glossary/ copied
 * from the real content tree) and returns its counts.
 */
export function writeLawCorpus(
  dir: string,
  n: number,
  realContent: string,
  material: Pick<Material, 'glossary'> = readMaterial(realContent),
): CorpusStats {
  return writeGenerated(dir, n, realContent, (i) => generateLaw(i, material), lawSlug);
}
