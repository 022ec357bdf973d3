/** The two script editions of the site and their URL prefix (a rest parameter of every route). */
import type { Script } from './script.ts';

export const VARIANTS: readonly { variant: string | undefined; script: Script }[] = [
  { variant: undefined, script: 'hans' },
  { variant: 'hant', script: 'hant' },
];

/** Static paths for a page that exists once per script and takes no other parameter. */
export function variantPaths(): { params: { variant: string | undefined }; props: { script: Script } }[] {
  return VARIANTS.map(({ variant, script }) => ({ params: { variant }, props: { script } }));
}
