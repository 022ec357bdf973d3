/**
 * The CLI end to end (scripts/import.ts run by Node's type stripping): --json, writing drafts and
 * the raw copy, never overwriting without --force, and refusals with exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, SEED_PATH, seedBytes, siteDocuments } from './helpers.ts';

const SCRIPT = path.join(ROOT, 'scripts/import.ts');
let dir = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['INIT_CWD'];
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duizhao-import-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Each test spawns Node (and a decode of a whole file): under a loaded machine that takes seconds.
describe('npm run import', { timeout: 30_000 }, () => {
  it('--json prints the parsed structure to stdout, the report to stderr, and writes nothing', () => {
    const r = run(SEED_PATH, '--json', '--out', 'content/documents');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      documents: Array<{ title: string; segments: Array<{ id: string; kind: string; text: string }> }>;
      warnings: unknown[];
    };
    expect(json.documents.map((d) => d.title)).toEqual(siteDocuments().map((d) => d.title));
    expect(json.documents[1]?.segments.find((s) => s.id === 'caption')?.text).toBe('下基层（新华社发 徐骏/作）');
    expect(json.warnings).toHaveLength(1);
    expect(r.stderr).toMatch(/^import report for .*000_81dd4d6215fba58d\.txt/);
    expect(r.stderr).toMatch(/L20 {2}column-break/);
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
  });

  it('--json on a law (flat GB18030, CRLF): segments with kind, parent, number, printed and lines', () => {
    const r = run(path.join(FIXTURES, 'synthetic-regulation-flat-gb18030.txt'), '--json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as {
      documents: Array<{ type: string; title: string; segments: Array<Record<string, unknown>> }>;
      warnings: unknown[];
      changes: unknown[];
    };
    expect(json.documents).toHaveLength(1);
    expect(json.documents[0]).toMatchObject({ type: 'regulation', title: '（虚构示例）某某市公共数据资源管理条例' });
    const segs = json.documents[0]?.segments ?? [];
    expect(segs.find((s) => s['id'] === 'art20-2')).toEqual({
      id: 'art20-2',
      kind: 'paragraph',
      text: '属于无条件共享类的，公共数据平台管理单位应当在三个工作日内予以共享；属于有条件共享类的，数据提供单位应当在十个工作日内答复。',
      lines: [60, 60],
      parent: 'art20',
      number: 2,
    });
    expect(segs.find((s) => s['id'] === 'art15a')).toMatchObject({
      kind: 'article',
      parent: 'ch3-s1',
      number: 15,
      printed: '第十五条之一',
    });
    expect(json.warnings).toEqual([]);
    expect(r.stderr).toMatch(/decoded: gb18030, CRLF line endings/);
  });

  it('writes one draft per document and a copy of the raw file beside --out, then refuses to overwrite', () => {
    const r = run(SEED_PATH, '--out', 'content/documents');
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(dir, 'content/documents')).sort()).toEqual(['import-0364d539-1.mdx', 'import-0364d539-2.mdx']);
    expect(readFileSync(path.join(dir, 'content/sources/000_81dd4d6215fba58d.txt'))).toEqual(Buffer.from(seedBytes()));
    expect(r.stderr).toContain('wrote content/documents/import-0364d539-1.mdx');
    const draft = path.join(dir, 'content/documents/import-0364d539-1.mdx');
    expect(readFileSync(draft, 'utf8')).toMatch(/^---\n# IMPORT DRAFT[\s\S]*\nstatus: draft\n[\s\S]*---\n$/);

    writeFileSync(draft, 'an editor has been working here');
    const again = run(SEED_PATH, '--out', 'content/documents');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/import-0364d539-1\.mdx already exists; not overwriting an existing document without --force/);
    expect(readFileSync(draft, 'utf8')).toBe('an editor has been working here');

    const forced = run(SEED_PATH, '--out', 'content/documents', '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(draft, 'utf8')).toMatch(/^---\n# IMPORT DRAFT/);
    expect(forced.stderr).toMatch(/unchanged .*000_81dd4d6215fba58d\.txt \(identical copy already there\)/);
  });

  it('refuses to replace a different raw copy of the same name without --force', () => {
    const sources = path.join(dir, 'content/sources');
    run(SEED_PATH, '--out', 'content/documents', '--slug', 'a', '--slug', 'b');
    writeFileSync(path.join(sources, '000_81dd4d6215fba58d.txt'), 'another page');
    const r = run(SEED_PATH, '--out', 'content/documents', '--slug', 'c', '--slug', 'd');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/content\/sources\/000_81dd4d6215fba58d\.txt already exists with different content/);
    expect(existsSync(path.join(dir, 'content/documents/c.mdx'))).toBe(false);
  });

  it('names documents with --slug, in order', () => {
    const r = run(SEED_PATH, '--out', 'out/docs', '--slug', 'mca-symposium', '--slug', 'graduates-jobs');
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(dir, 'out/docs')).sort()).toEqual(['graduates-jobs.mdx', 'mca-symposium.mdx']);
    expect(existsSync(path.join(dir, 'out/sources/000_81dd4d6215fba58d.txt'))).toBe(true);
  });

  const refusals: Array<[string, Uint8Array, RegExp]> = [
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary/],
    ['empty', new Uint8Array(), /empty/],
    ['no Chinese', new TextEncoder().encode('Only English here.\n'), /no Chinese/],
  ];
  for (const [name, bytes, reason] of refusals) {
    it(`refuses a ${name} file: exit 1, file and reason named, nothing written`, () => {
      writeFileSync(path.join(dir, 'input.txt'), bytes);
      const r = run('input.txt', '--out', 'content/documents');
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^import: input\\.txt: .*${reason.source}`));
      expect(existsSync(path.join(dir, 'content'))).toBe(false);
    });
  }

  it('refuses a missing file with exit 1 and bad usage with exit 2', () => {
    const missing = run('missing.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^import: missing\.txt: cannot read the file \(ENOENT\)/);
    expect(run().status).toBe(2);
    expect(run(SEED_PATH, '--bogus').status).toBe(2);
    expect(run(SEED_PATH, '--slug', 'Not A Slug').status).toBe(2);
  });
});
