/** Serves each raw source file verbatim, so every document's provenance can be checked. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceFile, sourceFiles } from '../../data/sources.ts';

export const getStaticPaths = (() => sourceFiles().map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

// The bytes as they came, labelled with the encoding they are in (a GB18030 source stays GB18030).
export const GET: APIRoute = ({ params }) => {
  const { bytes, encoding } = sourceFile(String(params['file']));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': `text/plain; charset=${encoding}` } });
};
