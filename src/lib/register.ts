/**
 * Register check: constructions the house style avoids (Xinhua-English filler and Chinglish),
 * reported per segment. This table is the one source: docs/translation-style.md lists the same
 * rows, and tests/unit/register.test.ts fails when the two disagree.
 */
import type { Segment } from './segments.ts';
import { units } from './segments.ts';
import { excerpt } from './modality.ts';

/** A construction to avoid: how it reads, the pattern that finds it, why, and what to write. */
export interface RegisterRule {
  /** The construction as the style guide and messages name it. */
  phrase: string;
  pattern: RegExp;
  why: string;
  instead: string;
}

/** Whole words or phrases, case-insensitive; a space matches any white space. */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'iu');

export const REGISTER_RULES: readonly RegisterRule[] = [
  {
    phrase: 'do a good job of',
    pattern: words('(?:do|does|doing|did|done) (?:a )?good jobs? (?:of|in|on)'),
    why: 'Xinhua filler for 做好/抓好',
    instead: 'write the verb: “strengthen product marketing”',
  },
  {
    phrase: 'do good work',
    pattern: words('(?:do|does|doing|did|done) good work'),
    why: 'filler for 做好……工作',
    instead: 'name the work: “continue liaison, promotion, guidance and services”',
  },
  {
    phrase: 'it is necessary to',
    pattern: words('it is (?:necessary|imperative|essential) to'),
    why: 'subjectless translationese for 要',
    instead: 'give the subject and a modal: “social organizations must …”',
  },
  {
    phrase: 'talent training',
    pattern: words('talent[- ]training'),
    why: 'Chinglish for 人才培训/人才培养',
    instead: '“personnel training”, “training skilled people”',
  },
  {
    phrase: 'talents',
    // "develop their talents" (gifts, abilities) is good English: a possessive before it is allowed.
    pattern: words('(?<!(?:their|his|her|its|our|your|own|whose)\\s+)talents|a talent|talent who'),
    why: 'countable “talent” for 人才 is Chinglish (“talents” are gifts, not people)',
    instead: '“skilled people”, “professionals”, “outstanding graduates who …”',
  },
  {
    phrase: 'absorb … into employment',
    pattern: words('absorb(?:s|ed|ing)?\\b[^.;]{0,60}?\\binto employment'),
    why: 'literal 吸纳……就业',
    instead: '“hire”, “create jobs for”',
  },
  {
    phrase: 'students currently enrolled',
    pattern: words('(?:students )?currently enrolled(?: students)?'),
    why: 'clumsy for 在校大学生, and drops “college”',
    instead: '“current college students”',
  },
  {
    phrase: 'carry out the work of',
    pattern: words('carr(?:y|ies|ied|ying) out (?:the )?work (?:of|on)'),
    why: 'filler for 开展……工作',
    instead: 'the verb itself: “inspect”, “publicize”',
  },
  {
    phrase: 'give full play to',
    pattern: words('(?:give|gives|gave|giving|given) full play to'),
    why: 'Xinhua calque of 充分发挥',
    instead: '“make full use of”',
  },
  {
    phrase: 'in a down-to-earth manner',
    pattern: words('in a down-to-earth (?:manner|way)'),
    why: 'calque of 扎扎实实',
    instead: '“thoroughly”, “in earnest”, or nothing',
  },
  {
    phrase: 'vigorously',
    pattern: words('vigorously'),
    why: 'filler for 大力, which adds emphasis, not meaning',
    instead: 'drop it, or “actively”, “step up”',
  },
  {
    phrase: 'earnestly',
    pattern: words('earnestly'),
    why: 'filler for 认真',
    instead: 'drop it, or “thoroughly”',
  },
  {
    phrase: 'make great efforts to',
    pattern: words('(?:make|makes|made|making) (?:great|strenuous) efforts? to'),
    why: 'filler for 着力, 努力',
    instead: 'the verb alone, or “strive to”',
  },
  {
    // The review of 2026-11-27 found “make every effort to” (for 着力) passing the row above.
    phrase: 'make every effort to',
    pattern: words('(?:make|makes|made|making) (?:every (?:possible )?effort|all-out efforts?|(?:the |their |its )?utmost efforts?) to'),
    why: 'filler for 着力, 全力: emphasis, not meaning',
    instead: 'the verb alone: “remedy the shortfalls”',
  },
];

/** One construction found in one segment. */
export interface RegisterProblem {
  document: string;
  segment: string;
  phrase: string;
  /** The words as the English has them. */
  found: string;
  message: string;
}

/** A reasoned exception: this construction stays in this segment (a quotation, a title). */
export interface RegisterWaiver {
  document: string;
  segment: string;
  phrase: string;
  reason: string;
}

/** Finds the constructions to avoid in one English text. */
export function findRegister(
  en: string,
  rules: readonly RegisterRule[] = REGISTER_RULES,
): { rule: RegisterRule; found: string; at: number }[] {
  const out: { rule: RegisterRule; found: string; at: number }[] = [];
  for (const rule of rules) {
    const m = rule.pattern.exec(en);
    if (m) out.push({ rule, found: m[0].replace(/\s+/g, ' '), at: m.index });
  }
  return out;
}

/** Checks every translated segment of a document; a waiver names the rule's phrase. */
export function checkRegister(document: string, segments: readonly Segment[], waivers: readonly RegisterWaiver[] = []): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  for (const u of units(segments)) {
    if (u.translation === 'none') continue;
    for (const { rule, found, at } of findRegister(u.en)) {
      const waived = waivers.some(
        (w) => w.document === document && w.segment === u.id && w.phrase.toLowerCase() === rule.phrase.toLowerCase(),
      );
      if (waived) continue;
      const shown = found.toLowerCase() === rule.phrase.toLowerCase() ? '' : ` as “${found}”`;
      problems.push({
        document,
        segment: u.id,
        phrase: rule.phrase,
        found,
        message: `“${rule.phrase}”${shown} (${rule.why}; ${rule.instead}) (English: “${excerpt(u.en, at)}”)`,
      });
    }
  }
  return problems;
}

/** One line per problem, naming file, segment and construction. */
export function formatRegisterProblem(p: RegisterProblem): string {
  return `content/documents/${p.document}.mdx, segment ${p.segment}: register: ${p.message}`;
}
