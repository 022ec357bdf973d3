import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import YAML from 'yaml';
import { file, glob } from 'astro/loaders';
import { documentSchema } from './lib/document-schema.ts';
import { glossaryEntrySchema, glossaryExceptionSchema } from './lib/glossary-schema.ts';
import { config } from './data/config.ts';

// The content tree (src/lib/config.ts): content/, or a test fixture's.
const CONTENT = config.contentDir;

const documents = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT}/documents` }),
  schema: documentSchema,
});

const glossary = defineCollection({
  loader: file(`${CONTENT}/glossary/terms.yaml`),
  schema: glossaryEntrySchema,
});

const glossaryExceptions = defineCollection({
  loader: file(`${CONTENT}/glossary/exceptions.yaml`, {
    // Exceptions have no natural id; number them in file order.
    parser: (text) => ((YAML.parse(text) ?? []) as unknown[]).map((e, i) => ({ id: String(i + 1), ...(e as object) })),
  }),
  schema: glossaryExceptionSchema.extend({ id: z.string() }),
});

export const collections = { documents, glossary, glossaryExceptions };
