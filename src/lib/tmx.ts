/**
 * A document as a TMX 1.4 translation memory (https://www.gala-global.org/tmx-14b): one
 * translation unit per segment with both Chinese and English, so translators can load the
 * aligned texts into a CAT tool (OmegaT, Trados, memoQ, …).
 *
 * By design each unit has two variants, simplified Chinese (the source as printed) and English.
 * The traditional text is left out: it is a character conversion (OpenCC), not a text anyone
 * wrote or translated, and a third Chinese variant makes tools that fold zh-Hans and zh-Hant to
 * "zh" pick either one as the source.
 */
import type { ExportedDocument, ExportedUnit } from './export.ts';
import { escapeXmlAttribute, escapeXmlText, notXml } from './xml.ts';

export const TMX_CONTENT_TYPE = 'application/x-tmx+xml; charset=utf-8';

const NOT_XML = notXml();

function checkXmlChars(text: string, where: string): void {
  const bad = NOT_XML.exec(text);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
    throw new Error(`${where}: U+${code} cannot be written in XML`);
  }
}

export interface TmxOptions {
  /** creationtoolversion: the version of Duizhao that wrote the file. */
  toolVersion: string;
}

/** The units a TMX holds: those with both Chinese and English (a paragraph's empty lead has neither). */
export function tmxUnits(doc: ExportedDocument): ExportedUnit[] {
  return doc.segments.filter((u) => u.zh !== '' && u.en !== '');
}

/** The TMX 1.4 document: header, then one <tu tuid="<slug>#<id>"> per unit with a zh-Hans and an en variant. */
export function toTmx(doc: ExportedDocument, { toolVersion }: TmxOptions): string {
  const attr = (where: string, value: string) => {
    checkXmlChars(value, where);
    return escapeXmlAttribute(value);
  };
  const text = (where: string, value: string) => {
    checkXmlChars(value, where);
    return escapeXmlText(value);
  };
  const header = [
    `creationtool="Duizhao"`,
    `creationtoolversion="${attr('creationtoolversion', toolVersion)}"`,
    // Units are paragraphs (and enumerated points), not sentences: that is how the texts are aligned.
    `segtype="paragraph"`,
    // The format the memory was converted from: Duizhao's own document model.
    `o-tmf="Duizhao"`,
    `adminlang="en"`,
    `srclang="zh-Hans"`,
    `datatype="plaintext"`,
  ].join(' ');
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<tmx version="1.4">',
    `  <header ${header}>`,
    `    <note>${text(doc.slug, `${doc.title.en} (${doc.title.zh}). ${doc.url}`)}</note>`,
    // The translation's version (its last revision), so a memory can be matched to the text it came from.
    ...(doc.version === null ? [] : [`    <prop type="x-version">${text(doc.slug, doc.version)}</prop>`]),
    '  </header>',
    '  <body>',
  ];
  for (const u of tmxUnits(doc)) {
    const where = `${doc.slug}, segment ${u.id}`;
    lines.push(`    <tu tuid="${attr(where, `${doc.slug}#${u.id}`)}">`);
    // Props and notes come before the variants (TMX 1.4 DTD: (note|prop)*, tuv+).
    lines.push(`      <prop type="x-kind">${u.kind}</prop>`);
    for (const n of u.notes) lines.push(`      <note>${text(where, `Translator’s note on “${n.on}”: ${n.text}`)}</note>`);
    lines.push(`      <tuv xml:lang="zh-Hans"><seg>${text(where, u.zh)}</seg></tuv>`);
    lines.push(`      <tuv xml:lang="en"><seg>${text(where, u.en)}</seg></tuv>`);
    lines.push('    </tu>');
  }
  lines.push('  </body>', '</tmx>', '');
  return lines.join('\n');
}
