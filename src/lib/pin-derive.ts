/**
 * A clause's permalink carries its pinpoint for the page script (SegmentRow.astro, clause-tools.ts),
 * but most of the pinpoint's forms follow from its short text: “art. 21(2)(iii)” is Article 21,
 * paragraph 2, item (3), 第二十一条第二款第（三）项, CSL locator `article|21(2)(iii)`. The build leaves
 * out each form that `derivePin` gives back exactly (pinAttributes), and the page script puts the
 * derived ones back (resolvePin): one function on both sides, so an omitted form is always the
 * form the build had. A form the rule does not give (a policy heading's, an article printed
 * 第15条) stays in the page as before. On a law this is about 120 bytes a clause.
 */
import { numeralOrDigits } from './structure/numerals.ts';
import type { Pinpoint } from './structure/pinpoint.ts';
import type { Script } from './script.ts';

/** The forms the page script can derive: CSL label|locator (null: CSL has no label), long English, Chinese. */
export interface PinForms {
  loc: string | null;
  long: string;
  zh: string | undefined;
}

/** The few characters of a pinpoint that the traditional script writes otherwise (OpenCC agrees; pinAttributes checks). */
const inPageScript = (s: string, script: Script) =>
  script === 'hant' ? s.replace(/[条项点]/g, (c) => ({ 条: '條', 项: '項', 点: '點' })[c] ?? c) : s;

/** A number of the short text as a Chinese numeral, as pinpoint.ts writes it. */
const cn = (n: string) => numeralOrDigits(Number(n));

/** A lower-case Roman numeral's value (an item's number in an English pinpoint). */
function fromRoman(r: string): number {
  const v = Array.from(r, (c) => ({ i: 1, v: 5, x: 10, l: 50, c: 100 })[c] ?? 0);
  return v.reduce((n, x, i) => n + (x < (v[i + 1] ?? 0) ? -x : x), 0);
}

/** art. 21-1(2)(iii)(1): article, inserted article (之一), paragraph (款), item (项), sub-item (目). */
const ARTICLE = /^art\. (\d+)(?:-(\d+))?(?:\((\d+)\))?(?:\(([ivxlc]+)\)(?:\((\d+)\))?)?$/;

/** The forms that follow from a pinpoint's short text, in a script; long falls back to the text itself. */
export function derivePin(text: string, script: Script): PinForms {
  let m = ARTICLE.exec(text);
  if (m) {
    const [, a = '', k, p, item, sub] = m;
    const i = item && String(fromRoman(item));
    return {
      loc: `article|${text.slice(5)}`,
      long: `Article ${a}${k ? `-${k}` : ''}${p ? `, paragraph ${p}` : ''}${i ? `, item (${i})` : ''}${sub ? `, sub-item ${sub}` : ''}`,
      zh: inPageScript(
        `第${cn(a)}条${k ? `之${cn(k)}` : ''}${p ? `第${cn(p)}款` : ''}${i ? `第（${cn(i)}）项` : ''}${sub ? `第${sub}目` : ''}`,
        script,
      ),
    };
  }
  if ((m = /^para\. (\d+)(?: \(point (\d+)\))?$/.exec(text))) {
    const [, p = '', k] = m;
    return k
      ? { loc: `paragraph|${p} (point ${k})`, long: `paragraph ${p}, point ${k}`, zh: inPageScript(`第${p}段第${k}点`, script) }
      : { loc: `paragraph|${p}`, long: `paragraph ${p}`, zh: `第${p}段` };
  }
  if ((m = /^(point|measure) (\d+)$/.exec(text)))
    return { loc: null, long: text, zh: inPageScript(m[1] === 'point' ? `第${m[2] ?? ''}点` : `第${cn(m[2] ?? '')}项措施`, script) };
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
