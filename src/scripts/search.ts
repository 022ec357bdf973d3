// The search page's script (inlined on that page only, as an IIFE). Pagefind's JS and index load
// on the first query; a query with Han characters is folded to simplified with opencc-js t2cn (the
// small direction), loaded once, so traditional and simplified queries find the same clauses. The
// query is tokenised by the index's own bigramize (src/lib/bigrams.ts).
import { clauseFilter, glossaryFilter } from '../lib/search-kinds.ts';
import { FACETS, documentsMatching, facetCounts, type FacetName, type FacetTable } from '../lib/search-facets.ts';
import { bigramize } from '../lib/bigrams.ts';
import { HAN_CLASS, hasHan, splitMixed } from '../lib/han-runs.ts';
import { formatDate } from '../lib/format.ts';
import { routes } from '../lib/paths.ts';
import { decodeCodePoints, needsFolding } from '../lib/script-fold.ts';
import { tr } from './strings.ts';

/** What a record carries (src/lib/search-records.ts): clause and glossary records' meta, as strings. */
type Meta = Record<string, string>;
interface Hit {
  url: string;
  meta: Meta;
}
type Counts = Record<string, Record<string, number>>;
interface SearchResponse {
  results: { data: () => Promise<Hit> }[];
  filters?: Counts;
  totalFilters?: Counts;
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options: (o: object) => Promise<void>;
  filters: () => Promise<unknown>;
  search: (q: string, o: { filters: object }) => Promise<SearchResponse>;
}
type Convert = (text: string) => string;
declare global {
  interface Window {
    OpenCC?: { Converter: (o: { from: string; to: string }) => Convert };
  }
}

function main(): void {
  const app = document.getElementById('search-app');
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  const filtersBox = document.getElementById('search-filters');
  // Asked for: the English of earlier versions of translations (search-records.ts earlierRecords).
  const earlier = document.getElementById('search-earlier') as HTMLInputElement | null;
  if (!app || !form || !input || !status || !results || !filtersBox) return;
  const root = app.getAttribute('data-root') ?? ''; // relative path to the site root
  const prefix = app.getAttribute('data-prefix') ?? ''; // the edition ('', 'hant/', 'zh/', 'zh/hant/'): results open in it
  const hant = document.documentElement.getAttribute('data-script') === 'hant';
  const zhUi = document.documentElement.getAttribute('data-ui') === 'zh';
  const locale = zhUi ? (hant ? 'zh-Hant' : 'zh-Hans') : 'en';
  // How filter values read in this interface (document types by key, bodies by name).
  const labels = JSON.parse(app.getAttribute('data-labels') || '{}') as Partial<Record<FacetName, Record<string, string>>>;
  const FILTERS: [FacetName, string][] = FACETS.map((f) => [f, tr(`search.filter.${f}`)]);

  if (location.protocol === 'file:') {
    status.textContent = tr('search.fileUrl');
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    return;
  }
  app.hidden = false;
  // On a phone the filters start folded, so results come first on the screen.
  const filtersPanel = document.getElementById('search-filters-panel') as HTMLDetailsElement | null;
  if (filtersPanel && window.matchMedia('(max-width: 52rem)').matches) filtersPanel.open = false;

  let pagefind: Promise<Pagefind> | null = null;
  function loadPagefind(): Promise<Pagefind> {
    pagefind ??= (import(/* @vite-ignore */ new URL(`${root}pagefind/pagefind.js`, location.href).href) as Promise<Pagefind>).then(
      async (pf) => {
        // baseUrl '/': result urls stay site-relative (Pagefind would prefix the sub-path it is
        // served from); this page resolves them itself. Loading the filter lists first (the
        // documents and the kinds: lib/search-facets.ts) makes every search report its per-document counts.
        await pf.options({ baseUrl: '/', ranking: { termSimilarity: 7 }, excerptLength: 0 });
        await pf.filters();
        return pf;
      },
    );
    return pagefind;
  }
  // Every document's facets (lib/search-facets.ts), loaded with Pagefind; without it, no facets.
  let facets: Promise<FacetTable | null> | null = null;
  function loadFacets(): Promise<FacetTable | null> {
    facets ??= fetch(`${root}${routes.searchFacets}`)
      .then(async (r) => (r.ok ? ((await r.json()) as FacetTable) : null))
      .catch(() => null);
    return facets;
  }
  let t2cn: Promise<Convert> | null = null;
  // The characters t2cn changes (script-fold.ts, 4.5 KB): t2cn (109 KB) loads only when needed.
  // Without the list (not fetched), every Han query is folded, as before the list existed.
  let changes: Promise<Set<number> | null> | null = null;
  async function toSimplified(q: string): Promise<string> {
    if (!hasHan(q)) return q;
    changes ??= fetch(`${root}search/t2cn-changes.txt`)
      .then(async (r) => (r.ok ? decodeCodePoints(await r.text()) : null))
      .catch(() => null);
    const changed = await changes;
    if (changed && !needsFolding(q, changed)) return q;
    t2cn ??= new Promise<Convert>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = `${root}search/opencc-t2cn.js`;
      s.onload = () => {
        if (window.OpenCC) resolve(window.OpenCC.Converter({ from: 'tw', to: 'cn' }));
        else reject(new Error('opencc-t2cn.js defined no OpenCC'));
      };
      s.onerror = () => reject(new Error(`${s.src} did not load`));
      document.head.appendChild(s);
    });
    return (await t2cn)(q);
  }

  function el(tag: string, attrs: Record<string, string> = {}, children: (Node | string)[] = []): HTMLElement {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...children);
    return e;
  }
  // Highlights: each Han run of the (simplified) query where it occurs in the simplified text
  // (cn→tw keeps offsets, so the same ranges mark the traditional text), and words of the
  // query as word prefixes in the English.
  type Range = [number, number];
  const byStart = (a: Range, b: Range) => a[0] - b[0];
  function zhRanges(simplified: string, query: string): Range[] {
    const ranges: Range[] = [];
    for (const run of query.match(new RegExp(`[${HAN_CLASS}0-9]+`, 'gu')) ?? []) {
      let at = simplified.indexOf(run);
      while (at >= 0) {
        ranges.push([at, at + run.length]);
        at = simplified.indexOf(run, at + run.length);
      }
    }
    return ranges.sort(byStart);
  }
  function enRanges(en: string, query: string): Range[] {
    const ranges: Range[] = [];
    for (const word of query.match(/[A-Za-z0-9][A-Za-z0-9'-]*/g) ?? []) {
      const re = new RegExp(`\\b${word.replace(/[-']/g, '\\$&')}[A-Za-z]*`, 'gi');
      for (const m of en.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
    }
    return ranges.sort(byStart);
  }
  function highlighted(text: string, ranges: Range[], lang: string): HTMLElement {
    const p = el('p', { lang });
    let at = 0;
    for (const [start, end] of ranges) {
      const s = Math.max(start, at);
      const e = Math.min(end, text.length);
      if (e <= s) continue;
      if (s > at) p.append(text.slice(at, s));
      p.append(el('mark', {}, [text.slice(s, e)]));
      at = e;
    }
    p.append(text.slice(at));
    return p;
  }
  const m = (d: Hit, key: string) => d.meta[key] ?? '';
  // Pagefind roots record urls at '/'; ours are site-relative, resolved from this page.
  const href = (d: Hit) => root + prefix + d.url.replace(/^\//, '');
  function clauseItem(d: Hit, rank: number, query: string): HTMLElement {
    const aligned = m(d, 'zhHant').length === m(d, 'zh').length;
    const zh = hant ? m(d, 'zhHant') : m(d, 'zh');
    const lang = hant ? 'zh-Hant' : 'zh-Hans';
    // A law's hit names its article and the chapter it is in: “art. 21 · 第三章 数据共享”.
    const where = d.meta['within'] ? [' · ', el('span', { lang }, [hant ? m(d, 'withinZhHant') : m(d, 'withinZh')])] : [];
    const label = (zhUi ? (hant ? d.meta['labelZhHant'] : d.meta['labelZh']) : d.meta['label']) || m(d, 'seg');
    const version = d.meta['version'];
    const marked = version
      ? [' ', el('span', { class: 'badge' }, [tr('search.earlierVersion', { date: formatDate(version, locale) })])]
      : [];
    return el('li', { class: 'hit', 'data-rank': String(rank), ...(version ? { 'data-version': version } : {}) }, [
      el('p', { class: 'hit-where' }, [el('a', { href: href(d) }, [label]), ...marked, ...where]),
      highlighted(zh, !hant || aligned ? zhRanges(m(d, 'zh'), query) : [], lang),
      highlighted(m(d, 'en'), enRanges(m(d, 'en'), query), 'en'),
    ]);
  }
  // English that quotes Chinese (glossary definitions): the Chinese runs get their own lang,
  // found as the build finds them.
  const mixed = (text: string) => splitMixed(text).map((r) => (r.zh ? el('span', { lang: 'zh-Hans' }, [r.text]) : r.text));
  function glossaryItem(d: Hit): HTMLElement {
    return el('li', { class: 'hit' }, [
      el('a', { href: href(d) }, [
        el('span', { lang: hant ? 'zh-Hant' : 'zh-Hans' }, [hant ? m(d, 'zhHant') : m(d, 'zh')]),
        ' ',
        el('span', { lang: 'zh-Latn-pinyin' }, [m(d, 'pinyin')]),
        ' — ',
        el('span', { lang: 'en' }, [m(d, 'en')]),
      ]),
      el('p', { lang: 'en' }, mixed(m(d, 'definition'))),
    ]);
  }

  const initial: Partial<Record<FacetName, string[]>> = {};
  /** The facet values chosen (from the URL until the checkboxes exist). */
  function selectedFilters(box: HTMLElement): Partial<Record<FacetName, string[]>> {
    if (!box.querySelector('input')) return { ...initial };
    const f: Partial<Record<FacetName, string[]>> = {};
    for (const [name] of FILTERS) {
      const values = Array.from(box.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`), (i) => i.value);
      if (values.length) f[name] = values;
    }
    return f;
  }
  function renderFilters(box: HTMLElement, counts: Counts, selected: Partial<Record<string, string[]>>): void {
    box.replaceChildren();
    for (const [name, legend] of FILTERS) {
      const counted = counts[name] ?? {};
      const values = Object.keys(counted).sort();
      if (!values.length) continue;
      const fs = el('fieldset', {}, [el('legend', {}, [legend])]);
      for (const v of values) {
        const check = el('input', { type: 'checkbox', name, value: v }) as HTMLInputElement;
        check.checked = (selected[name] ?? []).includes(v);
        check.addEventListener('change', () => run(true));
        const shownAs = labels[name]?.[v] || v;
        fs.append(el('label', {}, [check, ` ${shownAs} (${String(counted[v])})`]));
      }
      box.append(fs);
    }
  }

  // Results load a page at a time (each costs a fragment fetch); counts come from filters.
  const PAGE_SIZE = 20;
  let shown = PAGE_SIZE;
  let seq = 0;
  function run(push: boolean, more = false): void {
    if (!input || !status || !results || !filtersBox) return;
    const q = input.value.trim();
    const selected = selectedFilters(filtersBox);
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [k, values] of Object.entries(selected)) for (const v of values) params.append(k, v);
    if (earlier?.checked) params.set('earlier', '1');
    const url = location.pathname + (params.toString() ? `?${params.toString()}` : '');
    if (push) history.replaceState(null, '', url);
    shown = more ? shown + PAGE_SIZE : PAGE_SIZE;
    const mine = ++seq;
    if (!q) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!more) status.textContent = tr('search.searching');
    search(q, selected)
      .then(({ query, clauses, terms, found, counts }) => {
        if (mine !== seq) return;
        render(q, query, clauses, terms, found, counts, selected);
      })
      .catch((e: unknown) => {
        status.textContent = tr('search.failed', { message: e instanceof Error ? e.message : String(e) });
      });
  }
  let missing = 0;
  async function search(q: string, chosen: Partial<Record<FacetName, string[]>>) {
    const [pf, query, table] = await Promise.all([loadPagefind(), toSimplified(q), loadFacets()]);
    const tokens = bigramize(query).replace(/\s+/g, ' ').trim();
    const clausesOnly = clauseFilter(earlier?.checked ?? false);
    // Chosen facet values narrow the search to the documents that have them (none: nothing matches).
    const docs = table ? documentsMatching(table, chosen) : undefined;
    const f: Filters = docs === undefined ? {} : { doc: { any: docs.length > 0 ? docs : [''] } };
    const [found, glossary, unnarrowed] = await Promise.all([
      pf.search(tokens, { filters: { ...clausesOnly, ...f } }),
      pf.search(tokens, { filters: glossaryFilter() }),
      // The facets count the query's clauses whatever is chosen: per document, before narrowing.
      docs === undefined ? null : pf.search(tokens, { filters: clausesOnly }),
    ]);
    const counts = table ? facetCounts(table, (unnarrowed ?? found).filters?.['doc'] ?? {}) : {};
    // Offline, a hit whose fragment was never cached cannot be shown: it is left out and counted.
    const shownData = (list: SearchResponse['results'], n: number) =>
      Promise.all(list.slice(0, n).map((x) => x.data().catch(() => null))).then((hits) => hits.filter((h) => h !== null));
    const [clauses, terms] = await Promise.all([shownData(found.results, shown), shownData(glossary.results, 3)]);
    missing = Math.min(shown, found.results.length) - clauses.length;
    return { query, clauses, terms, found, counts };
  }
  function render(
    q: string,
    query: string,
    clauses: Hit[],
    terms: Hit[],
    found: SearchResponse,
    counts: Counts,
    selected: Partial<Record<string, string[]>>,
  ): void {
    if (!status || !results || !filtersBox) return;
    const total = found.results.length;
    const perDoc = found.filters?.['doc'] ?? {};
    const docCount = Object.values(perDoc).filter((n) => n > 0).length;
    renderFilters(filtersBox, counts, selected);
    const out: HTMLElement[] = [];
    if (terms.length) {
      out.push(el('h2', {}, [tr('search.glossary')]));
      out.push(el('ol', { class: 'search-results glossary-hits' }, terms.map(glossaryItem)));
    }
    const groups = new Map<string, { meta: Meta; href: string; items: { d: Hit; rank: number }[] }>();
    clauses.forEach((d, rank) => {
      const key = m(d, 'doc');
      let g = groups.get(key);
      if (!g) {
        // The document's current page, even when its first hit is in an earlier version.
        g = { meta: d.meta, href: `${root}${prefix}${routes.document(key)}index.html`, items: [] };
        groups.set(key, g);
      }
      g.items.push({ d, rank });
    });
    for (const [doc, g] of groups) {
      const title = (hant ? g.meta['docZhHant'] : g.meta['docZh']) ?? '';
      const n = perDoc[doc] || g.items.length;
      const zhTitle = el('span', { lang: hant ? 'zh-Hant' : 'zh-Hans' }, [title]);
      const enTitle = el('span', { lang: 'en' }, [g.meta['title'] ?? '']);
      out.push(
        el('h2', { 'data-href': g.href }, [
          el('a', { href: g.href }, [zhUi ? zhTitle : enTitle]),
          ' ',
          zhUi ? enTitle : zhTitle,
          ` — ${tr(n === 1 ? 'search.clauses.one' : 'search.clauses.other', { n })}`,
        ]),
      );
      out.push(
        el(
          'ol',
          { class: 'search-results' },
          g.items.map(({ d, rank }) => clauseItem(d, rank, query)),
        ),
      );
    }
    if (total > clauses.length) {
      const moreButton = el('button', { type: 'button', class: 'more' }, [tr('search.more', { shown: clauses.length, total })]);
      moreButton.addEventListener('click', () => run(false, true));
      out.push(moreButton);
    }
    results.replaceChildren(...out);
    status.textContent =
      total === 0 && terms.length === 0
        ? tr('search.none', { q })
        : tr('search.summary', {
            clauses: tr(total === 1 ? 'search.clauses.one' : 'search.clauses.other', { n: total }),
            documents: tr(docCount === 1 ? 'search.documents.one' : 'search.documents.other', { n: docCount }),
          }) +
          (terms.length ? tr(terms.length === 1 ? 'search.terms.one' : 'search.terms.other', { n: terms.length }) : '') +
          tr('search.end') +
          (missing > 0 ? ` ${tr('offline.missing', { n: missing })}` : '');
    // A document whose page is kept (opened, or kept by src/scripts/offline.ts) says it can be read
    // offline; offline, the others say they cannot.
    if ('caches' in window)
      for (const h of results.querySelectorAll<HTMLElement>('h2[data-href]'))
        void caches.match(new URL(h.dataset['href'] ?? '', location.href).href).then((kept) => {
          h.dataset['offline'] = kept ? 'yes' : 'no';
          if (kept || !navigator.onLine)
            h.append(' ', el('span', { class: 'badge' }, [tr(kept ? 'offline.available' : 'offline.unavailable')]));
        });
  }

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  for (const [name] of FILTERS) if (params.getAll(name).length) initial[name] = params.getAll(name);
  if (earlier) {
    earlier.checked = params.get('earlier') === '1';
    earlier.addEventListener('change', () => run(true));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true), 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run(true);
  });
  if (input.value) run(false);
}
main();
