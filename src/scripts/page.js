// Duizhao's shared page script (inlined, no module: it must run from file:// too); reading pages add clause-tools.js.
// Reading mode, pinyin, script and language switches keeping the place, '/' to search, glossary popovers.
(function () {
  var d = document.documentElement;
  function save(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (e) {
      /* not remembered; the choice still applies to this page */
    }
  }

  // The segment the reader is looking at: the first one in view.
  function currentSegment() {
    var segs = document.querySelectorAll('[data-segment]');
    for (var i = 0; i < segs.length; i++) {
      var r = segs[i].getBoundingClientRect();
      if (r.bottom > 80) return segs[i];
    }
    return null;
  }
  function keepPlace(change) {
    var seg = currentSegment();
    var top = seg ? seg.getBoundingClientRect().top : 0;
    change();
    if (seg) window.scrollBy(0, seg.getBoundingClientRect().top - top);
  }

  // Reading modes: radios work without JS through CSS :has(); JS remembers the choice.
  var saved = d.getAttribute('data-mode');
  document.querySelectorAll('input[name="mode"]').forEach(function (input) {
    if (saved && input.value === saved) input.checked = true;
    input.addEventListener('change', function () {
      keepPlace(function () {
        d.setAttribute('data-mode', input.value);
      });
      save('duizhao.mode', input.value);
    });
  });

  // Pinyin: each Chinese part carries its readings in data-py (one token per character);
  // turning pinyin on wraps characters in spans whose ::before shows the reading, so the
  // pinyin is never part of the text that is copied or read as textContent.
  function applyPinyin(el) {
    if (el.hasAttribute('data-py-done')) return;
    var tokens = el.getAttribute('data-py').split(' ');
    var k = 0;
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var chars = Array.from(node.data);
      var frag = document.createDocumentFragment();
      chars.forEach(function (ch) {
        var py = tokens[k++] || '';
        // Spaces stay text so lines can break; every other character gets a column, punctuation
        // an empty reading, so the characters of a line stay on one baseline.
        if (/\s/.test(ch)) {
          frag.appendChild(document.createTextNode(ch));
          return;
        }
        var span = document.createElement('span');
        span.className = 'py';
        span.setAttribute('data-py', py);
        span.textContent = ch;
        frag.appendChild(span);
      });
      node.parentNode.replaceChild(frag, node);
    });
    el.setAttribute('data-py-done', '');
  }
  function setPinyin(on) {
    if (on) document.querySelectorAll('.zh[data-py]').forEach(applyPinyin);
    d.setAttribute('data-pinyin', on ? 'on' : 'off');
  }
  var pinyinBox = document.getElementById('pinyin-toggle');
  if (pinyinBox) {
    pinyinBox.checked = d.getAttribute('data-pinyin') === 'on';
    if (pinyinBox.checked) setPinyin(true);
    pinyinBox.addEventListener('change', function () {
      keepPlace(function () {
        setPinyin(pinyinBox.checked);
      });
      save('duizhao.pinyin', pinyinBox.checked ? 'on' : 'off');
    });
  }

  // Script toggle: go to the same place in the other script. The place is the last segment the
  // reader scrolled to while inside the text (so scrolling up to the header to reach the toggle
  // does not lose it), else the fragment.
  var lastSeg = null;
  var firstSeg = document.querySelector('[data-segment]');
  var ticking = false;
  window.addEventListener(
    'scroll',
    function () {
      if (ticking || !firstSeg) return;
      ticking = true;
      requestAnimationFrame(function () {
        ticking = false;
        if (firstSeg.getBoundingClientRect().top < 80) lastSeg = currentSegment();
      });
    },
    { passive: true },
  );
  // The language switch does the same, and remembers the choice (head.js applies it).
  document.querySelectorAll('a[data-keep-place]').forEach(function (a) {
    a.addEventListener('click', function () {
      var frag = lastSeg ? '#' + lastSeg.id : location.hash;
      a.setAttribute('href', a.getAttribute('href').split('#')[0] + frag);
      var ui = a.getAttribute('data-ui-switch');
      if (ui) save('duizhao.ui', ui);
    });
  });

  // '/' focuses the search box, unless the reader is typing somewhere.
  var box = document.getElementById('site-search');
  document.addEventListener('keydown', function (e) {
    if (e.key !== '/' || !box) return;
    var t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    box.focus();
  });

  // Glossary popovers: a term link opens its entry's popover (kept outside the text);
  // without JS (or without popover support) the link goes to the glossary entry.
  var supportsPopover = typeof HTMLElement.prototype.showPopover === 'function';
  document.addEventListener('click', function (e) {
    var link = e.target.closest ? e.target.closest('a[data-term]') : null;
    if (!link || !supportsPopover || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var pop = document.getElementById('term-' + link.getAttribute('data-term'));
    if (!pop) return;
    e.preventDefault();
    pop.showPopover({ source: link });
    var r = link.getBoundingClientRect();
    var w = Math.min(360, window.innerWidth - 16);
    pop.style.left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8)) + 'px';
    var below = r.bottom + 6;
    pop.style.top = (below + pop.offsetHeight > window.innerHeight ? Math.max(8, r.top - pop.offsetHeight - 6) : below) + 'px';
    var close = pop.querySelector('button');
    if (close) close.focus();
    pop.addEventListener(
      'toggle',
      function (ev) {
        if (ev.newState === 'closed') link.focus();
      },
      { once: true },
    );
  });
})();
