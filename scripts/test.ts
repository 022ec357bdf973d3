/**
 * `npm test`: everything, in order, stopping at the first failure: Chromium present → astro
 * check → lint → format → unit and build-failure tests → build → HTML validation (html-validate, then the Nu HTML Checker) → links → browser tests.
 * `node scripts/test.ts <first word of a step> …` runs only those steps.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './lib/chromium.ts';

/** The synthetic structured site (tests/fixtures/structured): a regulation and a notice, read in browser tests. */
export const FIXTURE_DIST = 'dist-fixtures/structured';
const FIXTURE_ENV = { DUIZHAO_CONTENT: 'tests/fixtures/structured/content', DUIZHAO_OUT: FIXTURE_DIST };

const steps: [string, string[], Record<string, string>?][] = [
  ['astro check', ['npx', 'astro', 'check', '--minimumFailingSeverity', 'warning']],
  ['lint', ['npx', 'eslint', '--max-warnings', '0', '.']],
  ['format', ['npx', 'prettier', '--check', '.']],
  ['unit tests', ['npx', 'vitest', 'run']],
  ['build', ['npm', 'run', 'build']],
  ['fixture build', ['npx', 'astro', 'build'], FIXTURE_ENV],
  ['html validation', ['npx', 'html-validate', 'dist/**/*.html', `${FIXTURE_DIST}/**/*.html`]],
  // The Nu HTML Checker (Java) finds what html-validate does not; errors only (scripts/nu-validate.ts).
  ['nu html validation', ['node', 'scripts/nu-validate.ts', 'dist', FIXTURE_DIST]],
  // Every internal link and #fragment of the built site; the canonical host is not ours to check.
  ['links', ['npx', 'linkinator', 'dist', '--recurse', '--check-fragments', '--skip', 'duizhao\\.example\\.org']],
  ['links', ['npx', 'linkinator', FIXTURE_DIST, '--recurse', '--check-fragments', '--skip', 'duizhao\\.example\\.org']],
  ['browser tests', ['npx', 'playwright', 'test']],
];

ensureChromium();
const only = process.argv.slice(2);
for (const [name, [cmd, ...args], env] of steps) {
  if (only.length > 0 && !only.includes(name.split(' ')[0] ?? '')) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd ?? '', args, { stdio: 'inherit', env: { ...process.env, ...env } });
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
