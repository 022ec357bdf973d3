// Clause tools of a reading page (inlined there only as an IIFE, no module: it must run from
// file:// too): a clause number copies its address, Copy copies the clause, Cite opens the
// citation dialog filled from the build's templates by the build's own fillTemplate
// (src/lib/cite-fill.ts), and the document's citations get today's access date.
import { accessDateForms, cslPinpoint, fillTemplate, pinpointForms, type TemplatePinpoint } from '../lib/cite-fill.ts';
import type { PageTemplates } from '../lib/cite-templates.ts';
import { resolvePin } from '../lib/pin-derive.ts';
import type { Script } from '../lib/script.ts';
import { tr } from './strings.ts';

type Done = (ok: boolean) => void;
type Clause = { id: string; pinpoint: TemplatePinpoint };

// Copying: the Clipboard API, or a selected textarea where it is missing (file:// pages, older
// browsers). A live region says what was copied.
const status = document.getElementById('copy-status');
function announce(msg: string): void {
  if (!status) return;
  status.textContent = '';
  setTimeout(() => {
    status.textContent = msg;
  }, 50);
}
// With html, rich-text editors get the italics too (plain text for everything else).
function copyText(text: string, done: Done, html?: string): void {
  function fallback(): void {
    const ta = document.createElement('textarea');
    ta.value = text;
    ta.setAttribute('readonly', '');
    ta.style.position = 'fixed';
    ta.style.opacity = '0';
    document.body.appendChild(ta);
    ta.select();
    let ok: boolean;
    try {
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy where the Clipboard API is missing
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    ta.remove();
    done(ok);
  }
  // Older browsers and insecure contexts have no navigator.clipboard, whatever the DOM types say.
  const clipboard = window.isSecureContext ? (navigator.clipboard as Clipboard | undefined) : undefined;
  if (!clipboard) {
    fallback();
    return;
  }
  const write =
    html && typeof ClipboardItem === 'function'
      ? clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([text], { type: 'text/plain' }),
            'text/html': new Blob([html], { type: 'text/html' }),
          }),
        ])
      : clipboard.writeText(text);
  write.then(() => done(true), fallback);
}
function copied(what: string): Done {
  return (ok) => announce(ok ? tr('copied', { what }) : tr('copyFailed'));
}

// The address citations name: the version quoted (rel="cite-as", RFC 8574), else the page's own.
const citeAs =
  document.querySelector<HTMLLinkElement>('link[rel="cite-as"]') ?? document.querySelector<HTMLLinkElement>('link[rel="canonical"]');
function clauseUrl(id: string): string {
  return `${citeAs ? citeAs.href : (location.href.split('#')[0] ?? '')}#${id}`;
}
const tplNode = document.getElementById('cite-templates');
const templates = tplNode ? (JSON.parse(tplNode.textContent || 'null') as PageTemplates | null) : null;
// The reader's today (local date), in the forms of the templates' access date.
const now = new Date();
const pad = (n: number) => String(n).padStart(2, '0');
const todayIso = `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/** Fills the dialog's parts for a clause: from its template, or copied from the document's panel (`same`). */
function fillClause(root: Element, list: PageTemplates['clause'], accessed: string[], at: Clause): void {
  for (const c of list) {
    c.parts.forEach((p, i) => {
      const pre = root.querySelector(`[data-cite-part="${c.id}:${String(i)}"]`);
      if (!pre) return;
      // The build's own HTML (italics, the Chinese title marked zh-Hans), placeholders filled; a
      // part the document's citation shares is copied with the access date the panel shows.
      if (p.same !== undefined) pre.innerHTML = document.querySelector(`#cite [data-cite-part="${p.same}"]`)?.innerHTML ?? '';
      else pre.innerHTML = fillTemplate(p.html ?? '', accessed, todayIso, at);
    });
  }
}
const panel = document.getElementById('cite');
if (panel) {
  // The document's citations: their access dates (marked by the build) become today.
  const forms = accessDateForms(todayIso);
  panel.querySelectorAll('[data-accessed]').forEach((e) => (e.textContent = forms[Number(e.getAttribute('data-accessed'))] ?? todayIso));
  const accessDate = panel.querySelector('[data-access-date]');
  if (accessDate) accessDate.textContent = forms[0] ?? todayIso;
  const accessNote = panel.querySelector('[data-access-note]');
  if (accessNote) accessNote.textContent = tr('accessToday');
}
function el(tag: string, attrs: Record<string, string>, text: string): HTMLElement {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.textContent = text;
  return e;
}

// Each clause's Copy and Cite, built from its permalink's data (the buttons need this script).
const zhUi = document.documentElement.getAttribute('data-ui') === 'zh';
const pageScript: Script = document.documentElement.getAttribute('data-script') === 'hant' ? 'hant' : 'hans';
/** A permalink's (or its Cite button's) pinpoint: the forms the build left out put back (lib/pin-derive.ts). */
function pinOf(e: Element) {
  const pin = (name: string) => e.getAttribute(`data-pin-${name}`);
  const text = pin('text') ?? '';
  return { text, ...resolvePin(text, pageScript, { loc: pin('loc'), long: pin('long'), zh: pin('zh') }) };
}
document.querySelectorAll('a.seg-id').forEach((link) => {
  const seg = link.closest('.seg');
  if (!seg) return;
  // The clause's name in the interface's language (SegmentRow.astro): given as data-label only
  // where it is not the pinpoint in that language.
  const forms = pinOf(link);
  const label = link.getAttribute('data-label') || (zhUi ? forms.zh : forms.long || forms.text) || seg.id;
  const untranslated = link.hasAttribute('data-untranslated');
  const copy = el('button', { type: 'button', class: 'tool', 'data-copy-clause': seg.id }, tr('copy'));
  copy.setAttribute('aria-label', tr(untranslated ? 'copyClauseZh' : 'copyClause', { label }));
  const cite = el('button', { type: 'button', class: 'tool', 'data-cite-clause': seg.id, 'aria-haspopup': 'dialog' }, tr('cite'));
  cite.setAttribute('aria-label', tr('citeClause', { label }));
  for (const a of link.attributes) {
    if (a.name.startsWith('data-pin-') || a.name === 'data-untranslated') cite.setAttribute(a.name, a.value);
  }
  const tools = el('span', { class: 'seg-tools' }, '');
  tools.append(copy, cite);
  link.after(tools);
});
// Each citation's copy button, named by its format and part: “Copy Chicago (17th ed., …) Note”.
function addCopyButtons(root: Element): void {
  root.querySelectorAll('.cite-part').forEach((part) => {
    const pre = part.querySelector('pre[data-cite-part]');
    if (!pre || part.querySelector('.copy-button')) return;
    const format = part.closest('.cite-format')?.querySelector('h3')?.textContent.trim() ?? '';
    const label = part.querySelector('.cite-part-label')?.textContent.trim();
    const what = label ? tr('copyWhat', { format, part: label }) : format;
    const button = el(
      'button',
      { type: 'button', class: 'copy-button', 'data-copy-part': pre.getAttribute('data-cite-part') ?? '', 'data-copy-what': what },
      tr('copy'),
    );
    button.append(el('span', { class: 'visually-hidden' }, ` ${what}`));
    part.append(button);
  });
}
const citePanelList = document.querySelector('#cite .citation-list');
if (citePanelList) addCopyButtons(citePanelList);
document.querySelectorAll<HTMLElement>('.seg-tools').forEach((e) => {
  e.hidden = false;
});

let opener: HTMLElement | null = null;
// The clause dialog is built on the first Cite (it needs this script anyway): the document
// panel's list of formats, copied, is its skeleton; openCitation fills it for the clause.
let dialog: HTMLDialogElement | null = null;
function citeDialog(list: PageTemplates['clause']): HTMLDialogElement {
  if (dialog) return dialog;
  const d = document.createElement('dialog');
  d.id = 'cite-dialog';
  d.className = 'cite-dialog';
  d.setAttribute('aria-labelledby', 'cite-dialog-title');
  const head = el('div', { class: 'cite-dialog-head' }, '');
  const close = el('button', { type: 'button', class: 'close-button', 'data-close-dialog': '' }, tr('close'));
  head.append(el('h2', { id: 'cite-dialog-title' }, ''), close);
  // The formats as the panel lists them (CitationList.astro), with the clause's parts.
  const formats = el('div', { class: 'citation-list' }, '');
  // A format's heading and whether it is code, and a shared part's label, are the panel's (pageTemplates).
  const inPanel = (selector: string) => document.querySelector(`#cite ${selector}`);
  for (const c of list) {
    const format = el('div', { class: 'cite-format' }, '');
    format.append(el('h3', { id: `cite-clause-${c.id}` }, inPanel(`#cite-doc-${c.id}`)?.textContent.trim() ?? c.id));
    const code = inPanel(`[data-cite-part^="${c.id}:"]`)?.classList.contains('code') ?? false;
    c.parts.forEach((p, i) => {
      const part = el('div', { class: 'cite-part' }, '');
      const label =
        p.label ??
        (p.same === undefined
          ? undefined
          : inPanel(`[data-cite-part="${p.same}"]`)?.closest('.cite-part')?.querySelector('.cite-part-label')?.textContent.trim());
      if (label !== undefined) part.append(el('p', { class: 'cite-part-label' }, label));
      const key = `${c.id}:${String(i)}`;
      part.append(el('pre', { class: code ? 'citation code' : 'citation', 'data-cite-part': key, lang: 'en' }, ''));
      format.append(part);
    });
    formats.append(format);
  }
  d.append(head, el('p', { class: 'cite-dialog-target', 'data-cite-target': '' }, ''), formats);
  addCopyButtons(formats);
  d.addEventListener('close', () => {
    if (!opener) return;
    opener.focus();
    opener.closest('.seg')?.removeAttribute('data-citing');
  });
  d.addEventListener('click', (e) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (e.target === d) d.close();
  });
  document.body.append(d);
  dialog = d;
  return d;
}
const zhTitleText = () => document.querySelector('.zh-title')?.textContent.trim() ?? '';

function openCitation(dialog: HTMLDialogElement, templates: PageTemplates, button: HTMLElement): void {
  const id = button.getAttribute('data-cite-clause') ?? '';
  const { text, loc, long, zh } = pinOf(button);
  const parenthetical = button.getAttribute('data-pin-parenthetical') || text;
  const pinpoint: TemplatePinpoint = {
    text,
    parenthetical,
    ...pinpointForms(text, parenthetical),
    // CSL's label and locator (data-pin-loc, "article|21"), or a suffix when CSL has no label for it.
    csl: cslPinpoint(loc ? (loc.split('|')[0] ?? '') : null, loc?.split('|')[1] ?? '', text),
  };
  fillClause(dialog, templates.clause, templates.accessed, { id, pinpoint });
  // The heading names the clause in the interface's language: “Cite m4: measure 4”, “引用 m4：第四项措施”.
  const heading = dialog.querySelector('h2');
  if (heading) heading.textContent = tr('citeHeading', { id, pinpoint: zhUi && zh ? zh : text });
  const untranslated = button.hasAttribute('data-untranslated');
  const zhTitle = document.querySelector('.zh-title');
  // Chinese runs keep their language (the page's script) inside the English sentence.
  const chinese = (t: string) => el('span', { lang: zhTitle?.getAttribute('lang') ?? 'zh-Hans' }, t);
  const target = dialog.querySelector('[data-cite-target]');
  if (target) {
    target.replaceChildren();
    // English pinpoint (what the citations say) with the Chinese one; then what the list is.
    if (long)
      target.append(
        el('span', { lang: 'en' }, long),
        zh ? tr('pinpointZhOpen') : '',
        zh ? chinese(zh) : '',
        zh ? tr('pinpointZhClose') : '',
      );
    if (untranslated) target.append(tr('untranslatedCite'), chinese(`《${zhTitleText()}》${zh ?? ''}`), tr('untranslatedCiteEnd'));
    else target.append(tr('citeIntro'));
  }
  opener = button;
  // Its clause keeps showing its tools while the dialog is open, so focus can return to the button.
  button.closest('.seg')?.setAttribute('data-citing', '');
  dialog.showModal();
  history.replaceState(null, '', `#${id}`);
}

// The clause text in both languages, its short reference and its link, ready for notes.
function clauseText(id: string): string {
  const seg = document.getElementById(id);
  if (!seg) return '';
  // A clause with everything inside it: an article with its paragraphs and items, in order (a
  // heading's chapter is not inside its element, so a heading copies as itself).
  const rows = [seg, ...seg.querySelectorAll('.seg')];
  const texts = (selector: string) =>
    rows
      .map((r) => r.querySelector(`:scope > .row > ${selector}`)?.textContent.trim() ?? '')
      .filter(Boolean)
      .join('\n');
  const zh = texts('.zh');
  const en = texts('.en:not(.untranslated)');
  const cite = seg.querySelector(':scope > .seg-tools [data-cite-clause]');
  const title = document.querySelector('.en-title');
  const untranslated = cite?.hasAttribute('data-untranslated') ?? false;
  // An untranslated clause is cited in the Chinese original: 《标题》第二十一条第二款.
  const ref = untranslated
    ? `《${zhTitleText()}》${(cite && pinOf(cite).zh) ?? ''}`
    : `${title ? `“${title.textContent.trim()}”, ` : ''}${(cite ? cite.getAttribute('data-pin-text') : id) ?? ''} (Duizhao translation)`;
  return [zh, untranslated ? '' : en, ref, clauseUrl(id)].filter(Boolean).join('\n');
}

document.addEventListener('click', (e) => {
  const t = e.target instanceof Element ? e.target : null;
  if (!t) return;
  const permalink = t.closest('a.seg-id');
  if (permalink) {
    // Follow the link (the clause is highlighted) and copy its permanent address.
    const pid = (permalink.getAttribute('href') ?? '').slice(1);
    copyText(clauseUrl(pid), copied(tr('linkTo', { id: pid })));
    return;
  }
  const copyClause = t.closest('[data-copy-clause]');
  if (copyClause) {
    const cid = copyClause.getAttribute('data-copy-clause') ?? '';
    const onlyChinese = copyClause.closest('.seg-tools')?.querySelector('[data-untranslated]');
    copyText(clauseText(cid), copied(tr(onlyChinese ? 'clauseInZh' : 'clauseInBoth', { id: cid })));
    return;
  }
  const cite = t.closest<HTMLElement>('[data-cite-clause]');
  if (cite && templates) {
    openCitation(citeDialog(templates.clause), templates, cite);
    return;
  }
  const part = t.closest('[data-copy-part]');
  if (part) {
    const pre = part.parentNode?.querySelector('pre');
    if (pre) copyText(pre.textContent, copied(part.getAttribute('data-copy-what') || tr('citation')), pre.innerHTML);
    return;
  }
  if (t.closest('[data-close-dialog]') && dialog) dialog.close();
});
