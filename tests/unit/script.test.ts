import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { SCRIPT_EXCEPTIONS } from '../../src/lib/script-exceptions.ts';
import { toTraditional } from '../../src/lib/script.ts';

const plainOpenCC = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('simplified → traditional', () => {
  for (const e of SCRIPT_EXCEPTIONS) {
    it(`exception ${e.simplified}: OpenCC gives ${e.opencc}, we give ${e.correct}`, () => {
      // The exception is needed (OpenCC really errs) and it works.
      expect(plainOpenCC(e.simplified)).toContain(e.opencc);
      expect(toTraditional(e.simplified)).toContain(e.correct);
      expect(toTraditional(e.simplified)).not.toContain(e.opencc);
    });
  }

  it('converts characters, not vocabulary', () => {
    expect(toTraditional('信息')).toBe('信息');
    expect(toTraditional('软件')).toBe('軟件');
  });

  it('disambiguates one-to-many characters by context', () => {
    expect(toTraditional('干部')).toBe('幹部');
    expect(toTraditional('头发')).toBe('頭髮');
    expect(toTraditional('发展')).toBe('發展');
    expect(toTraditional('联系')).toBe('聯繫');
    expect(toTraditional('台阶')).toBe('臺階');
  });

  it('leaves Latin text and digits alone', () => {
    expect(toTraditional('“互联网+”7月1日 Xu Jun')).toBe('“互聯網+”7月1日 Xu Jun');
  });
});
