/**
 * Browser tests drive Debian's Chromium (Playwright cannot download its own browsers here).
 * Installs the OS package when it is missing and we are root; otherwise stops with a clear message.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    console.error(`✗ ${CHROMIUM} is missing. Install Debian's Chromium (as root: apt-get install -y chromium) and run again.`);
    process.exit(1);
  }
  console.log('▶ installing Debian chromium (apt-get) …');
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) {
      console.error(`✗ apt-get ${args.join(' ')} failed; install chromium by hand.`);
      process.exit(1);
    }
  }
}
