// Runs before first paint: marks JS as available and restores the reader's saved choices,
// so a remembered reading mode or pinyin setting never flashes the default first.
(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var mode = localStorage.getItem('duizhao.mode');
    if (mode) d.setAttribute('data-mode', mode);
    if (localStorage.getItem('duizhao.pinyin') === 'on') d.setAttribute('data-pinyin', 'on');
  } catch (e) {
    /* storage unavailable (private mode, file://): defaults apply */
  }
})();
