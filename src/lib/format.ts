/** Display formats shared by pages and exports. */
import type { DocumentType } from './document-schema.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats a possibly partial ISO date (2020, 2020-07, 2020-07-01) as English: "1 July 2020". */
export function formatDate(value: string | null): string {
  if (!value) return 'undated';
  const [y, m, d] = value.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : undefined, month, y].filter(Boolean).join(' ');
}

export const DOCUMENT_TYPE_LABELS: Record<DocumentType, string> = {
  'news-report': 'News report',
  notice: 'Notice',
  regulation: 'Regulation',
  speech: 'Speech',
  opinion: 'Opinion',
  other: 'Other',
};

export const CATEGORY_LABELS: Record<import('./glossary-schema.ts').TermCategory, string> = {
  institution: 'Institutions',
  organisation: 'Associations and foundations',
  'office-title': 'Offices and titles',
  person: 'People',
  place: 'Places',
  'party-term': 'Party terms',
  'political-formula': 'Political formulas',
  'policy-instrument': 'Policy instruments and programmes',
  'administrative-term': 'Administrative terms',
  'legal-term': 'Terms defined in law',
  'economic-term': 'Economic terms',
  'social-term': 'Social terms',
};
