// `import code from './x.ts?inline-script'`: the script bundled to a minified IIFE string
// (src/integrations/inline-scripts.ts), for `<script is:inline set:html={code} />`.
declare module '*?inline-script' {
  const code: string;
  export default code;
}
