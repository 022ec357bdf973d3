/**
 * What the interface-language tests read in a page: every run of text and every text attribute
 * (aria-label, placeholder, title, alt) with the language it is marked as. A Chinese-interface
 * page has no English word in a run marked Chinese; an English page has no Chinese character in a
 * run marked English. Code, file names and segment ids (p3, art21-2, caption: marked translate="no"
 * or the ids of the page) are identifiers, not words, and a short list of names (formats,
 * programs, standards) is the same in every language.
 */
import type { Page } from '@playwright/test';

export const NAMES = [
  'Duizhao',
  'JSON',
  'TMX',
  'XML',
  'Akoma',
  'Ntoso',
  'OCR',
  'U+FFFD',
  'JavaScript',
  'HTTP',
  'BibTeX',
  'biblatex',
  'RIS',
  'CSL',
  'CSL-JSON',
  'APA',
  'MLA',
  'Pandoc',
  'OpenCC',
  'opencc-js',
  'pinyin-pro',
  'citeproc',
  'OASIS',
];

/** Each run of text in the wrong language for its marking, as "where: words in “text”". */
export async function strayText(page: Page): Promise<string[]> {
  return page.evaluate((names) => {
    const allowed = new Set(names);
    const ids = new Set(Array.from(document.querySelectorAll('[id]'), (e) => e.id));
    const problems: string[] = [];
    const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang') ?? '';
    const check = (text: string, lang: string, where: string) => {
      if (lang.startsWith('zh-Latn')) return; // pinyin
      if (lang.startsWith('zh')) {
        const words = (text.match(/[A-Za-z][A-Za-z0-9+]*(?:[-.][A-Za-z0-9+]+)*/g) ?? []).filter((w) => !allowed.has(w) && !ids.has(w));
        if (words.length > 0) problems.push(`${where} [${lang}]: ${words.join(' ')} in “${text.trim().slice(0, 90)}”`);
      } else if (lang === 'en' && /[\u3400-\u9fff]/.test(text)) {
        problems.push(`${where} [en]: Chinese in “${text.trim().slice(0, 90)}”`);
      }
    };
    // A <title> cannot mark a run: an English title may name its Chinese (“Ministry of Civil
    // Affairs (民政部)”), but a Chinese one has no English interface word.
    if (document.documentElement.lang !== 'en') check(document.title, document.documentElement.lang, 'title');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const parent = node.parentElement;
      // Code, file names and identifiers (translate="no": segment ids such as p3) are not words.
      if (!parent || parent.closest('script, style, code, template, [translate="no"]') || node.data.trim() === '') continue;
      const cls = parent.getAttribute('class')?.split(' ')[0];
      check(node.data, langOf(parent), parent.tagName.toLowerCase() + (cls ? `.${cls}` : ''));
    }
    for (const el of Array.from(document.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))) {
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr);
        if (value) check(value, langOf(el), `${el.tagName.toLowerCase()}@${attr}`);
      }
    }
    return problems;
  }, NAMES);
}
