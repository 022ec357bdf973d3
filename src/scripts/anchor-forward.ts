// Anchors that moved (content/anchors.yaml): sends a fragment on to where the anchor lives now.
// Inlined after the fragment map (#anchor-forwards: old id → relative href). On a redirect page
// the script carries data-to, the successor page, and every other fragment goes there unchanged.
const to = document.currentScript?.getAttribute('data-to') ?? null;
const mapNode = document.getElementById('anchor-forwards');
const map = mapNode ? (JSON.parse(mapNode.textContent || '{}') as Record<string, string>) : {};

function go(): void {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    /* a malformed escape: look the fragment up as written */
  }
  const target = Object.hasOwn(map, id) ? map[id] : undefined;
  if (target !== undefined) location.replace(target);
  else if (to) location.replace(to + location.hash);
}
go();
addEventListener('hashchange', go);

export {}; // a module: its names stay its own when type-checked with the other scripts
