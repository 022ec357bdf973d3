/**
 * What the Content-Security-Policy tests watch (src/integrations/csp.ts): every
 * securitypolicyviolation event a page fires, recorded from before its first script (into the
 * page and into the test, across navigations), and every console message about the policy.
 */
import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    cspViolations?: string[];
    reportCspViolation?: (v: string) => void;
  }
}

export interface CspWatch {
  /** Fails if the page, since it was watched, broke its policy or had it reported. */
  expectNone: () => Promise<void>;
}

export async function watchCsp(page: Page): Promise<CspWatch> {
  const consoleErrors: string[] = [];
  // Kept in the test as well as in the page: a navigation discards the page's own list.
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(`${page.url()}: ${v}`));
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${String(e.lineNumber)})`;
      window.cspViolations?.push(v);
      window.reportCspViolation?.(v);
    });
  });
  return {
    expectNone: async () => {
      // One round trip to the page lets reports of what just happened arrive.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(violations).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  };
}

/** The page's policy meta sits in <head> after only <meta charset>, before anything that loads; returns the policy. */
export async function expectPolicyFirst(page: Page): Promise<string> {
  const head = await page.evaluate(() =>
    [...document.head.children].slice(0, 2).map((e) => ({
      charset: e.getAttribute('charset'),
      httpEquiv: e.getAttribute('http-equiv'),
      content: e.getAttribute('content') ?? '',
    })),
  );
  expect(head[0]?.charset, page.url()).toBe('utf-8');
  expect(head[1]?.httpEquiv, page.url()).toBe('Content-Security-Policy');
  const policy = head[1]?.content ?? '';
  expect(policy).toMatch(/^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self'/);
  return policy;
}
