/**
 * Modality check: the deontic markers of a clause's Chinese (要, 应当, 可以, 不得 …) must be
 * rendered by the English that docs/translation-style.md prescribes for the document's type, an
 * unmarked clause must not bind harder than a marked one, and "will" (a prediction) must not
 * stand for a directive. The scale below is the one source of the style guide's modality tables
 * (tests/unit/modality.test.ts checks that the guide lists every marker).
 *
 * Markers are found by word segmentation, not by substring: 要 in 重要, 主要, 需要, 要求 is not a
 * directive, and jieba cuts those as words of their own. The segmenter is injected (`Cut`) so the
 * check stays a pure function; `segmenter()` builds the one jieba instance a build needs.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { DocumentType } from './document-schema.ts';
import type { Segment } from './segments.ts';
import { units } from './segments.ts';
import { NODE_KINDS } from './structure/kinds.ts';

/** Splits Chinese text into words. */
export type Cut = (text: string) => string[];

/** An English rendering a marker accepts: a label for messages and the pattern that finds it. */
export interface Rendering {
  label: string;
  pattern: RegExp;
}

/** One row of the scale: the Chinese tokens of a marker and the English that renders them. */
export interface MarkerRule {
  /** The tokens (jieba words) that carry the marker. */
  tokens: readonly string[];
  renderings: readonly Rendering[];
}

/** Whole words or phrases, case-insensitive; spaces match any run of white space. */
function phrase(label: string, source = label): Rendering {
  const body = source.replace(/ /g, '\\s+');
  return { label, pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'iu') };
}

const SHALL = phrase('shall');
const MUST = phrase('must');
const MAY = phrase('may');
const CAN = phrase('can');
const ARE_TO = phrase('are to');
const IS_TO = phrase('is to');
const SHALL_NOT = phrase('shall not');
const MUST_NOT = phrase('must not');
const MAY_NOT = phrase('may not');
const ARE_NOT_TO = phrase('are not to', '(?:are|is) not to');
// "No unit or individual shall …" is the standard English for 任何单位和个人不得.
const NO_SHALL = phrase('no … shall', 'no\\b[^.;:]{0,80}?\\b(?:shall|may|must)');
const PROHIBITED = phrase('is prohibited', '(?:is|are)\\s+(?:strictly\\s+)?prohibited|prohibits?');
const ENCOURAGE = phrase('encourage', 'encourag(?:e|es|ed|ing)');
const SUPPORT = phrase('support', 'support(?:s|ed|ing)?');
const RIGHT = phrase('has the right to', '(?:has|have) the right|(?:is|are) entitled to');

/**
 * Directive tokens. 还要, 应予 are single jieba words that still carry the marker; 要求, 需要,
 * 重要 and the like are different words and never reach this table.
 */
const YAO = ['要', '还要'];
const YING = ['应', '应予'];
const YINGDANG = ['应当'];
const BIXU = ['必须', '须', '务必'];
const KEYI = ['可以'];
const KE = ['可'];
const BUDE = ['不得', '不要'];
const JINZHI = ['禁止', '严禁'];

/** Laws and regulations: the legal scale (China Law Translate and NPC practice). */
const LAW: readonly MarkerRule[] = [
  { tokens: [...YINGDANG, ...YING, ...YAO], renderings: [SHALL] },
  { tokens: BIXU, renderings: [MUST] },
  // 可以 grants a permission (“may”) or, before a verb in a relative clause, says what is possible:
  // 可以通过共享获取的数据 “data that can be obtained through sharing”, 确保数据可关联 “can be linked”.
  { tokens: [...KEYI, ...KE], renderings: [MAY, CAN] },
  { tokens: BUDE, renderings: [SHALL_NOT, MAY_NOT, MUST_NOT, NO_SHALL] },
  { tokens: JINZHI, renderings: [PROHIBITED, SHALL_NOT, MUST_NOT, NO_SHALL] },
  { tokens: ['有权'], renderings: [RIGHT] },
  { tokens: ['鼓励'], renderings: [ENCOURAGE] },
  { tokens: ['支持'], renderings: [SUPPORT] },
];

/** Policy documents and reports of them: directives bind; "should" and "will" do not render them. */
const POLICY: readonly MarkerRule[] = [
  { tokens: [...YAO, ...YING, ...YINGDANG, ...BIXU], renderings: [SHALL, MUST, ARE_TO, IS_TO] },
  { tokens: [...KEYI, ...KE], renderings: [MAY, CAN] },
  { tokens: [...BUDE, ...JINZHI], renderings: [SHALL_NOT, MUST_NOT, MAY_NOT, ARE_NOT_TO, PROHIBITED, NO_SHALL] },
  { tokens: ['鼓励'], renderings: [ENCOURAGE] },
];

/** Which scale a document type follows; `other` has none (its texts are not directives). */
export const SCALES: Readonly<Record<DocumentType, readonly MarkerRule[] | undefined>> = {
  regulation: LAW,
  notice: POLICY,
  opinion: POLICY,
  'news-report': POLICY,
  speech: POLICY,
  other: undefined,
};

/** Every directive token of the policy scale: a clause with none of them is unmarked. */
const BINDING_TOKENS = new Set([...YAO, ...YING, ...YINGDANG, ...BIXU, ...BUDE, ...JINZHI]);
/** English that binds: "shall" or "must" (which also covers "shall not", "must not"). */
const BINDING_EN = /(?<![\p{L}\p{N}])(shall|must)(?![\p{L}\p{N}])/iu;
const SHOULD = /(?<![\p{L}\p{N}])should(?![\p{L}\p{N}])/iu;
/** Chinese words that predict: only these may be rendered "will". */
const FUTURE_TOKENS = new Set(['将', '将要', '即将', '会', '将会', '届时']);
/** "will" as a modal verb, not the noun (political will, the will of the people). */
const WILL = /(?<!\b(?:the|political|good|free|own|popular|strong|people's|people’s)\s+)(?<![\p{L}\p{N}])will(?![\p{L}\p{N}])(?!\s+of\b)/iu;

/** Cited titles (《…》) are names, not directives of the text that cites them. */
const stripTitles = (zh: string) => zh.replace(/《[^》]*》/g, '《》');

/** One modality problem in one segment. */
export interface ModalityProblem {
  document: string;
  segment: string;
  /** The Chinese marker, or the English modal ("shall", "must", "will") for unmarked clauses. */
  marker: string;
  message: string;
}

/** A reasoned exception: this marker in this segment is rendered as it is on purpose. */
export interface ModalityWaiver {
  document: string;
  segment: string;
  marker: string;
  reason: string;
}

/** The first words of the English, enough to find the sentence. */
export function excerpt(en: string, at = 0, width = 90): string {
  const flat = en.replace(/\s+/g, ' ').trim();
  const start = Math.max(0, Math.min(at - 30, flat.length - width));
  const text = flat.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${text}${start + width < flat.length ? '…' : ''}`;
}

/** The directive markers of a Chinese text under a scale: each rule with the token found, once. */
export function findMarkers(zh: string, scale: readonly MarkerRule[], cut: Cut): { token: string; rule: MarkerRule }[] {
  const tokens = cut(stripTitles(zh));
  const found: { token: string; rule: MarkerRule }[] = [];
  for (const token of tokens) {
    const rule = scale.find((r) => r.tokens.includes(token));
    if (rule && !found.some((f) => f.rule === rule)) found.push({ token, rule });
  }
  return found;
}

/**
 * Checks a document's clauses against its type's scale. Per segment (the unit a translator
 * revises and a waiver names):
 * 1. every marker needs one of its renderings somewhere in the segment's English;
 * 2. policy and report types: "shall"/"must" needs a directive marker in the Chinese (an unmarked
 *    clause never binds harder than a marked one);
 * 3. "will" needs a word that predicts (将, 会 …) in the Chinese: it never renders a directive;
 * 4. policy and report types: "should" beside a directive marker (advice for a directive).
 * Formal parts and records (document numbers, signatures, enactment records) carry no modality;
 * untranslated segments have no English to check.
 */
export function checkModality(
  document: string,
  type: DocumentType,
  segments: readonly Segment[],
  cut: Cut,
  waivers: readonly ModalityWaiver[] = [],
): ModalityProblem[] {
  const scale = SCALES[type];
  if (!scale) return [];
  const problems: ModalityProblem[] = [];
  const waived = (segment: string, marker: string) =>
    waivers.some((w) => w.document === document && w.segment === segment && w.marker === marker);
  for (const u of units(segments)) {
    if (u.translation === 'none') continue;
    const family = NODE_KINDS[u.kind].family;
    if (family === 'formal' || family === 'record') continue;
    const tokens = cut(stripTitles(u.zh));
    const add = (marker: string, message: string) => {
      if (!waived(u.id, marker)) problems.push({ document, segment: u.id, marker, message });
    };
    for (const { token, rule } of findMarkers(u.zh, scale, cut)) {
      if (rule.renderings.some((r) => r.pattern.test(u.en))) continue;
      const labels = rule.renderings.map((r) => `“${r.label}”`).join(', ');
      add(token, `“${token}” is rendered by none of ${labels} (English: “${excerpt(u.en)}”)`);
    }
    if (scale === POLICY && !tokens.some((t) => BINDING_TOKENS.has(t))) {
      const m = BINDING_EN.exec(u.en);
      if (m) {
        const word = (m[1] ?? 'shall').toLowerCase();
        add(
          word,
          `“${word}” but the Chinese has no directive marker (an unmarked clause is “are to”, imperative or present; English: “${excerpt(u.en, m.index)}”)`,
        );
      }
    }
    // "should" is advice: beside a directive it means the directive was softened somewhere in
    // the segment, even when another clause of the segment has "shall".
    const should = SHOULD.exec(u.en);
    const directive = tokens.find((t) => BINDING_TOKENS.has(t));
    if (scale === POLICY && should && directive) {
      add('should', `“should” (advice) where the Chinese has the directive “${directive}” (English: “${excerpt(u.en, should.index)}”)`);
    }
    const will = WILL.exec(u.en);
    if (will && !tokens.some((t) => FUTURE_TOKENS.has(t))) {
      const directive = tokens.find((t) => scale.some((r) => r.tokens.includes(t)));
      const what = directive ? `the directive “${directive}”` : 'an unmarked directive';
      add('will', `“will” predicts, but the Chinese has ${what} and no 将 or 会 (English: “${excerpt(u.en, will.index)}”)`);
    }
  }
  return problems;
}

/** One line per problem, naming file, segment, marker and what the English says. */
export function formatModalityProblem(p: ModalityProblem): string {
  return `content/documents/${p.document}.mdx, segment ${p.segment}: modality: ${p.message}`;
}

/** Words jieba's dictionary lacks or cuts wrongly for this check (可持续 is not 可 + 持续). */
const EXTRA_WORDS = ['可持续', '可复制', '可推广', '可操作', '可及性'];

let jieba: { key: string; cut: Cut } | undefined;

/**
 * A jieba segmenter with the given words (glossary headwords) as a user dictionary, so names and
 * terms stay whole (王爱文, not 王/爱/文). Built once, on first use: loading the dictionary takes
 * about 150 ms. HMM is off: new-word guessing could glue a marker to its neighbour.
 */
export function segmenter(userWords: readonly string[] = []): Cut {
  const key = [...userWords].sort().join('\n');
  if (jieba?.key === key) return jieba.cut;
  // The package is CommonJS with a native binding: required from the project root (the build's
  // working directory), not from wherever the bundler put this module, and only when first used.
  const require = createRequire(resolve('package.json'));
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  const words = [...new Set([...userWords, ...EXTRA_WORDS])].filter((w) => /^[\p{Script=Han}\p{L}\p{N}]+$/u.test(w));
  // A high frequency makes a user word win over the default dictionary's cuts.
  if (words.length > 0) instance.loadDict(Buffer.from(words.map((w) => `${w} 100000`).join('\n') + '\n'));
  const cut: Cut = (text) => instance.cut(text, false);
  jieba = { key, cut };
  return cut;
}
