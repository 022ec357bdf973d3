import { describe, expect, it } from 'vitest';
import { pinyinTokens } from '../../src/lib/pinyin.ts';

/** Polyphonic words of the texts and their readings in context. */
const WORDS: [string, string][] = [
  ['银行', 'yín háng'],
  ['行业', 'háng yè'],
  ['进行', 'jìn xíng'],
  ['重要', 'zhòng yào'],
  ['重中之重', 'zhòng zhōng zhī zhòng'],
  ['成长', 'chéng zhǎng'],
  ['延长', 'yán cháng'],
  ['调研', 'diào yán'],
  ['调解', 'tiáo jiě'],
  ['了解', 'liǎo jiě'],
  ['供给', 'gōng jǐ'],
  ['担保', 'dān bǎo'],
  ['空缺', 'kòng quē'],
  ['发展', 'fā zhǎn'],
  ['给予', 'jǐ yǔ'],
  ['吸纳', 'xī nà'],
  ['强化', 'qiáng huà'],
  ['各级', 'gè jí'],
  ['落户', 'luò hù'],
  ['中国银行间市场交易商协会', 'zhōng guó yín háng jiān shì chǎng jiāo yì shāng xié huì'],
];

describe('pinyin', () => {
  for (const [word, reading] of WORDS) {
    it(`${word} reads ${reading}`, () => {
      expect(pinyinTokens(word).join(' ')).toBe(reading);
    });
  }

  it('gives one token per character, empty for non-Han', () => {
    expect(pinyinTokens('7月1日，银行')).toEqual(['', 'yuè', '', 'rì', '', 'yín', 'háng']);
  });
});
