/** Every node of both fixture documents is an address a reader can land on, in both scripts. */
import { expect, test } from '@playwright/test';
import { PREFIXES, fixtureDocs, pagePath } from './fixture.ts';

for (const doc of fixtureDocs) {
  for (const prefix of PREFIXES) {
    test(`/${prefix}${doc.slug}: every node id exists once and #id lands on it, highlighted and uncovered`, async ({ page }) => {
      // One load per page: 126 regulation nodes would be far too slow to load one by one.
      await page.goto(pagePath(prefix, doc.slug));
      const ids = doc.segments.map((s) => s.id);
      // No stray or duplicated anchors: exactly the document's nodes are segments, each id once.
      expect(await page.locator('.seg').evaluateAll((els) => els.map((e) => e.id))).toEqual(ids);
      for (const id of ids) {
        await page.evaluate((h) => (location.hash = h), id);
        const seg = page.locator(`[id="${id}"]`);
        await expect(seg).toHaveCount(1);
        await expect(seg).toBeInViewport();
        const seen = await seg.evaluate((e) => {
          const style = getComputedStyle(e);
          // The node's own Chinese: in its row, or in the heading row of a chapter or section.
          const zh = e.querySelector(':scope > .row > .zh');
          const line = zh?.getClientRects()[0];
          // What is painted at the start of its first line: the text, unless something covers it.
          const hit = line ? document.elementFromPoint(line.left + 4, line.top + line.height / 2) : null;
          return {
            target: e.matches(':target'),
            background: style.backgroundColor,
            shadow: style.boxShadow,
            top: line?.top ?? -1,
            visible: Boolean(hit && zh?.contains(hit)),
          };
        });
        expect(seen.target, `${id} is :target`).toBe(true);
        expect(seen.background, `${id} is highlighted`).not.toBe('rgba(0, 0, 0, 0)');
        expect(seen.shadow, `${id} has the accent bar`).not.toBe('none');
        expect(seen.top, `${id}'s first line is inside the window`).toBeGreaterThanOrEqual(0);
        expect(seen.visible, `${id}'s first line is not covered`).toBe(true);
      }
    });
  }
}
