// citation-js ships no type declarations; these cover the calls src/lib/csl.ts makes.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography' | 'citation', options: Record<string, unknown>): string;
    format(format: string, options?: Record<string, unknown>): unknown;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
