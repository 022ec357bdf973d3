/**
 * The benchmark's printed report: tables from the results, and how each figure was obtained.
 * Three kinds of corpus: the real site, report-shaped synthetic corpora (synthetic-N, documents of
 * one kind, so sizes can be compared and differenced) and law-sized corpora (laws-N, --laws,
 * scripts/bench/laws.ts: documents of 50–300 articles), which get a section of their own.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Machine, Target } from './types.ts';

type Cell = string | number | undefined;

const fmt = (v: number | undefined, digits = 0): string => (v === undefined || !Number.isFinite(v) ? '–' : v.toFixed(digits));
const kb = (bytes: number | undefined, digits = 0) => fmt(bytes === undefined ? undefined : bytes / 1024, digits);
const mb = (bytes: number | undefined, digits = 1) => fmt(bytes === undefined ? undefined : bytes / 2 ** 20, digits);
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(1)}×`;

/** Display width in a terminal: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Prints a table with a header row; numbers (and '–') right-aligned. */
export function table(title: string, header: string[], rows: Cell[][], notes: string[] = []): void {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === undefined ? '–' : String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const numeric = (s: string) => /^[-–~\d.,×%/ ()]+[a-zA-Z×%]*$/.test(s);
  const line = (r: string[]) =>
    r
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(c)));
        return numeric(c) && i > 0 ? pad + c : c + pad;
      })
      .join('  ')
      .trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
  for (const n of notes) console.log(`  ${n}`);
}

/** The split of a build's time, ms: Pagefind and service worker from the log, OpenCC timed apart, Astro the rest. */
export function split(t: Target) {
  const b = t.duizhao;
  const pagefind = b.pagefindMs ?? 0;
  // A service worker hook that threw printed no timing: its time is read from the log's timestamps.
  const failedSw =
    b.serviceWorkerMs === undefined && b.failedIntegration?.name.includes('service-worker') ? b.failedIntegration.approxMs : undefined;
  const sw = b.serviceWorkerMs ?? failedSw ?? 0;
  const opencc = t.opencc ? t.opencc.setupMs + t.opencc.convertMs : 0;
  return { total: b.totalMs, pagefind, sw, swApprox: failedSw !== undefined, opencc, astro: b.totalMs - pagefind - sw - opencc };
}

/** A report-shaped synthetic corpus (scripts/bench/corpus.ts): the only ones the N-scaling tables compare. */
const isReportCorpus = (t: Target) => t.synthetic && t.name.startsWith('synthetic-');
/** A law-sized corpus (scripts/bench/laws.ts, --laws N). */
const isLawCorpus = (t: Target) => t.name.startsWith('laws-');
const label = (t: Target) => (!t.synthetic ? `real (${t.documents})` : isReportCorpus(t) ? `N=${t.documents}` : t.name);
const bySize = (a: Target, b: Target) => a.documents - b.documents;
const group = (t: Target, ...keys: string[]) => keys.reduce((n, k) => n + (t.duizhao.dist?.byTop[k] ?? 0), 0);

export function printReport(targets: readonly Target[], m: Machine): void {
  // Law-sized corpora have a section of their own (below): their documents are ten times longer,
  // so per-document figures and differences between sizes mean something else.
  const general = targets.filter((t) => !isLawCorpus(t));
  const laws = targets.filter(isLawCorpus).sort(bySize);
  const lawNote = laws.length > 0 ? ['Law-sized corpora (--laws) are not in this table: see “Law-sized corpora” below.'] : [];

  console.log(
    `\n══ Duizhao benchmark — ${m.cpuModel}, ${m.cores} cores, ${m.ramGb} GB RAM, Node ${m.node}, Astro ${m.astro ?? '?'}, Pagefind ${m.pagefind ?? '?'}`,
  );
  console.log(`   commit ${m.gitCommit ?? '?'} + ${m.gitUncommittedFiles ?? '?'} uncommitted files (src/ snapshotted at start)`);
  console.log(
    `   load average (1 min) when each corpus started: ${targets.map((t) => `${label(t)} ${fmt(t.loadAverage[0], 2)}`).join(', ')} — other work on the machine adds noise; compare the overhead ratios`,
  );

  if (general.length > 0) {
    table(
      'Build time (ms per document)',
      [
        'corpus',
        'HTML pages',
        'build s',
        'CPU s',
        'ms/doc',
        'Astro',
        'OpenCC',
        'Pagefind',
        'SW',
        'peak MB',
        'plain s',
        'plain CPU s',
        'plain ms/doc',
        'overhead',
        'CPU overhead',
      ],
      general.map((t) => {
        const s = split(t);
        const n = t.documents;
        return [
          label(t) + (t.duizhao.ok ? '' : ' ✗'),
          t.duizhao.dist?.htmlPages,
          fmt(s.total / 1000, 1),
          fmt(t.duizhao.cpuMs === undefined ? undefined : t.duizhao.cpuMs / 1000, 1),
          fmt(s.total / n),
          fmt(s.astro / n),
          fmt(s.opencc / n, 1),
          fmt(s.pagefind / n, 1),
          (s.swApprox ? '~' : '') + fmt(s.sw / n, 1),
          fmt(t.duizhao.peakRssMb),
          fmt(t.baseline.totalMs / 1000, 1),
          fmt(t.baseline.cpuMs === undefined ? undefined : t.baseline.cpuMs / 1000, 1),
          fmt(t.baseline.totalMs / n),
          ratio(s.total, t.baseline.totalMs),
          ratio(t.duizhao.cpuMs, t.baseline.cpuMs),
        ];
      }),
      [
        'build = wall clock of `astro build --force`; Pagefind = the integration\'s "indexed N records in X ms" log line; SW = the service',
        'worker integration\'s "precaches … in X ms" line; OpenCC = the same conversions timed in a separate process (src/lib/script.ts,',
        'set-up included); Astro = build − Pagefind − SW − OpenCC (content sync, bundling, rendering incl. glossary matching and pinyin,',
        'data exports, Node start-up). ms/doc and its split are wall clock / N. CPU = user+system time (GNU time), less disturbed by other',
        'work on the machine. plain = the same MDX files as plain Astro pages; overhead = Duizhao time / plain time (wall clock; CPU).',
        'Of repeated builds the fastest is shown (all in results.json). ~ = read from log timestamps (1 s resolution) because the step failed.',
        ...failures(general),
        ...lawNote,
      ],
    );

    table(
      'Output size (KB per document)',
      [
        'corpus',
        'files',
        'MB',
        'KB/doc',
        'reading',
        'glossary',
        'search idx',
        'data',
        'sw.js',
        'other',
        'plain KB/doc',
        'overhead',
        'precache MB',
        'offline corpus MB',
      ],
      general.map((t) => {
        const n = t.documents;
        const d = t.duizhao.dist;
        const reading = group(t, 'documents', 'hant/documents');
        const glossary = group(t, 'glossary', 'hant/glossary');
        const index = group(t, 'pagefind');
        const data = group(t, 'data');
        const sw = group(t, 'sw.js');
        const other = (d?.bytes ?? 0) - reading - glossary - index - data - sw;
        return [
          label(t),
          d?.files,
          mb(d?.bytes),
          kb(d ? d.bytes / n : undefined),
          kb(reading / n),
          kb(glossary / n),
          kb(index / n),
          kb(data / n),
          kb(sw / n, 1),
          kb(other / n),
          kb(t.baseline.dist ? t.baseline.dist.bytes / n : undefined, 1),
          ratio(d?.bytes, t.baseline.dist?.bytes),
          fmt(t.duizhao.precacheMb, 1),
          fmt(t.duizhao.offlineCorpusMb, 1),
        ];
      }),
      [
        'reading = documents/ + hant/documents/ (both scripts, both interface languages: zh/… counted with them); glossary = glossary/ + hant/glossary/ (the same); search idx = pagefind/; data = data/ exports;',
        'precache = what the service worker downloads on a first visit (its build log line); offline corpus = every document kept offline in one',
        'edition with the search index (the offline manifest’s log line). overhead = Duizhao output bytes / plain output bytes.',
        ...lawNote,
      ],
    );

    // Without --no-browser every corpus has browser results (perhaps with errors); with it, none.
    const browser = general.some((t) => t.browser !== undefined);
    if (browser) readingPageTable('Reading page in Chromium (the longest reading page of each corpus, simplified script)', general);

    const withAssets = general.find((t) => t.browser?.reading);
    const assets = withAssets?.browser?.reading?.assets ?? [];
    if (withAssets && assets.length > 0) {
      table(
        `Scripts and styles of that page (${label(withAssets)}; the same layout serves every reading page)`,
        ['kind', 'where', 'bytes', 'gzip'],
        assets.map((a) => [a.kind, a.url === undefined ? 'inline' : a.url.replace(/^https?:\/\/[^/]+\//, ''), a.bytes, a.gzip]),
      );
    }

    if (browser) searchTable('Search in Chromium (search/index.html, queries typed in order on one page)', general);
  }

  // Differences between sizes only mean “one more document” when the documents are of one kind:
  // the report-shaped synthetic corpora, never the real site or the laws.
  const synth = general.filter(isReportCorpus).sort(bySize);
  if (synth.length >= 2) {
    marginalTable('Marginal cost of one more document (difference between corpus sizes / difference in N)', synth);
    const largest = synth.map((t) => [label(t), t.duizhao.largestPage?.bytes, largestGlossaryPage(t)]);
    table(
      'Largest pages',
      ['corpus', 'longest reading page KB', 'largest glossary page KB'],
      largest.map(([l, r, g]) => [l, kb(typeof r === 'number' ? r : undefined), g]),
    );
  }

  if (laws.length > 0) printLawSection(laws);

  const rebuilt = [...general, ...laws].filter((t) => t.incremental);
  if (rebuilt.length > 0) {
    const s = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
    const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || !b ? '–' : `${(a / b).toFixed(2)}×`);
    table(
      'Incremental rebuild (--incremental: one document changed, content layer cache kept, no --force)',
      ['corpus', 'cold s', 'cold CPU s', 'rebuild s', 'rebuild CPU s', 'rebuild / cold (CPU)', 'peak MB', 'changed'],
      rebuilt.map((t) => {
        const r = t.incremental!.build;
        return [
          label(t),
          s(t.duizhao.totalMs),
          s(t.duizhao.cpuMs),
          r.ok ? s(r.totalMs) : 'FAILED',
          s(r.cpuMs),
          ratio(r.cpuMs, t.duizhao.cpuMs),
          r.peakRssMb === undefined ? '–' : Math.round(r.peakRssMb),
          t.incremental!.changed,
        ];
      }),
      [
        'Astro re-parses only the changed document, but renders and writes every page again, and the integrations (Pagefind,',
        'CSP, service worker) redo the whole site: a static build has no per-page incremental output.',
      ],
    );
  }
}

/** Notes for the corpora whose Duizhao build failed. */
function failures(targets: readonly Target[]): string[] {
  return targets
    .filter((t) => !t.duizhao.ok)
    .map((t) => `✗ ${label(t)}: the build FAILED (figures are up to the failure): ${t.duizhao.error ?? ''}`);
}

/** The longest reading page of each corpus, measured in Chromium, against the plain page. */
function readingPageTable(title: string, targets: readonly Target[]): void {
  table(
    title,
    [
      'corpus',
      'page',
      'HTML KB',
      'gzip',
      'JS KB',
      'JS gzip',
      'CSS KB',
      'CSS gzip',
      'transfer KB',
      'requests',
      'FCP ms',
      'load ms',
      'plain HTML KB',
      'plain FCP ms',
    ],
    targets.map((t) => {
      const r = t.browser?.reading;
      const p = t.browser?.baselineReading;
      return [
        label(t),
        r?.path.replace(/\/index\.html$/, '').replace(/^documents\//, ''),
        kb(r?.htmlBytes),
        kb(r?.htmlGzip),
        r ? `${kb(r.js.bytes, 1)} (${r.js.count})` : undefined,
        kb(r?.js.gzip, 1),
        r ? `${kb(r.css.bytes, 1)} (${r.css.count})` : undefined,
        kb(r?.css.gzip, 1),
        kb(r?.transferBytes),
        r?.requests,
        fmt(r?.fcpMedianMs),
        fmt(r?.loadMedianMs),
        kb(p?.htmlBytes),
        fmt(p?.fcpMedianMs),
      ];
    }),
    [
      'JS/CSS = every <script>/<style> (inline ones: the head script, JSON data blocks) and every script/stylesheet fetched, (count); gzip = each item gzipped',
      'alone (zlib default), summed; transfer = all responses of the load, headers included (uncompressed local server); FCP/load = median',
      'of cold loads in fresh contexts, service workers blocked.',
    ],
  );
}

/** The search page's queries, typed in order, in each corpus. */
function searchTable(title: string, targets: readonly Target[]): void {
  const queries = targets.find((t) => t.browser?.search)?.browser?.search?.queries.map((q) => q.query) ?? [];
  table(
    title,
    ['corpus', ...queries.flatMap((q, i) => [`${i === 0 ? 'first' : 'then'} “${q}” ms`, 'KB', 'req', 'hits'])],
    targets.map((t) => [
      label(t),
      ...queries.flatMap((q) => {
        const r = t.browser?.search?.queries.find((x) => x.query === q);
        return [fmt(r?.ms), kb(r?.bytes), r?.requests, r?.status.replace(/ clauses? in /, '/').replace(/ documents?.*$/, ' docs')];
      }),
    ]),
    [
      "ms = from the input event to the frame after #search-status shows the count (includes the page's 150 ms debounce); KB/req = responses",
      'in that time (+500 ms), text files gzip-compressed as static hosts serve them; hits = clauses shown/documents (at most 60 clauses are shown). The first query also loads Pagefind (and',
      'for a Chinese query the list of characters t2cn changes; opencc-t2cn.js only for a traditional one).',
    ],
  );
}

/** Differences between consecutive corpus sizes of one kind of document, per added document. */
function marginalTable(title: string, sorted: readonly Target[]): void {
  const rows: Cell[][] = [];
  for (let i = 1; i < sorted.length; i += 1) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (!a || !b) continue;
    const dn = b.documents - a.documents;
    if (dn === 0) continue;
    const sa = split(a);
    const sb = split(b);
    const per = (x: number, y: number) => fmt((y - x) / dn, 1);
    const cpu = (x: number | undefined, y: number | undefined) => (x === undefined || y === undefined ? '–' : per(x, y));
    rows.push([
      `${a.documents} → ${b.documents}`,
      per(sa.total, sb.total),
      cpu(a.duizhao.cpuMs, b.duizhao.cpuMs),
      per(sa.astro, sb.astro),
      per(sa.opencc, sb.opencc),
      per(sa.pagefind, sb.pagefind),
      per(a.baseline.totalMs, b.baseline.totalMs),
      cpu(a.baseline.cpuMs, b.baseline.cpuMs),
      kb(((b.duizhao.dist?.bytes ?? 0) - (a.duizhao.dist?.bytes ?? 0)) / dn),
      kb((group(b, 'glossary', 'hant/glossary') - group(a, 'glossary', 'hant/glossary')) / dn),
      kb(((b.baseline.dist?.bytes ?? 0) - (a.baseline.dist?.bytes ?? 0)) / dn, 1),
      fmt(
        b.duizhao.pagefindRecords !== undefined && a.duizhao.pagefindRecords !== undefined
          ? (sb.pagefind - sa.pagefind) / (b.duizhao.pagefindRecords - a.duizhao.pagefindRecords)
          : undefined,
        2,
      ),
    ]);
  }
  table(
    title,
    [
      'N',
      'build ms/doc',
      'CPU ms/doc',
      'Astro',
      'OpenCC',
      'Pagefind',
      'plain ms/doc',
      'plain CPU',
      'KB/doc',
      'glossary KB/doc',
      'plain KB/doc',
      'Pagefind ms/record',
    ],
    rows,
    [
      'A cost that is linear in N has the same marginal cost at every step; a growing marginal cost means superlinear growth.',
      "Between small corpora the wall-clock differences are within the machine's noise (a negative value is noise); CPU is steadier.",
    ],
  );
}

/**
 * The number of articles in a law corpus: from the corpus statistics if they carry it, else
 * counted in the corpus's documents (bench/out/corpus-laws-N/content/documents/*.mdx, segments of
 * kind article); undefined when neither is there (a results.json read after bench/out was cleaned).
 */
export function articleCount(t: Pick<Target, 'corpus' | 'contentDir'>): number | undefined {
  const stated = (t.corpus as { articles?: unknown }).articles;
  if (typeof stated === 'number') return stated;
  const dir = join(t.contentDir, 'documents');
  if (!existsSync(dir)) return undefined;
  let n = 0;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.mdx')) continue;
    n += readFileSync(join(dir, f), 'utf8').match(/^[ \t]*(?:- )?kind: ["']?article["']?[ \t]*$/gm)?.length ?? 0;
  }
  return n > 0 ? n : undefined;
}

/** The law-sized corpora (--laws): build, output, pages and search, apart from the report-shaped corpora. */
function printLawSection(laws: readonly Target[]): void {
  console.log('\n── Law-sized corpora (--laws: fictional regulations of 50–300 articles, scripts/bench/laws.ts)');
  const articles = new Map(laws.map((t) => [t, articleCount(t)]));
  const perArticle = (t: Target, v: number | undefined, f: (x: number) => string) => {
    const a = articles.get(t);
    return v === undefined || a === undefined || a === 0 ? '–' : f(v / a);
  };
  table(
    'Law-sized corpora: build time',
    [
      'corpus',
      'docs',
      'articles',
      'clauses',
      'HTML pages',
      'build s',
      'CPU s',
      'ms/doc',
      'ms/article',
      'CPU ms/article',
      'Astro ms/doc',
      'Pagefind ms/doc',
      'peak MB',
      'plain s',
      'plain CPU s',
      'overhead',
      'CPU overhead',
    ],
    laws.map((t) => {
      const s = split(t);
      const n = t.documents;
      return [
        label(t) + (t.duizhao.ok ? '' : ' ✗'),
        n,
        articles.get(t),
        t.corpus.units,
        t.duizhao.dist?.htmlPages,
        fmt(s.total / 1000, 1),
        fmt(t.duizhao.cpuMs === undefined ? undefined : t.duizhao.cpuMs / 1000, 1),
        fmt(s.total / n),
        perArticle(t, s.total, (x) => fmt(x, 1)),
        perArticle(t, t.duizhao.cpuMs, (x) => fmt(x, 1)),
        fmt(s.astro / n),
        fmt(s.pagefind / n, 1),
        fmt(t.duizhao.peakRssMb),
        fmt(t.baseline.totalMs / 1000, 1),
        fmt(t.baseline.cpuMs === undefined ? undefined : t.baseline.cpuMs / 1000, 1),
        ratio(s.total, t.baseline.totalMs),
        ratio(t.duizhao.cpuMs, t.baseline.cpuMs),
      ];
    }),
    [
      'As in “Build time” above: wall clock of `astro build --force`, the fastest of repeated builds; CPU = user+system; plain = the same',
      'MDX files as plain Astro pages; overhead = Duizhao / plain. articles = segments of kind article (第N条 and 第N条之一); clauses = every',
      'segment (题注, 目录, headings, articles, 款, 项, 目). Per article = the whole build / the articles of the corpus.',
      ...failures(laws),
    ],
  );
  table(
    'Law-sized corpora: output size',
    [
      'corpus',
      'files',
      'MB',
      'KB/doc',
      'KB/article',
      'reading KB/doc',
      'search idx KB/doc',
      'data KB/doc',
      'plain KB/doc',
      'overhead',
      'longest page KB',
      'longest page',
    ],
    laws.map((t) => {
      const n = t.documents;
      const d = t.duizhao.dist;
      const page = t.duizhao.largestPage;
      return [
        label(t),
        d?.files,
        mb(d?.bytes),
        kb(d ? d.bytes / n : undefined),
        perArticle(t, d?.bytes, (x) => kb(x, 1)),
        kb(group(t, 'documents', 'hant/documents') / n),
        kb(group(t, 'pagefind') / n),
        kb(group(t, 'data') / n),
        kb(t.baseline.dist ? t.baseline.dist.bytes / n : undefined, 1),
        ratio(d?.bytes, t.baseline.dist?.bytes),
        kb(page?.bytes),
        page?.path.replace(/\/index\.html$/, '').replace(/^documents\//, ''),
      ];
    }),
    [
      'reading = documents/ + hant/documents/ (both scripts, both interface languages); search idx = pagefind/; data = data/ exports (JSON, TMX, text, Akoma Ntoso).',
      'longest page = the largest reading page (simplified script) of the corpus. overhead = Duizhao output bytes / plain output bytes.',
    ],
  );
  if (laws.some((t) => t.browser !== undefined)) {
    readingPageTable('Law-sized corpora: the longest reading page in Chromium (simplified script)', laws);
    searchTable('Law-sized corpora: search in Chromium (the same queries)', laws);
  }
  if (laws.length >= 2) {
    marginalTable('Law-sized corpora: marginal cost of one more law (difference between corpus sizes / difference in N)', laws);
  }
}

/** The largest glossary page of a built site, from the dist listing (name and KB). */
function largestGlossaryPage(t: Target): string {
  const g = t.duizhao.dist?.largestGlossaryPage;
  return g ? `${kb(g.bytes)} (${g.path})` : '–';
}
