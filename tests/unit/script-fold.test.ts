/**
 * Which queries the search page folds to simplified (src/lib/script-fold.ts): it loads opencc-js
 * t2cn only for a query with a character t2cn changes, so skipping it must never change a query.
 * Checked against t2cn itself on every line of the real documents' Chinese (read, not changed),
 * in both scripts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { hasHan } from '../../src/lib/han-runs.ts';
import { toTraditional } from '../../src/lib/script.ts';
import { changedCodePoints, decodeCodePoints, encodeCodePoints, needsFolding } from '../../src/lib/script-fold.ts';

const t2cn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const changed = decodeCodePoints(encodeCodePoints(changedCodePoints(t2cn)));

describe('encodeCodePoints / decodeCodePoints', () => {
  it('round-trip small and large gaps, supplementary planes included, in about a character each', () => {
    const points = [0x3007, 0x3008, 0x4e00, 0x4e2a, 0x9fff, 0xf900, 0x20000, 0x2a6d6, 0x3134f];
    const text = encodeCodePoints(points);
    expect([...decodeCodePoints(text)]).toEqual(points);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeCodePoints([1, 2, 3])).toHaveLength(3);
  });

  it('refuse points out of order and text outside the alphabet', () => {
    expect(() => encodeCodePoints([0x4e2a, 0x4e00])).toThrow(/not above/);
    expect(() => decodeCodePoints('AB!')).toThrow(/unexpected/);
  });
});

describe('needsFolding', () => {
  it('is false for simplified queries and English, true for traditional ones', () => {
    expect(needsFolding('社会组织', changed)).toBe(false);
    expect(needsFolding('高校毕业生 employment', changed)).toBe(false);
    expect(needsFolding('社會組織', changed)).toBe(true);
    expect(needsFolding('畢業', changed)).toBe(true);
  });

  it('never skips a text that t2cn would change: every line of the real Chinese, in both scripts', () => {
    const dir = join(process.cwd(), 'content', 'documents');
    const lines = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(mdx|md|ya?ml|txt)$/.test(f))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter(hasHan);
    expect(lines.length).toBeGreaterThan(100);
    let skipped = 0;
    for (const line of lines) {
      for (const text of [line, toTraditional(line)]) {
        if (needsFolding(text, changed)) continue;
        skipped += 1;
        expect(t2cn(text), text).toBe(text);
      }
    }
    // Most simplified lines are skipped: no load of t2cn.
    expect(skipped).toBeGreaterThan(lines.length / 4);
  });
});
