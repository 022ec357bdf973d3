/**
 * Turning the bytes of an input file into text, or refusing it.
 *
 * Sources arrive as UTF-8 (with or without BOM, from OCR tools and web pages), UTF-16 with BOM
 * (Windows "Unicode" text), or GB18030/GBK (older Chinese Windows and government sites). Only a
 * BOM is conclusive; without one, UTF-8 is tried first because a GBK file of any length is almost
 * never valid UTF-8, and GB18030 (a superset of GBK) second, but only when UTF-8 fails throughout
 * and the GB18030 reading is plausible: a damaged UTF-8 file is refused with the offset of the
 * damage, never decoded into mojibake. Node 24's TextDecoder has full ICU, so no converter library
 * is needed.
 */
import type { ReportBuilder } from './report.ts';
import { isHan } from './chars.ts';

/** Why the importer will not take a file. The CLI prints `file: message` and exits 1. */
export class ImportRefusal extends Error {
  readonly reason:
    'unreadable' | 'too-large' | 'empty' | 'binary' | 'encoding' | 'no-chinese' | 'exists' | 'conflict' | 'not-a-file' | 'usage';
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
 * True when decoded text reads like a Chinese source: no control characters (other than tab and
 * line breaks) and at least 90% Han, ASCII, CJK punctuation, full-width forms or general
 * punctuation. Bytes read in the wrong encoding decode to controls, private-use characters,
 * scripts from all over Unicode and unpaired surrogates instead.
 */
export function plausibleText(text: string): boolean {
  let good = 0;
  let all = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    all++;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c < 0xa0)) return false;
    if (c < 0x7f || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || isHan(ch)) good++;
  }
  return all > 0 && good >= all * 0.9;
}

/**
 * UTF-16 saved without a BOM is full of NUL bytes (every ASCII character has one; Chinese text
 * has a few percent), so it is refused like any binary: without a BOM the byte order is a guess.
 * But when the bytes decode to plausible text in either byte order, the message says what the file
 * probably is, so the editor knows how to fix it.
 */
function bomlessUtf16(bytes: Uint8Array): 'little-endian' | 'big-endian' | null {
  if (bytes.length % 2 !== 0) return null;
  for (const [encoding, name] of [
    ['utf-16le', 'little-endian'],
    ['utf-16be', 'big-endian'],
  ] as const) {
    const text = tryDecode(encoding, bytes);
    if (text !== null && plausibleText(text)) return name;
  }
  return null;
}

/**
 * How well the bytes read as UTF-8: the number of valid multi-byte sequences, of invalid ones, and
 * the byte offset of the first invalid one (-1 if none). The sequences allowed are those of the
 * Unicode standard's table of well-formed UTF-8 (no overlong forms, no surrogates), so a file
 * with no invalid sequence decodes with a fatal TextDecoder.
 */
export function utf8Validity(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  const cont = (i: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i];
    return b !== undefined && b >= lo && b <= hi;
  };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let n = 0;
    if (b < 0x80) n = 1;
    else if (b >= 0xc2 && b <= 0xdf) n = cont(i + 1) ? 2 : 0;
    else if (b >= 0xe0 && b <= 0xef) {
      const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
      n = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    } else if (b >= 0xf0 && b <= 0xf4) {
      const [lo, hi] = b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      n = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    if (n === 0) {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      if (n > 1) valid++;
      i += n;
    }
  }
  return { valid, invalid, firstInvalid };
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
      const utf16 = bomlessUtf16(bytes);
      throw new ImportRefusal(
        'binary',
        utf16 !== null
          ? `the file is binary (NUL bytes); it looks like UTF-16 without a BOM (${utf16}): save it as UTF-8 or UTF-16 with BOM`
          : 'the file is binary (it contains NUL or control bytes), not text',
      );
    }
    // GB18030 only when UTF-8 fails broadly (as many bad sequences as good ones) and the GB18030
    // reading is plausible: a UTF-8 file with one damaged spot would otherwise decode "successfully"
    // as GB18030, every character turned into a wrong one (关于 → 鍏充簬).
    const utf8 = utf8Validity(bytes);
    encoding = 'utf-8';
    text = utf8.invalid === 0 ? tryDecode('utf-8', bytes) : null;
    if (text === null && utf8.invalid >= utf8.valid) {
      encoding = 'gb18030';
      text = tryDecode('gb18030', bytes);
      if (text !== null && !plausibleText(text)) text = null;
    }
    if (text === null && utf8.invalid < utf8.valid) {
      throw new ImportRefusal(
        'encoding',
        `the file is UTF-8 except for ${utf8.invalid === 1 ? 'one invalid byte sequence' : `${utf8.invalid} invalid byte sequences`}, the first at byte offset ${utf8.firstInvalid}; repair it or re-save it as UTF-8`,
      );
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
