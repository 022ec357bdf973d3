/** documents/<slug>/versions/<adopted>/pinyin-<script>.js: the readings of an earlier text (lib/pinyin-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { publishedDocuments } from '../../../../../data/corpus.ts';
import { pinyinScript } from '../../../../../lib/pinyin-data.ts';
import type { Script } from '../../../../../lib/script.ts';
import { timeline, type TextVersion } from '../../../../../lib/versions/timeline.ts';

export const getStaticPaths = (async () =>
  (await publishedDocuments()).flatMap((doc) =>
    timeline(doc.data)
      .filter((v) => !v.current)
      .flatMap((version) =>
        (['hans', 'hant'] as const).map((script) => ({
          params: { slug: doc.id, adopted: version.adopted, script },
          props: { version, script },
        })),
      ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: TextVersion; script: Script }> = ({ props: { version, script } }) =>
  new Response(pinyinScript(version.segments, script), { headers: { 'Content-Type': 'text/javascript' } });
