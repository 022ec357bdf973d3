/**
 * Builds the site from a private copy of the project, so a test build shares no state with
 * other builds running at the same time (other test files run in parallel, and so may a
 * developer's own build).
 *
 * Why a copy: Astro keeps build state in the project root (.astro/content-modules.mjs) and in
 * node_modules/.astro/data-store.json, whatever DUIZHAO_CONTENT and DUIZHAO_OUT say. The data
 * store reuses an entry whose file content is unchanged together with its old file path, so a
 * build of the same fixture from another temporary directory can point at files that another
 * test has already deleted, and fail. The copy has its own root and its own node_modules
 * directory, whose packages are links to the real ones.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public'];
/** Caches that must not be shared. */
const PRIVATE = new Set(['.astro', '.vite', '.cache']);

export interface IsolatedBuild {
  /** The temporary directory: `content/` (to fill before building) and `dist/`. */
  dir: string;
  content: string;
  dist: string;
  /** Runs `astro build` with the given environment; returns its exit status and output without colour codes. */
  build: (env?: Record<string, string>) => { status: number | null; output: string };
  remove: () => void;
}

export function isolatedBuild(prefix: string): IsolatedBuild {
  const here = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const root = join(dir, 'project');
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const f of PROJECT_FILES) cpSync(join(here, f), join(root, f), { recursive: true });
  for (const m of readdirSync(join(here, 'node_modules'))) {
    if (!PRIVATE.has(m)) symlinkSync(join(here, 'node_modules', m), join(root, 'node_modules', m));
  }
  const content = join(dir, 'content');
  const dist = join(dir, 'dist');
  return {
    dir,
    content,
    dist,
    build(env = {}) {
      // Vitest puts Vite's env (BASE_URL=/, MODE=test, DEV, PROD, SSR) into process.env; passed
      // on, BASE_URL would override the build's own base and drop DUIZHAO_BASE's sub-path.
      const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
      const r = spawnSync('npx', ['astro', 'build'], {
        cwd: root,
        env: { ...inherited, DUIZHAO_CONTENT: content, DUIZHAO_OUT: dist, ...env },
        encoding: 'utf8',
      });
      return { status: r.status, output: (r.stdout + r.stderr).replace(/\u001b\[[0-9;]*m/g, '') };
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
