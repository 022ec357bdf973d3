// Duizhao's shared page script (inlined as an IIFE, no module: it must run from file:// too);
// reading pages add clause-tools.ts. Reading mode, pinyin, script and language switches keeping
// the place, '/' to search, glossary popovers.
import { tr } from './strings.ts';

const d = document.documentElement;

function save(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* not remembered; the choice still applies to this page */
  }
}

// The segment the reader is looking at: the first one in view.
function currentSegment(): HTMLElement | null {
  for (const seg of document.querySelectorAll<HTMLElement>('.seg')) {
    if (seg.getBoundingClientRect().bottom > 80) return seg;
  }
  return null;
}
function keepPlace(change: () => void): void {
  const seg = currentSegment();
  const top = seg ? seg.getBoundingClientRect().top : 0;
  change();
  if (seg) window.scrollBy(0, seg.getBoundingClientRect().top - top);
}

// Reading modes: radios work without JS through CSS :has(); JS remembers the choice.
const saved = d.getAttribute('data-mode');
document.querySelectorAll<HTMLInputElement>('input[name="mode"]').forEach((input) => {
  if (saved && input.value === saved) input.checked = true;
  input.addEventListener('change', () => {
    keepPlace(() => d.setAttribute('data-mode', input.value));
    save('duizhao.mode', input.value);
  });
});

/** Loads a classic script of the site's data (a `<script src>`, which works from file:// too)
 * and resolves to what it set, read by `read`; undefined if it cannot load. */
function loadData<T>(src: string | null | undefined, read: () => T | undefined): Promise<T | undefined> {
  return new Promise((resolve) => {
    const have = read();
    if (have !== undefined || !src) {
      resolve(have);
      return;
    }
    const el = document.createElement('script');
    el.src = src;
    el.onload = () => resolve(read());
    el.onerror = () => resolve(undefined);
    document.head.append(el);
  });
}
type Globals = { duizhaoPinyin?: Record<string, string>; duizhaoCards?: Record<string, Record<string, Card> | undefined> };
const globals = self as unknown as Globals;

// Pinyin: each Chinese part's readings (one token per character) are in data-py, or, on reading
// pages, in a file loaded the first time pinyin is turned on (lib/pinyin-data.ts, by segment id). Turning pinyin on wraps characters in spans whose ::before shows the reading, so the
// pinyin is never part of the text that is copied or read as textContent.
function applyPinyin(el: Element): void {
  if (el.hasAttribute('data-py-done')) return;
  const tokens = (el.getAttribute('data-py') ?? '').split(' ');
  let k = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    const frag = document.createDocumentFragment();
    for (const ch of Array.from(node.data)) {
      const py = tokens[k++] ?? '';
      // Spaces stay text so lines can break; every other character gets a column, punctuation
      // an empty reading, so the characters of a line stay on one baseline.
      if (/\s/.test(ch)) {
        frag.appendChild(document.createTextNode(ch));
        continue;
      }
      const span = document.createElement('span');
      span.className = 'py';
      span.setAttribute('data-py', py);
      span.textContent = ch;
      frag.appendChild(span);
    }
    node.parentNode?.replaceChild(frag, node);
  }
  el.setAttribute('data-py-done', '');
}
let pinyinLoaded: Promise<unknown> | undefined;
function loadPinyin(): Promise<unknown> {
  pinyinLoaded ??= loadData(
    document.querySelector('meta[name="duizhao-pinyin"]')?.getAttribute('content'),
    () => globals.duizhaoPinyin,
  ).then((data) => {
    if (!data) return;
    document.querySelectorAll('.seg > .row > .zh').forEach((el) => {
      const key = el.parentElement?.parentElement?.id;
      const py = key ? data[key] : undefined;
      if (py !== undefined && !el.hasAttribute('data-py')) el.setAttribute('data-py', py);
    });
  });
  return pinyinLoaded;
}
function setPinyin(on: boolean): void {
  d.setAttribute('data-pinyin', on ? 'on' : 'off');
  if (on)
    void loadPinyin().then(() => {
      if (d.getAttribute('data-pinyin') === 'on') keepPlace(() => document.querySelectorAll('.zh[data-py]').forEach(applyPinyin));
    });
}
const pinyinBox = document.getElementById('pinyin-toggle') as HTMLInputElement | null;
if (pinyinBox) {
  pinyinBox.checked = d.getAttribute('data-pinyin') === 'on';
  if (pinyinBox.checked) setPinyin(true);
  pinyinBox.addEventListener('change', () => {
    keepPlace(() => setPinyin(pinyinBox.checked));
    save('duizhao.pinyin', pinyinBox.checked ? 'on' : 'off');
  });
}

// Script toggle: go to the same place in the other script. The place is the last segment the
// reader scrolled to while inside the text (so scrolling up to the header to reach the toggle
// does not lose it), else the fragment.
let lastSeg: HTMLElement | null = null;
const firstSeg = document.querySelector('.seg');
let ticking = false;
window.addEventListener(
  'scroll',
  () => {
    if (ticking || !firstSeg) return;
    ticking = true;
    requestAnimationFrame(() => {
      ticking = false;
      if (firstSeg.getBoundingClientRect().top < 80) lastSeg = currentSegment();
    });
  },
  { passive: true },
);
// The language switch does the same, and remembers the choice (head.ts applies it).
document.querySelectorAll('a[data-keep-place]').forEach((a) => {
  a.addEventListener('click', () => {
    const frag = lastSeg ? `#${lastSeg.id}` : location.hash;
    a.setAttribute('href', `${(a.getAttribute('href') ?? '').split('#')[0] ?? ''}${frag}`);
    const ui = a.getAttribute('data-ui-switch');
    if (ui) save('duizhao.ui', ui);
  });
});

// '/' focuses the search box, unless the reader is typing somewhere.
const box = document.getElementById('site-search');
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || !box) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  e.preventDefault();
  box.focus();
});

// Glossary popovers: a term link opens its entry's card in a popover. The cards of every entry
// are one shared file per script (lib/glossary-cards.ts, named by the page's
// <meta name="duizhao-glossary-cards">), loaded on the first term opened and then kept by the
// browser; each popover is built once. Without JS, without popover support, or if the cards
// cannot load, the link goes to the glossary entry.
const supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';
type Card = [zh: string, pinyin: string, en: string, also: string, definition: (string | [string])[]];
const cardsMeta = document.querySelector('meta[name="duizhao-glossary-cards"]');
const script = d.getAttribute('data-script') === 'hant' ? 'hant' : 'hans';
const zhLang = script === 'hant' ? 'zh-Hant' : 'zh-Hans';
let cardsLoading: Promise<Record<string, Card> | undefined> | undefined;
function loadCards(): Promise<Record<string, Card> | undefined> {
  cardsLoading ??= loadData(cardsMeta?.getAttribute('content'), () => globals.duizhaoCards?.[script]).then((cards) => {
    if (!cards) cardsLoading = undefined; // try again on the next click
    return cards;
  });
  return cardsLoading;
}
function node<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, lang?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (lang) el.lang = lang;
  return el;
}
/** The popover of entry `id` (built from its card the first time), or null if there is no card. */
function popoverFor(id: string, href: string, cards: Record<string, Card> | undefined): HTMLElement | null {
  const existing = document.getElementById(`term-${id}`);
  if (existing) return existing;
  const card = cards?.[id];
  if (!card) return null;
  const [zh, pinyin, en, also, definition] = card;
  const pop = node('div');
  pop.popover = 'auto';
  pop.className = 'term-pop';
  pop.id = `term-${id}`;
  pop.setAttribute('role', 'dialog');
  pop.setAttribute('aria-labelledby', `term-${id}-h`);
  const close = node('button', '×');
  close.type = 'button';
  close.className = 'close';
  close.setAttribute('aria-label', tr('close'));
  close.addEventListener('click', () => pop.hidePopover());
  const h = node('h2');
  h.id = `term-${id}-h`;
  h.append(node('span', zh, zhLang), ' ', node('span', pinyin, 'zh-Latn-pinyin'));
  h.lastElementChild?.classList.add('pinyin');
  const renderings = node('p');
  renderings.append(node('b', en, 'en'));
  if (also) renderings.append(' · ', tr('termAlso'), node('span', also, 'en'));
  const def = node('p', undefined, 'en');
  def.append(...definition.map((r) => (typeof r === 'string' ? r : node('span', r[0], zhLang))));
  const entry = node('p');
  const a = node('a', tr('termEntry'));
  a.href = href;
  entry.append(a);
  pop.append(close, h, renderings, def, entry);
  document.body.append(pop);
  return pop;
}
document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('.terms > a:not(.xref)') : null;
  if (!link || !supportsPopover || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const id = /([^/]+)\/index\.html$/.exec(link.getAttribute('href') ?? '')?.[1];
  if (!id || !cardsMeta) return;
  e.preventDefault();
  void loadCards().then((cards) => {
    const pop = popoverFor(id, link.href, cards);
    if (!pop) {
      location.href = link.href;
      return;
    }
    pop.showPopover({ source: link });
    const r = link.getBoundingClientRect();
    const w = Math.min(360, window.innerWidth - 16);
    pop.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - w - 8))}px`;
    const below = r.bottom + 6;
    pop.style.top = `${below + pop.offsetHeight > window.innerHeight ? Math.max(8, r.top - pop.offsetHeight - 6) : below}px`;
    pop.querySelector('button')?.focus();
    pop.addEventListener(
      'toggle',
      (ev) => {
        if (ev.newState === 'closed') link.focus();
      },
      { once: true },
    );
  });
});

export {}; // a module: its names stay its own when type-checked with the other scripts
