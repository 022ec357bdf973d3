/**
 * Guessing the encoding of a file without a BOM, where a wrong guess is worse than a refusal:
 * Chinese UTF-16 saved without a BOM gets the hint that says what it is (it has only a few percent
 * NUL bytes, unlike English UTF-16), and a UTF-8 file with a damaged spot is refused naming the
 * byte offset, instead of being read as GB18030 and turned into mojibake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportRefusal, importSource } from '../../../src/lib/import/index.ts';
import { FIXTURES, gbk, seedBytes, seedText, utf16 } from './helpers.ts';

function refusal(bytes: Uint8Array): ImportRefusal {
  try {
    importSource(bytes);
  } catch (e) {
    if (e instanceof ImportRefusal) return e;
    throw e;
  }
  throw new Error('the file was accepted');
}

// Synthetic text, not a real source.
const SYNTHETIC = '（虚构示例）关于做好数据共享工作的通知\n各区人民政府：\n现将有关事项通知如下。\n';

describe('UTF-16 without a BOM', () => {
  for (const [endian, name] of [
    ['le', 'little-endian'],
    ['be', 'big-endian'],
  ] as const) {
    it(`Chinese UTF-16${endian.toUpperCase()} is refused with the UTF-16 hint (${name})`, () => {
      for (const text of [seedText(), SYNTHETIC]) {
        const e = refusal(utf16(text, endian).slice(2));
        expect(e.reason).toBe('binary');
        expect(e.message).toContain(`it looks like UTF-16 without a BOM (${name})`);
      }
    });
  }

  it('a real binary file gets no UTF-16 hint', () => {
    const png = new Uint8Array(Array.from({ length: 64 }, (_, i) => [0x89, 0x50, 0x4e, 0x47, 0, 0x0d, 0x1a, 0xff][i % 8] ?? 0));
    expect(refusal(png).message).not.toMatch(/UTF-16/);
  });
});

describe('damaged UTF-8', () => {
  it('a UTF-8 file starting with a stray byte pair is refused, naming offset 0, not read as GB18030', () => {
    const e = refusal(new Uint8Array([0xa1, 0xa1, ...seedBytes()]));
    expect(e.reason).toBe('encoding');
    expect(e.message).toMatch(/UTF-8 except for 2 invalid byte sequences, the first at byte offset 0/);
  });

  it('one bad byte in the middle is refused with its offset', () => {
    const bytes = new Uint8Array(seedBytes());
    const at = bytes.indexOf(0xe4, 1000); // the lead byte of a Chinese character
    bytes[at] = 0xff;
    expect(refusal(bytes).message).toMatch(new RegExp(`UTF-8 except for \\d+ invalid byte sequences?, the first at byte offset ${at}\\b`));
  });

  it('real GB18030 and GBK files are still read as GB18030', () => {
    const fixture = importSource(readFileSync(path.join(FIXTURES, 'synthetic-regulation-flat-gb18030.txt')));
    expect(fixture.decoded.encoding).toBe('gb18030');
    expect(fixture.documents[0]?.title).toBe('（虚构示例）某某市公共数据资源管理条例');
    expect(importSource(gbk(SYNTHETIC)).decoded.encoding).toBe('gb18030');
  });
});
