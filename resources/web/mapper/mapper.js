/* Neighbourhood Mapper's map: fills the Folium-made layer groups with data, draws the clusters and assets
   of each view on one canvas (the window's page asks the app for every view; a one-file export clusters its
   own points with Supercluster), and talks to the app through QWebChannel (when there is one).
   Every name and description is put into the page with textContent: never as HTML. */
(function () {
  'use strict';

  var App = {errors: [], ready: false, drawn: 0, selected: null, wards: 0};

  /* An animated pan (the keyboard's arrows, panBy, a drag's glide) moves the map by whole pixels: between its
     first and last frame Leaflet puts the map at fractional offsets, and a layer at a fractional offset is
     resampled by Chromium's software compositor on every frame, which made a pan's frames about three times
     as long (docs/performance.md, "The map"). A pixel is less than any eye follows at 60 frames a second. */
  var runFrame = L.PosAnimation.prototype._runFrame;
  L.PosAnimation.prototype._runFrame = function (progress) { return runFrame.call(this, progress, true); };
  window.MapperApp = App;
  window.addEventListener('error', function (e) { App.errors.push(String(e.message)); });

  var map, groups, control, config;
  var source = null;          // where views come from: the app (server-side clusters) or an export's points
  var known = {};             // id -> {name, kind, lon, lat}: assets the page has seen on their own
  var knownCount = 0;
  var views = {seq: 0, total: 0};
  var hoodLayers = {};        // neighbourhood id -> polygon layer
  var highlighted = null, drag = null;
  var MAX_ZOOM = 19;          // the map's last zoom: every asset on its own there
  var PAD = 0.15;             // a view asks for a little more on each side (as far as the canvas reaches)
  App.views = 0;              // views drawn (tests and the benchmark wait on it)
  App.viewMs = null;          // the last view: from asking to drawn

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
      node.dir = 'auto';  // each text keeps its own direction (an English name on an Urdu page)
    }
    return node;
  }

  /* For the few Leaflet options that take HTML (layer control names, attributions): text made inert. */
  function htmlText(text) {
    return String(text === undefined || text === null ? '' : text).replace(/&/g, '&amp;').replace(/</g, '&lt;')
      .replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }
  /* The page's own words, in the window's language (config.strings: JSON from the app, never HTML). */
  function T(key) { return (config.strings && config.strings[key]) || key; }

  function load(key, url) {
    if (config.inline) { return Promise.resolve(readJson('data-' + key)); }
    if (!url) { return Promise.resolve(null); }
    return fetch(url).then(function (r) { return r.ok ? r.json() : null; });
  }

  function colour(k) {
    var kinds = config.kinds;
    return k < kinds.length ? kinds[k].colour : '#666666';
  }

  // ---- assets ------------------------------------------------------------------------------------
  // A view is {total, clusters: {lon, lat, count, zoom}, singles: {ids, names, kind, lon, lat}}: what the
  // map shows in one box at one zoom. The window's page asks the app for it (the app keeps the cluster
  // index: 1,000,000 assets never travel to the page); a one-file export clusters its own points.

  function remember(id, name, kind, lon, lat) {
    if (knownCount > 20000) { known = {}; knownCount = 0; }  // only what was seen lately
    if (!known[id]) { knownCount++; }
    known[id] = {name: name, kind: kind, lon: lon, lat: lat};
  }

  function appSource() {
    return {view: function (box, z) {
      var url = config.viewUrl.replace('{z}', String(z)).replace('{w}', box[0].toFixed(6))
        .replace('{s}', box[1].toFixed(6)).replace('{e}', box[2].toFixed(6)).replace('{n}', box[3].toFixed(6));
      return fetch(url).then(function (r) { return r.ok ? r.json() : null; });
    }, find: function () { return null; }};
  }

  /* The export's points (every published asset in the page), clustered by Supercluster. */
  function pageSource(data) {
    var n = data.ids.length, features = [], pos = {};
    for (var i = 0; i < n; i++) {
      pos[data.ids[i]] = i;
      features.push({type: 'Feature', properties: {i: i},
                     geometry: {type: 'Point', coordinates: [data.lon[i], data.lat[i]]}});
    }
    var index = new Supercluster({radius: 50, maxZoom: 16, minPoints: 3}).load(features);
    return {
      view: function (box, z) {
        var v = {total: n, clusters: {lon: [], lat: [], count: [], zoom: []},
                 singles: {ids: [], names: [], kind: [], lon: [], lat: []}};
        index.getClusters(box, z).forEach(function (c) {
          var xy = c.geometry.coordinates;
          if (c.properties.cluster) {
            v.clusters.lon.push(xy[0]); v.clusters.lat.push(xy[1]); v.clusters.count.push(c.properties.point_count);
            v.clusters.zoom.push(index.getClusterExpansionZoom(c.properties.cluster_id));
          } else {
            var j = c.properties.i;
            v.singles.ids.push(data.ids[j]); v.singles.names.push(data.names[j]); v.singles.kind.push(data.kind[j]);
            v.singles.lon.push(xy[0]); v.singles.lat.push(xy[1]);
          }
        });
        return Promise.resolve(v);
      },
      find: function (id) {
        var j = pos[id];
        return j === undefined ? null : {name: data.names[j], kind: data.kind[j], lon: data.lon[j], lat: data.lat[j]};
      }
    };
  }

  function lookup(id) { return known[id] || (source && source.find(id)) || null; }

  /* Every cluster and single asset of the view, and the boundaries under them, on ONE canvas (dots.js: no
     DOM node or Leaflet layer per asset, and one layer for the compositor). The map's own mouse events are
     hit-tested against what was drawn. */
  var DOT = MapperDots.DOT;
  var dots = MapperDots.create({pane: 'nmAssets', colour: colour, selected: selectedAt,
                                viewComing: function () { return !!source && !drag; }});
  function selectedAt() {  // where the selection ring goes (with the asset while it is dragged)
    var sel = App.selected && lookup(App.selected), moved = dots.moved;
    if (!sel) { return null; }
    return moved && moved.item.id === App.selected ? {lat: moved.latlng.lat, lon: moved.latlng.lng} : sel;
  }
  /* The "Assets" overlay of the layer control: shows or hides the assets on the shared canvas. */
  var assetsLayer = L.Layer.extend({
    onAdd: function () { dots.show(true); }, onRemove: function () { dots.show(false); }
  });

  function clusterItem(lon, lat, count, zoom) {
    var text = count < 1000 ? String(count) : (count < 10000 ? (count / 1000).toFixed(1) + 'k'
                                                             : Math.round(count / 1000) + 'k');
    return {lon: lon, lat: lat, count: count, zoom: zoom, text: text,
            r: Math.round(Math.min(50, 22 + Math.log(count) * 4)) / 2};
  }

  function zoomInto(it) {
    map.setView([it.lat, it.lon], Math.min(Math.max(it.zoom, map.getZoom() + 1), MAX_ZOOM));
  }

  /* The view's box: the map's bounds and a margin, inside the web map's world. */
  function viewBox() {
    var b = map.getBounds().pad(PAD);
    return [Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()),
            Math.min(85, b.getNorth())];
  }

  function draw(v) {
    var t0 = performance.now(), items = [], drawn = 0, c = v.clusters, s = v.singles, k;
    for (k = 0; k < c.count.length; k++) {
      items.push(clusterItem(c.lon[k], c.lat[k], c.count[k], c.zoom[k]));
      drawn += c.count[k];
    }
    for (k = 0; k < s.ids.length; k++) {
      remember(s.ids[k], s.names[k], s.kind[k], s.lon[k], s.lat[k]);
      items.push({id: s.ids[k], name: s.names[k], kind: s.kind[k], lon: s.lon[k], lat: s.lat[k]});
      drawn += 1;
    }
    views.total = v.total;
    App.drawn = drawn;
    App.clusters = c.count.length;
    dots.set(items);
    App.drawMs = performance.now() - t0;
  }

  /* Ask for the view the map shows now and draw it (answers to older requests are dropped). */
  function render() {
    if (!source || drag) { return Promise.resolve(null); }
    var seq = ++views.seq, box = viewBox(), t0 = performance.now();
    if (box[0] >= box[2] || box[1] >= box[3]) { box = [0, 0, 0.000001, 0.000001]; }  // off the world
    views.promise = source.view(box, map.getZoom()).then(function (v) {
      if (seq !== views.seq) { return views.promise; }  // a newer view is on its way: that one counts
      if (!v || drag) { return null; }
      draw(v);
      App.viewMs = performance.now() - t0;
      App.views += 1;
      return v;
    }).catch(function (err) { App.errors.push(String(err)); console.error('map view failed: ' + err); });
    return views.promise;
  }

  // ---- the mouse on the assets: a name under the pointer, click to select or zoom in, drag to move ----
  var tip = null, clickedItem = false;

  function onMouseMove(e) {
    if (drag) { onDragMove(e); return; }
    var it = dots.at(e.containerPoint);
    map.getContainer().classList.toggle('nm-over-asset', !!it);
    if (!it) { if (tip && map.hasLayer(tip)) { map.closeTooltip(tip); } return; }
    tip = tip || L.tooltip({direction: 'top', offset: [0, -(DOT + 2)], className: 'nm-asset-tip'});
    var text = it.count ? it.count + ': ' + T('cluster') : it.name;
    tip.setLatLng([it.lat, it.lon]).setContent(el('span', 'nm-name', text));  // text, never HTML
    if (!map.hasLayer(tip)) { tip.openOn(map); }
  }

  function onMouseDown(e) {
    var it = dots.at(e.containerPoint);
    if (!it || it.count || !config.editable || !App.bridge) { return; }
    map.dragging.disable();  // the asset moves, not the map (Leaflet's own handler is not called now)
    L.DomEvent.preventDefault(e.originalEvent);
    drag = {item: it, start: e.containerPoint, moved: false};
    map.once('mouseup', onDragEnd);
  }

  function onDragMove(e) {
    if (!drag.moved && e.containerPoint.distanceTo(drag.start) < 4) { return; }
    drag.moved = true;
    dots.moved = {item: drag.item, latlng: e.latlng};
    dots.redraw();
  }

  function onDragEnd(e) {
    var d = drag;
    drag = null;
    map.dragging.enable();
    if (!d || !d.moved) { return; }
    clickedItem = true;  // the click that ends a drag is not a click on the map
    var ll = e && e.latlng ? e.latlng : dots.moved.latlng;
    dots.moved = null;
    App.moveLocal(d.item.id, ll.lng, ll.lat);
    if (App.bridge) { App.bridge.onAssetMoved(d.item.id, ll.lng, ll.lat); }
  }

  function onClick(e) {
    if (clickedItem) { clickedItem = false; return; }
    var it = dots.at(e.containerPoint);
    if (it && it.count) { zoomInto(it); return; }
    if (it) { App.select(it.id, true); return; }
    if (App.bridge && config.editable) { App.bridge.onMapClicked(e.latlng.lng, e.latlng.lat); }
  }

  /* Dropped here: shown here until the app says where it is (the window records the move, or refuses it). */
  App.moveLocal = function (id, lon, lat) {
    var k = lookup(id);
    if (!k) { return; }
    remember(id, k.name, k.kind, lon, lat);
    dots.items.forEach(function (it) { if (it.id === id) { it.lon = lon; it.lat = lat; } });
    dots.redraw();
  };

  /* One asset added, changed or moved (item.lon === null: no longer on the map). The app's index already
     has the change: the view is asked for again. */
  App.upsert = function (item) {
    if (item.lon === null) {
      if (known[item.id]) { delete known[item.id]; knownCount--; }
    } else {
      remember(item.id, item.name, item.kind, item.lon, item.lat);
    }
    if (App.popupId() === item.id) {  // an open popup follows its record (edited, moved or taken off the map)
      if (item.lon === null) { map.closePopup(); } else { App.showDetails(item.id, false); }
    }
    return render();
  };

  App.remove = function (id) {
    if (known[id]) { delete known[id]; knownCount--; }
    if (App.popupId() === id) { map.closePopup(); }  // its record is gone: so is its popup
    if (App.selected === id) { App.select(null); }
    return render();
  };

  App.setEditable = function (on) { config.editable = !!on; return config.editable; };

  App.assetCount = function () { return views.total; };

  App.drawnCount = function () { return App.drawn; };

  App.paints = function () { return dots.paints; };  // the map canvas painted whole (tests)
  App.strips = function () { return dots.strips; };  // ... or only what a pan uncovered
  App.canvasOpaque = function () { return dots.opaque && !dots._ctx.getContextAttributes().alpha; };

  /* What the view shows, with container points (tests click on them as a person would). */
  App.shown = function () {
    return dots.items.map(function (it) {
      var p = map.layerPointToContainerPoint([it.x, it.y]);
      return {id: it.id || null, count: it.count || 1, x: p.x, y: p.y};
    });
  };

  /* An asset's place and where it is on screen, when the page knows it (drawn alone, edited, or chosen). */
  App.where = function (id) {
    var k = lookup(id);
    if (!k) { return null; }
    var p = map.latLngToContainerPoint([k.lat, k.lon]);
    return {x: p.x, y: p.y, lon: k.lon, lat: k.lat};
  };

  function ring() { dots.redraw(); }  // the selection ring is drawn with the assets

  App.select = function (id, fromMap, byKeyboard) {
    App.selected = id;
    ring();
    if (!id) { return; }
    App.showDetails(id, byKeyboard);
    if (fromMap && App.bridge) { App.bridge.onAssetClicked(id); }
  };

  /* Chosen in the window's list: the app sends the asset's place with it (it may be inside a cluster). */
  App.flyTo = function (id, item) {
    if (item && item.lon !== null && item.lon !== undefined) { remember(id, item.name, item.kind, item.lon, item.lat); }
    var k = lookup(id);
    if (!k) { return false; }
    App.selected = id;
    ring(id);
    if (App.popupId() !== id) { map.closePopup(); }
    map.flyTo([k.lat, k.lon], Math.max(map.getZoom(), 17), {duration: 0.6});
    // the popup opens where the flight ends, so that Leaflet's autoPan can fit it into the map
    map.once('moveend', function () { if (App.selected === id) { App.showDetails(id); } });
    return true;
  };

  // ---- popups: text only ------------------------------------------------------------------------
  var LABELS = ['category', 'status', 'address', 'postcode', 'opening_times', 'cost', 'audience', 'website'];

  function detailsNode(name, d) {
    var box = el('div', 'nm-popup');
    box.appendChild(el('div', 'nm-popup-title', (d && d.name) || name));
    if (d && d.description) { box.appendChild(el('div', 'nm-popup-desc', d.description)); }
    if (d) {
      var dl = el('dl');
      LABELS.forEach(function (key) {
        if (d[key]) { dl.appendChild(el('dt', null, T(key))); dl.appendChild(el('dd', null, d[key])); }
      });
      box.appendChild(dl);
    }
    return box;
  }

  /* A popup is a card of one width: 300 pixels, or the map's width less a margin when the map is narrower
     (Leaflet sizes a popup by its content without wrapping, and text that may wrap anywhere would shrink it
     to a strip that breaks every word). Never taller than most of the map: long text scrolls inside. */
  function popupOptions() {
    var size = map.getSize();
    var width = Math.max(120, Math.min(300, size.x - 60));
    return {offset: [0, -4], autoPan: true, autoPanPadding: [12, 12], minWidth: width,
            maxWidth: width, maxHeight: Math.max(100, Math.min(320, size.y - 110)),
            className: 'nm-popup-wrap'};
  }

  var openPopup = null;  // the asset popup on the map (tracked from popupopen/popupclose)
  App.popupId = function () { return openPopup ? openPopup.nmId : null; };

  function fetchDetails(id) {
    if (config.inline) { return load('details', null).then(function (all) { return all ? all[id] : null; }); }
    return fetch(config.detailsUrl.replace('{id}', encodeURIComponent(id)))
      .then(function (r) { return r.ok ? r.json() : null; });
  }

  App.showDetails = function (id, byKeyboard) {
    var k = lookup(id);
    if (!k) {  // not drawn on its own here (inside a cluster): its details say where it is
      return fetchDetails(id).then(function (d) {
        if (!d || !d.at || App.selected !== id) { return null; }
        remember(id, d.name, undefined, d.at[0], d.at[1]);
        ring(id);
        return App.showDetails(id, byKeyboard);
      });
    }
    var popup = L.popup(popupOptions()).setLatLng([k.lat, k.lon]).setContent(detailsNode(k.name, null));
    popup.nmId = id;
    popup.nmKeyboard = !!byKeyboard;
    popup.openOn(map);
    return fetchDetails(id).then(function (d) {
      if (d && App.selected === id && map.hasLayer(popup)) { popup.setContent(detailsNode(k.name, d)); }
      return d;
    });
  };

  // ---- boundaries --------------------------------------------------------------------------------
  var HOOD = {color: '#2b5d7d', weight: 1.5, fillColor: '#9ec3d8', fillOpacity: 0.12};
  var HOOD_ON = {color: '#c0392b', weight: 4, fillColor: '#f5b7b1', fillOpacity: 0.2};
  var HOOD_DIM = {color: '#6b6b6b', weight: 1, fillColor: '#3d3d3d', fillOpacity: 0.45};

  /* A neighbourhood's name: Leaflet's permanent tooltip, centred on its point. Leaflet measures a tooltip
     (offsetWidth) every time it places one, and after the previous name was moved each measure is a style
     recalculation of the whole page: with 147 names that was 60-160 ms of the main thread at the start
     (zoomanim) and at the end (_onZoomTransitionEnd) of every zoom, the longest frames of a pan/zoom, with
     or without assets (docs/performance.md, "Pan/zoom frames, round 4"). A name keeps its size, read when a
     ResizeObserver reports it (after a layout the page does anyway: its first, the window's text size, the
     names shown or hidden), so placing it is only a write, at Leaflet's own pixel. */
  var nameSizes = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(function (entries) {
    var got = entries.map(function (e) { return [e.target._nmLabel, e.target.offsetWidth, e.target.offsetHeight]; });
    got.forEach(function (g) {  // every size read before any name is moved: one layout, not one per name
      if (!g[0]) { return; }
      g[0]._nmSize = L.point(g[1], g[2]);
      if (g[0]._map) { g[0]._updatePosition(); }
    });
  });
  App.nameSizes = !!nameSizes;
  var NameLabel = L.Tooltip.extend({
    onAdd: function (map) {
      L.Tooltip.prototype.onAdd.call(this, map);
      if (nameSizes) { this._container._nmLabel = this; nameSizes.observe(this._container); }
    },
    onRemove: function (map) {
      if (nameSizes && this._container) { nameSizes.unobserve(this._container); }
      this._nmSize = null;
      L.Tooltip.prototype.onRemove.call(this, map);
    },
    /* Leaflet's placing of a centred tooltip (Tooltip._setPosition), with the size it keeps instead of
       offsetWidth/offsetHeight; Leaflet's own until the first size is known. */
    _setPosition: function (pos) {
      var size = this._nmSize;
      if (!size || this.options.direction !== 'center') { L.Tooltip.prototype._setPosition.call(this, pos); return; }
      pos = pos.subtract(L.point(size.x / 2, size.y / 2, true)).add(L.point(this.options.offset)).add(this._getAnchor());
      L.DomUtil.setPosition(this._container, pos);
    }
  });
  App.namePlaces = function () {  // tests: each name's place and size as Leaflet would measure them now
    var out = [];
    groups.names.eachLayer(function (t) {
      var c = t.getElement(), p = c && c._leaflet_pos;
      if (p) { out.push({x: p.x, y: p.y, w: c.offsetWidth, h: c.offsetHeight, at: t._map.latLngToLayerPoint(t.getLatLng())}); }
    });
    return out;
  };

  function addNeighbourhoods(gj) {
    if (!gj) { return; }
    L.geoJSON(gj, {
      style: function (f) {
        return !highlighted ? HOOD : (f.properties.id === highlighted ? HOOD_ON : HOOD_DIM);
      },
      onEachFeature: function (f, layer) {
        hoodLayers[f.properties.id] = layer;
        layer.bindTooltip(el('span', 'nm-name', f.properties.name), {sticky: true});
        var c = layer.getBounds().getCenter();
        try { c = layer.getCenter(); } catch (err) { /* empty ring */ }
        groups.names.addLayer(new NameLabel({permanent: true, direction: 'center', className: 'nm-hood-label',
                                         interactive: false})
          .setLatLng(c).setContent(el('span', null, f.properties.name)));
      }
    }).addTo(groups.neighbourhoods);
  }

  function addWards(gj) {
    if (!gj) { return; }
    App.wards = gj.features.length;
    L.geoJSON(gj, {
      style: function () { return {color: '#6c3483', weight: 2.5, dashArray: '6 4', fill: false}; },
      onEachFeature: function (f, layer) { layer.bindTooltip(el('span', 'nm-name', f.properties.name), {sticky: true}); }
    }).addTo(groups.wards);
  }

  // The neighbourhood picker: the chosen one outlined and the map fitted to it, the others dimmed.
  App.highlight = function (id) {
    highlighted = id && hoodLayers[id] ? id : null;
    Object.keys(hoodLayers).forEach(function (key) {
      hoodLayers[key].setStyle(!highlighted ? HOOD : (key === highlighted ? HOOD_ON : HOOD_DIM));
    });
    if (highlighted) {
      var layer = hoodLayers[highlighted];
      layer.bringToFront();
      map.fitBounds(layer.getBounds(), {maxZoom: 16, padding: [12, 12], animate: false});
    }
    return highlighted;
  };

  App.hoodStyle = function (id) {
    var o = hoodLayers[id] ? hoodLayers[id].options : null;
    return o ? {color: o.color, fillColor: o.fillColor, fillOpacity: o.fillOpacity} : null;
  };

  App.highlighted = function () { return highlighted; };

  // ---- care needs (counts): the app's page only, never an export -------------------------------
  // Neighbourhoods shaded by PUBLISHED counts (suppressed below 10, rounded to 5), fetched only while the
  // layer is on and afresh on every refresh (the app asks again when care needs are locked or unlocked).
  var NEED_FILLS = ['url(#nm-needs-hatch)', '#f4f3ee', '#fdcc8a', '#fc8d59', '#e34a33', '#b30000'];
  var needs = {layer: null, category: null, seq: 0, legend: null, box: null, tip: null, renderer: null};
  App.needs = {on: false, loaded: false, locked: null, message: '', shaded: 0, labels: {}};

  function hatchDefs() {
    if (document.getElementById('nm-needs-hatch')) { return; }
    var NS = 'http://www.w3.org/2000/svg';
    function svgEl(tag, attrs) {
      var node = document.createElementNS(NS, tag);
      for (var k in attrs) { node.setAttribute(k, attrs[k]); }
      return node;
    }
    var svg = svgEl('svg', {width: '0', height: '0', 'aria-hidden': 'true', focusable: 'false'});
    svg.style.position = 'absolute';
    var pattern = svgEl('pattern', {id: 'nm-needs-hatch', patternUnits: 'userSpaceOnUse', width: '8',
                                    height: '8', patternTransform: 'rotate(45)'});
    pattern.appendChild(svgEl('rect', {width: '8', height: '8', fill: '#e4e4e4'}));
    pattern.appendChild(svgEl('rect', {width: '3', height: '8', fill: '#8c8c8c'}));
    var defs = svgEl('defs', {});
    defs.appendChild(pattern);
    svg.appendChild(defs);
    document.body.appendChild(svg);
  }

  function insideRings(latlngs, p) {
    // even-odd over every ring of a (multi)polygon: holes and separate parts come out right
    var inside = false;
    (function walk(a) {
      if (!a.length) { return; }
      if (!(a[0] instanceof L.LatLng)) { a.forEach(walk); return; }
      for (var i = 0, j = a.length - 1; i < a.length; j = i++) {
        var u = a[i], v = a[j];
        if ((u.lat > p.lat) !== (v.lat > p.lat) &&
            p.lng < (v.lng - u.lng) * (p.lat - u.lat) / (v.lat - u.lat) + u.lng) { inside = !inside; }
      }
    })(latlngs);
    return inside;
  }

  /* The published properties of the shaded neighbourhood at a point, or null. */
  App.needsAt = function (lat, lng) {
    if (!needs.layer) { return null; }
    var p = L.latLng(lat, lng), found = null;
    needs.layer.eachLayer(function (layer) {
      if (!found && layer.getBounds().contains(p) && insideRings(layer.getLatLngs(), p)) { found = layer.nmNeed; }
    });
    return found;
  };

  function needsText(props) { return props.name + ': ' + props.label; }

  function onNeedsMove(e) {
    var props = App.needsAt(e.latlng.lat, e.latlng.lng);
    if (!props) { closeNeedsTip(); return; }
    needs.tip.setLatLng(e.latlng).setContent(el('span', 'nm-name', needsText(props)));  // text, never HTML
    if (!map.hasLayer(needs.tip)) { needs.tip.openOn(map); }
  }

  function closeNeedsTip() { if (needs.tip && map.hasLayer(needs.tip)) { map.closeTooltip(needs.tip); } }

  function clearNeeds() {
    closeNeedsTip();
    if (needs.layer) { groups.needs.removeLayer(needs.layer); needs.layer = null; }
    App.needs.shaded = 0;
    App.needs.labels = {};
    App.needs.loaded = false;
  }

  function swatch(band) {
    var s = el('span', 'nm-swatch' + (band === 0 ? ' nm-swatch-hatch' : ''));
    if (band !== 0) { s.style.background = NEED_FILLS[band]; }
    return s;
  }

  function needsLegend(props) {
    var box = needs.box;
    if (!box) { return; }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!props) { box.appendChild(el('div', 'nm-needs-message', T('loading'))); return; }
    if (props.locked) { box.appendChild(el('div', 'nm-needs-message', props.message)); return; }
    var select = el('select', 'nm-needs-category');
    select.setAttribute('aria-label', T('needCategory'));
    select.appendChild(el('option', null, T('allNeeds')));
    select.options[0].value = '';
    (config.needCategories || []).forEach(function (c) {
      var option = el('option', null, c.label);
      option.value = c.code;
      select.appendChild(option);
    });
    select.value = needs.category || '';
    select.addEventListener('change', function () { needs.category = select.value || null; App.refreshNeeds(); });
    box.appendChild(select);
    (props.bands || []).forEach(function (text, band) {
      var row = el('div', 'nm-legend-row');
      row.appendChild(swatch(band));
      row.appendChild(el('span', null, text));
      box.appendChild(row);
    });
    box.appendChild(el('div', 'nm-needs-footnote', props.footnote));
  }

  function drawNeeds(gj) {
    var props = (gj && gj.properties) || {locked: true, message: T('needsFailed')};
    App.needs.loaded = true;
    App.needs.locked = !!props.locked;
    App.needs.message = props.message || '';
    App.needs.category = props.category || null;
    if (!props.locked) {
      needs.layer = L.geoJSON(gj, {
        pane: 'nmNeeds', renderer: needs.renderer, interactive: false,
        style: function (f) {
          var band = f.properties.band;
          return {color: '#5f5f5f', weight: 1, opacity: 0.8, fillColor: NEED_FILLS[band] || NEED_FILLS[0],
                  fillOpacity: band === 0 ? 0.85 : 0.75};
        },
        onEachFeature: function (f, layer) {
          layer.nmNeed = {id: f.properties.id, name: f.properties.name, label: f.properties.label,
                          band: f.properties.band};
          App.needs.labels[f.properties.id] = f.properties.label;
        }
      });
      groups.needs.addLayer(needs.layer);
      App.needs.shaded = needs.layer.getLayers().length;
    }
    needsLegend(props);
  }

  /* Ask the app again for the counts (after a lock, an unlock, a saved need or a new category). */
  App.refreshNeeds = function () {
    if (!groups || !groups.needs) { return Promise.resolve(null); }
    needs.seq += 1;
    var seq = needs.seq;
    clearNeeds();  // nothing stays on screen while asking again: a lock takes the counts off at once
    if (!map.hasLayer(groups.needs)) { App.needs.on = false; return Promise.resolve(null); }
    App.needs.on = true;
    needsLegend(null);
    var url = needs.category ? config.needsCategoryUrl.replace('{code}', encodeURIComponent(needs.category))
                             : config.needsUrl;
    return fetch(url + '?n=' + seq, {cache: 'no-store'})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (gj) {
        if (seq !== needs.seq) { return null; }  // a newer refresh is on its way
        drawNeeds(gj);
        return App.needs;
      })
      .catch(function (err) { App.errors.push(String(err)); console.error('care-need counts failed: ' + err); });
  };

  function setUpNeeds() {
    if (!groups.needs || !config.needsUrl) { return; }
    hatchDefs();
    map.createPane('nmNeeds');
    var pane = map.getPane('nmNeeds');
    pane.style.zIndex = 350;  // under the boundaries and the assets, which stay clickable
    pane.style.pointerEvents = 'none';
    needs.renderer = L.svg({pane: 'nmNeeds', padding: 0.3});
    needs.tip = L.tooltip({direction: 'top', offset: [0, -8], className: 'nm-needs-tip'});
    needs.legend = L.control({position: 'bottomleft'});
    needs.legend.onAdd = function () {
      var legend = collapsible('nm-legend nm-needs-legend leaflet-control', T('needsTitle'));
      L.DomEvent.disableClickPropagation(legend);  // choosing a category must not add an asset there
      L.DomEvent.disableScrollPropagation(legend);
      needs.box = legend.nmBody;
      return legend;
    };
    groups.needs.on('add', function () {
      needs.legend.addTo(map);
      map.on('mousemove', onNeedsMove);
      map.on('mouseout', closeNeedsTip);
      App.refreshNeeds();
    });
    groups.needs.on('remove', function () {
      needs.seq += 1;
      clearNeeds();
      App.needs.on = false;
      map.off('mousemove', onNeedsMove);
      map.off('mouseout', closeNeedsTip);
      needs.legend.remove();
      needs.box = null;
    });
  }

  // ---- controls ----------------------------------------------------------------------------------
  var kindsLegend = null;
  function addLegend() {
    var legend = kindsLegend = L.control({position: narrow() ? 'bottomleft' : 'bottomright'});
    legend.onAdd = function () {
      var legend = collapsible('nm-legend nm-kinds-legend leaflet-control', T('legendTitle'));
      var box = legend.nmBody;
      L.DomEvent.disableClickPropagation(legend);  // opening or closing it must not add an asset there
      config.kinds.forEach(function (k) {
        var row = el('div', 'nm-legend-row');
        var dot = el('span', 'nm-dot');
        dot.style.background = k.colour;
        row.appendChild(dot);
        row.appendChild(el('span', null, k.label));
        box.appendChild(row);
      });
      var row = el('div', 'nm-legend-row');
      var dot = el('span', 'nm-dot nm-dot-cluster');
      row.appendChild(dot);
      row.appendChild(el('span', null, T('cluster')));
      box.appendChild(row);
      return legend;
    };
    legend.addTo(map);
  }

  /* A legend that folds away (a native <details>: a button for the keyboard and screen readers too);
     closed from the start on a narrow map so the map stays visible. */
  function collapsible(cls, title, titleCls) {
    var box = el('details', cls);
    box.open = !narrow();
    box.appendChild(el('summary', titleCls || 'nm-legend-title', title));
    box.nmBody = box.appendChild(el('div', 'nm-legend-body'));
    return box;
  }

  var NARROW = 900;  // px: below this the controls start folded (a 1366 px window gives the map ~540)
  function narrow() { return map.getSize().x < NARROW; }

  /* The layer control folds to its button on a narrow map; Enter or a click opens it, Escape or a click
     on the map folds it again. */
  function fitControls() {
    var container = control.getContainer(), wasNarrow = narrow();
    // Leaflet re-expands a control whose option says "not collapsed" whenever a layer is added to it
    control.options.collapsed = wasNarrow;
    if (wasNarrow) { control.collapse(); } else { control.expand(); }
    map.on('resize', function () {  // the window's splitter moved: fold or unfold once the width crosses
      var now = narrow();
      if (now === wasNarrow) { return; }
      wasNarrow = now;
      control.options.collapsed = now;
      if (now) { control.collapse(); } else { control.expand(); }
      Array.prototype.forEach.call(document.querySelectorAll('details.nm-legend'), function (d) { d.open = !now; });
      stackControls();
    });
    container.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && narrow()) {
        control.collapse();
        var toggle = container.querySelector('.leaflet-control-layers-toggle');
        if (toggle) { toggle.focus(); }
        e.stopPropagation();
      }
    });
    map.on('click', function () { if (narrow()) { control.collapse(); } });
    var toggle = container.querySelector('.leaflet-control-layers-toggle');
    if (toggle) { toggle.setAttribute('aria-label', T('layers')); }
  }

  /* On a narrow map the legends and the hint stack in one corner, above the scale bar (large text
     would make them cover one another side by side); on a wide one the kinds legend has its own. */
  function stackControls() {
    var corner = narrow() ? 'bottomleft' : 'bottomright';
    if (kindsLegend && kindsLegend.getPosition() !== corner) { kindsLegend.setPosition(corner); }
  }

  function addNote(title, text) {  // the hint folds away like the legends (its title stays)
    var note = L.control({position: 'bottomleft'});
    note.onAdd = function () {
      var box = collapsible('nm-legend nm-note leaflet-control', title, 'nm-note-title');
      L.DomEvent.disableClickPropagation(box);  // opening or closing it must not add an asset there
      box.nmBody.textContent = text;
      return box;
    };
    note.addTo(map);
    App.note = text;
  }

  App.addBasemap = function (opts) {
    var tileOpts = {minNativeZoom: opts.minNativeZoom, maxNativeZoom: opts.maxNativeZoom, maxZoom: 19,
                    attribution: htmlText(opts.attribution)};
    if (opts.bounds) { tileOpts.bounds = opts.bounds; }
    var layer = L.tileLayer(opts.url, tileOpts);
    control.addBaseLayer(layer, htmlText(opts.name));
    layer.addTo(map);
    layer.bringToBack();
    var notes = document.getElementsByClassName('nm-note');
    while (notes.length) { notes[0].parentNode.removeChild(notes[0]); }
    map.getContainer().classList.add('nm-has-basemap');
    return true;
  };

  function updateNames() {
    var c = map.getContainer();
    if (map.getZoom() >= 13) { c.classList.remove('nm-names-hidden'); } else { c.classList.add('nm-names-hidden'); }
  }

  // ---- keyboard ----------------------------------------------------------------------------------
  // The map itself takes focus (Tab): arrows pan, + and - zoom (Leaflet); Enter opens the asset nearest
  // the centre (or zooms into the group there); in a popup, Escape closes it and focus returns to the map.
  var live = null;

  function say(text) { if (live) { live.textContent = ''; live.textContent = text; } App.said = text; }

  function nearestToCentre() {
    var c = map.containerPointToLayerPoint(map.getSize().divideBy(2)), best = null, bestD = 48;
    dots.items.forEach(function (it) {
      var d = Math.sqrt((it.x - c.x) * (it.x - c.x) + (it.y - c.y) * (it.y - c.y));
      if (d < bestD) { best = it; bestD = d; }
    });
    return best;
  }

  App.openNearest = function () {
    var m = nearestToCentre();
    if (!m) { say(T('noAssetNear')); return null; }
    if (m.count) {
      zoomInto(m);
      say(T('clusterZoomed').replace('%1', m.count));
      return 'cluster';
    }
    App.select(m.id, true, true);
    say(T('detailsOpen').replace('%1', m.name));
    return m.id;
  };

  function setUpKeyboard() {
    var container = map.getContainer();
    container.setAttribute('aria-label', T('mapKeys'));
    container.setAttribute('role', 'application');
    live = el('div', 'nm-live');
    live.setAttribute('aria-live', 'polite');
    live.setAttribute('role', 'status');
    document.body.appendChild(live);
    container.addEventListener('keydown', function (e) {
      if (e.target !== container || (e.key !== 'Enter' && e.key !== ' ')) { return; }
      e.preventDefault();
      App.openNearest();
    });
    map.on('popupopen', function (e) {
      openPopup = e.popup.nmId ? e.popup : null;
      var node = e.popup.getElement();
      node.setAttribute('role', 'dialog');
      node.setAttribute('aria-label', T('assetDetails'));
      var content = node.querySelector('.leaflet-popup-content');
      content.setAttribute('tabindex', '0');  // long text scrolls: the keyboard can reach and scroll it
      node.addEventListener('keydown', function (k) {
        if (k.key === 'Escape') { k.preventDefault(); k.stopPropagation(); map.closePopup(); }
      });
      node.addEventListener('focusin', function () { e.popup.nmHasFocus = true; });
      if (e.popup.nmKeyboard) { content.focus({preventScroll: true}); }
    });
    map.on('popupclose', function (e) {
      if (openPopup === e.popup) { openPopup = null; }
      // focus was in the popup (or it was opened from the keyboard): give it back to the map, not the page
      if (e.popup.nmHasFocus) { container.focus({preventScroll: true}); }
    });
  }

  // ---- start -------------------------------------------------------------------------------------
  function connectBridge() {
    if (!config.bridge || typeof QWebChannel === 'undefined' || typeof qt === 'undefined') {
      return Promise.resolve(null);
    }
    return new Promise(function (resolve) {
      new QWebChannel(qt.webChannelTransport, function (channel) {
        App.bridge = channel.objects.bridge;
        resolve(App.bridge);
      });
    });
  }

  /* The page's JSON data element ``nm-<key>`` (config and an export's inlined data), never run as code. */
  function readJson(key) {
    var node = document.getElementById('nm-' + key);
    return node ? JSON.parse(node.textContent) : null;
  }

  App.start = function (leafletMap, layerGroups, layerControl) {
    map = leafletMap; groups = layerGroups; control = layerControl; config = readJson('config');
    App.map = map;
    App.config = config;
    map.fitBounds(config.bounds);
    map.createPane('nmAssets').style.zIndex = 450;  // the one canvas: over the shadings, under tooltips, popups
    if (map.attributionControl) { map.attributionControl.setPrefix('Leaflet'); }  // text: no outside link
    map.options.renderer = dots;  // every vector layer (boundaries, wards) on the one canvas
    map.addLayer(dots);
    groups.assets.addLayer(new assetsLayer());
    fitControls();
    addLegend();
    setUpKeyboard();
    setUpNeeds();
    (config.basemaps || []).forEach(App.addBasemap);
    if (!(config.basemaps || []).length) {
      addNote(config.inline ? T('aboutMap') : T('noBasemapTitle'), config.inline ? T('publicNote') : T('noBasemap'));
    }
    map.on('zoomend', updateNames);
    updateNames();
    map.on('click', onClick);
    map.on('mousedown', onMouseDown);
    map.on('mousemove', onMouseMove);
    // wards are a reference layer, off at first: fetched the first time they are switched on
    var wardsLoaded = false;
    function loadWards() {
      if (wardsLoaded) { return; }
      wardsLoaded = true;
      load('wards', config.wardsUrl).then(addWards)
        .catch(function (err) { App.errors.push(String(err)); console.error('wards failed: ' + err); });
    }
    if (map.hasLayer(groups.wards)) { loadWards(); } else { groups.wards.once('add', loadWards); }
    var t0 = performance.now();
    // the boundaries are asked for first: the page draws them while the app answers the first view
    var hoods = load('neighbourhoods', config.neighbourhoodsUrl).then(addNeighbourhoods);
    var first = (config.inline ? load('assets', null) : Promise.resolve(null)).then(function (points) {
      source = config.inline ? pageSource(points || {ids: [], names: [], kind: [], lon: [], lat: []}) : appSource();
      map.on('moveend', render);
      return render();
    });
    Promise.all([first, hoods, connectBridge()])
      .then(function () {
        App.ready = true;
        App.readyMs = performance.now() - t0;
        document.body.setAttribute('data-nm-ready', '1');
        document.body.setAttribute('data-nm-assets', String(App.assetCount()));
        document.body.setAttribute('data-nm-drawn', String(App.drawn));
        if (App.bridge) { App.bridge.onReady(App.assetCount()); }
      })
      .catch(function (err) { App.errors.push(String(err)); console.error('map data failed: ' + err); });
  };
})();
