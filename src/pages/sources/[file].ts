/** Serves each raw source file verbatim, so every document's provenance can be checked. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFiles, sourceText } from '../../data/sources.ts';

export const getStaticPaths = (() => sourceFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(sourceText(String(params['file'])), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
