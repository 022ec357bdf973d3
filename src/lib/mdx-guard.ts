/**
 * A document's body (the MDX after its frontmatter) is an editor's note: Markdown, data. MDX
 * would also let it import modules, run `{…}` expressions in Node during the build, and ship
 * `<script>` or event handlers to every reader; whoever may edit content/ could then run code in
 * the build and in readers' browsers. This check refuses those constructs before the body is
 * compiled, one line per problem naming the file and the line. Markdown itself (paragraphs,
 * emphasis, links, lists, headings, quotes, code, tables) and plain lowercase HTML-like elements
 * stay allowed.
 *
 * `bodyProblems` reads a standard mdast tree (the shape remark and Sätteri share); `mdxGuard`
 * runs it as a Sätteri mdast plugin, the processor Astro 7 compiles MDX with (astro.config.mjs).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';

export interface BodyProblem {
  /** 1-based line in the file; undefined when the parser gave no position. */
  line: number | undefined;
  message: string;
}

/** Elements that run code, embed other documents or restyle the page. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta']);

const NOT_CODE = 'a body is Markdown, not code';

/** True for a URL a browser would run as script (it ignores spaces and control characters in the scheme). */
export function isScriptUrl(url: string): boolean {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  return squeezed.startsWith('javascript:') || squeezed.startsWith('vbscript:');
}

interface AnyNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: AnyNode[];
  children?: AnyNode[];
  position?: { start: { line: number } } | undefined;
}

/** Every construct in a body that is code rather than Markdown, in document order. */
export function bodyProblems(root: unknown): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const walk = (node: AnyNode) => {
    const line = node.position?.start.line;
    const add = (message: string) => problems.push({ line, message });
    switch (node.type) {
      case 'mdxjsEsm':
        add(`an import or export in the body; ${NOT_CODE}`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(`an expression {…} in the body; ${NOT_CODE}`);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (typeof node.url === 'string' && isScriptUrl(node.url))
          add(`a ${node.url.trim().split(':')[0] ?? ''}: URL in the body; ${NOT_CODE}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const tag = `<${node.name ?? ''}>`;
        if (node.name && FORBIDDEN_ELEMENTS.has(node.name.toLowerCase())) add(`a ${tag} element in the body; ${NOT_CODE}`);
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxExpressionAttribute') {
            add(`an expression {…} in the attributes of ${tag}; ${NOT_CODE}`);
            continue;
          }
          const name = a.name ?? '';
          if (/^on/i.test(name)) add(`an event handler attribute ${name} on ${tag}; ${NOT_CODE}`);
          if (typeof a.value === 'object' && a.value !== null) add(`an expression {…} in attribute ${name} of ${tag}; ${NOT_CODE}`);
          else if (typeof a.value === 'string' && isScriptUrl(a.value)) add(`a script URL in attribute ${name} of ${tag}; ${NOT_CODE}`);
        }
        break;
      }
      case 'html':
        // Only Markdown (not MDX) has raw HTML nodes; refuse the same elements there.
        if (typeof node.value === 'string') {
          const tagName = /^<\s*([a-z][a-z0-9-]*)/i.exec(node.value)?.[1]?.toLowerCase();
          if (tagName && FORBIDDEN_ELEMENTS.has(tagName)) add(`a <${tagName}> element in the body; ${NOT_CODE}`);
          if (/\son[a-z]+\s*=/i.test(node.value)) add(`an event handler attribute in the body; ${NOT_CODE}`);
          if (/(?:href|src|action)\s*=\s*["']?\s*(?:javascript|vbscript):/i.test(node.value)) add(`a script URL in the body; ${NOT_CODE}`);
        }
        break;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(root as AnyNode);
  return problems;
}

/** `file:line: problem`, one line each; the file relative to the working directory. */
export function formatBodyProblems(file: string, problems: readonly BodyProblem[]): string {
  return problems.map((p) => `${file}${p.line === undefined ? '' : `:${String(p.line)}`}: ${p.message}`).join('\n');
}

/** The check as a Sätteri mdast plugin: refuses the document before MDX compiles it. */
export const mdxGuard: MdastPluginDefinition = {
  name: 'duizhao-mdx-guard',
  options: { position: true },
  before(root, ctx) {
    const problems = bodyProblems(root);
    if (problems.length === 0) return;
    const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'MDX body';
    throw new Error(formatBodyProblems(file, problems));
  },
};
