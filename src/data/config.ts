/**
 * This build's configuration (src/lib/config.ts reads and checks it). Everything that needs to
 * know where the content is, where the site goes or whether drafts are built imports it from here.
 * A bad value ends the process with one line, before any build work.
 */
import { readConfig, type DuizhaoConfig } from '../lib/config.ts';

function load(): DuizhaoConfig {
  try {
    return readConfig(process.env, process.cwd());
  } catch (e) {
    console.error(`duizhao: ${(e as Error).message}`);
    process.exit(2);
  }
}

export const config = load();

type Command = 'dev' | 'build' | 'preview' | 'sync';
// A process-wide slot: Astro loads this module once for its config and again for the pages.
const COMMAND = Symbol.for('duizhao.command');
const slot = globalThis as { [COMMAND]?: Command };

/** Set by the integration (src/integrations/duizhao.ts) when Astro starts. */
export function setCommand(command: Command): void {
  slot[COMMAND] = command;
}

/** The Astro command running: 'dev' under the dev server, otherwise 'build' (also when unknown). */
export function astroCommand(): Command {
  return slot[COMMAND] ?? 'build';
}
