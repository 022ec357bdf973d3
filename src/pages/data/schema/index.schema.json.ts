/** /data/schema/index.schema.json: the JSON Schema of data/index.json, with its $id. */
import type { APIRoute } from 'astro';
import { buildRoot } from '../../../data/exports.ts';
import { INDEX_SCHEMA_PATH, servedSchema } from '../../../lib/export.ts';
import schema from '../../../lib/schema/index.schema.json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(servedSchema(schema, INDEX_SCHEMA_PATH, buildRoot()), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
