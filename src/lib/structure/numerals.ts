/** Numbers as the texts print them: Chinese numerals (statutes, read and written) and lower-case Roman (English item pinpoints). */

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral as an integer: 一 1, 十 10, 十二 12, 二十一 21, 一百零五 105, 一百一十 110,
 * 二百 200, 一千零七十九 1079; also Arabic digits, half- or full-width. Positive integers only:
 * undefined for anything else (empty, 零 alone, digit strings like 二〇二一, stray characters).
 */
export function parseChineseNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^[0-9０-９]+$/u.test(t)) {
    const n = Number(t.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));
    return n > 0 && Number.isSafeInteger(n) ? n : undefined;
  }
  let total = 0;
  let digit: number | undefined;
  let lastPower = Infinity;
  let zero = false;
  for (const ch of t) {
    const d = DIGITS[ch];
    if (d === 0) {
      // 零 only marks a gap after a power (一百零五); 零 first, or after a digit (二〇), is no numeral.
      if (digit !== undefined || zero || total === 0) return undefined;
      zero = true;
    } else if (d !== undefined) {
      if (digit !== undefined) return undefined;
      digit = d;
    } else {
      const p = POWERS[ch];
      if (p === undefined || p >= lastPower) return undefined;
      // 十 alone means 一十 (十二 = 12; also the lenient 一百十); 百 and 千 need their digit.
      if (digit === undefined && p !== 10) return undefined;
      total += (digit ?? 1) * p;
      lastPower = p;
      digit = undefined;
      zero = false;
    }
  }
  if (zero && digit === undefined) return undefined;
  const n = total + (digit ?? 0);
  return n > 0 ? n : undefined;
}

/**
 * An integer as statutes print it: 10 十, 12 十二, 21 二十一, 105 一百零五, 110 一百一十, 1010
 * 一千零一十. Throws a RangeError outside 1–9999 (no statute has more articles).
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumeral: ${n} is not an integer from 1 to 9999`);
  const names = '零一二三四五六七八九';
  const places: readonly (readonly [number, string])[] = [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ];
  let out = '';
  let rest = n;
  let gap = false;
  for (const [value, power] of places) {
    const d = Math.floor(rest / value);
    rest %= value;
    if (d === 0) {
      // Zeros inside the number are read as one 零 (一千零五); trailing zeros are not read at all.
      if (out !== '') gap = true;
      continue;
    }
    if (gap) out += '零';
    gap = false;
    // A leading 一十 is printed 十 (十二), but inside a number the 一 stays (一百一十).
    out += (d === 1 && value === 10 && out === '' ? '' : names.charAt(d)) + power;
  }
  return out;
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** A Chinese numeral, or the digits where there is none (a number out of range or missing, which the tree check reports). */
export function numeralOrDigits(n: number): string {
  return Number.isInteger(n) && n >= 1 && n <= 9999 ? chineseNumeral(n) : String(n);
}

/** 3 → iii, 14 → xiv. */
export function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}
