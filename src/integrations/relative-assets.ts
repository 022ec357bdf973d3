/**
 * Astro links a page's stylesheets from the site root (`<link rel="stylesheet" href="/base/_astro/x.css">`),
 * which does not resolve from a downloaded copy (file://) and depends on the base. The built pages
 * link them relatively instead, like every other link of the site (src/lib/paths.ts), so the
 * shared stylesheet is one file the browser and the service worker keep, not 17 KB in every page.
 */
import { posix } from 'node:path';

/** The page's `<link>`s to Astro's assets (`/<base>/_astro/…`) rewritten relative to the page. */
export function relativeAssets(html: string, pagePath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const dir = posix.dirname(pagePath.split('\\').join('/'));
  const up = dir === '.' ? '' : '../'.repeat(dir.split('/').length);
  const escaped = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return html.replace(new RegExp(`(<link\\b[^>]*\\bhref=")${escaped}_astro/`, 'g'), `$1${up}_astro/`);
}
