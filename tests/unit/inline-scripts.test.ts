// The browser scripts are TypeScript importing src/lib, bundled to inline IIFEs at build time
// (src/integrations/inline-scripts.ts). What a reader would notice if this broke: a page whose
// script grew by a whole library (OpenCC, citeproc, the dictionaries), one that needs a module
// loader (no file://), or a script that ends its own <script> element.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleScript } from '../../src/integrations/inline-scripts.ts';

/** Each script's bundle may not grow past this (bytes): about 1.5 × what it measured when bundling began. */
const BUDGET: Record<string, number> = {
  'head.ts': 1_000,
  'page.ts': 6_000, // builds the glossary popovers from the shared cards file (they were HTML in every page)
  'sw-register.ts': 1_500,
  'anchor-forward.ts': 700,
  'clause-tools.ts': 12_000, // with lib/pin-derive.ts (2.6 KB): permalinks leave out what it derives, 14 KB less HTML on the fixture law
  'search.ts': 11_000,
  'version-jump.ts': 700,
};

describe('inline browser scripts', () => {
  for (const [file, budget] of Object.entries(BUDGET)) {
    it(`bundle ${file} into one small, self-contained, minified IIFE`, async () => {
      const code = await bundleScript(`src/scripts/${file}`);
      expect(code.length).toBeGreaterThan(100);
      expect(Buffer.byteLength(code), `${file}: ${String(Buffer.byteLength(code))} bytes`).toBeLessThan(budget);
      expect(code).toMatch(/^("use strict";)?\(\(\)=>\{[^]*\}\)\(\);$/); // runs as a classic script
      expect(code).not.toMatch(/\bimport\s*[{*\w]|\bexport\s*[{*\w]|\brequire\(|node:/);
      expect(code).not.toMatch(/<\/script/i);
      expect(code.split('\n').length).toBeLessThan(5); // minified
    });
  }

  it('carry the build’s own code from src/lib, not a copy', async () => {
    // bigramize's and splitMixed's Han ranges, fillTemplate's placeholders, fill's pattern.
    expect(await bundleScript('src/scripts/search.ts')).toContain('\\u3400-\\u9fff\\uf900-\\ufaff');
    expect(await bundleScript('src/scripts/clause-tools.ts')).toContain('SEGMENTPLACEHOLDER');
    expect(await bundleScript('src/scripts/search.ts')).toContain('\\{(\\w+)\\}');
  });

  it('bundle once per build', () => {
    expect(bundleScript('src/scripts/head.ts')).toBe(bundleScript('src/scripts/head.ts'));
  });

  it('stop on a syntax error, naming the file, line and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'duizhao-inline-'));
    writeFileSync(join(dir, 'broken.ts'), 'const a = ;\n');
    await expect(bundleScript(join(dir, 'broken.ts'))).rejects.toThrow(/broken\.ts:1:\d+: /);
  });
});
