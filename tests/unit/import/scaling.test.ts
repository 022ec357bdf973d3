/**
 * The pull-quote search must grow linearly with the page: a 17 MB page once took two minutes and a
 * 50 MB one never finished, because every block was compared with every other. No wall-clock
 * assertions (the machine is shared): the search counts its text comparisons, and doubling the
 * page may at most about double them. The answers must be those of the plain quadratic search,
 * which is kept here as the reference.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/lib/import/block.ts';
import { firstLine, lastLine } from '../../../src/lib/import/block.ts';
import { cleanLines } from '../../../src/lib/import/clean.ts';
import { buildBlocks } from '../../../src/lib/import/paragraphs.ts';
import { createReport } from '../../../src/lib/import/report.ts';
import { findArticles, isCaption, isTitleLike, sentences } from '../../../src/lib/import/structure.ts';
import { charLength } from '../../../src/lib/import/chars.ts';
import { seedText } from './helpers.ts';

// Synthetic text: random common characters, deterministic. Not real prose.
const POOL =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A page of `n` articles: title, three paragraphs, and a pull quote repeating a sentence. */
function page(n: number): string {
  const r = rng(7);
  const run = (len: number): string => Array.from({ length: len }, () => POOL[Math.floor(r() * POOL.length)]).join('');
  const out: string[] = [];
  for (let a = 0; a < n; a++) {
    out.push(`（虚构示例）${run(10)}`, '');
    const paras = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => `${run(20)}，${run(12)}。`));
    paras.forEach((p, i) => {
      out.push(`　　${p.join('')}`, '');
      if (i === 1) out.push(`　　${paras[0]?.[2] ?? ''}`, '');
    });
  }
  return `${out.join('\n')}\n`;
}

function blocksOf(text: string): Block[] {
  const report = createReport();
  return buildBlocks(cleanLines(text, report), report).blocks;
}

/** The plain search the index replaced: every block against every other, first match wins. */
function plainRepeat(blocks: readonly Block[], i: number): { index: number } | null {
  const b = blocks[i] as Block;
  if (isCaption(b) || charLength(b.text) > 200 || charLength(b.text) < 8 || isTitleLike(b)) return null;
  const whole = b.text.replace(/[。！？!?]$/u, '');
  const j = blocks.findIndex((o, k) => k !== i && o.text.length > b.text.length && o.text.includes(whole));
  if (j >= 0) return { index: j };
  const long = sentences(b.text).filter((s) => charLength(s) >= 8);
  for (let k = 0; k < blocks.length; k++) {
    const o = blocks[k] as Block;
    if (k === i || o.text.length <= b.text.length) continue;
    const found = long.filter((s) => o.text.includes(s));
    if (found.length > 0 && found.length * 2 >= long.length) return { index: k };
  }
  return null;
}

/** The report's pull-quote lines: each names the quote's lines and the paragraph it repeats. */
function pullQuotes(blocks: readonly Block[]): string[] {
  const report = createReport();
  findArticles(blocks, report);
  return report
    .finish()
    .changes.filter((c) => c.action === 'pullquote')
    .map((c) => c.detail);
}

describe('pull-quote search', () => {
  it('finds the same pull quotes as the plain search (synthetic page, and the seed pasted three times)', () => {
    for (const text of [page(30), `${seedText()}\n\n`.repeat(3)]) {
      const blocks = blocksOf(text);
      const expected = blocks.flatMap((b, i) => {
        const r = plainRepeat(blocks, i);
        const target = blocks[r?.index ?? -1];
        return target === undefined
          ? []
          : [`L${firstLine(b)}–${lastLine(b)} repeat text of the paragraph at L${firstLine(target)}: pull quote`];
      });
      expect(expected.length).toBeGreaterThan(0);
      expect(pullQuotes(blocks)).toEqual(expected);
    }
  });

  it('does about twice the work on a page twice as long', () => {
    const work = (n: number): number => {
      const counter = { comparisons: 0 };
      const articles = findArticles(blocksOf(page(n)), createReport(), counter);
      expect(articles.flatMap((a) => a.pieces).filter((p) => p.role === 'pullquote')).toHaveLength(n);
      return counter.comparisons;
    };
    const [small, large] = [work(200), work(400)];
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeLessThan(2.5);
  });

  it('costs no more for a page pasted twice than for the page once', () => {
    const work = (copies: number): number => {
      const counter = { comparisons: 0 };
      findArticles(blocksOf(`${page(50)}\n`.repeat(copies)), createReport(), counter);
      return counter.comparisons;
    };
    expect(work(2)).toBe(work(1));
  });
});
