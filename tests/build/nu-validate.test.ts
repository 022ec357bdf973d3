/**
 * scripts/nu-validate.ts, the Nu HTML Checker step of `npm test`: it fails on markup errors that
 * html-validate lets through, naming the file and the place, passes valid pages, skips files that
 * are not HTML, and without Java stops with one line that says what to install.
 * The pages here are synthetic.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'duizhao-nu-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic</title></head><body>${body}</body></html>`;

function nuValidate(dir: string, env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, ['scripts/nu-validate.ts', dir], { encoding: 'utf8', env });
  return { status: r.status, output: r.stdout + r.stderr };
}

describe('nu-validate', () => {
  it('passes valid pages and skips files that are not HTML', () => {
    const r = nuValidate(site({ 'index.html': page('<h1>Synthetic</h1><p>Valid.</p>'), 'notes.txt': '<p><div>' }));
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);

  it('fails on an error html-validate does not report, naming file and place', () => {
    // A date a machine cannot read: html-validate passes it, vnu does not.
    const dir = site({ 'bad.html': page('<h1>Synthetic</h1><p><time datetime="1 July">1 July</time></p>') });
    const htmlValidate = spawnSync('npx', ['html-validate', join(dir, 'bad.html')], { encoding: 'utf8' });
    expect(htmlValidate.status, htmlValidate.stdout).toBe(0);
    const r = nuValidate(dir);
    expect(r.status).toBe(1);
    expect(r.output).toMatch(/bad\.html":\d+\.\d+-\d+\.\d+: error: Bad value “1 July” for attribute “datetime”/);
  }, 60_000);

  it('without Java says in one line to install Java 17', () => {
    const r = nuValidate(site({ 'index.html': page('<p>x</p>') }), { ...process.env, PATH: dirname(process.execPath) });
    expect(r.status).toBe(1);
    expect(r.output.trim().split('\n')).toEqual([expect.stringMatching(/java is missing.*Java 17/)]);
  });
});
