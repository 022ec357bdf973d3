/**
 * The site's editions: the interface language (English or Chinese) and the script of the Chinese
 * text (simplified or traditional) are two axes, and every page exists once per pair. A Chinese
 * interface is written in the script of the text it shows. The URL prefix is the rest parameter
 * of every route: '' and 'hant/' for the English interface, 'zh/' and 'zh/hant/' for the Chinese.
 */
import type { UiLang } from './i18n/index.ts';
import type { Script } from './script.ts';

/** Which edition a page is in. */
export type View = {
  ui: UiLang;
  script: Script;
};

export const EDITIONS: readonly (View & { variant: string | undefined })[] = [
  { variant: undefined, ui: 'en', script: 'hans' },
  { variant: 'hant', ui: 'en', script: 'hant' },
  { variant: 'zh', ui: 'zh', script: 'hans' },
  { variant: 'zh/hant', ui: 'zh', script: 'hant' },
];

/** Static paths for a page that exists once per edition and takes no other parameter. */
export function variantPaths(): { params: { variant: string | undefined }; props: View }[] {
  return EDITIONS.map(({ variant, ui, script }) => ({ params: { variant }, props: { ui, script } }));
}

/**
 * The hreflang of an edition, for alternates and the sitemap. The two Chinese-interface editions
 * are zh-Hans and zh-Hant; the English interface with simplified text is `en`. The English
 * interface with traditional text has no tag of its own (it is English too): it is linked and in
 * the sitemap, but not announced as a language alternate.
 */
export function hreflangOf(view: View): string | undefined {
  if (view.ui === 'zh') return view.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
  return view.script === 'hans' ? 'en' : undefined;
}
