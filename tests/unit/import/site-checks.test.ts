/**
 * The drafts must pass the site's own checks: the document schema (strict, so an unknown field
 * fails) with its segment rules, and the provenance check that the Chinese text is the raw source
 * minus debris, over the document's source.lines. Both are the site's modules, used read-only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentSchema } from '../../../src/lib/document-schema.ts';
import { readFrontMatter } from '../../../src/lib/front-matter.ts';
import { alignSource, lineRange } from '../../../src/lib/provenance.ts';
import { units } from '../../../src/lib/segments.ts';
import type { Segment } from '../../../src/lib/segments.ts';
import { importSource } from '../../../src/lib/import/index.ts';
import { renderMdx } from '../../../src/lib/import/mdx.ts';
import { summarise } from '../../../src/lib/import/report.ts';
import { FIXTURES, rewrappedPage, seedText, siteDocuments } from './helpers.ts';

function check(name: string, text: string): void {
  describe(name, () => {
    const result = importSource(new TextEncoder().encode(text));
    const ctx = { raw: 'raw.txt', sha256: result.sha256, summary: summarise(result.report), warnings: result.report.warnings };
    for (const doc of result.documents) {
      const mdx = renderMdx(doc, ctx);
      const data = readFrontMatter(mdx, `draft of “${doc.title}”`).data as {
        title: { zh: string };
        segments: Segment[];
        source: { lines: [number, number] };
      };
      it(`"${doc.title}" validates against the document schema`, () => {
        const parsed = documentSchema.safeParse(data);
        expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([]);
      });
      it(`"${doc.title}" passes the provenance check over lines ${doc.lines.join('–')}`, () => {
        const segments = documentSchema.parse(data).segments;
        const published =
          data.title.zh +
          units(segments)
            .map((u) => u.zh)
            .join('');
        const aligned = alignSource(lineRange(text, ...data.source.lines), published);
        expect(aligned.ok ? 'ok' : aligned.message).toBe('ok');
      });
    }
  });
}

check('the seed', seedText());
for (const width of [9, 17]) {
  for (const style of ['blank lines', 'full-width indents'] as const)
    check(`the seed re-wrapped at ${width}, ${style}`, rewrappedPage(siteDocuments(), width, style));
}
check('the one-paragraph-per-line notice', readFileSync(path.join(FIXTURES, 'notice-one-paragraph-per-line.txt'), 'utf8'));
