/**
 * Astro integration: after the build, give every HTML page a strict Content-Security-Policy in a
 * `<meta http-equiv>`, so that markup injected into a page (a hostile translation, a glossary
 * entry, a compromised dependency's output) cannot run script or style of its own.
 *
 * - Hash-based, not nonce-based: the site is static, so each page's inline scripts and styles are
 *   known after the build and their SHA-256 hashes are the allow-list, page by page. The policy is
 *   computed from the finished HTML (not from the components), so it cannot drift from the page.
 * - A meta, not a header: the site is served by any static host and opened from disk (file://),
 *   where there are no headers. A meta policy governs only what comes after it, so it goes right
 *   after `<meta charset>` (which loads nothing and must stay within the first 1024 bytes), before
 *   every script, style and link. frame-ancestors, report-uri and sandbox are ignored in a meta.
 * - 'self' covers what pages load from the site: Pagefind's pagefind.js, its worker and its wasm
 *   (which needs 'wasm-unsafe-eval' to compile), opencc-t2cn.js, sw.js, the favicon and the
 *   search index fetches; it holds under any sub-path. Chromium matches 'self' on a file:// page
 *   against file: URLs, so the downloaded copy keeps working too.
 * - A style="" attribute or an on…= handler would be blocked (allowing them needs 'unsafe-hashes'
 *   or 'unsafe-inline'), so the build fails on one, naming file and line. Scripts may still set
 *   element.style through the CSSOM, which CSP does not govern.
 * - Data blocks (`application/json`, `application/ld+json`) never execute and get no hash.
 * - Registered before the service worker (astro.config.mjs): build:done hooks run in order, and
 *   the precache revisions must be those of the final HTML.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativeAssets } from './relative-assets.ts';

/** `<script type>` values that execute (HTML: classic JavaScript MIME types, module, import maps, speculation rules). */
const EXECUTABLE_TYPES = new Set([
  '',
  'module',
  'importmap',
  'speculationrules',
  ...['application/ecmascript', 'application/javascript', 'application/x-ecmascript', 'application/x-javascript'],
  ...['text/ecmascript', 'text/javascript', 'text/javascript1.0', 'text/javascript1.1', 'text/javascript1.2'],
  ...['text/javascript1.3', 'text/javascript1.4', 'text/javascript1.5', 'text/jscript', 'text/livescript'],
  ...['text/x-ecmascript', 'text/x-javascript'],
]);

/** A script or style element with its content, a comment, or any other start tag (quote-aware). */
const TOKEN = /<(script|style)\b((?:"[^"]*"|'[^']*'|[^'">])*)>([\s\S]*?)<\/\1\s*>|<!--[\s\S]*?-->|<[a-zA-Z](?:"[^"]*"|'[^']*'|[^'">])*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/** A start tag that may have a style="" or on…= attribute (a superset: attributes() decides). */
const MAYBE_BLOCKED = /[\s"'/](?:style|on[a-z]+)(?:[\s=/>]|$)/i;

/** The attributes of a start tag, from the text after its name. */
function attributes(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(ATTRIBUTE)) {
    const name = (m[1] ?? '').toLowerCase();
    const raw = m[2] ?? '';
    if (!out.has(name)) out.set(name, /^["']/.test(raw) ? raw.slice(1, -1) : raw);
  }
  return out;
}

/** The hash source of an inline script or style, as the browser computes it: SHA-256 of the
 * UTF-8 text after the parser has turned CR LF and lone CR into LF. */
export function hashSource(text: string): string {
  // Every page carries the same few scripts and styles: hash each text once per build.
  let hash = hashes.get(text);
  if (hash === undefined) {
    hash = sha256Source(text);
    if (hashes.size > 10_000) hashes.clear();
    hashes.set(text, hash);
  }
  return hash;
}
const hashes = new Map<string, string>();

function sha256Source(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return `'sha256-${createHash('sha256').update(normalised, 'utf8').digest('base64')}'`;
}

export interface PagePolicy {
  /** The policy for the page. */
  policy: string;
  /** Markup the policy would block, as `line N: problem`. */
  problems: string[];
}

/** The Content-Security-Policy for one page: its inline scripts and styles allowed by hash. */
export function policyFor(html: string): PagePolicy {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  const lineAt = (index: number) => html.slice(0, index).split('\n').length;
  for (const m of html.matchAll(TOKEN)) {
    const [whole, element, attrs, body] = m;
    if (whole.startsWith('<!--')) continue;
    if (element !== undefined) {
      const a = attributes(attrs ?? '');
      if (element.toLowerCase() === 'style') styles.add(hashSource(body ?? ''));
      else if (!a.has('src') && EXECUTABLE_TYPES.has((a.get('type') ?? '').trim().toLowerCase())) scripts.add(hashSource(body ?? ''));
      continue;
    }
    // Most tags carry neither: test the raw tag before parsing its attributes (a tenth of the time).
    if (!MAYBE_BLOCKED.test(whole)) continue;
    for (const name of attributes(whole.slice(1, -1).replace(/^[^\s/>]+/, '')).keys()) {
      if (name === 'style') problems.push(`line ${lineAt(m.index)}: a style="" attribute, which the policy blocks (use a class)`);
      else if (/^on[a-z]+$/.test(name)) problems.push(`line ${lineAt(m.index)}: an inline ${name}= handler, which the policy blocks`);
    }
  }
  const policy = [
    `default-src 'self'`,
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
  ].join('; ');
  return { policy, problems };
}

/** The page with its policy meta after `<meta charset>` (or first in <head>). Throws if it has none
 * to place it in, already has one, or carries markup the policy would block. */
export function withCsp(html: string, file = 'page'): string {
  const fail = (problem: string) => new Error(`${file}: ${problem}`);
  if (/<meta\s[^>]*http-equiv\s*=\s*["']?content-security-policy/i.test(html)) throw fail('already has a Content-Security-Policy meta');
  const head = /<head\b(?:"[^"]*"|'[^']*'|[^'">])*>\s*(<meta\s+charset\s*=[^>]*>)?/i.exec(html);
  if (!head) throw fail('no <head> to put the Content-Security-Policy in');
  const { policy, problems } = policyFor(html);
  if (problems.length > 0) throw fail(problems.join(`; `));
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<meta http-equiv="Content-Security-Policy" content="${policy}">${html.slice(at)}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

export default function cspIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'duizhao-csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const started = performance.now();
        const files = htmlFiles(out);
        const errors: string[] = [];
        for (const file of files) {
          try {
            // One pass over every page: stylesheet links made relative (relative-assets.ts), then the policy.
            const html = relativeAssets(readFileSync(file, 'utf8'), relative(out, file), base);
            writeFileSync(file, withCsp(html, relative(process.cwd(), file)));
          } catch (e) {
            errors.push((e as Error).message);
          }
        }
        if (errors.length > 0) throw new Error(`Content-Security-Policy:\n${errors.join('\n')}`);
        logger.info(`Content-Security-Policy in ${files.length} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
