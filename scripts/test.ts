/**
 * `npm test`: everything, in order, stopping at the first failure:
 * Chromium present → astro check → unit tests → build → browser tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.ts';

const steps: [string, string[]][] = [
  ['astro check', ['npx', 'astro', 'check', '--minimumFailingSeverity', 'warning']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['build', ['npm', 'run', 'build']],
  ['browser tests', ['npx', 'playwright', 'test']],
];

ensureChromium();
const only = process.argv.slice(2);
for (const [name, [cmd, ...args]] of steps) {
  if (only.length > 0 && !only.includes(name.split(' ')[0] ?? '')) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd ?? '', args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}
if (!existsSync('dist/index.html')) {
  console.error('✗ the build produced no dist/index.html');
  process.exit(1);
}
console.log('\n✓ all tests passed');
