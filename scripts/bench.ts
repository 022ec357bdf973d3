/**
 * npm run bench — how Duizhao's build and pages scale with the corpus, against plain Astro.
 *
 *   node scripts/bench.ts [--sizes 10,100,1000] [--laws 10,50] [--incremental] [--quick] [--repeat R] [--samples 5] [--no-browser] [--no-real]
 *
 * --quick: N = 10 only, one build and one page load each. --repeat: builds per corpus (default 3 up
 * to 100 documents, else 1; the fastest is kept). --samples: cold page loads for first paint.
 *
 * For the real site (content/ as is) and for synthetic corpora of N documents (scripts/bench/
 * corpus.ts; written to bench/out/corpus-N/, never to content/), it:
 *  - builds the site (snapshot of src/ in bench/out/site/, output bench/out/dist-duizhao-N/) and
 *    splits the build time into Pagefind (the integration's own log line), the service worker
 *    (its log line), OpenCC (the same conversions timed in a separate process with
 *    src/lib/script.ts) and Astro (the rest: total − the others);
 *  - builds the same documents as plain Astro MDX pages (bench/out/baseline/, from
 *    scripts/bench/baseline/) and reports Duizhao's overhead as ratios;
 *  - in Chromium, measures a reading page's JS and CSS, its first-contentful-paint, and the
 *    time and bytes of a first and later search queries.
 * --incremental: after each corpus's cold build, change one document (its editor's note) and build
 * again keeping Astro's content layer cache (no --force): the incremental rebuild, against cold.
 * --laws N[,M]: also corpora of N law-sized documents (scripts/bench/laws.ts: fictional regulations
 * of 50–300 articles in chapters, sections, 款, 项 and 目; bench/out/corpus-laws-N/), after the others.
 * Prints tables and writes bench/out/results.json. Never fails on a number; not part of npm test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, measureReadingPage, measureSearch } from './bench/browser.ts';
import { astroBuild, distSize, OUT, REPO, snapshotSite, writeBaselineProject, type BuildResult } from './bench/build.ts';
import { readMaterial, realStats, writeCorpus, type CorpusStats } from './bench/corpus.ts';
import { writeLawCorpus } from './bench/laws.ts';
import type { OpenccTiming } from './bench/opencc-time.ts';
import { printReport } from './bench/report.ts';
import type { Machine, Target } from './bench/types.ts';
import { ensureChromium } from './lib/chromium.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    laws: { type: 'string' },
    quick: { type: 'boolean', default: false },
    samples: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    'no-real': { type: 'boolean', default: false },
    repeat: { type: 'string' },
    incremental: { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes ?? (values.quick ? '10' : '10,100,1000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => Number.isInteger(n) && n > 0);
if (sizes.length === 0) throw new Error('--sizes: give positive integers, e.g. --sizes 10,100');
const lawSizes = (values.laws ?? '')
  .split(',')
  .filter((s) => s.trim() !== '')
  .map((s) => Number(s.trim()));
if (lawSizes.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error('--laws: give positive integers, e.g. --laws 10,50');
const samples = Number(values.samples ?? (values.quick ? 1 : 5));
const browserOn = !values['no-browser'];
/** Builds per corpus; by default 3 for corpora of up to 100 documents (cheap, and noisiest), else 1. */
const repeatOption = values.repeat !== undefined ? Math.max(1, Number(values.repeat)) : values.quick ? 1 : undefined;
const fmtS = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
/** Queries typed on the search page, in order: the first loads Pagefind, the others reuse it. */
const QUERIES = ['社会组织', '高校毕业生', 'employment'];
const SITE_ROOT = join(OUT, 'site');
const BASELINE_ROOT = join(OUT, 'baseline');

function machine(): Machine {
  const cpus = os.cpus();
  let cgroupCpu: string | undefined;
  try {
    cgroupCpu = readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim();
  } catch {
    cgroupCpu = undefined;
  }
  const version = (pkg: string) => {
    try {
      return (JSON.parse(readFileSync(join(REPO, 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string }).version;
    } catch {
      return undefined;
    }
  };
  const git = (...args: string[]) => {
    const r = spawnSync('git', args, { cwd: REPO, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  return {
    cpuModel: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    availableParallelism: os.availableParallelism(),
    cgroupCpuMax: cgroupCpu,
    ramGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverageAtStart: os.loadavg(),
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    astro: version('astro'),
    pagefind: version('pagefind'),
    gitCommit: git('rev-parse', '--short', 'HEAD'),
    gitUncommittedFiles: git('status', '--porcelain')?.split('\n').filter(Boolean).length,
  };
}

/** The largest reading page (simplified script) of a built Duizhao site. */
function largestReadingPage(dist: string, sub: string): { path: string; bytes: number } | undefined {
  const dir = join(dist, sub);
  if (!existsSync(dir)) return undefined;
  let best: { path: string; bytes: number } | undefined;
  for (const slug of readdirSync(dir)) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    const bytes = statSync(file).size;
    if (!best || bytes > best.bytes) best = { path: `${sub ? `${sub}/` : ''}${slug}/index.html`, bytes };
  }
  return best;
}

function openccTiming(contentDir: string): OpenccTiming | undefined {
  try {
    const out = execFileSync(process.execPath, [join(import.meta.dirname, 'bench', 'opencc-time.ts'), SITE_ROOT, contentDir], {
      encoding: 'utf8',
    });
    return JSON.parse(out.trim().split('\n').pop() ?? '') as OpenccTiming;
  } catch (e) {
    console.error(`  OpenCC timing failed: ${(e as Error).message}`);
    return undefined;
  }
}

const results: {
  machine: Machine;
  startedAt: string;
  finishedAt?: string;
  options: object;
  method: Record<string, string>;
  targets: Target[];
} = {
  machine: machine(),
  startedAt: new Date().toISOString(),
  options: {
    sizes,
    laws: lawSizes,
    samples,
    repeat: repeatOption ?? 'auto (3 up to 100 documents, else 1)',
    browser: browserOn,
    queries: QUERIES,
  },
  method: {
    build:
      'Wall clock of `astro build --force` (cold content cache) in a snapshot of the site (bench/out/site); CPU = user+system time from /usr/bin/time. Repeated builds (Duizhao and baseline alternating): the fastest is kept, all are in runs.',
    pagefind: 'From the Pagefind integration\'s log line "indexed N records in X ms" (src/integrations/pagefind.ts).',
    serviceWorker: 'From the service worker integration\'s log line "sw.js precaches N files (X MB) in Y ms".',
    opencc:
      'Not measurable inside the build: the same conversions (every distinct Chinese string of the corpus and glossary, converter set-up included) timed in a separate fresh process with src/lib/script.ts.',
    astro:
      'Total − Pagefind − service worker − OpenCC: content sync, bundling, rendering (glossary matching, pinyin, HTML), data exports, Node start-up.',
    bytes: 'Size of the output directory / N documents (all pages in both scripts, glossary, exports, search index, service worker).',
    baseline:
      'The same MDX files as plain Astro pages (title, MDX body, each paragraph as <p> in Chinese and English), same build settings.',
    browser:
      'Chromium (headless, /usr/bin/chromium), service workers blocked, site served by scripts/lib/serve-dist.ts on localhost, uncompressed for reading pages and gzip-compressed (text files; Pagefind’s own files are gzip already) for search, as static hosts serve it. gzip = zlib default level on each script/style alone. FCP = median over cold loads.',
    search:
      'Search page loaded without a query; each query filled in at once (one input event); time from the input event to the frame after #search-status shows the count (includes the 150 ms input debounce); bytes = all responses from then to 500 ms after.',
  },
  targets: [],
};

const RESULTS_FILE = join(OUT, 'results.json');
const save = () => writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 1)}\n`);

mkdirSync(OUT, { recursive: true });
if (browserOn) ensureChromium();
console.log(
  `▶ Duizhao benchmark: sizes ${sizes.join(', ')}${lawSizes.length > 0 ? `, laws ${lawSizes.join(', ')}` : ''}${values['no-real'] ? '' : ' + the real site'}; ${results.machine.cpuModel}, ${results.machine.cores} cores, ${results.machine.ramGb} GB, Node ${process.version}`,
);
snapshotSite(SITE_ROOT);
writeBaselineProject(BASELINE_ROOT);
const realContent = join(REPO, 'content');
const material = readMaterial(realContent);

const plan: { name: string; synthetic: boolean; n: number; laws?: boolean }[] = [
  ...(values['no-real'] ? [] : [{ name: 'real', synthetic: false, n: 0 }]),
  ...sizes.map((n) => ({ name: `synthetic-${n}`, synthetic: true, n })),
  ...lawSizes.map((n) => ({ name: `laws-${n}`, synthetic: true, n, laws: true })),
];

const browser = browserOn ? await launch() : undefined;
try {
  for (const step of plan) {
    const started = performance.now();
    let contentDir = realContent;
    let corpus: CorpusStats;
    if (step.laws) {
      contentDir = join(OUT, `corpus-laws-${step.n}`, 'content');
      corpus = writeLawCorpus(contentDir, step.n, realContent, material);
    } else if (step.synthetic) {
      contentDir = join(OUT, `corpus-${step.n}`, 'content');
      corpus = writeCorpus(contentDir, step.n, realContent, material);
    } else corpus = realStats(realContent);
    const label = step.laws ? `N = ${step.n} laws` : step.synthetic ? `N = ${step.n}` : `real site (${corpus.documents} documents)`;
    console.log(`\n▶ ${label}: ${corpus.units} clauses, ${corpus.zhChars} Chinese characters`);

    const loadAverage = os.loadavg();
    const dist = join(OUT, `dist-duizhao-${step.name}`);
    const baseDist = join(OUT, `dist-baseline-${step.name}`);
    // Duizhao and baseline builds alternate; of repeated builds, the fastest (wall clock) is kept.
    const repeats = repeatOption ?? (corpus.documents <= 100 ? 3 : 1);
    const runs: Target['runs'] = { duizhao: [], baseline: [] };
    let build: BuildResult | undefined;
    let base: BuildResult | undefined;
    /** One build into a fresh `out`, printed and recorded in `runs[which]`. */
    const timedBuild = async (which: 'duizhao' | 'baseline', what: string, root: string, env: Record<string, string>, out: string) => {
      rmSync(out, { recursive: true, force: true });
      process.stdout.write(`  building ${what} … `);
      const r = await astroBuild(root, env, join(OUT, `build-${which}-${step.name}.log`));
      console.log(`${r.ok ? '✓' : '✗'} ${(r.totalMs / 1000).toFixed(1)} s (CPU ${fmtS(r.cpuMs)})${r.ok ? '' : ` — FAILED: ${r.error}`}`);
      runs[which].push({ wallMs: r.totalMs, cpuMs: r.cpuMs });
      return r;
    };
    for (let r = 1; r <= repeats; r += 1) {
      const of = repeats > 1 ? ` (${r}/${repeats})` : '';
      const d = await timedBuild('duizhao', `Duizhao${of}`, SITE_ROOT, { DUIZHAO_CONTENT: contentDir, DUIZHAO_OUT: dist }, dist);
      if (!build || d.totalMs < build.totalMs) build = d;
      const b = await timedBuild(
        'baseline',
        `the plain-Astro baseline${of}`,
        BASELINE_ROOT,
        { BENCH_CONTENT: contentDir, BENCH_OUT: baseDist },
        baseDist,
      );
      if (!base || b.totalMs < base.totalMs) base = b;
    }
    if (!build || !base) throw new Error('no build ran');
    console.log('  timing OpenCC …');
    const opencc = openccTiming(contentDir);

    const target: Target = {
      name: step.name,
      synthetic: step.synthetic,
      documents: corpus.documents,
      corpus,
      contentDir,
      loadAverage,
      runs,
      duizhao: { ...build, dist: existsSync(dist) ? distSize(dist) : undefined, largestPage: largestReadingPage(dist, 'documents') },
      opencc,
      baseline: { ...base, dist: existsSync(baseDist) ? distSize(baseDist) : undefined },
      browser: undefined,
    };
    results.targets.push(target);
    save();

    if (browser) {
      const errors: string[] = [];
      const attempt = async <T>(what: string, f: () => Promise<T>): Promise<T | undefined> => {
        try {
          console.log(`  browser: ${what} …`);
          return await f();
        } catch (e) {
          errors.push(`${what}: ${(e as Error).message.split('\n')[0] ?? ''}`);
          console.error(`  ✗ ${what}: ${(e as Error).message.split('\n')[0] ?? ''}`);
          return undefined;
        }
      };
      const page = target.duizhao.largestPage;
      const basePage = base.ok ? largestReadingPage(baseDist, '') : undefined;
      target.browser = {
        reading: page ? await attempt('reading page', () => measureReadingPage(browser, dist, page.path, samples)) : undefined,
        baselineReading: basePage
          ? await attempt('baseline page', () => measureReadingPage(browser, baseDist, basePage.path, samples))
          : undefined,
        search: existsSync(join(dist, 'pagefind'))
          ? await attempt('search', () => measureSearch(browser, dist, 'search/index.html', QUERIES))
          : undefined,
        errors,
      };
      save();
    }
    if (values.incremental && build.ok) {
      // One document changes (its MDX body, the editor's note, which no check reads), then the
      // site is built again into the same output with the content layer cache of the builds above.
      const docsDir = join(contentDir, 'documents');
      const changed = readdirSync(docsDir)
        .filter((f) => f.endsWith('.mdx'))
        .sort()[0];
      if (changed) {
        const file = join(docsDir, changed);
        const original = readFileSync(file, 'utf8');
        writeFileSync(file, `${original.trimEnd()}\n\nEdited for the incremental rebuild (synthetic).\n`);
        try {
          process.stdout.write(`  rebuilding after one change (${changed}, content layer cache kept) … `);
          const r = await astroBuild(
            SITE_ROOT,
            { DUIZHAO_CONTENT: contentDir, DUIZHAO_OUT: dist },
            join(OUT, `build-duizhao-${step.name}-incremental.log`),
            { cold: false },
          );
          console.log(
            `${r.ok ? '✓' : '✗'} ${(r.totalMs / 1000).toFixed(1)} s (CPU ${fmtS(r.cpuMs)}; cold ${fmtS(build.totalMs)}, CPU ${fmtS(build.cpuMs)})${r.ok ? '' : ` — FAILED: ${r.error}`}`,
          );
          target.incremental = { changed, build: r };
        } finally {
          writeFileSync(file, original);
        }
        save();
      }
    }
    console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s for this corpus)`);
  }
} finally {
  await browser?.close();
}
results.finishedAt = new Date().toISOString();
save();
printReport(results.targets, results.machine);
console.log(`\nResults: ${RESULTS_FILE}; build logs and outputs: ${OUT}/`);
