/** What the browser tests know about the built site: its pages, documents and raw source. */
import { readFileSync, readdirSync } from 'node:fs';
import YAML from 'yaml';

export interface DocFile {
  slug: string;
  data: {
    title: { zh: string; en: string };
    status: string;
    source: { raw: string; lines: [number, number] };
    segments: { id: string; kind?: string; parent?: string; number?: number; printed?: string; zh: string; en: string }[];
  };
}

/** The published documents, read from content/ (frontmatter only). */
export function publishedDocs(): DocFile[] {
  return readdirSync('content/documents')
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(`content/documents/${f}`, 'utf8');
      return { slug: f.replace(/\.mdx$/, ''), data: YAML.parse(text.split(/^---$/m)[1] ?? '') as DocFile['data'] };
    })
    .filter((d) => d.data.status === 'published');
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
