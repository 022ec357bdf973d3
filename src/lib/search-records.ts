/**
 * Search records: one Pagefind record per clause (segment or point) and per glossary entry.
 *
 * By design every record goes into one index (language `en`, for English stemming), holding the
 * clause's English and its simplified Chinese as character bigrams (bigrams.ts), so one index
 * answers Chinese, English and mixed queries from any page. Traditional queries are folded to
 * simplified in the browser (opencc-js t2cn, the small direction, loaded only for queries with
 * Han characters), so the index holds one script.
 */
import { bigramize } from './bigrams.ts';
import type { ExportedDocument, ExportedGlossaryEntry } from './export.ts';
import { DOCUMENT_TYPE_LABELS } from './format.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export const SEARCH_LANGUAGE = 'en';

/** Records for every clause of a document; urls are site-relative (the page resolves them). */
export function documentRecords(doc: ExportedDocument): SearchRecord[] {
  const year = doc.date.value?.slice(0, 4);
  const filters: Record<string, string[]> = {
    kind: ['clause'],
    // Per-document hit counts come from this filter, without loading every result.
    doc: [doc.slug],
    type: [DOCUMENT_TYPE_LABELS[doc.type]],
    body: [...new Set(doc.bodies.map((b) => b.en))],
    ...(year ? { year: [year] } : {}),
  };
  return doc.segments
    .filter((u) => u.zh !== '' && u.kind !== 'pullquote') // a pull quote repeats a clause: one hit, not two
    .map((u) => ({
      url: `documents/${doc.slug}/index.html#${u.id}`,
      content: `${bigramize(u.zh)}\n${u.en}`,
      language: SEARCH_LANGUAGE,
      meta: {
        title: doc.title.en,
        doc: doc.slug,
        docZh: doc.title.zh,
        docZhHant: doc.title.zhHant,
        seg: u.id,
        zh: u.zh,
        zhHant: u.zhHant,
        en: u.en,
      },
      filters,
    }));
}

/** One record per glossary entry: headword, pinyin, renderings and definition. */
export function glossaryRecords(entries: readonly ExportedGlossaryEntry[]): SearchRecord[] {
  return entries.map((e) => ({
    url: `glossary/${e.id}/index.html`,
    content: [bigramize(e.zh), e.pinyin, e.en, ...e.variants, e.definition].join('\n'),
    language: SEARCH_LANGUAGE,
    meta: { title: e.en, term: e.id, zh: e.zh, zhHant: e.zhHant, en: e.en, pinyin: e.pinyin, definition: e.definition },
    filters: { kind: ['glossary'] },
  }));
}
