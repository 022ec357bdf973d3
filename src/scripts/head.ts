// Runs before first paint: marks JS as available and restores the reader's saved choices,
// so a remembered reading mode or pinyin setting never flashes the default first. A reader who
// chose the other interface language (page.ts saves it) is taken to this page in it, fragment kept.
const d = document.documentElement;
d.classList.add('js');

function restore(): void {
  try {
    const ui = localStorage.getItem('duizhao.ui');
    const other = document.querySelector('meta[name="duizhao-other-ui"]');
    if (ui && other && ui !== d.getAttribute('data-ui') && ui === other.getAttribute('data-ui')) {
      location.replace((other.getAttribute('content') ?? '') + location.search + location.hash);
      return;
    }
    const mode = localStorage.getItem('duizhao.mode');
    if (mode) d.setAttribute('data-mode', mode);
    if (localStorage.getItem('duizhao.pinyin') === 'on') d.setAttribute('data-pinyin', 'on');
  } catch {
    /* storage unavailable (private mode, file://): defaults apply */
  }
}
restore();

export {}; // a module: its names stay its own when type-checked with the other scripts
