/**
 * A document as plain text in one language: the title, then every unit in reading order as its
 * own paragraph, prefixed with its id in brackets ("[m4] …") so a reader can cite a clause by the
 * same id as its permalink. UTF-8, LF line ends, one trailing newline.
 *
 * Page furniture (the source line, a cartoon caption, a pull quote) is kept where it was printed
 * and labelled after its id, in English in every file as on the reading pages: "[pullquote]
 * (pull quote, repeats m4) …". The label says what the text is without adding words to it.
 */
import type { ExportedDocument, ExportedUnit } from './export.ts';
import { NODE_KINDS } from './structure/kinds.ts';

export const PLAIN_TEXT_LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type PlainTextLanguage = (typeof PLAIN_TEXT_LANGUAGES)[number];

export const PLAIN_TEXT_CONTENT_TYPE = 'text/plain; charset=utf-8';

/** A unit's text in one language. */
export function unitText(u: { zh: string; zhHant: string; en: string }, lang: PlainTextLanguage): string {
  return lang === 'zh-Hans' ? u.zh : lang === 'zh-Hant' ? u.zhHant : u.en;
}

/** The label of page furniture or a formal part (the kind table's name); undefined for the running text. */
export function furnitureLabel(u: ExportedUnit): string | undefined {
  const info = NODE_KINDS[u.kind];
  if (!info.furniture) return undefined;
  return u.repeats === undefined ? info.en : `${info.en}, repeats ${u.repeats}`;
}

/** One line break style whatever the content had. */
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * The plain text of a document in one language. A unit without text in that language (the
 * empty lead of a paragraph that begins with its first point) is left out; its points follow.
 */
export function plainText(doc: ExportedDocument, lang: PlainTextLanguage): string {
  const paragraphs = [lf(unitText(doc.title, lang))];
  for (const u of doc.segments) {
    const text = unitText(u, lang);
    if (text === '') continue;
    const label = furnitureLabel(u);
    paragraphs.push(`[${u.id}] ${label === undefined ? '' : `(${label}) `}${lf(text)}`);
  }
  return `${paragraphs.join('\n\n')}\n`;
}
