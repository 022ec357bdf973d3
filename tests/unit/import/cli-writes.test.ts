/**
 * The CLI's writes are all or nothing and never go astray: a directory it may not write, an --out
 * under a regular file or on /proc, a symbolic link at a draft's path, another import's raw copy
 * under the same name, an input over the size limit. Each is answered with one line (exit 1 for a
 * refusal, 3 for a write failure), no stack trace, and nothing half-written that would block a
 * re-run. Progress goes to stderr on long runs and never into the --json output.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../../src/lib/import/index.ts';
import { ROOT, SEED_PATH, seedBytes } from './helpers.ts';

const SCRIPT = path.join(ROOT, 'scripts/import.ts');
// Root ignores file permissions: the permission tests then run the CLI as "nobody".
const ROOT_USER = process.getuid?.() === 0;
let dir = '';

function run(args: string[], options: { unprivileged?: boolean } = {}): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env };
  delete env['INIT_CWD'];
  const as = options.unprivileged === true && ROOT_USER ? { uid: 65534, gid: 65534 } : {};
  // The timeout only guards against a hang (the /proc case used to spin forever); it is no speed test.
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: dir, env, encoding: 'utf8', timeout: 90_000, maxBuffer: 1 << 28, ...as });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under `d`, relative, sorted (hidden temporary files included). */
function tree(d: string): string[] {
  if (!existsSync(d)) return [];
  return readdirSync(d, { recursive: true, encoding: 'utf8' }).sort();
}

const oneLine = (stderr: string): string => {
  const last = stderr.trimEnd().split('\n').pop() ?? '';
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  return last;
};

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'duizhao-import-writes-'));
  chmodSync(dir, 0o755);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run import: writing', { timeout: 240_000 }, () => {
  it('a documents directory it may not write: exit 3, one line, no raw copy left; a re-run then works', () => {
    const docs = path.join(dir, 'content/documents');
    mkdirSync(docs, { recursive: true });
    chmodSync(path.join(dir, 'content'), 0o777);
    chmodSync(docs, 0o555);
    const r = run([SEED_PATH, '--out', 'content/documents'], { unprivileged: true });
    expect(r.status).toBe(3);
    expect(oneLine(r.stderr)).toBe('import: content/documents: cannot write (EACCES)');
    expect(tree(path.join(dir, 'content'))).toEqual(['documents']);

    chmodSync(docs, 0o777);
    const again = run([SEED_PATH, '--out', 'content/documents'], { unprivileged: true });
    expect(again.status).toBe(0);
    expect(tree(docs)).toEqual(['import-0364d539-1.mdx', 'import-0364d539-2.mdx']);
  });

  it('a sources directory it may not write: exit 3 and no drafts without their raw copy', () => {
    mkdirSync(path.join(dir, 'content/documents'), { recursive: true });
    mkdirSync(path.join(dir, 'content/sources'));
    chmodSync(path.join(dir, 'content/documents'), 0o777);
    chmodSync(path.join(dir, 'content/sources'), 0o555);
    const r = run([SEED_PATH, '--out', 'content/documents'], { unprivileged: true });
    expect(r.status).toBe(3);
    expect(oneLine(r.stderr)).toBe('import: content/sources: cannot write (EACCES)');
    expect(tree(path.join(dir, 'content'))).toEqual(['documents', 'sources']);
  });

  // Drafts are bigger than this small synthetic source: a file size limit of 512 or 1024 bytes (ulimit -f 1:
  // one block, as the shell counts them) lets the raw copy through and stops the draft half-way (EFBIG).
  it.runIf(process.platform === 'linux')('a write failing half-way (EFBIG) undoes everything, raw copy included; a re-run works', () => {
    const lines = '一二三四五六七八'.split('').map((n) => `　　${n}、加强数据共享管理。`);
    writeFileSync(path.join(dir, 'in.txt'), `（虚构示例）关于做好数据共享工作的通知\n\n${lines.join('\n\n')}\n`);
    const env = { ...process.env };
    delete env['INIT_CWD'];
    const cmd = `trap "" XFSZ; ulimit -f 1; exec "$0" "$@"`;
    const r = spawnSync('/bin/sh', ['-c', cmd, process.execPath, SCRIPT, 'in.txt', '--out', 'content/documents'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    expect(oneLine(r.stderr)).toMatch(/^import: content\/documents\/import-[0-9a-f]{8}-1\.mdx: cannot write \(EFBIG\)$/);
    expect(tree(dir)).toEqual(['in.txt']);

    const again = run(['in.txt', '--out', 'content/documents']);
    expect(again.status).toBe(0);
    const draft = tree(path.join(dir, 'content/documents'))[0] ?? '';
    expect(readFileSync(path.join(dir, 'content/documents', draft)).length).toBeGreaterThan(1024);
    expect(readFileSync(path.join(dir, 'in.txt')).length).toBeLessThan(512);
  });

  it('--out under a regular file: exit 3, ENOTDIR, nothing written', () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'a file, not a directory');
    const r = run([SEED_PATH, '--out', 'notes.txt/docs']);
    expect(r.status).toBe(3);
    expect(oneLine(r.stderr)).toBe('import: notes.txt/docs: cannot write (ENOTDIR)');
    expect(tree(dir)).toEqual(['notes.txt']);
  });

  it('--out on /proc is refused at once instead of hanging', () => {
    const r = run([SEED_PATH, '--out', '/proc/duizhao-test/docs']);
    expect(r.status).toBe(3);
    expect(oneLine(r.stderr)).toMatch(
      /^import: \/proc\/duizhao-test\/docs: cannot write \(EPERM, \/proc is on the virtual file system proc\)$/,
    );
  });

  it('a dangling symbolic link at a draft path is refused, with or without --force; nothing written through it', () => {
    const docs = path.join(dir, 'content/documents');
    mkdirSync(docs, { recursive: true });
    symlinkSync(path.join(dir, 'victim.txt'), path.join(docs, 'import-0364d539-1.mdx'));
    for (const force of [[], ['--force']]) {
      const r = run([SEED_PATH, '--out', 'content/documents', ...force]);
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toMatch(/import-0364d539-1\.mdx is a symbolic link, not a regular file; not writing through it/);
      expect(existsSync(path.join(dir, 'victim.txt'))).toBe(false);
      expect(tree(path.join(dir, 'content'))).toEqual(['documents', 'documents/import-0364d539-1.mdx']);
    }
  });

  it('--force does not replace another import’s raw copy of the same name', () => {
    const other = path.join(dir, 'content/sources/000_81dd4d6215fba58d.txt');
    mkdirSync(path.dirname(other), { recursive: true });
    writeFileSync(other, '（虚构示例）另一份来源\n');
    const r = run([SEED_PATH, '--out', 'content/documents', '--force']);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toMatch(
      /000_81dd4d6215fba58d\.txt already exists with different content: another import's raw copy.*not even with --force/,
    );
    expect(readFileSync(other, 'utf8')).toBe('（虚构示例）另一份来源\n');
    expect(existsSync(path.join(dir, 'content/documents'))).toBe(false);
  });

  it('an input over the size limit is refused with one line, exit 1', () => {
    writeFileSync(path.join(dir, 'big.txt'), Buffer.alloc(MAX_SOURCE_BYTES + 1, '中'));
    const r = run(['big.txt', '--out', 'content/documents']);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe('import: big.txt: the file is 10.0 MB, over the 10.0 MB limit; split it');
    expect(existsSync(path.join(dir, 'content'))).toBe(false);
  });

  it('a long run reports progress on stderr, never in the --json output; a short one does not', () => {
    const seed = seedBytes();
    const copies = Math.ceil((1024 * 1024) / seed.length);
    writeFileSync(path.join(dir, 'long.txt'), Buffer.concat(Array.from({ length: copies }, () => Buffer.from(seed))));
    const long = run(['long.txt', '--json']);
    expect(long.status).toBe(0);
    expect(long.stderr).toMatch(/^import: long\.txt: decoding… \(\d+\.\d s\)$/m);
    expect(long.stderr).toMatch(/^import: long\.txt: finding articles… /m);
    expect((JSON.parse(long.stdout) as { documents: unknown[] }).documents.length).toBe(2 * copies);
    expect(run([SEED_PATH, '--json']).stderr).not.toMatch(/…\s\(\d/);
  });
});
