/**
 * Bad content must fail the build loudly, naming the file, the segment and the problem.
 * Each case copies the minimal fixture site's content, breaks one thing, and runs astro build.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedBuild } from '../helpers/isolated-build.ts';

const FIXTURE = 'tests/fixtures/minimal/content';
const DOC = 'documents/fixture.mdx';

function build(breakIt?: (dir: string) => void): { status: number | null; output: string } {
  // A private copy of the project: parallel builds must not share Astro's cached state.
  const site = isolatedBuild('duizhao-fixture-');
  try {
    cpSync(FIXTURE, site.content, { recursive: true });
    breakIt?.(site.content);
    return site.build();
  } finally {
    site.remove();
  }
}

function edit(dir: string, from: string | RegExp, to: string) {
  const file = join(dir, DOC);
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply: ${String(from)}`);
  writeFileSync(file, next);
}

describe('building content', { timeout: 120_000 }, () => {
  it('builds the intact fixture', () => {
    const r = build();
    expect(r.output).toContain('Complete!');
    expect(r.status).toBe(0);
  });

  it('fails on a missing translation, naming file and segment', () => {
    const r = build((d) => edit(d, 'en: The second paragraph.', 'en: ""'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('fixture');
    expect(r.output).toContain('segment p2: English part is empty');
  });

  it('fails on a duplicate id', () => {
    const r = build((d) => edit(d, 'id: p2', 'id: p1'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('segment p1: duplicate id');
  });

  it('fails on an unknown field', () => {
    const r = build((d) => edit(d, 'translator: Fixture', 'translator: Fixture\nauthor: Somebody'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/author/);
  });

  it('fails on a published segment with empty Chinese', () => {
    const r = build((d) => edit(d, 'zh: 第二段。', 'zh: ""'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('segment p2: Chinese part is empty');
  });

  it('fails when the Chinese text differs from the source, naming the raw line', () => {
    const r = build((d) => edit(d, 'zh: 第二段。', 'zh: 第三段。'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/documents\/fixture\.mdx: Chinese text does not match \S*content\/sources\/page\.txt, raw line 4:/);
  });

  it('names the line of the raw file, not of the document, and reports once, without a stack trace', () => {
    // The document is lines 10–13 of its raw file: a change in its fourth line is raw line 13.
    const r = build((d) => {
      const source = join(d, 'sources', 'page.txt');
      writeFileSync(source, '（前页）\n'.repeat(9) + readFileSync(source, 'utf8'));
      edit(d, /lines: \[1, 4\]/, 'lines: [10, 13]');
      edit(d, 'zh: 第二段。', 'zh: 第三段。');
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(
      /Chinese text does not match \S*page\.txt, raw line 13: published text “三段。” differs from the source “二段。”/,
    );
    expect(r.output.match(/Chinese text does not match/g)).toHaveLength(1);
    expect(r.output).not.toMatch(/Stack trace|Browser APIs| at .*\.(?:ts|js|mjs):\d+/);
  });

  it('fails when a clause does not render a glossary term in its Chinese', () => {
    const r = build((d) => edit(d, 'en: The first paragraph, on two lines.', 'en: The opening paragraph, on two lines.'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/documents/fixture.mdx, segment p1: “第一” (di-yi) is in the Chinese but the English has none of: “first”',
    );
  });

  it('fails on a wrong modal, a filler phrase and a generic glossary variant, naming segment and entry', () => {
    // One build for the three translation checks: they report in one message.
    const r = build((d) => {
      edit(d, 'zh: 第二段。', 'zh: 各地要落实。');
      edit(d, 'en: The second paragraph.', 'en: All localities should vigorously implement it.');
      const page = join(d, 'sources/page.txt');
      writeFileSync(page, readFileSync(page, 'utf8').replace('第二段。', '各地要落实。'));
      const terms = join(d, 'glossary/terms.yaml');
      writeFileSync(terms, readFileSync(terms, 'utf8').replace('en: first', 'en: first paragraph\n  variants: [paragraph]'));
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      'content/documents/fixture.mdx, segment p2: modality: “要” is rendered by none of “shall”, “must”, “are to”, “is to” (English: “All localities should vigorously implement it.”)',
    );
    expect(r.output).toContain('content/documents/fixture.mdx, segment p2: register: “vigorously”');
    expect(r.output).toContain('entry di-yi: variant “paragraph” is one word of the preferred “first paragraph”');
  });

  it('refuses a body that is code, naming file, line and problem', () => {
    const r = build((d) =>
      writeFileSync(join(d, DOC), `${readFileSync(join(d, DOC), 'utf8')}\nHome: {process.env.HOME}.\n\n<script>alert(1)</script>\n`),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/documents/fixture.mdx:22: an expression {…} in the body; a body is Markdown, not code');
    expect(r.output).toContain('content/documents/fixture.mdx:24: a <script> element in the body; a body is Markdown, not code');
  });

  it('fails on a duplicate headword or an unknown related term in the glossary', () => {
    const r = build((d) =>
      writeFileSync(
        join(d, 'glossary/terms.yaml'),
        readFileSync(join(d, 'glossary/terms.yaml'), 'utf8') +
          '- { id: di-yi-2, zh: 第一, pinyin: dìyī, en: first, category: legal-term, definition: Again., related: [nowhere] }\n',
      ),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('entry di-yi-2: duplicate headword 第一 (also entry di-yi)');
    expect(r.output).toContain('entry di-yi-2: related term “nowhere” does not exist');
  });
});
