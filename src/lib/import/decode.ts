/**
 * Turning the bytes of an input file into text, or refusing it.
 *
 * Sources arrive as UTF-8 (with or without BOM, from OCR tools and web pages), UTF-16 with BOM
 * (Windows "Unicode" text), or GB18030/GBK (older Chinese Windows and government sites). Only a
 * BOM is conclusive; without one, UTF-8 is tried first with a fatal decoder because a GBK file of
 * any length is almost never valid UTF-8, and GB18030 (a superset of GBK) second. Node 24's
 * TextDecoder has full ICU, so no converter library is needed.
 */
import type { ReportBuilder } from './report.ts';
import { isHan } from './chars.ts';

/** Why the importer will not take a file. The CLI prints `file: message` and exits 1. */
export class ImportRefusal extends Error {
  readonly reason: 'unreadable' | 'empty' | 'binary' | 'encoding' | 'no-chinese' | 'exists' | 'conflict' | 'usage';
  constructor(reason: ImportRefusal['reason'], message: string) {
    super(message);
    this.name = 'ImportRefusal';
    this.reason = reason;
  }
}

/** The encodings the importer recognises. GBK files are reported as gb18030, its superset. */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** Decoded text with LF line endings, and how it was stored. */
export interface Decoded {
  readonly text: string;
  readonly encoding: SourceEncoding;
  readonly bom: boolean;
  readonly lineEndings: 'LF' | 'CRLF' | 'CR' | 'mixed' | 'none';
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Share of bytes that are control characters no text file contains (NUL and C0 controls other
 * than tab, LF, VT, FF and CR). Images, archives and executables are full of them; text
 * in any of the accepted byte encodings (UTF-16 aside, which is recognised by its BOM) has none.
 */
function controlShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d) n++;
  return n / bytes.length;
}

/**
 * UTF-16 saved without a BOM has a NUL in every other byte for ASCII (line breaks, digits). Such a
 * file is refused like any binary (without a BOM the byte order is a guess), but the message says
 * what it probably is, so the editor knows how to fix it.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  bytes.forEach((b, i) => {
    if (b === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  });
  return bytes.length % 2 === 0 && (even + odd) * 8 >= bytes.length && Math.min(even, odd) * 4 <= Math.max(even, odd);
}

function tryDecode(encoding: SourceEncoding, bytes: Uint8Array): string | null {
  try {
    // ignoreBOM: false (the default) strips a matching BOM, which is what we want.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lineEndingsOf(text: string): Decoded['lineEndings'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'CRLF' : cr > 0 ? 'CR' : 'LF';
}

/**
 * Decode a source file. Refuses (throws ImportRefusal) an empty file, a binary one, bytes that are
 * none of the accepted encodings, and text without a single Han character (an English page or a
 * mis-decoded file would otherwise become an empty "draft"). Line endings are normalised to LF;
 * the encoding, BOM and original line endings go into the report.
 */
export function decodeSource(bytes: Uint8Array, report: ReportBuilder): Decoded {
  if (bytes.length === 0) throw new ImportRefusal('empty', 'the file is empty');

  let encoding: SourceEncoding;
  let bom = false;
  let text: string | null;
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    throw new ImportRefusal('encoding', 'UTF-32 text is not supported; save it as UTF-8');
  } else if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    [encoding, bom, text] = ['utf-8', true, tryDecode('utf-8', bytes)];
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    [encoding, bom, text] = ['utf-16le', true, tryDecode('utf-16le', bytes)];
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    [encoding, bom, text] = ['utf-16be', true, tryDecode('utf-16be', bytes)];
  } else {
    if (bytes.includes(0) || controlShare(bytes) > 0.01) {
      throw new ImportRefusal(
        'binary',
        looksLikeBomlessUtf16(bytes)
          ? 'the file is binary (NUL bytes); it looks like UTF-16 without a BOM: save it as UTF-8 or UTF-16 with BOM'
          : 'the file is binary (it contains NUL or control bytes), not text',
      );
    }
    encoding = 'utf-8';
    text = tryDecode('utf-8', bytes);
    if (text === null) {
      encoding = 'gb18030';
      text = tryDecode('gb18030', bytes);
    }
    if (text === null) {
      throw new ImportRefusal('encoding', 'the file is neither UTF-8 nor GB18030/GBK text (and has no UTF-16 BOM)');
    }
  }
  if (text === null) throw new ImportRefusal('encoding', `the file has a ${encoding} BOM but is not valid ${encoding}`);
  const controls = (text.match(/[\0-\x08\x0e-\x1f]/g) ?? []).length;
  if (controls > 0 && controls / text.length > 0.01) {
    throw new ImportRefusal('binary', 'the file decodes to control characters, not text');
  }

  const lineEndings = lineEndingsOf(text);
  text = text.replace(/\r\n?/g, '\n');
  if (text.replace(/[\s\uFFFD\uFEFF\u200B-\u200D]/g, '') === '') {
    throw new ImportRefusal('empty', 'the file contains only whitespace');
  }
  if (!Array.from(text).some(isHan)) {
    throw new ImportRefusal('no-chinese', `the text (decoded as ${encoding}) contains no Chinese characters`);
  }
  report.change(
    0,
    'decode',
    `${encoding}${bom ? ' with BOM (BOM dropped)' : ''}, ${lineEndings} line endings` +
      (lineEndings === 'LF' || lineEndings === 'none' ? '' : ' (normalised to LF)'),
  );
  return { text, encoding, bom, lineEndings };
}
