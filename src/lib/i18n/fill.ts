/**
 * Placeholder filling for interface strings, apart from the dictionaries (index.ts) so the
 * browser scripts (src/scripts/strings.ts) can import it without bundling every dictionary.
 */

/** A `{name}` placeholder in an interface string. */
export const PLACEHOLDER = /\{(\w+)\}/g;

export type Params = Record<string, string | number>;

/** Fills {name} placeholders; one without a value stays as written. */
export function fill(template: string, params: Params = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
