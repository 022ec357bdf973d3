/** /data/schema/document.schema.json: the JSON Schema of data/documents/<slug>.json, with its $id. */
import type { APIRoute } from 'astro';
import { buildRoot } from '../../../data/exports.ts';
import { DOCUMENT_SCHEMA_PATH, servedSchema } from '../../../lib/export.ts';
import schema from '../../../lib/schema/document.schema.json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(servedSchema(schema, DOCUMENT_SCHEMA_PATH, buildRoot()), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
