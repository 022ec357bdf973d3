/**
 * The Nu HTML Checker (vnu-jar) on built sites: node scripts/nu-validate.ts <dir|file>…
 *
 * It runs beside html-validate in `npm test` because it checks what that one does not (the HTML
 * spec's content models and parsing as a browser parses). Errors only: its warnings are advice
 * (a <section> without a heading) rather than faults. One java call takes every directory,
 * which vnu walks itself (`--skip-non-html` leaves the data exports alone): the JVM's start-up
 * costs more than checking a page. It runs on the machine's `java` (Java 17 here and in CI); the
 * package's own download of a Java runtime (its postinstall script) is not used.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

/** vnu.jar inside the npm package (its main export is the jar's path). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error('✗ usage: node scripts/nu-validate.ts <dir|file>…');
  process.exit(2);
}
const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.error(
    '✗ java is missing: the Nu HTML Checker needs Java 17 (Debian, as root: apt-get install -y openjdk-17-jre-headless) on PATH.',
  );
  process.exit(1);
}
const r = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--skip-non-html', ...paths], { stdio: 'inherit' });
process.exit(r.status ?? 1);
