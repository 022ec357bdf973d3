/**
 * Astro integration: records whether this is `astro dev` or `astro build`, which the checks stage
 * (src/data/checks.ts) needs: a failed check stops a build but is only reported under the dev
 * server, which must keep running while an editor fixes the content. (The configuration itself
 * reaches Astro through astro.config.mjs, from src/data/config.ts.)
 */
import type { AstroIntegration } from 'astro';
import { setCommand } from '../data/config.ts';

export default function duizhao(): AstroIntegration {
  return {
    name: 'duizhao',
    hooks: {
      'astro:config:setup': ({ command }) => {
        setCommand(command);
      },
    },
  };
}
