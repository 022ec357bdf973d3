// Clause tools of a reading page (inlined there only, no module: it must run from file:// too):
// a clause number copies its address, Copy copies the clause, Cite opens the citation dialog
// filled from the build's templates, and the document's citations get today's access date.
(function () {
  var tr = window.duizhaoT;
  // Clause tools. Copying: the Clipboard API, or a selected textarea where it is missing
  // (file:// pages, older browsers). A live region says what was copied.
  var status = document.getElementById('copy-status');
  function announce(msg) {
    if (!status) return;
    status.textContent = '';
    setTimeout(function () {
      status.textContent = msg;
    }, 50);
  }
  // With html, rich-text editors get the italics too (plain text for everything else).
  function copyText(text, done, html) {
    function fallback() {
      var ta = document.createElement('textarea');
      ta.value = text;
      ta.setAttribute('readonly', '');
      ta.style.position = 'fixed';
      ta.style.opacity = '0';
      document.body.appendChild(ta);
      ta.select();
      var ok;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      ta.remove();
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      var write =
        html && window.ClipboardItem
          ? navigator.clipboard.write([
              new ClipboardItem({
                'text/plain': new Blob([text], { type: 'text/plain' }),
                'text/html': new Blob([html], { type: 'text/html' }),
              }),
            ])
          : navigator.clipboard.writeText(text);
      write.then(function () {
        done(true);
      }, fallback);
    } else fallback();
  }
  function copied(what) {
    return function (ok) {
      announce(ok ? tr('copied', { what: what }) : tr('copyFailed'));
    };
  }

  var canonical = document.querySelector('link[rel="canonical"]');
  function clauseUrl(id) {
    return (canonical ? canonical.href : location.href.split('#')[0]) + '#' + id;
  }
  var tplNode = document.getElementById('cite-templates');
  var templates = tplNode ? JSON.parse(tplNode.textContent) : null;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  var MLA = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
  var now = new Date();
  var y = now.getFullYear();
  var m = now.getMonth() + 1;
  var dd = now.getDate();
  var iso = y + '-' + (m < 10 ? '0' : '') + m + '-' + (dd < 10 ? '0' : '') + dd;
  // The reader's today in the forms of cite.ts accessDateForms: US, MLA, ISO, RIS, CSL-JSON.
  var today = [
    MONTHS[m - 1] + ' ' + dd + ', ' + y,
    dd + ' ' + MLA[m - 1] + ' ' + y,
    iso,
    iso.split('-').join('/'),
    '[' + y + ', ' + m + ', ' + dd + ']',
  ];
  function fill(text, at) {
    templates.accessed.forEach(function (form, i) {
      text = text.split(form).join(today[i]);
    });
    if (at) {
      var p = templates.placeholders;
      text = text
        .split(p.segment)
        .join(at.id)
        .split(p.csl)
        .join(at.csl)
        .split(p.tex)
        .join(at.tex)
        .split(p.text)
        .join(at.text)
        .split(p.parenthetical)
        .join(at.parenthetical)
        .split(p.apa)
        .join(at.apa)
        .split(p.mla)
        .join(at.mla);
    }
    return text;
  }
  function fillList(root, citations, at) {
    citations.forEach(function (c) {
      c.parts.forEach(function (part, i) {
        var pre = root.querySelector('[data-cite-part="' + c.id + ':' + i + '"]');
        // The build's own HTML (italics, the Chinese title marked zh-Hans), placeholders filled.
        if (pre) pre.innerHTML = fill(part.html, at);
      });
    });
  }
  var panel = document.getElementById('cite');
  if (templates && panel) {
    fillList(panel, templates.document);
    var accessDate = panel.querySelector('[data-access-date]');
    if (accessDate) accessDate.textContent = today[0];
    var accessNote = panel.querySelector('[data-access-note]');
    if (accessNote) accessNote.textContent = tr('accessToday');
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    e.textContent = text;
    return e;
  }

  // Each clause's Copy and Cite, built from its permalink's data (the buttons need this script).
  document.querySelectorAll('a.seg-id[data-permalink]').forEach(function (link) {
    var seg = link.closest('[data-segment]');
    if (!seg) return;
    var label = link.getAttribute('data-label') || seg.id;
    var untranslated = link.hasAttribute('data-untranslated');
    var copy = el('button', { type: 'button', class: 'tool', 'data-copy-clause': seg.id }, tr('copy'));
    copy.setAttribute('aria-label', tr(untranslated ? 'copyClauseZh' : 'copyClause', { label: label }));
    var cite = el('button', { type: 'button', class: 'tool', 'data-cite-clause': seg.id, 'aria-haspopup': 'dialog' }, tr('cite'));
    cite.setAttribute('aria-label', tr('citeClause', { label: label }));
    Array.prototype.forEach.call(link.attributes, function (a) {
      if (a.name.indexOf('data-pin-') === 0 || a.name === 'data-untranslated') cite.setAttribute(a.name, a.value);
    });
    var tools = el('span', { class: 'seg-tools' }, '');
    tools.append(copy, cite);
    link.after(tools);
  });
  document.querySelectorAll('.seg-tools, .copy-button').forEach(function (el) {
    el.hidden = false;
  });

  var dialog = document.getElementById('cite-dialog');
  var opener = null;
  function openCitation(button) {
    var id = button.getAttribute('data-cite-clause');
    var text = button.getAttribute('data-pin-text');
    var at = {
      id: id,
      text: text,
      parenthetical: button.getAttribute('data-pin-parenthetical') || text,
      apa: button.getAttribute('data-pin-apa') || text,
      mla: button.getAttribute('data-pin-mla') || text,
      tex: text.replace(/ (?=\d)/, '~'),
      csl: button.getAttribute('data-pin-csl') || '',
    };
    fillList(dialog, templates.clause, at);
    var long = button.getAttribute('data-pin-long');
    var zh = button.getAttribute('data-pin-zh');
    // The heading names the clause in the interface's language: “Cite m4: measure 4”, “引用 m4：第四项措施”.
    var zhUi = document.documentElement.getAttribute('data-ui') === 'zh';
    dialog.querySelector('h2').textContent = tr('citeHeading', { id: id, pinpoint: zhUi && zh ? zh : text });
    var untranslated = button.hasAttribute('data-untranslated');
    var zhTitle = document.querySelector('.zh-title');
    // Chinese runs keep their language (the page's script) inside the English sentence.
    function chinese(text) {
      return el('span', { lang: zhTitle ? zhTitle.getAttribute('lang') : 'zh-Hans' }, text);
    }
    var target = dialog.querySelector('[data-cite-target]');
    target.replaceChildren();
    // English pinpoint (what the citations say) with the Chinese one; then what the list is.
    if (long)
      target.append(
        el('span', { lang: 'en' }, long),
        zh ? tr('pinpointZhOpen') : '',
        zh ? chinese(zh) : '',
        zh ? tr('pinpointZhClose') : '',
      );
    if (untranslated) {
      target.append(
        tr('untranslatedCite'),
        chinese('《' + (zhTitle ? zhTitle.textContent.trim() : '') + '》' + zh),
        tr('untranslatedCiteEnd'),
      );
    } else target.append(tr('citeIntro'));
    opener = button;
    // Its clause keeps showing its tools while the dialog is open, so focus can return to the button.
    var seg = button.closest('[data-segment]');
    if (seg) seg.setAttribute('data-citing', '');
    dialog.showModal();
    history.replaceState(null, '', '#' + id);
  }
  if (dialog) {
    dialog.addEventListener('close', function () {
      if (!opener) return;
      opener.focus();
      var seg = opener.closest('[data-segment]');
      if (seg) seg.removeAttribute('data-citing');
    });
    dialog.addEventListener('click', function (e) {
      // A click on the backdrop (the dialog box itself, outside its content) closes it.
      if (e.target === dialog) dialog.close();
    });
  }

  // The clause text in both languages, its short reference and its link, ready for notes.
  function clauseText(id) {
    var seg = document.getElementById(id);
    if (!seg) return '';
    // A clause with everything inside it: an article with its paragraphs and items, in order (a
    // heading's chapter is not inside its element, so a heading copies as itself).
    var rows = [seg].concat(Array.prototype.slice.call(seg.querySelectorAll('.seg')));
    function texts(selector) {
      return rows
        .map(function (r) {
          var el = r.querySelector(':scope > .row > ' + selector);
          return el ? el.textContent.trim() : '';
        })
        .filter(Boolean)
        .join('\n');
    }
    var zh = texts('.zh');
    var en = texts('.en:not(.untranslated)');
    var cite = seg.querySelector(':scope > .seg-tools [data-cite-clause]');
    var title = document.querySelector('.en-title');
    var untranslated = cite && cite.hasAttribute('data-untranslated');
    var zhTitle = document.querySelector('.zh-title');
    // An untranslated clause is cited in the Chinese original: 《标题》第二十一条第二款.
    var ref = untranslated
      ? '《' + (zhTitle ? zhTitle.textContent.trim() : '') + '》' + cite.getAttribute('data-pin-zh')
      : (title ? '“' + title.textContent.trim() + '”, ' : '') + (cite ? cite.getAttribute('data-pin-text') : id) + ' (Duizhao translation)';
    return [zh, untranslated ? '' : en, ref, clauseUrl(id)].filter(Boolean).join('\n');
  }

  document.addEventListener('click', function (e) {
    var t = e.target.closest ? e.target : null;
    if (!t) return;
    var permalink = t.closest('a[data-permalink]');
    if (permalink) {
      // Follow the link (the clause is highlighted) and copy its permanent address.
      var pid = permalink.getAttribute('href').slice(1);
      copyText(clauseUrl(pid), copied(tr('linkTo', { id: pid })));
      return;
    }
    var copyClause = t.closest('[data-copy-clause]');
    if (copyClause) {
      var cid = copyClause.getAttribute('data-copy-clause');
      var onlyChinese = copyClause.closest('.seg-tools').querySelector('[data-untranslated]');
      copyText(clauseText(cid), copied(tr(onlyChinese ? 'clauseInZh' : 'clauseInBoth', { id: cid })));
      return;
    }
    var cite = t.closest('[data-cite-clause]');
    if (cite && dialog && templates) {
      openCitation(cite);
      return;
    }
    var part = t.closest('[data-copy-part]');
    if (part) {
      var pre = part.parentNode.querySelector('pre');
      copyText(pre.textContent, copied(part.getAttribute('data-copy-what') || tr('citation')), pre.innerHTML);
      return;
    }
    if (t.closest('[data-close-dialog]') && dialog) dialog.close();
  });
})();
