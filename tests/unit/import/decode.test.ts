/**
 * Input encodings, line endings and refusals. Every accepted encoding of the seed must import to
 * exactly the same segments as the UTF-8 original.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportRefusal, importSource } from '../../../src/lib/import/index.ts';
import { decodeSource } from '../../../src/lib/import/decode.ts';
import { createReport } from '../../../src/lib/import/report.ts';
import { FIXTURES, flatten, gbk, seedBytes, seedText, utf16 } from './helpers.ts';

const expected = flatten(importSource(seedBytes()));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('encodings', () => {
  const cases: Array<[string, () => Uint8Array, string]> = [
    ['UTF-8 without BOM', () => seedBytes(), 'utf-8'],
    ['UTF-8 with BOM', () => new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes()]), 'utf-8'],
    ['UTF-16LE with BOM', () => utf16(seedText(), 'le'), 'utf-16le'],
    ['UTF-16BE with BOM', () => utf16(seedText(), 'be'), 'utf-16be'],
    ['GB18030 (fixture file)', () => readFileSync(path.join(FIXTURES, 'seed-gb18030.txt')), 'gb18030'],
    // GBK cannot encode U+FFFD; the indents become full-width spaces, as on a GBK web page.
    ['GBK (encoded in the test)', () => gbk(seedText().replace(/\uFFFD/g, '\u3000')), 'gb18030'],
  ];
  for (const [name, bytes, encoding] of cases) {
    it(`${name}: detected as ${encoding}, same segments as the UTF-8 seed`, () => {
      const result = importSource(bytes());
      expect(result.decoded.encoding).toBe(encoding);
      expect(flatten(result)).toEqual(expected);
    });
  }

  it('the GB18030 fixture really is the seed', () => {
    const bytes = readFileSync(path.join(FIXTURES, 'seed-gb18030.txt'));
    expect(new TextDecoder('gb18030').decode(bytes)).toBe(seedText());
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  });

  it('drops the BOM and reports it', () => {
    const report = createReport();
    const d = decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('中文')]), report);
    expect(d.text).toBe('中文');
    expect(d.bom).toBe(true);
    expect(report.finish().changes[0]?.detail).toMatch(/BOM/);
  });
});

describe('line endings', () => {
  it('CRLF imports like LF and is reported', () => {
    const result = importSource(utf8(seedText().replace(/\n/g, '\r\n')));
    expect(result.decoded.lineEndings).toBe('CRLF');
    expect(flatten(result)).toEqual(expected);
    expect(result.report.changes.find((c) => c.action === 'decode')?.detail).toMatch(/CRLF.*normalised/);
  });
  it('old Mac CR line endings import like LF', () => {
    expect(flatten(importSource(utf8(seedText().replace(/\n/g, '\r'))))).toEqual(expected);
  });
  it('UTF-16 with CRLF', () => {
    expect(flatten(importSource(utf16(seedText().replace(/\n/g, '\r\n'), 'le')))).toEqual(expected);
  });
});

describe('refusals', () => {
  const refuse = (bytes: Uint8Array, reason: ImportRefusal['reason'], message: RegExp): void => {
    let caught: unknown;
    try {
      importSource(bytes);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ImportRefusal);
    expect((caught as ImportRefusal).reason).toBe(reason);
    expect((caught as ImportRefusal).message).toMatch(message);
  };
  it('an empty file', () => refuse(new Uint8Array(), 'empty', /empty/));
  it('a file of whitespace and U+FFFD only', () => refuse(utf8(' \n\uFFFD \r\n\t\n'), 'empty', /whitespace/));
  it('a binary file (PNG header)', () => {
    refuse(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), 'binary', /binary/);
  });
  it('a binary file without NUL bytes but full of control bytes', () => {
    refuse(new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 37) % 32 || 1)), 'binary', /binary/);
  });
  it('UTF-16 without a BOM, with a hint', () =>
    refuse(utf16('第一条\r\n12345\r\n', 'le').slice(2), 'binary', /looks like UTF-16 without a BOM/));
  it('text with no Chinese', () => refuse(utf8('Ministry of Civil Affairs\nPress release, 1 July 2020.\n'), 'no-chinese', /no Chinese/));
  it('UTF-16 text with no Chinese', () => refuse(utf16('Hello world\r\n', 'le'), 'no-chinese', /no Chinese/));
  it('bytes that are neither UTF-8 nor GB18030', () =>
    refuse(new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xff, 0x80, 0x20, 0x80]), 'encoding', /neither UTF-8 nor GB18030/));
  it('a UTF-16 BOM with broken UTF-16 after it', () =>
    refuse(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x00, 0xd8, 0x41, 0x00]), 'encoding', /BOM/));
  it('UTF-32', () => refuse(new Uint8Array([0xff, 0xfe, 0, 0, 0x2d, 0x4e, 0, 0]), 'encoding', /UTF-32/));
});
