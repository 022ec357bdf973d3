/**
 * Chicago and APA formatting through citeproc-js (via citation-js) and the Citation Style
 * Language's published styles: Chicago 17th edition notes (full form) and bibliography from the
 * `@citation/csl-style-*` packages, APA 7th edition as bundled with @citation-js/plugin-csl.
 * Build-time only: the site ships the formatted text, not the formatter.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
// The packages' JSON directly: their CommonJS wrappers give Node and Vite different defaults.
import chicagoBibliographyStyle from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import chicagoNoteStyle from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' };
import type { CslItem } from './csl-item.ts';

export type CslStyle = 'chicago-note' | 'chicago-bibliography' | 'apa';

const STYLE_NAMES: Record<CslStyle, string> = {
  'chicago-note': 'duizhao-chicago-note',
  'chicago-bibliography': 'duizhao-chicago-bibliography',
  apa: 'duizhao-apa',
};

let registered = false;
function register(): void {
  if (registered) return;
  const styles = plugins.config.get('@csl').styles;
  styles.add(STYLE_NAMES['chicago-note'], chicagoNoteStyle.content);
  styles.add(STYLE_NAMES['chicago-bibliography'], chicagoBibliographyStyle.content);
  styles.add(STYLE_NAMES.apa, styles.get('apa'));
  registered = true;
}

/**
 * A locator as citeproc takes it. Duizhao writes pinpoints itself (src/lib/structure/pinpoint.ts):
 * CSL has no terms for 款, 项 or a report's points, and citeproc-js renders an `article` locator as
 * “preprint”. So the styles get a stand-in with the `page` label, which Chicago prints bare, and
 * the pinpoint's text replaces it (cite.ts).
 */
export interface Locator {
  label: 'page';
  locator: string;
}

/** A rendering in plain text (to copy) and in HTML (to show: titles in italics). */
export interface Rendered {
  text: string;
  html: string;
}

/** Items as the styles read them: CSL-JSON plus `genre`, which Chicago prints after the title. */
export type StyleItem = Omit<CslItem, 'original-title' | 'note'> & { genre?: string };

/** A reference-list entry (bibliography). */
export function cslBibliography(item: StyleItem, style: CslStyle): Rendered {
  register();
  const cite = new Cite(item);
  const options = { template: STYLE_NAMES[style], lang: 'en-US' };
  const html = cite.format('bibliography', { ...options, format: 'html' });
  // citeproc wraps the entry in <div class="csl-bib-body"><div class="csl-entry">…</div></div>.
  const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html;
  return { text: cite.format('bibliography', { ...options, format: 'text' }).trim(), html: entry.trim() };
}

/** A note (Chicago) or in-text citation (APA), with an optional pinpoint. */
export function cslCitation(item: StyleItem, style: CslStyle, at?: Locator): Rendered {
  register();
  const cite = new Cite(item);
  const entry = at ? [{ id: item.id, locator: at.locator, label: at.label }] : [{ id: item.id }];
  const options = { template: STYLE_NAMES[style], lang: 'en-US', entry };
  return {
    text: cite.format('citation', { ...options, format: 'text' }).trim(),
    html: cite.format('citation', { ...options, format: 'html' }).trim(),
  };
}
