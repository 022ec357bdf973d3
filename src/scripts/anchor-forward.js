// Anchors that moved (content/anchors.yaml): sends a fragment on to where the anchor lives now.
// Inlined after the fragment map (#anchor-forwards: old id → relative href). On a redirect page
// the script carries data-to, the successor page, and every other fragment goes there unchanged.
(function () {
  var to = document.currentScript ? document.currentScript.getAttribute('data-to') : null;
  var el = document.getElementById('anchor-forwards');
  var map = el ? JSON.parse(el.textContent) : {};
  function go() {
    var id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch (e) {
      /* a malformed escape: look the fragment up as written */
    }
    if (Object.prototype.hasOwnProperty.call(map, id)) location.replace(map[id]);
    else if (to) location.replace(to + location.hash);
  }
  go();
  window.addEventListener('hashchange', go);
})();
