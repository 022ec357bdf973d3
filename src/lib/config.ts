/**
 * The build's configuration, in one place and validated: where the content is, where the site is
 * written, the origin and sub-path it will be served from, and whether drafts are previewed. It is
 * read from the environment (DUIZHAO_CONTENT, DUIZHAO_OUT, DUIZHAO_SITE, DUIZHAO_BASE,
 * DUIZHAO_DRAFTS) here and nowhere else: astro.config.mjs, the content collections, the build's
 * data layer and the CLIs all take it from src/data/config.ts. A bad value stops everything with
 * one line naming the variable. Pure: the environment and directory are arguments.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { z } from 'astro/zod';

export interface DuizhaoConfig {
  /** Absolute path of the content tree (documents/, glossary/, sources/, anchors.yaml). */
  contentDir: string;
  /** How messages name a file of the content tree: relative to the project when inside it. */
  contentLabel: (...parts: string[]) => string;
  /** Where the built site is written (relative to the project, as Astro's outDir). */
  outDir: string;
  /** The origin the site is served from (canonical links, citations, sitemap). */
  site: string;
  /** The sub-path under the origin, starting and ending with '/'. */
  base: string;
  /** Build drafts too (a preview for editors: never deployed). */
  drafts: boolean;
}

/** The variables, their defaults and their rules: the one list of what can be configured. */
const envSchema = z.object({
  DUIZHAO_CONTENT: z.string().min(1).default('content'),
  DUIZHAO_OUT: z.string().min(1).default('dist'),
  DUIZHAO_SITE: z
    .string()
    .default('https://duizhao.example.org')
    .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol) && new URL(s).pathname === '/', {
      error: 'must be an http(s) origin such as https://example.org (the sub-path goes in DUIZHAO_BASE)',
    }),
  DUIZHAO_BASE: z
    .string()
    .default('/')
    .refine((s) => /^\/(?:[A-Za-z0-9._~-]+\/)*$/.test(s), { error: 'must start and end with “/”, e.g. /duizhao/' }),
  DUIZHAO_DRAFTS: z.enum(['0', '1', '']).default(''),
});

/** Reads and checks the configuration from environment variables; throws one line on a bad value. */
export function readConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): DuizhaoConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.keys(envSchema.shape).map((k) => [k, env[k] || undefined])));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'DUIZHAO_*');
    throw new Error(`${name}=${JSON.stringify(env[name] ?? '')}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const contentDir = resolve(cwd, e.DUIZHAO_CONTENT);
  return {
    contentDir,
    contentLabel: (...parts) => {
      const path = resolve(contentDir, ...parts);
      const rel = relative(cwd, path);
      return rel.startsWith('..') || isAbsolute(rel) ? path : rel;
    },
    outDir: e.DUIZHAO_OUT,
    site: e.DUIZHAO_SITE,
    base: e.DUIZHAO_BASE,
    drafts: e.DUIZHAO_DRAFTS === '1',
  };
}
