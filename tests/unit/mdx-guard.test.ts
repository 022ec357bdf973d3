/**
 * A document's body is Markdown, not code (src/lib/mdx-guard.ts): compiling a body through the
 * same Sätteri MDX pipeline Astro uses, with the guard, refuses what would run code and keeps
 * the Markdown the documents use. Bodies here are synthetic.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mdxGuard } from '../../src/lib/mdx-guard.ts';

const FILE = 'content/documents/synthetic.mdx';
const FRONTMATTER_LINES = 3; // "---", "title: x", "---": Astro blanks them, so body lines keep their numbers.

/** The error a body gives, or null when it compiles. */
async function refusal(body: string): Promise<string | null> {
  const source = '\n'.repeat(FRONTMATTER_LINES) + body;
  try {
    await mdxToJs(source, { mdastPlugins: [mdxGuard], fileURL: pathToFileURL(resolve(FILE)) });
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

describe('the MDX body guard', () => {
  it('keeps the Markdown the documents use', async () => {
    const body = [
      'This is a synthetic note on 脱贫攻坚 ("the fight against poverty"), with *emphasis*, **strong** and a [link](https://example.org/a_b).',
      '',
      '## A heading',
      '',
      '- a list item',
      '- another, with `code`',
      '',
      '> a quotation',
      '',
      '<abbr title="People\'s Daily">PD</abbr> and <br /> are plain elements.',
    ].join('\n');
    expect(await refusal(body)).toBeNull();
  });

  it.each([
    ['an expression in the text', 'Home: {process.env.HOME}.', 4, 'an expression {…} in the body; a body is Markdown, not code'],
    ['an expression on its own line', 'Fine.\n\n{1 + 1}', 6, 'an expression {…} in the body'],
    ['an import', "import fs from 'node:fs'\n\nText.", 4, 'an import or export in the body'],
    ['an export', 'Text.\n\nexport const x = 1', 6, 'an import or export in the body'],
    ['a script element', 'Text.\n\n<script>alert(1)</script>', 6, 'a <script> element in the body'],
    ['a style element', '<style>{"body{display:none}"}</style>', 4, 'a <style> element in the body'],
    ['an iframe', 'See <iframe src="https://example.org"></iframe>.', 4, 'a <iframe> element in the body'],
    ['an object', '<object data="x.swf"></object>', 4, 'a <object> element in the body'],
    ['an embed', '<embed src="x.swf" />', 4, 'a <embed> element in the body'],
    ['an event handler', 'A <img src="x.png" onerror="alert(1)" /> picture.', 4, 'an event handler attribute onerror on <img>'],
    ['a javascript: link in Markdown', 'A [link](javascript:alert(1)).', 4, 'a javascript: URL in the body'],
    ['a javascript: link definition', 'A [link][x].\n\n[x]: javascript:alert(1)', 6, 'a javascript: URL in the body'],
    ['a javascript: href, disguised', 'A <a href=" JaVa\tScript:alert(1)">link</a>.', 4, 'a script URL in attribute href of <a>'],
    ['an attribute expression', 'A <abbr title={process.env.HOME}>x</abbr>.', 4, 'an expression {…} in attribute title of <abbr>'],
    ['a spread attribute', 'A <abbr {...props}>x</abbr>.', 4, 'an expression {…} in the attributes of <abbr>'],
  ])('refuses %s, naming file and line', async (_what, body, line, message) => {
    const error = await refusal(body);
    expect(error).not.toBeNull();
    expect(error).toContain(`${FILE}:${String(line)}: ${message}`);
  });

  it('reports every problem, one line each', async () => {
    const error = await refusal('{a}\n\n<script>b</script>\n\nText {c}.');
    expect(error?.split('\n')).toEqual([
      `${FILE}:4: an expression {…} in the body; a body is Markdown, not code`,
      `${FILE}:6: a <script> element in the body; a body is Markdown, not code`,
      `${FILE}:8: an expression {…} in the body; a body is Markdown, not code`,
    ]);
  });
});
