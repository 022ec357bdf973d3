/**
 * Machine-readable descriptions of a reading page: Highwire Press `citation_*` and Dublin Core
 * meta tags (what Zotero and Google Scholar read) and schema.org JSON-LD (the English translation
 * as a work of its own, linked to the Chinese original by translationOfWork). A date that the
 * source does not print is never stated as a fact here: it is left out and described instead.
 */
import { SITE_NAME, type CitationSource } from './csl-item.ts';
import type { DocumentType } from './document-schema.ts';

export interface MetaTag {
  name: string;
  content: string;
}

const slashDate = (iso: string) => iso.replaceAll('-', '/');

export function citationMetaTags(s: CitationSource, segmentCount: number): MetaTag[] {
  return [
    { name: 'citation_title', content: `${s.titleEn} [${s.titleZh}]` },
    ...(s.bodiesAreAuthors ? s.bodies.map((b) => ({ name: 'citation_author', content: b.en })) : []),
    // The translation's own date: the Chinese text's date is inferred, and Highwire cannot say so.
    { name: 'citation_publication_date', content: slashDate(s.revised ?? '') },
    { name: 'citation_online_date', content: slashDate(s.revised ?? '') },
    { name: 'citation_publisher', content: SITE_NAME },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_fulltext_html_url', content: s.url },
    { name: 'DC.title', content: s.titleEn },
    { name: 'DC.title.alternative', content: s.titleZh },
    { name: 'DC.contributor', content: `${s.translator} (translator)` },
    { name: 'DC.type', content: 'Text' },
    { name: 'DC.language', content: 'en' },
    {
      name: 'DC.source',
      content: `${s.titleZh} (Chinese original${s.date ? `, ${s.dateInferred !== 'none' ? `${s.dateInferred === 'year' ? 'year' : 'date'} inferred as` : 'dated'} ${s.date}` : ''})`,
    },
    { name: 'DC.date.modified', content: s.revised ?? '' },
    { name: 'DC.identifier', content: s.url },
    { name: 'DC.description', content: `English translation in ${String(segmentCount)} aligned clauses, with the Chinese text.` },
  ];
}

/** The schema.org type of the Chinese original. */
const ORIGINAL_TYPES: Partial<Record<DocumentType, string>> = { 'news-report': 'NewsArticle', regulation: 'Legislation' };

export function jsonLd(s: CitationSource, documentType: DocumentType): Record<string, unknown> {
  const bodies = s.bodies.map((b) => ({ '@type': 'GovernmentOrganization', name: b.en }));
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': s.url,
    url: s.url,
    name: s.titleEn,
    inLanguage: 'en',
    translator: { '@type': 'Organization', name: s.translator },
    ...(s.revised ? { dateModified: s.revised, version: s.revised } : {}),
    isPartOf: { '@type': 'WebSite', name: SITE_NAME },
    translationOfWork: {
      '@type': ORIGINAL_TYPES[documentType] ?? 'CreativeWork',
      name: s.titleZh,
      inLanguage: 'zh-Hans',
      ...(s.date && s.dateInferred === 'none' ? { datePublished: s.date } : {}),
      ...(s.date && s.dateInferred !== 'none'
        ? {
            description: `${s.dateInferred === 'year' ? 'Year' : 'Date'} not printed in the source; inferred as ${s.date} (reasons on the page).`,
          }
        : {}),
      ...(bodies.length > 0 ? (s.bodiesAreAuthors ? { author: bodies } : { about: bodies }) : {}),
    },
  };
}
