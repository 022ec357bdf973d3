/**
 * Runs `astro build` for the benchmark and reads what the build says about itself.
 *
 * Builds run from snapshot roots under bench/out/ (a copy of the site's astro.config.mjs, src/,
 * public/ and tsconfig.json; or the plain-Astro baseline project), so a benchmark never touches
 * the repository's .astro/, node_modules/.astro/ or dist/, and a run measures one consistent
 * version of src/ while others edit it. Modules resolve from the repository's node_modules
 * (bench/out/ is inside the repository).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
export const OUT = join(REPO, 'bench', 'out');
const ASTRO_BIN = join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TIME_BIN = '/usr/bin/time';

export interface BuildResult {
  ok: boolean;
  /** Why the build failed (the error lines of its log). */
  error: string | undefined;
  /** Wall-clock time of the whole `astro build` process, ms. */
  totalMs: number;
  /** CPU time (user + system) of the build and the processes it waited for (Pagefind's), ms, from /usr/bin/time. */
  cpuMs: number | undefined;
  /** From the Pagefind integration's log line “indexed N records in X ms”; undefined when absent. */
  pagefindMs: number | undefined;
  pagefindRecords: number | undefined;
  /** From the service worker integration's log line “sw.js precaches N files (X MB) in Y ms”. */
  serviceWorkerMs: number | undefined;
  precacheFiles: number | undefined;
  precacheMb: number | undefined;
  /** From the line “offline manifest: the whole corpus kept offline is X MB” (one edition, with the search index). */
  offlineCorpusMb: number | undefined;
  /**
   * An integration whose hook threw: its name and roughly how long it ran (from the log's
   * second-resolution timestamps: its error line minus the last line before it, the previous
   * hook's report).
   */
  failedIntegration: { name: string; approxMs: number } | undefined;
  /** Every integration log line “[name] … in N ms” (pagefind and service worker included), by name. */
  integrationsMs: Record<string, number>;
  /** From Astro's log: “N page(s) built in X”. */
  pages: number | undefined;
  /** From Astro's log: the “generating static routes … Completed in X” step, ms. */
  staticRoutesMs: number | undefined;
  /** Peak resident memory of the build (GNU time's maximum RSS, else the astro process's polled VmHWM), MB. */
  peakRssMb: number | undefined;
  warnings: number;
  logFile: string;
}

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, '');

/** Parses "1.23s" / "456ms" / "2m 3s" into ms. */
function duration(text: string): number | undefined {
  let ms = 0;
  let any = false;
  for (const m of text.matchAll(/([\d.]+)\s*(ms|s|m)\b/g)) {
    const v = Number(m[1]);
    ms += m[2] === 'ms' ? v : m[2] === 's' ? v * 1000 : v * 60_000;
    any = true;
  }
  return any ? ms : undefined;
}

/** Reads the figures the build prints about itself. */
export function parseBuildLog(
  log: string,
): Pick<
  BuildResult,
  | 'pagefindMs'
  | 'pagefindRecords'
  | 'serviceWorkerMs'
  | 'precacheFiles'
  | 'precacheMb'
  | 'offlineCorpusMb'
  | 'failedIntegration'
  | 'integrationsMs'
  | 'pages'
  | 'staticRoutesMs'
  | 'warnings'
> {
  const text = stripAnsi(log);
  let failedIntegration: BuildResult['failedIntegration'];
  let lastTime: number | undefined;
  for (const line of text.split('\n')) {
    const ts = /^(\d\d):(\d\d):(\d\d) /.exec(line);
    if (!ts) continue;
    const t = (Number(ts[1]) * 3600 + Number(ts[2]) * 60 + Number(ts[3])) * 1000;
    const err = /\[ERROR\] \[([a-z0-9-]+)\] An unhandled error occurred while running/.exec(line);
    if (err && lastTime !== undefined && !failedIntegration) failedIntegration = { name: err[1] ?? '', approxMs: t - lastTime };
    // Astro's "Waiting for integration …" notice comes while a hook runs, not when it starts.
    if (!line.includes('Waiting for integration')) lastTime = t;
  }
  const pf = /indexed (\d+) records in (\d+) ms/.exec(text);
  const sw = /precaches (\d+) files \(([\d.]+) MB\) in (\d+) ms/.exec(text);
  const corpus = /the whole corpus kept offline is ([\d.]+) MB/.exec(text);
  const integrationsMs: Record<string, number> = {};
  for (const m of text.matchAll(/\[([a-z0-9-]+)\] [^\n]* in (\d+) ms/g)) {
    const name = m[1] ?? '';
    if (!['build', 'vite', 'content', 'types', 'WARN', 'ERROR'].includes(name))
      integrationsMs[name] = (integrationsMs[name] ?? 0) + Number(m[2]);
  }
  const pages = /(\d+) page\(s\) built in ([^\n]+)/.exec(text);
  const routes = /generating static routes[\s\S]*?Completed in ([^\n.]+(?:\.\d+)?[a-z]+)/.exec(text);
  return {
    pagefindMs: pf ? Number(pf[2]) : undefined,
    pagefindRecords: pf ? Number(pf[1]) : undefined,
    serviceWorkerMs: sw ? Number(sw[3]) : undefined,
    precacheFiles: sw ? Number(sw[1]) : undefined,
    precacheMb: sw ? Number(sw[2]) : undefined,
    offlineCorpusMb: corpus ? Number(corpus[1]) : undefined,
    failedIntegration,
    integrationsMs,
    pages: pages ? Number(pages[1]) : undefined,
    staticRoutesMs: routes?.[1] ? duration(routes[1]) : undefined,
    warnings: (text.match(/\[WARN\]/g) ?? []).length,
  };
}

/** Copies what a Duizhao build needs into `root` (replacing what was there). */
export function snapshotSite(root: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    if (existsSync(join(REPO, item))) cpSync(join(REPO, item), join(root, item), { recursive: true });
  }
}

/** Writes the plain-Astro baseline project (scripts/bench/baseline/*.tmpl) into `root`. */
export function writeBaselineProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
  const template = join(import.meta.dirname, 'baseline');
  const files: [string, string][] = [
    ['astro.config.mjs.tmpl', 'astro.config.mjs'],
    ['content.config.ts.tmpl', 'src/content.config.ts'],
    ['slug.astro.tmpl', 'src/pages/[slug].astro'],
    ['package.json.tmpl', 'package.json'],
  ];
  for (const [from, to] of files) {
    mkdirSync(join(root, to, '..'), { recursive: true });
    writeFileSync(join(root, to), readFileSync(join(template, from), 'utf8'));
  }
}

/** Polls a process's peak resident set size (VmHWM, Linux) until it exits. */
function watchPeakRss(pid: number): { stop: () => number | undefined } {
  let peak: number | undefined;
  const poll = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak ?? 0, Number(m[1]) / 1024);
    } catch {
      // gone, or not Linux
    }
  };
  const timer = setInterval(poll, 250);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

/**
 * Runs `astro build --force` in `root` with `env` added, logging to `logFile`. `--force` clears
 * the content layer cache, so every build parses all content (as a first build does).
 * A failed build is reported (ok: false, error), not thrown: what it printed before failing is
 * still parsed, and its output directory may hold everything but the failed step's files.
 */
export async function astroBuild(
  root: string,
  env: Record<string, string>,
  logFile: string,
  { cold = true }: { cold?: boolean } = {},
): Promise<BuildResult> {
  // A warm build (cold: false) keeps node_modules/.astro/, where Astro's content layer keeps its
  // data store, and runs without --force: only changed documents are parsed again.
  if (cold) rmSync(join(root, 'node_modules', '.astro'), { recursive: true, force: true });
  // GNU time reports CPU time and peak memory, which a busy machine disturbs less than wall clock.
  const timeFile = `${logFile}.time`;
  rmSync(timeFile, { force: true });
  const build = [ASTRO_BIN, 'build', ...(cold ? ['--force'] : [])];
  const timed = existsSync(TIME_BIN);
  const started = performance.now();
  const child = spawn(
    timed ? TIME_BIN : process.execPath,
    timed ? ['-f', '%e %U %S %M', '-o', timeFile, process.execPath, ...build] : build,
    {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: nodeOptions(), ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const rss = !timed && child.pid !== undefined ? watchPeakRss(child.pid) : undefined;
  let log = '';
  child.stdout.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const totalMs = performance.now() - started;
  let peakRssMb = rss?.stop();
  let cpuMs: number | undefined;
  if (timed && existsSync(timeFile)) {
    // A non-zero exit adds a "Command exited with non-zero status" line before the figures.
    const figures = readFileSync(timeFile, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    const [, user, sys, maxKb] = figures;
    if (user !== undefined && sys !== undefined) cpuMs = (user + sys) * 1000;
    if (maxKb !== undefined) peakRssMb = maxKb / 1024;
  }
  writeFileSync(logFile, log);
  const ok = code === 0;
  const error = ok ? undefined : failure(log, code);
  return { ok, error, totalMs, cpuMs, peakRssMb, logFile, ...parseBuildLog(log) };
}

/**
 * Node's options for a build: a heap limit of three quarters of the machine's memory (unless
 * NODE_OPTIONS already sets one), so a large corpus is limited by the machine, not by V8's default
 * (about 4 GB on 64-bit Linux), which a build of a few thousand law-sized documents exceeds.
 */
function nodeOptions(): string {
  const given = process.env.NODE_OPTIONS ?? '';
  if (given.includes('--max-old-space-size')) return given;
  return `${given} --max-old-space-size=${Math.floor((os.totalmem() / 2 ** 20) * 0.75)}`.trim();
}

/** The error lines of a failed build's log (or its tail). */
function failure(log: string, code: number | null): string {
  const lines = stripAnsi(log).split('\n');
  const at = lines.findIndex((l) => /\b(error|Error)\b/.test(l) && !l.includes('[WARN]'));
  const picked = at >= 0 ? lines.slice(at, at + 3) : lines.slice(-5);
  return `exit ${code}: ${picked
    .map((l) => l.trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 600)}`;
}

export interface DistSize {
  bytes: number;
  files: number;
  htmlPages: number;
  /** Bytes per top-level entry of the output directory (documents, glossary, pagefind, …; hant/documents, hant/glossary, …), both interface languages together. */
  byTop: Record<string, number>;
  /** The largest page under glossary/ (simplified script), relative to the output directory. */
  largestGlossaryPage: { path: string; bytes: number } | undefined;
}

/** Total size of a built site, and where the bytes are. */
export function distSize(dir: string): DistSize {
  const out: DistSize = { bytes: 0, files: 0, htmlPages: 0, byTop: {}, largestGlossaryPage: undefined };
  const walk = (d: string, top: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      // The editions mirror the site under hant/, zh/ and zh/hant/ (src/lib/variants.ts): the
      // Chinese interface's pages count with the English interface's of the same script.
      const t = top === '' || top === 'zh' ? (top === '' && e.name === 'zh' ? 'zh' : e.name) : top === 'hant' ? `hant/${e.name}` : top;
      if (e.isDirectory()) walk(p, t);
      else {
        const size = statSync(p).size;
        out.bytes += size;
        out.files += 1;
        if (e.name.endsWith('.html')) out.htmlPages += 1;
        out.byTop[t] = (out.byTop[t] ?? 0) + size;
        if (t === 'glossary' && e.name === 'index.html' && size > (out.largestGlossaryPage?.bytes ?? 0)) {
          out.largestGlossaryPage = { path: relative(dir, p), bytes: size };
        }
      }
    }
  };
  walk(dir, '');
  return out;
}
