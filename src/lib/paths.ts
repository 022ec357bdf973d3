/**
 * Internal links are relative and name `index.html` explicitly, so the built site works from
 * any sub-path and straight from disk (file://), where a directory URL does not open its index.
 * Pages are named by site-relative directory paths: '' (home), 'documents/x/', 'hant/about/'.
 */
import type { Script } from './script.ts';

/** The site-relative path of a page in a script variant: traditional pages live under hant/. */
export function variantPath(script: Script, page: string): string {
  return (script === 'hant' ? 'hant/' : '') + page;
}

/** The same page in the other script. */
export function otherVariantPath(page: string): string {
  return page.startsWith('hant/') ? page.slice('hant/'.length) : `hant/${page}`;
}

/**
 * A relative href from page `from` to page `to` (both site-relative directory paths),
 * optionally with a fragment. Non-page targets (files like 'data/x.json') are kept as files.
 */
export function relativeHref(from: string, to: string, fragment?: string): string {
  const depth = from.split('/').filter(Boolean).length;
  const up = '../'.repeat(depth);
  const target = to === '' || to.endsWith('/') ? `${to}index.html` : to;
  return up + target + (fragment ? `#${fragment}` : '');
}
