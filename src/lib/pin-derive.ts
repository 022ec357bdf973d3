/**
 * A clause's permalink carries its pinpoint for the page script (SegmentRow.astro, clause-tools.ts),
 * but most of the pinpoint's forms follow from its short text: “art. 21(2)(iii)” is Article 21,
 * paragraph 2, item (3), 第二十一条第二款第（三）项, CSL locator `article|21(2)(iii)`. The build leaves
 * out each form that `derivePin` gives back exactly (pinAttributes), and the page script puts the
 * derived ones back (resolvePin): one function on both sides, so an omitted form is always the
 * form the build had. A form the rule does not give (a heading's printed numbers, an article
 * printed 第15条) stays in the page as before. On a law this is about 120 bytes a clause.
 */
import { chineseNumeral, roman } from './structure/numerals.ts';
import type { Pinpoint } from './structure/pinpoint.ts';
import type { Script } from './script.ts';

/** The forms the page script can derive: CSL label|locator (null: CSL has no label), long English, Chinese. */
export interface PinForms {
  loc: string | null;
  long: string;
  zh: string | undefined;
}

/** The few characters of a pinpoint that the traditional script writes otherwise (OpenCC agrees; pinAttributes checks). */
const HANT: Readonly<Record<string, string>> = { 条: '條', 项: '項', 点: '點' };
const inHant = (s: string, script: Script) => (script === 'hant' ? s.replace(/[条项点]/g, (c) => HANT[c] ?? c) : s);

const numeral = (n: number) => (Number.isInteger(n) && n >= 1 && n <= 9999 ? chineseNumeral(n) : undefined);
const ROMAN = /^[ivxlcdm]+$/;
function fromRoman(s: string): number | undefined {
  for (let n = 1; n <= 200; n++) if (roman(n) === s) return n;
  return undefined;
}

/** An article pinpoint's long and Chinese forms, or undefined when its groups do not read as 款/项/目. */
function article(number: string, inserted: string | undefined, groups: string[]): { long: string; zh: string } | undefined {
  const n = Number(number);
  const a = numeral(n);
  const k = inserted === undefined ? undefined : numeral(Number(inserted));
  if (a === undefined || (inserted !== undefined && (k === undefined || Number(inserted) > 10))) return undefined;
  let long = `Article ${number}${inserted === undefined ? '' : `-${inserted}`}`;
  let zh = `第${a}条${k === undefined ? '' : `之${k}`}`;
  let level: 'article' | 'paragraph' | 'item' | 'subitem' = 'article';
  for (const g of groups) {
    if (ROMAN.test(g) && (level === 'article' || level === 'paragraph')) {
      const item = fromRoman(g);
      const cn = item === undefined ? undefined : numeral(item);
      if (item === undefined || cn === undefined) return undefined;
      long += `, item (${String(item)})`;
      zh += `第（${cn}）项`;
      level = 'item';
    } else if (/^\d+$/.test(g) && level === 'article') {
      const cn = numeral(Number(g));
      if (cn === undefined) return undefined;
      long += `, paragraph ${g}`;
      zh += `第${cn}款`;
      level = 'paragraph';
    } else if (/^\d+$/.test(g) && level === 'item') {
      long += `, sub-item ${g}`;
      zh += `第${g}目`;
      level = 'subitem';
    } else return undefined;
  }
  return { long, zh };
}

/** The forms that follow from a pinpoint's short text, in a script; long falls back to the text itself. */
export function derivePin(text: string, script: Script): PinForms {
  let m = /^art\. (\d+)(?:-(\d+))?((?:\([0-9a-z]+\))*)$/.exec(text);
  if (m) {
    const groups = [...(m[3] ?? '').matchAll(/\(([0-9a-z]+)\)/g)].map((g) => g[1] ?? '');
    const forms = article(m[1] ?? '', m[2], groups);
    const loc = `article|${text.slice('art. '.length)}`;
    return forms ? { loc, long: forms.long, zh: inHant(forms.zh, script) } : { loc, long: text, zh: undefined };
  }
  if ((m = /^para\. (\d+)$/.exec(text)))
    return { loc: `paragraph|${m[1] ?? ''}`, long: `paragraph ${m[1] ?? ''}`, zh: `第${m[1] ?? ''}段` };
  if ((m = /^para\. (\d+) \(point (\d+)\)$/.exec(text))) {
    const [, p = '', k = ''] = m;
    return { loc: `paragraph|${p} (point ${k})`, long: `paragraph ${p}, point ${k}`, zh: inHant(`第${p}段第${k}点`, script) };
  }
  if ((m = /^point (\d+)$/.exec(text))) return { loc: null, long: text, zh: inHant(`第${m[1] ?? ''}点`, script) };
  if ((m = /^measure (\d+)$/.exec(text))) {
    const cn = numeral(Number(m[1]));
    return { loc: null, long: text, zh: cn === undefined ? undefined : inHant(`第${cn}项措施`, script) };
  }
  if ((m = /^sec\. (\d+(?:\.\d+)*)$/.exec(text))) return { loc: `section|${m[1] ?? ''}`, long: `Section ${m[1] ?? ''}`, zh: undefined };
  return { loc: null, long: text, zh: undefined };
}

/** A pinpoint's forms as the page shows them (the Chinese already in the page's script). */
export function pinForms(at: Pinpoint, zhInScript: string): PinForms {
  return { loc: at.label === null ? null : `${at.label}|${at.locator}`, long: at.long, zh: zhInScript };
}

/**
 * The permalink's attributes for the forms: undefined where derivePin gives the same (left out),
 * else the form ('' for none: a label-less locator, an empty long or Chinese form).
 */
export function pinAttributes(text: string, script: Script, forms: PinForms): Record<'loc' | 'long' | 'zh', string | undefined> {
  const d = derivePin(text, script);
  return {
    loc: forms.loc === d.loc ? undefined : (forms.loc ?? ''),
    long: forms.long === d.long ? undefined : forms.long,
    zh: forms.zh === d.zh ? undefined : (forms.zh ?? ''),
  };
}

/** The forms back from the permalink's attributes (null: left out), as pinAttributes wrote them. */
export function resolvePin(text: string, script: Script, given: Record<'loc' | 'long' | 'zh', string | null>): PinForms {
  const d = derivePin(text, script);
  return {
    loc: given.loc === null ? d.loc : given.loc === '' ? null : given.loc,
    long: given.long ?? d.long,
    zh: given.zh === null ? d.zh : given.zh,
  };
}
