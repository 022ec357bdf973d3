// Duizhao's shared page script (inlined as an IIFE, no module: it must run from file:// too);
// reading pages add clause-tools.ts. Reading mode, pinyin, script and language switches keeping
// the place, '/' to search, glossary popovers.
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
  for (const seg of document.querySelectorAll<HTMLElement>('[data-segment]')) {
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

// Pinyin: each Chinese part carries its readings in data-py (one token per character);
// turning pinyin on wraps characters in spans whose ::before shows the reading, so the
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
function setPinyin(on: boolean): void {
  if (on) document.querySelectorAll('.zh[data-py]').forEach(applyPinyin);
  d.setAttribute('data-pinyin', on ? 'on' : 'off');
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
const firstSeg = document.querySelector('[data-segment]');
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

// Glossary popovers: a term link opens its entry's popover (kept outside the text);
// without JS (or without popover support) the link goes to the glossary entry.
const supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';
document.addEventListener('click', (e) => {
  const link = e.target instanceof Element ? e.target.closest<HTMLElement>('a[data-term]') : null;
  if (!link || !supportsPopover || e.ctrlKey || e.metaKey || e.shiftKey) return;
  const pop = document.getElementById(`term-${link.getAttribute('data-term') ?? ''}`);
  if (!pop) return;
  e.preventDefault();
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

export {}; // a module: its names stay its own when type-checked with the other scripts
