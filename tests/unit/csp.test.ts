/**
 * The Content-Security-Policy step (src/integrations/csp.ts) on small synthetic pages: each inline
 * script and style is allowed by its own hash, data blocks are not hashed, the meta lands before
 * anything that loads, and markup the policy would block fails naming the file and line.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, policyFor, withCsp } from '../../src/integrations/csp.ts';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Synthetic</title>${head}</head><body>${body}</body></html>`;
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directive = (policy: string, name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';

describe('policyFor', () => {
  it('allows each inline script and style by the hash of its text', () => {
    const { policy } = policyFor(page('<style>p{color:red}</style><script>go(1)</script>', '<script type="module">m()</script>'));
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('go(1)')} ${sha('m()')}`);
    expect(directive(policy, 'style-src')).toBe(`style-src 'self' ${sha('p{color:red}')}`);
    expect(policy).toContain("object-src 'none'; base-uri 'none'; form-action 'self'");
  });

  it('changes the hash when a script changes', () => {
    const a = policyFor(page('<script>go(1)</script>')).policy;
    const b = policyFor(page('<script>go(2)</script>')).policy;
    expect(a).not.toBe(b);
    expect(b).toContain(sha('go(2)'));
  });

  it('does not hash JSON data blocks or external scripts, and lists a repeated script once', () => {
    const { policy } = policyFor(
      page(
        '<script type="application/json" id="s">{"a":1}</script><script type="application/ld+json">{"@type":"Thing"}</script>',
        '<script src="x.js"></script><script>go()</script><script>go()</script>',
      ),
    );
    expect(directive(policy, 'script-src')).toBe(`script-src 'self' 'wasm-unsafe-eval' ${sha('go()')}`);
  });

  it('hashes the text as the browser parses it (CR LF becomes LF)', () => {
    expect(hashSource('a()\r\nb()\rc()')).toBe(sha('a()\nb()\nc()'));
  });

  it('reports style attributes and inline handlers with their line, not "style=" in text or attribute values', () => {
    const { problems } = policyFor(
      page('', '<p title="style=x onclick=y">style="color:red"</p>\n<li style="--depth: 1">a</li>\n<button onclick="go()">b</button>'),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^line 2: a style="" attribute/),
      expect.stringMatching(/^line 3: an inline onclick= handler/),
    ]);
  });
});

describe('withCsp', () => {
  it('puts the meta right after <meta charset>, before every script and style', () => {
    const html = withCsp(page('<style>p{}</style><script>go()</script>'));
    expect(html).toMatch(
      /<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; [^"]+"><title>/,
    );
  });

  it('fails naming the file and line when the page carries a style attribute', () => {
    expect(() => withCsp(page('', '\n<li style="--depth: 1">a</li>'), 'dist/x/index.html')).toThrow(
      /^dist\/x\/index\.html: line 2: a style="" attribute/,
    );
  });
});
