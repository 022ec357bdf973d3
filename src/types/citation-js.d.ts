// citation-js ships no type declarations; these cover the calls src/lib/csl.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The input as normalised CSL-JSON items. */
    data: { id: string }[];
    format(format: 'bibliography' | 'citation', options: Record<string, unknown>): string;
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): {
        styles: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean };
        /** plugin-csl's engine preparation: its shared citeproc engine for a style, with the items to look up. */
        engine(data: unknown[], style: string, lang: string, format: string): CiteprocEngine;
      };
    };
  };
  /** The citeproc-js engine calls src/lib/csl.ts makes. */
  export interface CiteprocEngine {
    sys: { retrieveItem: unknown };
    updateItems(ids: string[]): void;
    makeCitationCluster(items: { id: string; locator?: string; label?: string }[]): string;
    makeBibliography(): [unknown, string[]];
  }
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
