// The search page's script (inlined on that page only). Pagefind's JS and index load on the
// first query; a query with Han characters is folded to simplified with opencc-js t2cn (the
// small direction), loaded once, so traditional and simplified queries find the same clauses.
(function () {
  var app = document.getElementById('search-app');
  if (!app) return;
  var root = app.getAttribute('data-root'); // relative path to the site root
  var prefix = app.getAttribute('data-prefix'); // the edition ('', 'hant/', 'zh/', 'zh/hant/'): results open in it
  var hant = document.documentElement.getAttribute('data-script') === 'hant';
  var zhUi = document.documentElement.getAttribute('data-ui') === 'zh';
  var tr = window.duizhaoT;
  // How filter values read in this interface (document types by key, bodies by name).
  var labels = JSON.parse(app.getAttribute('data-labels') || '{}');
  var form = document.getElementById('search-form');
  var input = document.getElementById('search-q');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  var filtersBox = document.getElementById('search-filters');
  var FILTERS = [
    ['type', tr('search.filter.type')],
    ['body', tr('search.filter.body')],
    ['year', tr('search.filter.year')],
  ];

  if (location.protocol === 'file:') {
    status.textContent = tr('search.fileUrl');
    form.querySelector('button').disabled = true;
    return;
  }
  app.hidden = false;
  // On a phone the filters start folded, so results come first on the screen.
  var filtersPanel = document.getElementById('search-filters-panel');
  if (filtersPanel && window.matchMedia('(max-width: 52rem)').matches) filtersPanel.open = false;

  var pagefind = null;
  function loadPagefind() {
    if (!pagefind) {
      var url = new URL(root + 'pagefind/pagefind.js', location.href).href;
      pagefind = import(url).then(function (pf) {
        // baseUrl '/': result urls stay site-relative (Pagefind would prefix the sub-path it is
        // served from); this page resolves them itself. Loading the filter lists first makes
        // every search report counts for all filters.
        return pf.options({ baseUrl: '/', ranking: { termSimilarity: 7 }, excerptLength: 0 }).then(function () {
          return pf.filters().then(function () {
            return pf;
          });
        });
      });
    }
    return pagefind;
  }
  var t2cn = null;
  function toSimplified(q) {
    if (!/[\u3400-\u9fff]/.test(q)) return Promise.resolve(q);
    if (!t2cn) {
      t2cn = new Promise(function (resolve, reject) {
        var s = document.createElement('script');
        s.src = root + 'search/opencc-t2cn.js';
        s.onload = function () {
          resolve(window.OpenCC.Converter({ from: 'tw', to: 'cn' }));
        };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return t2cn.then(function (convert) {
      return convert(q);
    });
  }

  // Same tokenisation as the index (src/lib/bigrams.ts): Han runs become character bigrams.
  function bigramize(text) {
    return text.replace(/[\u3400-\u9fff\uf900-\ufaff]+/g, function (run) {
      var chars = Array.from(run);
      if (chars.length === 1) return ' ' + run + ' ';
      var grams = [];
      for (var i = 0; i < chars.length - 1; i++) grams.push(chars[i] + chars[i + 1]);
      return ' ' + grams.join(' ') + ' ';
    });
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      e.append(c);
    });
    return e;
  }
  // Highlights: each Han run of the (simplified) query where it occurs in the simplified text
  // (cn→tw keeps offsets, so the same ranges mark the traditional text), and words of the
  // query as word prefixes in the English.
  function zhRanges(simplified, query) {
    var ranges = [];
    (query.match(/[\u3400-\u9fff\uf900-\ufaff0-9]+/g) || []).forEach(function (run) {
      var at = simplified.indexOf(run);
      while (run.length > 0 && at >= 0) {
        ranges.push([at, at + run.length]);
        at = simplified.indexOf(run, at + run.length);
      }
    });
    return ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
  }
  function enRanges(en, query) {
    var ranges = [];
    (query.match(/[A-Za-z0-9][A-Za-z0-9'-]*/g) || []).forEach(function (word) {
      var re = new RegExp('\\b' + word.replace(/[-']/g, '\\$&') + '[A-Za-z]*', 'gi');
      var m;
      while ((m = re.exec(en))) ranges.push([m.index, m.index + m[0].length]);
    });
    return ranges.sort(function (a, b) {
      return a[0] - b[0];
    });
  }
  function highlighted(text, ranges, lang) {
    var p = el('p', { lang: lang });
    var at = 0;
    ranges.forEach(function (r) {
      var s = Math.max(r[0], at);
      var e = Math.min(r[1], text.length);
      if (e <= s) return;
      if (s > at) p.append(text.slice(at, s));
      p.append(el('mark', {}, [text.slice(s, e)]));
      at = e;
    });
    p.append(text.slice(at));
    return p;
  }
  // Pagefind roots record urls at '/'; ours are site-relative, resolved from this page.
  function href(d) {
    return root + prefix + d.url.replace(/^\//, '');
  }
  function clauseItem(d, rank, query) {
    var m = d.meta;
    var aligned = m.zhHant.length === m.zh.length;
    var zh = hant ? m.zhHant : m.zh;
    var lang = hant ? 'zh-Hant' : 'zh-Hans';
    // A law's hit names its article and the chapter it is in: “art. 21 · 第三章 数据共享”.
    var where = m.within ? [' · ', el('span', { lang: lang }, [hant ? m.withinZhHant : m.withinZh])] : [];
    var label = zhUi ? (hant ? m.labelZhHant : m.labelZh) || m.seg : m.label || m.seg;
    return el('li', { class: 'hit', 'data-rank': String(rank) }, [
      el('p', { class: 'hit-where' }, [el('a', { href: href(d) }, [label])].concat(where)),
      highlighted(zh, !hant || aligned ? zhRanges(m.zh, query) : [], lang),
      highlighted(m.en, enRanges(m.en, query), 'en'),
    ]);
  }
  // English that quotes Chinese (glossary definitions): the Chinese runs get their own lang.
  function mixed(text) {
    return text.split(/([\u3400-\u9fff\uf900-\ufaff][\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]*)/).map(function (part, i) {
      return i % 2 ? el('span', { lang: 'zh-Hans' }, [part]) : part;
    });
  }
  function glossaryItem(d) {
    var m = d.meta;
    return el('li', { class: 'hit' }, [
      el('a', { href: href(d) }, [
        el('span', { lang: hant ? 'zh-Hant' : 'zh-Hans' }, [hant ? m.zhHant : m.zh]),
        ' ',
        el('span', { lang: 'zh-Latn-pinyin' }, [m.pinyin]),
        ' — ',
        el('span', { lang: 'en' }, [m.en]),
      ]),
      el('p', { lang: 'en' }, mixed(m.definition)),
    ]);
  }

  var initial = {};
  function selectedFilters() {
    var f = {};
    if (!filtersBox.querySelector('input')) {
      Object.keys(initial).forEach(function (k) {
        f[k] = { any: initial[k] };
      });
      return f;
    }
    FILTERS.forEach(function (def) {
      var values = Array.prototype.map.call(filtersBox.querySelectorAll('input[name="' + def[0] + '"]:checked'), function (i) {
        return i.value;
      });
      if (values.length) f[def[0]] = { any: values };
    });
    return f;
  }
  function renderFilters(counts, selected) {
    filtersBox.replaceChildren();
    FILTERS.forEach(function (def) {
      var values = Object.keys(counts[def[0]] || {}).sort();
      if (!values.length) return;
      var fs = el('fieldset', {}, [el('legend', {}, [def[1]])]);
      values.forEach(function (v) {
        var box = el('input', { type: 'checkbox', name: def[0], value: v });
        box.checked = (selected[def[0]] || []).indexOf(v) >= 0;
        box.addEventListener('change', function () {
          run(true);
        });
        var shownAs = (labels[def[0]] && labels[def[0]][v]) || v;
        fs.append(el('label', {}, [box, ' ' + shownAs + ' (' + counts[def[0]][v] + ')']));
      });
      filtersBox.append(fs);
    });
  }

  // Results load a page at a time (each costs a fragment fetch); counts come from filters.
  var PAGE_SIZE = 20;
  var shown = PAGE_SIZE;
  var seq = 0;
  function run(push, more) {
    var q = input.value.trim();
    var selected = {};
    var f = selectedFilters();
    Object.keys(f).forEach(function (k) {
      selected[k] = f[k].any;
    });
    var params = new URLSearchParams();
    if (q) params.set('q', q);
    Object.keys(selected).forEach(function (k) {
      selected[k].forEach(function (v) {
        params.append(k, v);
      });
    });
    var url = location.pathname + (params.toString() ? '?' + params : '');
    if (push) history.replaceState(null, '', url);
    shown = more ? shown + PAGE_SIZE : PAGE_SIZE;
    var mine = ++seq;
    var query = q;
    if (!q) {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    if (!more) status.textContent = tr('search.searching');
    Promise.all([loadPagefind(), toSimplified(q)])
      .then(function (r) {
        var pf = r[0];
        query = r[1];
        var tokens = bigramize(query).replace(/\s+/g, ' ').trim();
        var clauseFilters = Object.assign({ kind: 'clause' }, f);
        return Promise.all([pf.search(tokens, { filters: clauseFilters }), pf.search(tokens, { filters: { kind: 'glossary' } })]).then(
          function (s) {
            return Promise.all([
              Promise.all(
                s[0].results.slice(0, shown).map(function (x) {
                  return x.data();
                }),
              ),
              Promise.all(
                s[1].results.slice(0, 3).map(function (x) {
                  return x.data();
                }),
              ),
              s[0],
            ]);
          },
        );
      })
      .then(function (r) {
        if (mine !== seq) return;
        var clauses = r[0];
        var terms = r[1];
        var search = r[2];
        var total = search.results.length;
        var perDoc = (search.filters && search.filters.doc) || {};
        var docCount = Object.keys(perDoc).filter(function (k) {
          return perDoc[k] > 0;
        }).length;
        renderFilters(search.totalFilters || search.filters || {}, selected);
        var out = [];
        if (terms.length) {
          out.push(el('h2', {}, [tr('search.glossary')]));
          out.push(el('ol', { class: 'search-results glossary-hits' }, terms.map(glossaryItem)));
        }
        var groups = [];
        var byDoc = {};
        clauses.forEach(function (d, rank) {
          d.rank = rank;
          var key = d.meta.doc;
          if (!byDoc[key]) {
            byDoc[key] = { meta: d.meta, href: href(d).split('#')[0], items: [] };
            groups.push(byDoc[key]);
          }
          byDoc[key].items.push(d);
        });
        groups.forEach(function (g) {
          var title = hant ? g.meta.docZhHant : g.meta.docZh;
          var n = perDoc[g.meta.doc] || g.items.length;
          var zhTitle = el('span', { lang: hant ? 'zh-Hant' : 'zh-Hans' }, [title]);
          var enTitle = el('span', { lang: 'en' }, [g.meta.title]);
          out.push(
            el('h2', {}, [
              el('a', { href: g.href }, [zhUi ? zhTitle : enTitle]),
              ' ',
              zhUi ? enTitle : zhTitle,
              ' — ' + tr(n === 1 ? 'search.clauses.one' : 'search.clauses.other', { n: n }),
            ]),
          );
          out.push(
            el(
              'ol',
              { class: 'search-results' },
              g.items.map(function (d) {
                return clauseItem(d, d.rank, query);
              }),
            ),
          );
        });
        if (total > clauses.length) {
          var moreButton = el('button', { type: 'button', class: 'more' }, [tr('search.more', { shown: clauses.length, total: total })]);
          moreButton.addEventListener('click', function () {
            run(false, true);
          });
          out.push(moreButton);
        }
        results.replaceChildren.apply(results, out);
        status.textContent =
          total === 0 && terms.length === 0
            ? tr('search.none', { q: q })
            : tr('search.summary', {
                clauses: tr(total === 1 ? 'search.clauses.one' : 'search.clauses.other', { n: total }),
                documents: tr(docCount === 1 ? 'search.documents.one' : 'search.documents.other', { n: docCount }),
              }) +
              (terms.length ? tr(terms.length === 1 ? 'search.terms.one' : 'search.terms.other', { n: terms.length }) : '') +
              tr('search.end');
      })
      .catch(function (e) {
        status.textContent = tr('search.failed', { message: e.message });
      });
  }

  var params = new URLSearchParams(location.search);
  input.value = params.get('q') || '';
  FILTERS.forEach(function (def) {
    if (params.getAll(def[0]).length) initial[def[0]] = params.getAll(def[0]);
  });
  var timer = null;
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      run(true);
    }, 150);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    run(true);
  });
  if (input.value) run(false);
})();
