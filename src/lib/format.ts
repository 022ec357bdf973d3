/**
 * Display formats shared by pages and exports: dates in each interface language, and the rule
 * for which part of a date was inferred (citations, badges and metadata all ask it here).
 */
import type { Locale } from './i18n/index.ts';

/** English month names: every English date form (pages, citations, access dates) takes them from here. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Formats a possibly partial ISO date (2020, 2020-07, 2020-07-01): "1 July 2020" in English,
 * "2020年7月1日" in Chinese. Null is "undated" in the interface's words (`undated`).
 */
export function formatDate(value: string | null, locale: Locale = 'en', undated = 'undated'): string {
  if (!value) return undated;
  const [y, m, d] = value.split('-');
  if (locale !== 'en') return `${y}年${m ? `${String(Number(m))}月` : ''}${d ? `${String(Number(d))}日` : ''}`;
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : undefined, month, y].filter(Boolean).join(' ');
}

/**
 * Which parts of a document's date the page did not print: 'none', 'year' (a printed month and
 * day leave only the year inferred) or 'all'.
 */
export function inferredParts(date: { value: string | null; printed: string | null; inferred: boolean }): 'none' | 'year' | 'all' {
  if (!date.inferred || !date.value) return 'none';
  const printed = date.printed ?? '';
  const printsMonthDay = /月/.test(printed) && (date.value.length < 10 || /[日号]/.test(printed));
  return printsMonthDay && !/年/.test(printed) ? 'year' : 'all';
}
