/**
 * Chicago and APA formatting through citeproc-js (via citation-js) and the Citation Style
 * Language's published styles: Chicago 17th edition notes (full form) and bibliography from the
 * `@citation/csl-style-*` packages, APA 7th edition as bundled with @citation-js/plugin-csl.
 * Build-time only: the site ships the formatted text, not the formatter.
 */
import { Cite, plugins, type CiteprocEngine } from '@citation-js/core';
import '@citation-js/plugin-csl';
// The packages' JSON directly: their CommonJS wrappers give Node and Vite different defaults.
import chicagoBibliographyStyle from '@citation/csl-style-chicago-note-bibliography/info.json' with { type: 'json' };
import chicagoNoteStyle from '@citation/csl-style-chicago-fullnote-bibliography/info.json' with { type: 'json' };
import type { CslItem } from './csl-item.ts';
import { textOfHtml } from './xml.ts';

// A rendering's plain text is taken from its HTML: one citeproc run per rendering instead of two
// (tests/unit/cite.test.ts holds the two forms to each other).
export { textOfHtml } from './xml.ts';

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

/**
 * Renderings already made, by style, item and locator: a document's citations and its clause
 * template share their reference-list entries and APA's in-text citation.
 */
const made = new Map<string, Rendered>();
function memo(key: unknown[], render: () => Rendered): Rendered {
  const k = JSON.stringify(key);
  let r = made.get(k);
  if (!r) {
    r = render();
    if (made.size > 1000) made.clear();
    made.set(k, r);
  }
  return r;
}

/**
 * The engine of a style with one item registered. citation-js's format() registers the item anew
 * for every rendering (updateItems and a rebuilt processor state, most of citeproc's time for
 * one item); a document renders several citations of one item per style, so the item stays
 * registered until another is asked for. citation-js shares one engine per style and replaces
 * its item lookup whenever it prepares it (format() elsewhere, cslBoth): a changed lookup means
 * the registration is gone. makeCitationCluster gives what format('citation') gives for a
 * citation alone (first position); tests/unit/cite.test.ts holds the two to each other.
 */
const sessions = new Map<CslStyle, { key: string; engine: CiteprocEngine; lookup: unknown; id: string }>();
function withItem(item: StyleItem, style: CslStyle): { engine: CiteprocEngine; id: string } {
  register();
  const key = JSON.stringify(item);
  const held = sessions.get(style);
  if (held && held.key === key && held.engine.sys.retrieveItem === held.lookup) return held;
  const data = new Cite(item).data;
  const engine = plugins.config.get('@csl').engine(data, STYLE_NAMES[style], 'en-US', 'html');
  const id = data[0]?.id ?? item.id;
  engine.updateItems([id]);
  const session = { key, engine, lookup: engine.sys.retrieveItem, id };
  sessions.set(style, session);
  return session;
}

/** A reference-list entry (bibliography). */
export function cslBibliography(item: StyleItem, style: CslStyle): Rendered {
  return memo(['bibliography', style, item], () => {
    const html = withItem(item, style).engine.makeBibliography()[1].join('');
    // citeproc wraps the entry in <div class="csl-entry">…</div>.
    const entry = (/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html).trim();
    return { text: textOfHtml(entry).trim(), html: entry };
  });
}

/** A note (Chicago) or in-text citation (APA), with an optional pinpoint. */
export function cslCitation(item: StyleItem, style: CslStyle, at?: Locator): Rendered {
  return memo(['citation', style, item, at ?? null], () => {
    const { engine, id } = withItem(item, style);
    const html = engine.makeCitationCluster([at ? { id, locator: at.locator, label: at.label } : { id }]).trim();
    return { text: textOfHtml(html).trim(), html };
  });
}

/** The two renderings citeproc makes itself, for tests: text and HTML, each by its own run. */
export function cslBoth(item: StyleItem, style: CslStyle, kind: 'bibliography' | 'citation', at?: Locator): { text: string; html: string } {
  register();
  const cite = new Cite(item);
  const entry = at ? { entry: [{ id: item.id, locator: at.locator, label: at.label }] } : {};
  const options = { template: STYLE_NAMES[style], lang: 'en-US', ...entry };
  const html = cite.format(kind, { ...options, format: 'html' });
  const shown = kind === 'bibliography' ? (/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? html) : html;
  return { text: cite.format(kind, { ...options, format: 'text' }).trim(), html: shown.trim() };
}
