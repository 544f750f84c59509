/* Neighbourhood Mapper published site: map, search, filters, list, shading, asset mini map.
   Works from file:// and any web server, offline. Data files are JSON wrapped in NM.got(name, value)
   so they load with <script> elements (fetch is not allowed from file://). Record text reaches the page
   with textContent only, never innerHTML. */
(function () {
  'use strict';

  var NM = window.NM = window.NM || {};
  var store = {}, waiting = {};
  var here = document.currentScript ? document.currentScript.src : '';
  var ROOT = here.replace(/web\/site\/site\.js(\?.*)?$/, '');

  NM.got = function (name, value) {
    store[name] = value;
    var list = waiting[name];
    delete waiting[name];
    (list || []).forEach(function (w) { w.resolve(value); });
  };

  function load(rel, name) {
    if (Object.prototype.hasOwnProperty.call(store, name)) return Promise.resolve(store[name]);
    return new Promise(function (resolve, reject) {
      var first = !waiting[name];
      (waiting[name] = waiting[name] || []).push({resolve: resolve, reject: reject});
      if (!first) return;
      var s = document.createElement('script');
      s.src = ROOT + rel;
      s.async = true;
      s.onerror = function () {
        var list = waiting[name] || [];
        delete waiting[name];
        if (rel.indexOf('data/s/') === 0 || rel.indexOf('data/pc/') === 0) {  // no such prefix: no matches
          store[name] = {};
          list.forEach(function (w) { w.resolve({}); });
        } else {
          list.forEach(function (w) { w.reject(new Error('cannot load ' + rel)); });
        }
      };
      document.head.appendChild(s);
    });
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* The site's own words in the language it was published in (the page data's "words"; English without
     them); %1, %2 are filled in one pass, so a typed "%2" stays as typed. */
  var WORDS = {};
  function t(key, english) {
    var args = Array.prototype.slice.call(arguments, 2);
    return (WORDS[key] || english).replace(/%(\d)/g, function (m, d) {
      return args[d - 1] === undefined ? m : String(args[d - 1]);
    });
  }

  function pageData() {
    var node = document.getElementById('nm-page');
    return node ? JSON.parse(node.textContent) : null;
  }

  function assetHref(id) { return ROOT + 'a/' + id.slice(0, 2) + '/' + id + '.html'; }

  function prefixFile(p) {
    return Array.from(p).map(function (c) { return c.codePointAt(0).toString(16); }).join('-');
  }

  var POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})?$/;

  /* ---------------- the data: points (always), chunks and search files (as needed) ---------------- */
  function Data(meta) {
    this.meta = meta;
    this.kindIndex = {};
    this.catIndex = {};
    var self = this;
    meta.kinds.forEach(function (k, i) { self.kindIndex[k.code] = i; });
    meta.categories.forEach(function (c, i) { self.catIndex[c.code] = i; });
  }
  Data.prototype.points = function () {
    var self = this;
    return load('data/points.js', 'points').then(function (p) {
      self.p = p;
      self.lon = new Float64Array(p.x.length);
      self.lat = new Float64Array(p.x.length);
      self.located = new Uint8Array(p.x.length);
      for (var i = 0; i < p.x.length; i++) {
        if (p.x[i] === null) continue;
        self.located[i] = 1;
        self.lon[i] = (p.x[i] + p.x0) / 1e5;
        self.lat[i] = (p.y[i] + p.y0) / 1e5;
      }
      return p;
    });
  };
  Data.prototype.chunk = function (n) { return load('data/c/' + n + '.js', 'c:' + n); };
  /* Names, ids and postcodes of ``indices``: from the name-order chunks, or (``near``: answers around one
     place) from the few spatial cells they lie in. */
  Data.prototype.rows = function (indices, near) {
    if (near) return this.cellRows(indices);
    var self = this, size = this.meta.chunk, need = {};
    indices.forEach(function (i) { need[Math.floor(i / size)] = true; });
    return Promise.all(Object.keys(need).map(function (n) { return self.chunk(n); })).then(function () {
      return indices.map(function (i) {
        var c = store['c:' + Math.floor(i / size)], j = i % size;
        return {i: i, id: c.ids[j], name: c.names[j], postcode: c.postcodes[j]};
      });
    });
  };
  Data.prototype.cellRows = function (indices) {
    var p = this.p, size = this.meta.cell, need = {}, key = {};
    indices.forEach(function (i) {
      key[i] = Math.floor(p.x[i] / size) + '_' + Math.floor(p.y[i] / size);
      need[key[i]] = true;
    });
    return Promise.all(Object.keys(need).map(function (k) { return load('data/t/' + k + '.js', 't:' + k); }))
      .then(function () {
        return indices.map(function (i) {
          var c = store['t:' + key[i]], j = c.i.indexOf(i);
          return {i: i, id: c.ids[j], name: c.names[j], postcode: c.postcodes[j]};
        });
      });
  };
  Data.prototype.filter = function (f) {
    var p = this.p, out = [], k = f.kind === '' ? -1 : this.kindIndex[f.kind],
      c = f.category === '' ? -1 : this.catIndex[f.category],
      bit = f.principle === '' ? 0 : 1 << this.meta.principles.indexOf(f.principle);
    var base = f.only || null, n = base ? base.length : p.k.length;
    for (var t = 0; t < n; t++) {
      var i = base ? base[t] : t;
      if (k >= 0 && p.k[i] !== k) continue;
      if (c >= 0 && p.c[i] !== c) continue;
      if (bit && !(p.p[i] & bit)) continue;
      out.push(i);
    }
    return out;
  };
  /* The assets with a name or postcode word starting with ``word``: a mark per asset (Uint8Array). */
  Data.prototype.words = function (word) {
    var prefix = word.slice(0, 2), n = this.p.k.length;
    return load('data/s/' + prefixFile(prefix) + '.js', 's:' + prefix).then(function (table) {
      var hit = new Uint8Array(n);
      Object.keys(table).forEach(function (w) {
        if (w.lastIndexOf(word, 0) === 0) {
          var list = table[w], at = 0;  // gaps: the first number, then differences
          for (var j = 0; j < list.length; j++) { at += list[j]; hit[at] = 1; }
        }
      });
      return hit;
    });
  };
  /* Name and postcode words, category labels, or a postcode: the matching asset numbers (name order),
     or {near: [lon, lat]} for a postcode. */
  Data.prototype.search = function (q) {
    var self = this, text = q.trim();
    var pc = text.toUpperCase().replace(/\s+/g, ' ').match(POSTCODE);
    if (pc && /[0-9]/.test(text)) {
      var outward = pc[1];
      return load('data/pc/' + outward + '.js', 'pc:' + outward).then(function (table) {
        var key = pc[2] ? outward + ' ' + pc[2] : null;
        if (key) return table[key] ? {near: table[key], postcode: key} : {near: null, postcode: key};
        var keys = Object.keys(table), sx = 0, sy = 0;
        if (!keys.length) return {near: null, postcode: outward};
        keys.forEach(function (k2) { sx += table[k2][0]; sy += table[k2][1]; });
        return {near: [sx / keys.length, sy / keys.length], postcode: outward};
      });
    }
    var words = text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) || [];
    var lower = text.toLowerCase();
    var cats = [];
    if (lower.length >= 3) {
      this.meta.categories.forEach(function (c, i) {
        if (c.label.toLowerCase().indexOf(lower) >= 0) cats.push(i);
      });
    }
    words = words.filter(function (w) { return w.length >= 2; });
    return Promise.all(words.map(function (w) { return self.words(w); })).then(function (sets) {
      var p = self.p, out = [], n = p.k.length, catSet = new Uint8Array(self.meta.categories.length + 1);
      cats.forEach(function (c) { catSet[c] = 1; });
      for (var i = 0; i < n; i++) {
        var ok = sets.length > 0;
        for (var s2 = 0; ok && s2 < sets.length; s2++) ok = sets[s2][i] === 1;
        if (ok || (p.c[i] >= 0 && catSet[p.c[i]])) out.push(i);
      }
      return {indices: out};
    });
  };
  /* The ``count`` nearest located assets among ``indices`` (kept in a small sorted list, no full sort). */
  Data.prototype.nearest = function (indices, lon, lat, count) {
    var cos = Math.cos(lat * Math.PI / 180), best = [], worst = Infinity;
    for (var t = 0; t < indices.length; t++) {
      var i = indices[t];
      if (!this.located[i]) continue;
      var dx = (this.lon[i] - lon) * cos, dy = this.lat[i] - lat, d = dx * dx + dy * dy;
      if (best.length >= count && d >= worst) continue;
      var at = best.length;
      while (at > 0 && best[at - 1][0] > d) at--;
      best.splice(at, 0, [d, i]);
      if (best.length > count) best.pop();
      worst = best[best.length - 1][0];
    }
    return best.map(function (b) { return {i: b[1], metres: Math.sqrt(b[0]) * 111320}; });
  };

  /* ---------------- the form: state in the address (#q=...&kind=...) ---------------- */
  function Finder(onChange) {
    var form = document.getElementById('finder');
    this.form = form;
    this.fields = ['q', 'kind', 'category', 'principle'].map(function (id) { return document.getElementById(id); });
    var self = this;
    form.addEventListener('submit', function (ev) { ev.preventDefault(); onChange(self.value(), true); });
    form.addEventListener('reset', function () {
      setTimeout(function () { onChange(self.value(), true); }, 0);
    });
    this.fields.slice(1).forEach(function (f) {
      f.addEventListener('change', function () { onChange(self.value(), false); });
    });
    // search as you type: each keystroke answers at once (the files a word needs start loading with its
    // first two letters); a newer keystroke makes an older answer stale (see ``seq``)
    this.fields[0].addEventListener('input', function () { onChange(self.value(), false); });
    var params = new URLSearchParams(location.hash.slice(1));
    this.fields.forEach(function (f) { if (params.get(f.id)) f.value = params.get(f.id); });
  }
  Finder.prototype.value = function () {
    var v = {};
    this.fields.forEach(function (f) { v[f.id] = f.value; });
    v.q = v.q.trim();
    return v;
  };
  Finder.prototype.remember = function (v) {
    var params = new URLSearchParams();
    Object.keys(v).forEach(function (k) { if (v[k]) params.set(k, v[k]); });
    var hash = params.toString();
    if (history.replaceState) history.replaceState(null, '', hash ? '#' + hash : location.pathname);
  };

  function status(text) { document.getElementById('status').textContent = text; }

  function describe(meta, v) {
    var parts = [];
    if (v.kind) meta.kinds.forEach(function (k) { if (k.code === v.kind) parts.push(k.label); });
    if (v.category) meta.categories.forEach(function (c) { if (c.code === v.category) parts.push(c.label); });
    if (v.principle) parts.push(t('principle', 'principle %1', (meta.principle_labels || {})[v.principle] || v.principle));
    return parts.length ? ' (' + parts.join(', ') + ')' : '';
  }

  /* Which assets the form selects: {indices, near?} */
  function select(data, v) {
    if (!v.q) return Promise.resolve({indices: data.filter({kind: v.kind, category: v.category,
                                                             principle: v.principle})});
    return data.search(v.q).then(function (r) {
      if (r.near !== undefined) {
        var all = data.filter({kind: v.kind, category: v.category, principle: v.principle});
        return {near: r.near, postcode: r.postcode, indices: all};
      }
      return {indices: data.filter({kind: v.kind, category: v.category, principle: v.principle,
                                    only: r.indices})};
    });
  }

  /* ---------------- the map page ---------------- */
  var PALETTE = ['#f7f7f7', '#deebf7', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

  function startMap(meta) {
    var data = new Data(meta);
    var map = NM.map = L.map('map', {preferCanvas: true, keyboard: true, zoomSnap: 0.5});
    map.attributionControl.addAttribution(t('attribution', 'Boundaries \u00a9 Data For Action, \u00a9 OpenStreetMap contributors'));
    if (meta.bounds) map.fitBounds(meta.bounds); else map.setView([53.38, -1.47], 12);
    var renderer = L.canvas({padding: 0.3, tolerance: 4});
    var layer = L.layerGroup().addTo(map);
    var index = null, shown = [], builtFor = null;

    function build(indices, key) {
      if (key !== undefined && key === builtFor) return;
      builtFor = key;
      var features = [];
      indices.forEach(function (i) {
        if (data.located[i]) features.push({type: 'Feature', properties: {i: i},
          geometry: {type: 'Point', coordinates: [data.lon[i], data.lat[i]]}});
      });
      index = new Supercluster({radius: 50, maxZoom: 14, minPoints: 3}).load(features);
      shown = indices;
    }

    function popup(i, latlng) {
      data.rows([i], true).then(function (rows) {
        var r = rows[0], box = el('div', 'popup');
        var a = el('a', null, r.name || '(unnamed)');
        a.href = assetHref(r.id);
        box.appendChild(a);
        var cat = meta.categories[data.p.c[i]];
        if (cat) box.appendChild(el('div', 'muted', cat.label));
        L.popup().setLatLng(latlng).setContent(box).openOn(map);
      });
    }

    function draw() {
      layer.clearLayers();
      if (!index) return;
      var b = map.getBounds(), z = Math.round(map.getZoom());
      var clusters = index.getClusters([b.getWest(), Math.max(-85, b.getSouth()), b.getEast(),
                                        Math.min(85, b.getNorth())], z);
      clusters.forEach(function (f) {
        var ll = [f.geometry.coordinates[1], f.geometry.coordinates[0]];
        if (f.properties.cluster) {
          var count = f.properties.point_count, div = el('div', 'cluster', count >= 1000 ?
            Math.round(count / 100) / 10 + 'k' : count);
          var size = count < 100 ? 34 : count < 1000 ? 42 : 50;
          var m = L.marker(ll, {icon: L.divIcon({html: div, className: 'cluster-icon', iconSize: [size, size]}),
                                keyboard: true, title: t('zoom', '%1 assets: zoom in', count)});
          m.on('click', function () {  // Enter on a focused marker is a click in Leaflet
            map.setView(ll, Math.min(index.getClusterExpansionZoom(f.properties.cluster_id), 18));
          });
          layer.addLayer(m);
        } else {
          var i = f.properties.i, kind = meta.kinds[data.p.k[i]];
          var c = L.circleMarker(ll, {renderer: renderer, radius: 6, weight: 1, color: '#1b1b1b',
                                      fillColor: kind ? kind.colour : '#666666', fillOpacity: 0.9});
          c.on('click', function () { popup(i, ll); });
          layer.addLayer(c);
        }
      });
    }

    var results = document.getElementById('results');
    var seq = 0, mapTimer = null, mapDone = null;
    function apply(v, submitted) {
      var mine = ++seq, t0 = performance.now();
      return select(data, v).then(function (sel) {
        if (mine !== seq) return null;
        var list = sel.near ? data.nearest(sel.indices, sel.near[0], sel.near[1], 20) :
          (v.q && sel.near !== null ? sel.indices.slice(0, 20).map(function (i) { return {i: i}; }) : []);
        return data.rows(list.map(function (r) { return r.i; }), !!sel.near).then(function (rows) {
          if (mine !== seq) return null;
          results.textContent = '';
          rows.forEach(function (r, n) {
            var li = el('li'), a = el('a', null, r.name || t('unnamed', '(unnamed)'));
            a.href = assetHref(r.id);
            li.appendChild(a);
            var cat = meta.categories[data.p.c[r.i]], extra = [];
            if (cat) extra.push(cat.label);
            if (r.postcode) extra.push(r.postcode);
            if (list[n].metres !== undefined) extra.push(t('away', '%1 m away', Math.round(list[n].metres)));
            li.appendChild(el('span', 'muted', ' ' + extra.join(', ')));
            results.appendChild(li);
          });
          var what = describe(meta, v);
          if (sel.near === null) status(t('unknown_postcode', 'Postcode %1 is not known here.', v.q));
          else if (sel.near) status(t('nearest_shown', 'Nearest assets to %1%2: %3 shown.', sel.postcode, what, rows.length));
          else if (v.q) status(sel.indices.length > 20 ?
            t('match_first', '%1 assets match \u201c%2\u201d%3; the first 20 are listed.', sel.indices.length, v.q, what) :
            t('match', '%1 assets match \u201c%2\u201d%3.', sel.indices.length, v.q, what));
          else status(t('on_map', '%1 assets on the map%2.', sel.indices.length, what));
          Finder.prototype.remember(v);
          NM.lastSearchMs = performance.now() - t0;
          NM.answeredAt = performance.now();
          NM.answeredFor = v.q;
          if (submitted && rows.length) results.querySelector('a').focus();
          // The map follows once the answer is on screen and typing has paused (re-clustering many points
          // takes longer than a keystroke).
          clearTimeout(mapTimer);
          if (mapDone) mapDone();  // a newer answer replaces the map update still waiting
          NM.mapUpdated = new Promise(function (done) {
            mapDone = done;
            mapTimer = setTimeout(function () {
              mapDone = null;
              if (mine === seq) {
                build(sel.indices, [v.kind, v.category, v.principle, sel.near !== undefined ? '' : v.q].join('\u0000'));
                if (sel.near) map.setView([sel.near[1], sel.near[0]], 15);
                else if (v.q && sel.indices.length) fitTo(sel.indices.slice(0, 500));
                draw();
                NM.lastMapMs = performance.now() - t0;
              }
              done();
            }, submitted ? 0 : 250);
          });
          return sel;
        });
      });
    }

    function fitTo(indices) {
      var pts = [];
      indices.forEach(function (i) { if (data.located[i]) pts.push([data.lat[i], data.lon[i]]); });
      if (pts.length) map.fitBounds(L.latLngBounds(pts), {maxZoom: 16, padding: [20, 20]});
    }

    map.on('moveend', draw);
    var finder = null;
    NM.search = function (q) {
      document.getElementById('q').value = q;
      return apply(finder.value(), false);
    };
    NM.t = {};
    data.points().then(function () {
      NM.t.points = performance.now();
      finder = new Finder(apply);
      var v = finder.value();
      if (v.q || v.kind || v.category || v.principle) return apply(v, false).then(function () {
        return NM.mapUpdated;
      });
      build(data.filter({kind: '', category: '', principle: ''}), ['', '', '', ''].join('\u0000'));
      return null;
    }).then(function () {
      NM.t.built = performance.now();
      draw();
      if (!finder.value().q) status(t('on_map', '%1 assets on the map%2.', shown.length, ''));
      NM.readyAt = performance.now();
      document.documentElement.setAttribute('data-ready', '1');
      setTimeout(function () { shading(map, meta); }, 0);
    }).catch(function (err) { status(t('map_failed', 'The map data could not be loaded (%1).', err.message)); });
  }

  function shading(map, meta) {
    var select = document.getElementById('shade'), legend = document.getElementById('legend');
    var outline = null, areas = null;
    load('data/areas.js', 'areas').then(function (a) {
      areas = a;
      outline = L.geoJSON(a, {style: style, onEachFeature: function (f, lyr) {
        lyr.on('click', function (ev) {
          var box = el('div', 'popup'), link = el('a', null, f.properties.name);
          link.href = ROOT + 'n/' + f.properties.id + '.html';
          box.appendChild(link);
          var code = select.value;
          if (code) box.appendChild(el('div', 'muted', areas.indicators[code].label + ': ' +
                                        areas.indicators[code].value[a.features.indexOf(f)]));
          L.popup().setLatLng(ev.latlng).setContent(box).openOn(map);
        });
      }}).addTo(map);
      outline.bringToBack();
      select.addEventListener('change', restyle);
      restyle();
    });
    function style(f) {
      var code = select.value;
      if (!code || !areas) return {color: '#555555', weight: 1, fill: true, fillOpacity: 0, interactive: true};
      var band = areas.indicators[code].band[areas.features.indexOf(f)];
      return {color: '#555555', weight: 1, fillColor: PALETTE[Math.min(band, PALETTE.length - 1)],
              fillOpacity: 0.65};
    }
    function restyle() {
      outline.setStyle(style);
      legend.textContent = '';
      var code = select.value;
      if (!code) return;
      var ind = areas.indicators[code];
      legend.appendChild(el('p', 'legend-title', ind.label));
      var ul = el('ul');
      ind.legend.forEach(function (label, band) {
        var li = el('li'), sw = el('span', 'swatch');
        sw.style.background = PALETTE[Math.min(band, PALETTE.length - 1)];
        sw.setAttribute('aria-hidden', 'true');
        li.appendChild(sw);
        li.appendChild(el('span', null, label));
        ul.appendChild(li);
      });
      legend.appendChild(ul);
    }
  }

  /* ---------------- the list page ---------------- */
  function startList(meta) {
    var data = new Data(meta), PAGE = 50, current = [], page = 0, near = false;
    var tbody = document.querySelector('#list tbody'), caption = document.getElementById('list-caption');
    var prev = document.getElementById('prev'), next = document.getElementById('next');
    var pageOf = document.getElementById('page-of');
    var seq = 0;

    function show(mine) {
      var pages = Math.max(1, Math.ceil(current.length / PAGE));
      var slice = current.slice(page * PAGE, page * PAGE + PAGE);
      return data.rows(slice, near).then(function (rows) {
        if (mine !== seq) return;
        tbody.textContent = '';
        rows.forEach(function (r) {
          var tr = el('tr'), th = el('th'), a = el('a', null, r.name || t('unnamed', '(unnamed)'));
          th.scope = 'row';
          a.href = assetHref(r.id);
          th.appendChild(a);
          tr.appendChild(th);
          var kind = meta.kinds[data.p.k[r.i]], cat = meta.categories[data.p.c[r.i]],
            hood = meta.hoods[data.p.n[r.i]];
          [kind ? kind.label : '', cat ? cat.label : '', hood ? hood.name : '', r.postcode]
            .forEach(function (t) { tr.appendChild(el('td', null, t)); });
          tbody.appendChild(tr);
        });
        pageOf.textContent = t('page_of', 'Page %1 of %2', page + 1, pages);
        caption.textContent = t('caption', '%1 assets, page %2 of %3', current.length, page + 1, pages);
        prev.disabled = page === 0;
        next.disabled = page >= pages - 1;
        NM.readyAt = NM.readyAt || performance.now();
        document.documentElement.setAttribute('data-ready', '1');
      });
    }

    function apply(v) {
      var mine = ++seq, t0 = performance.now();
      return select(data, v).then(function (sel) {
        if (mine !== seq) return null;
        near = !!sel.near;
        current = sel.near ? data.nearest(sel.indices, sel.near[0], sel.near[1], 200)
          .map(function (r) { return r.i; }) : sel.near === null ? [] : sel.indices;
        page = 0;
        return show(mine).then(function () {
          var what = describe(meta, v);
          if (sel.near === null) status(t('unknown_postcode', 'Postcode %1 is not known here.', v.q));
          else if (sel.near) status(t('nearest_first', 'Assets nearest to %1%2, nearest first.', sel.postcode, what));
          else if (v.q) status(t('match', '%1 assets match \u201c%2\u201d%3.', current.length, v.q, what));
          else status(t('listed', '%1 assets%2.', current.length, what));
          Finder.prototype.remember(v);
          NM.lastSearchMs = performance.now() - t0;
        });
      });
    }
    prev.addEventListener('click', function () { if (page > 0) { page--; show(seq); } });
    next.addEventListener('click', function () {
      if ((page + 1) * PAGE < current.length) { page++; show(seq); }
    });
    var finder;
    NM.search = function (q) { document.getElementById('q').value = q; return apply(finder.value()); };
    data.points().then(function () {
      finder = new Finder(function (v) { return apply(v); });
      return apply(finder.value());
    }).catch(function (err) { status(t('list_failed', 'The list could not be loaded (%1).', err.message)); });
  }

  /* ---------------- an asset's page: a small map with one marker ---------------- */
  function startAsset(page) {
    var map = L.map('mini', {keyboard: true, zoomControl: true, attributionControl: true});
    map.attributionControl.setPrefix('Leaflet');
    map.setView([page.place.lat, page.place.lon], 16);
    L.circleMarker([page.place.lat, page.place.lon], {radius: 8, weight: 2, color: '#1b1b1b',
                                                      fillColor: page.place.colour, fillOpacity: 0.9}).addTo(map);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-print]'), function (b) {
      b.addEventListener('click', function () { window.print(); });
    });
    var page = pageData();
    if (!page) return;
    WORDS = page.words || {};
    if (page.mode === 'map') startMap(page);
    else if (page.mode === 'list') startList(page);
    else if (page.mode === 'asset' && page.place) startAsset(page);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
