/**
 * Serves a built site for browser tests: node scripts/serve.ts [--dir dist] [--port 4873] [--base /]
 */
import { parseArgs } from 'node:util';
import { serveDist } from './lib/serve-dist.ts';

const { values } = parseArgs({
  options: { dir: { type: 'string', default: 'dist' }, port: { type: 'string', default: '4873' }, base: { type: 'string', default: '/' } },
});
const s = await serveDist(values.dir, values.base, Number(values.port));
console.log(`Serving ${values.dir} at ${s.url}`);
