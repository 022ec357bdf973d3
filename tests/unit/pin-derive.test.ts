/**
 * A permalink leaves out the pinpoint forms the page script derives from the short text
 * (lib/pin-derive.ts): what the script puts back must be what the build had, for every node of
 * the published documents and the synthetic fixture laws, in both scripts.
 */
import { describe, expect, it } from 'vitest';
import { generateLaw } from '../../scripts/bench/laws.ts';
import { parseDocument, readDocuments } from '../../src/lib/front-matter.ts';
import { derivePin, pinAttributes, pinForms, resolvePin } from '../../src/lib/pin-derive.ts';
import { inScript } from '../../src/lib/script.ts';
import { pinpoint } from '../../src/lib/structure/pinpoint.ts';
import { buildTree } from '../../src/lib/structure/tree.ts';

/** The published documents, the fixture laws and 20 of the bench's synthetic laws (50–300 articles, 之一 articles, 款, 项, 目). */
const DOCUMENTS = [
  ...readDocuments('content/documents'),
  ...readDocuments('tests/fixtures/structured/content/documents'),
  ...Array.from({ length: 20 }, (_, i) => parseDocument(generateLaw(i, { glossary: [] }).mdx, `synthetic-law-${String(i)}.mdx`)),
];
const given = (a: Record<'loc' | 'long' | 'zh', string | undefined>) => ({ loc: a.loc ?? null, long: a.long ?? null, zh: a.zh ?? null });

describe('pinpoint forms left out of a permalink', () => {
  it('come back as the build had them, for every node of every document, in both scripts', () => {
    let nodes = 0;
    for (const doc of DOCUMENTS) {
      for (const node of buildTree(doc.data.segments).byId.values()) {
        const at = pinpoint(node);
        for (const script of ['hans', 'hant'] as const) {
          const forms = pinForms(at, inScript(at.zh, script));
          expect(
            resolvePin(at.text, script, given(pinAttributes(at.text, script, forms))),
            `${doc.slug}#${node.segment.id} ${script}`,
          ).toEqual(forms);
          nodes++;
        }
      }
    }
    expect(nodes).toBeGreaterThan(10_000);
  });

  it('are left out for the articles, paragraphs and items of a law and the paragraphs of a report', () => {
    const law = DOCUMENTS.find((d) => d.slug === 'synthetic-data-resources-regulation');
    if (!law) throw new Error('fixture missing');
    const kinds = new Set(['article', 'paragraph', 'item', 'subitem']);
    const omitted = [...buildTree(law.data.segments).byId.values()]
      .filter((n) => kinds.has(n.kind))
      .map((n) => {
        const at = pinpoint(n);
        return pinAttributes(at.text, 'hant', pinForms(at, inScript(at.zh, 'hant')));
      });
    expect(omitted.length).toBeGreaterThan(50);
    expect(omitted.filter((a) => a.loc === undefined && a.long === undefined && a.zh === undefined).length).toBe(omitted.length);
  });

  it('derive the long and Chinese forms as statutes are cited', () => {
    expect(derivePin('art. 21(2)(iii)', 'hans')).toEqual({
      loc: 'article|21(2)(iii)',
      long: 'Article 21, paragraph 2, item (3)',
      zh: '第二十一条第二款第（三）项',
    });
    expect(derivePin('art. 10(iii)', 'hant')).toEqual({ loc: 'article|10(iii)', long: 'Article 10, item (3)', zh: '第十條第（三）項' });
    expect(derivePin('art. 15-1', 'hans').zh).toBe('第十五条之一');
    expect(derivePin('art. 21(2)(iii)(1)', 'hans').long).toBe('Article 21, paragraph 2, item (3), sub-item 1');
    expect(derivePin('para. 3 (point 2)', 'hant')).toEqual({
      loc: 'paragraph|3 (point 2)',
      long: 'paragraph 3, point 2',
      zh: '第3段第2點',
    });
    expect(derivePin('measure 4', 'hans')).toEqual({ loc: null, long: 'measure 4', zh: '第四项措施' });
  });

  it('keep in the page what the rule does not give: an article printed otherwise, a heading’s printed numbers', () => {
    const forms = { loc: 'article|15', long: 'Article 15', zh: '第15条' };
    expect(pinAttributes('art. 15', 'hans', forms)).toEqual({ loc: undefined, long: undefined, zh: '第15条' });
    expect(resolvePin('art. 15', 'hans', { loc: null, long: null, zh: '第15条' })).toEqual(forms);
    expect(pinAttributes('sec. 1.2', 'hans', { loc: 'section|1.2', long: 'Section 1.2', zh: '一（二）' }).zh).toBe('一（二）');
    // A label-less pinpoint where the rule would give one is written as an empty locator.
    expect(pinAttributes('para. 2', 'hans', { loc: null, long: 'paragraph 2', zh: '第2段' }).loc).toBe('');
    expect(resolvePin('para. 2', 'hans', { loc: '', long: null, zh: null }).loc).toBeNull();
  });
});
