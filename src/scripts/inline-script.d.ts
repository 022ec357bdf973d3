// `import code from './x.ts?inline-script'`: the script bundled to a minified IIFE string
// (src/integrations/inline-scripts.ts), for `<script is:inline set:html={code} />`.
declare module '*?inline-script' {
  const code: string;
  export default code;
}

// `import path from './x.ts?script-file'`: the same bundle written to its own file; the import is
// its site-relative path (`scripts/<name>.<hash>.js`), for `<script is:inline src={relative path}>`.
declare module '*?script-file' {
  const path: string;
  export default path;
}
