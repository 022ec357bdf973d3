/** Where this build will live: DUIZHAO_SITE (the origin) and DUIZHAO_BASE (the sub-path). */
import { siteRoot } from '../lib/export.ts';

/** The absolute URL of the site root this build is for. */
export function buildRoot(): string {
  return siteRoot(import.meta.env.SITE, import.meta.env.BASE_URL);
}

/** The absolute URL of a site-relative path ('hant/documents/x/'): canonical links, citations, hreflang. */
export function siteUrl(path: string): string {
  return new URL(path, buildRoot()).href;
}
