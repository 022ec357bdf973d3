/** Escaping for the XML exports (TMX, Akoma Ntoso): what XML needs escaped, and nothing more. */

/**
 * Escapes element content. `>` is escaped too, so "]]>" in a text cannot end anything, and a
 * carriage return is written as a reference, since an XML parser turns a literal one into a
 * line feed and the text would not round-trip.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value in double quotes; whitespace characters as references survive attribute normalisation. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Characters XML 1.0 cannot carry at all, even as character references (lone surrogates included). */
export const NOT_XML_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';

/** A fresh matcher of such characters (`g` to remove them all, none to find the first). */
export function notXml(flags = ''): RegExp {
  return new RegExp(NOT_XML_SOURCE, flags);
}

/**
 * The plain text of a piece of HTML: the markup removed and the characters it escapes put back
 * (citeproc's renderings, csl.ts; a page's editor's note, scripts/bench/page-weight.ts).
 */
export function textOfHtml(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);|&#x([0-9a-f]+);|&(amp|lt|gt|quot|apos|nbsp);/gi, (_, dec?: string, hex?: string, name?: string) => {
      if (dec !== undefined) return String.fromCodePoint(Number(dec));
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }[(name ?? '').toLowerCase()] ?? '';
    });
}
