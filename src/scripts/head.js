// Runs before first paint: marks JS as available and restores the reader's saved choices,
// so a remembered reading mode or pinyin setting never flashes the default first. A reader who
// chose the other interface language (page.js saves it) is taken to this page in it, fragment kept.
(function () {
  var d = document.documentElement;
  d.classList.add('js');
  // The interface's words for the page scripts (#ui-strings: i18n/*.json, keys js.*, in the
  // page's interface language), with {name} placeholders filled as i18n/index.ts fill() does.
  var strings = null;
  window.duizhaoT = function (key, params) {
    if (!strings) {
      var node = document.getElementById('ui-strings');
      strings = node ? JSON.parse(node.textContent) : {};
    }
    var s = strings[key] === undefined ? key : strings[key];
    return s.replace(/\{(\w+)\}/g, function (whole, name) {
      return params && name in params ? String(params[name]) : whole;
    });
  };
  try {
    var ui = localStorage.getItem('duizhao.ui');
    var other = document.querySelector('meta[name="duizhao-other-ui"]');
    if (ui && other && ui !== d.getAttribute('data-ui') && ui === other.getAttribute('data-ui')) {
      location.replace(other.getAttribute('content') + location.search + location.hash);
      return;
    }
    var mode = localStorage.getItem('duizhao.mode');
    if (mode) d.setAttribute('data-mode', mode);
    if (localStorage.getItem('duizhao.pinyin') === 'on') d.setAttribute('data-pinyin', 'on');
  } catch (e) {
    /* storage unavailable (private mode, file://): defaults apply */
  }
})();
