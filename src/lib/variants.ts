/** The two script editions of the site and their URL prefix (a rest parameter of every route). */
import type { Script } from './script.ts';

export const VARIANTS: readonly { variant: string | undefined; script: Script }[] = [
  { variant: undefined, script: 'hans' },
  { variant: 'hant', script: 'hant' },
];
