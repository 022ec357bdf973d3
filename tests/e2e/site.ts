/** What the browser tests know about the built site: its pages, documents and raw source. */
import { readFileSync } from 'node:fs';
import type { DocumentData } from '../../src/lib/document-schema.ts';
import { readDocuments } from '../../src/lib/front-matter.ts';

export interface DocFile {
  slug: string;
  data: DocumentData;
}

/** The published documents, read from content/ (frontmatter only, validated as the build does). */
export function publishedDocs(): DocFile[] {
  return readDocuments('content/documents', { published: true }).map((d) => ({ slug: d.slug, data: d.data }));
}

/**
 * The source's text for a document, cleaned independently of the site's code: the raw lines
 * without U+FFFD, line breaks and spaces, except the space printed inside an illustration
 * credit such as （新华社发 徐骏/作）.
 */
export function cleanedSource(doc: DocFile): string {
  const raw = readFileSync(`content/sources/${doc.data.source.raw}`, 'utf8');
  const [first, last] = doc.data.source.lines;
  const slice = raw
    .split('\n')
    .slice(first - 1, last)
    .join('\n');
  const KEEP = '\u0000';
  return slice
    .replace(/（([^（）]*社发) ([^（）]*\/作)）/g, `（$1${KEEP}$2）`)
    .replace(/[\uFFFD\s]/g, '')
    .replaceAll(KEEP, ' ');
}

export const PAGE_TYPES = ['', 'about/', 'glossary/', 'glossary/categories/', 'search/'] as const;
