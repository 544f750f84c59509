/* Neighbourhood Mapper's one map canvas (mapper.js uses it): Leaflet's canvas renderer for the boundary
   layers (neighbourhoods, wards), with every cluster and single asset of the current view drawn on top of
   them in the SAME canvas. One canvas is one layer for Chromium's compositor and one bitmap to paint per
   move: the page used to have two (boundaries, assets), and compositing full-screen layers in software is
   the largest part of a pan/zoom frame (docs/performance.md, "The map"). During a pan or a zoom animation
   the canvas is only moved or scaled (Leaflet's renderer); it is painted again once the move has ended, and
   at most once per animation frame however many changes (a view, a selection, a drag) come in it.
   - A pan keeps the picture: the canvas moves its bitmap by the pan and paints only the strips the pan
     uncovered (when the zoom, the size and what is drawn where the two pictures overlap are the same).
   - Opaque when nothing is drawn under it (no basemap, no shading): painted on the map's own background
     colour, with the neighbourhoods' see-through fills mixed with that colour beforehand, so that neither
     the canvas nor Chromium's compositor blends them pixel by pixel.
   Nothing here is text from a record but the cluster counts (numbers, drawn with fillText). */
(function () {
  'use strict';

  var DOT = 6, HIT = 3;       // px: a single asset's radius, and the slack around it for the mouse
  var WAIT = 400;             // ms: the longest a moved canvas waits for its view before it is painted anyway
  var TAU = 2 * Math.PI;
  var WHITE = '#ffffff', RING = '#ffcc00';
  // A cluster is a disc of rgba(59, 110, 143, 0.88) in a 2 px white ring: painted as a white disc and the
  // disc's colour over white inside it (two opaque fills: a 2 px stroke and a see-through fill of a few
  // hundred circles cost several times as much to paint in software).
  var CLUSTER_FILL = 'rgb(83, 127, 156)', RING_WIDTH = 1;  // px each side of the circle
  var FONT = 'bold 11px "DejaVu Sans", "Segoe UI", Arial, sans-serif';

  /* "#rgb", "#rrggbb" or "rgb(r, g, b)" as [r, g, b], or null. */
  function rgb(colour) {
    var c = String(colour).trim(), m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(c);
    if (m) {
      var h = m[1].length === 3 ? m[1].replace(/(.)/g, '$1$1') : m[1];
      return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
    }
    m = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)\s*(?:,\s*1\s*)?\)$/.exec(c);
    return m ? [+m[1], +m[2], +m[3]] : null;
  }

  /* The parts of box ``b`` outside box ``old`` (same size, overlapping): at most two rectangles. */
  function uncovered(b, old) {
    var out = [], top = Math.max(b.min.y, old.min.y), bottom = Math.min(b.max.y, old.max.y);
    if (b.min.y < old.min.y) { out.push(L.bounds([b.min.x, b.min.y], [b.max.x, old.min.y])); }
    if (b.max.y > old.max.y) { out.push(L.bounds([b.min.x, old.max.y], [b.max.x, b.max.y])); }
    if (b.min.x < old.min.x) { out.push(L.bounds([b.min.x, top], [old.min.x, bottom])); }
    if (b.max.x > old.max.x) { out.push(L.bounds([old.max.x, top], [b.max.x, bottom])); }
    return out;
  }

  /* What is drawn inside a box (layer points): every cluster and asset whose circle reaches into it. */
  function drawnIn(items, box) {
    var out = [];
    for (var k = 0; k < items.length; k++) {
      var it = items[k], r = (it.count ? it.r + 1 : DOT + 1);
      if (it.x + r > box.min.x && it.x - r < box.max.x && it.y + r > box.min.y && it.y - r < box.max.y) {
        out.push((it.id || '') + '|' + (it.count || 0) + '|' + it.kind + '|' + it.x.toFixed(2) + '|' + it.y.toFixed(2));
      }
    }
    return out.sort().join(';');
  }

  var Dots = L.Canvas.extend({
    options: {padding: 0.1},

    /* options.colour(kind): a single asset's colour; options.selected(): {lat, lon} of the asset to ring, or
       null; options.viewComing(): whether the page asks for a new view when a move ends (then the canvas
       waits for it: see _moveEnd). */
    initialize: function (options) {
      L.Canvas.prototype.initialize.call(this, options);
      this.items = [];
      this.moved = null;      // {item, latlng}: an asset being dragged, drawn where the pointer is
      this.showing = true;    // the Assets overlay is on
      this.paints = 0;        // whole-canvas paints (tests count them)
      this.strips = 0;        // paints of only what a pan uncovered
      this.opaque = false;    // nothing is drawn under the canvas: it paints the map's background itself
      this._full = false;
      this._last = null;      // the picture on the canvas: where, at which zoom, and what was drawn
      this._mixed = {};
    },

    onAdd: function (map) {
      this.opaque = !this._below(map);
      L.Canvas.prototype.onAdd.call(this, map);
      map.on('layeradd layerremove', this._layersChanged, this);
    },

    onRemove: function (map) {
      map.off('layeradd layerremove', this._layersChanged, this);
      this._last = null;
      L.Canvas.prototype.onRemove.call(this, map);
    },

    /* Leaflet's canvas, with an opaque bitmap when nothing is under it. */
    _initContainer: function () {
      var container = this._container = document.createElement('canvas');
      L.DomEvent.on(container, 'mousemove', this._onMouseMove, this);
      L.DomEvent.on(container, 'click dblclick mousedown mouseup contextmenu', this._onClick, this);
      L.DomEvent.on(container, 'mouseout', this._handleMouseOut, this);
      container['_leaflet_disable_events'] = true;
      this._ctx = container.getContext('2d', {alpha: !this.opaque});
    },

    /* Whether anything may be drawn under the canvas: a pane below it (tiles, shadings) holding anything. */
    _below: function (map) {
      var panes = (map || this._map)._panes, own = this.getPane(), z = +getComputedStyle(own).zIndex || 0;
      for (var name in panes) {
        var pane = panes[name];
        if (pane !== own && !pane.contains(own) && pane.firstElementChild &&
            (+getComputedStyle(pane).zIndex || 0) < z) { return true; }
      }
      return false;
    },

    /* Looked at once per frame (a project's boundaries add a few hundred layers in one go). */
    _layersChanged: function () {
      if (this._belowRequest) { return; }
      this._belowRequest = L.Util.requestAnimFrame(function () {
        this._belowRequest = null;
        if (this._map && this._fitOpacity()) { this._full = true; this._redraw(); }
      }, this);
    },

    /* A basemap or a shading came or went: the canvas is replaced by one of the other kind (a bitmap's
       opacity is fixed when it is made), at the same place and size. True when it was replaced. */
    _fitOpacity: function () {
      var opaque = !this._below();
      if (opaque === this.opaque || !this._container) { return false; }
      this.opaque = opaque;
      var old = this._container;
      this._initContainer();
      L.DomUtil.addClass(this._container, 'leaflet-zoom-animated');
      var c = this._container, m = L.Browser.retina ? 2 : 1, b = this._bounds;
      c.width = old.width; c.height = old.height;
      c.style.width = old.style.width; c.style.height = old.style.height;
      c.style.transform = old.style.transform;
      c._leaflet_pos = old._leaflet_pos;
      old.parentNode.replaceChild(c, old);
      L.DomEvent.off(old);
      if (b) { this._ctx.setTransform(m, 0, 0, m, 0, 0); this._ctx.translate(-b.min.x, -b.min.y); }
      this._last = null;
      return true;
    },

    /* The map's background colour (mapper.css), which an opaque canvas paints under everything. */
    _background: function () {
      return getComputedStyle(this._map.getContainer()).backgroundColor;
    },

    /* ``colour`` at ``alpha`` over the background, as one opaque colour (null when it cannot be read). */
    _mix: function (colour, alpha) {
      var bg = this._background(), key = colour + ' ' + alpha + ' ' + bg;
      if (!(key in this._mixed)) {
        var a = rgb(colour), b = rgb(bg);
        this._mixed[key] = a && b ? 'rgb(' + [0, 1, 2].map(function (i) {
          return Math.round(a[i] * alpha + b[i] * (1 - alpha));
        }).join(', ') + ')' : null;
      }
      return this._mixed[key];
    },

    /* Leaflet's fill and stroke of a path; on an opaque canvas a see-through fill is painted as the
       colour it makes over the background (the same pixels, without blending each one). */
    _fillStroke: function (ctx, layer) {
      var o = layer.options, mixed = this.opaque && o.fill && o.fillOpacity < 1 ? this._mix(o.fillColor || o.color, o.fillOpacity) : null;
      if (!mixed) { L.Canvas.prototype._fillStroke.call(this, ctx, layer); return; }
      ctx.globalAlpha = 1;
      ctx.fillStyle = mixed;
      ctx.fill(o.fillRule || 'evenodd');
      o.fill = false;
      try { L.Canvas.prototype._fillStroke.call(this, ctx, layer); } finally { o.fill = true; }
    },

    /* Cleared to the background (opaque) or to nothing, in the redraw box or the whole canvas. */
    _clear: function () {
      if (!this.opaque) { L.Canvas.prototype._clear.call(this); return; }
      var ctx = this._ctx, b = this._redrawBounds;
      ctx.save();
      ctx.globalAlpha = 1;
      ctx.globalCompositeOperation = 'source-over';
      ctx.fillStyle = this._background();
      if (b) {
        var size = b.getSize();
        ctx.fillRect(b.min.x, b.min.y, size.x, size.y);
      } else {
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillRect(0, 0, this._container.width, this._container.height);
      }
      ctx.restore();
    },

    /* Leaflet's renderer update (placed where the map is now, every path clipped again), but after a pan
       the bitmap is moved by the pan and only the strips it uncovered are painted (_redraw). */
    _update: function () {
      if (this._map._animatingZoom && this._bounds) { return; }
      if (this._fitOpacity()) { this._full = true; }
      var last = this._last;
      L.Renderer.prototype._update.call(this);
      var b = this._bounds, size = b.getSize(), m = L.Browser.retina ? 2 : 1, c = this._container, ctx = this._ctx;
      var origin = this._map.getPixelOrigin(), shift = null;
      if (last && !this._full && last.zoom === this._zoom && last.size.equals(size) && last.origin.equals(origin)) {
        shift = last.min.subtract(b.min);
        if (Math.abs(shift.x) >= size.x || Math.abs(shift.y) >= size.y || !this._sameOverlap(last, b)) { shift = null; }
      }
      L.DomUtil.setPosition(c, b.min);
      if (shift) {
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.globalAlpha = 1;
        ctx.globalCompositeOperation = 'copy';
        ctx.drawImage(c, shift.x * m, shift.y * m);
        ctx.restore();
        ctx.setTransform(m, 0, 0, m, 0, 0);
        ctx.translate(-b.min.x, -b.min.y);
        this._strips = uncovered(b, L.bounds(last.min, last.min.add(size)));
      } else {
        c.width = m * size.x;  // also clears it
        c.height = m * size.y;
        c.style.width = size.x + 'px';
        c.style.height = size.y + 'px';
        if (m !== 1) { ctx.scale(m, m); }
        ctx.translate(-b.min.x, -b.min.y);
        this._strips = null;
      }
      this.fire('update');  // Leaflet's paths are clipped again and painted (_redraw: the strips, or all)
    },

    /* What was painted where the old picture and the new canvas overlap is what would be painted now. */
    _sameOverlap: function (last, b) {
      var min = L.point(Math.max(last.min.x, b.min.x), Math.max(last.min.y, b.min.y));
      var max = L.point(Math.min(last.min.x + last.size.x, b.max.x), Math.min(last.min.y + last.size.y, b.max.y));
      var box = L.bounds(min, max);
      return last.showing === this.showing && last.selected === this._ringKey() && !this.moved &&
             drawnIn(last.items, box) === drawnIn(this.items, box);
    },

    _ringKey: function () {
      var sel = this.options.selected && this.options.selected();
      return sel ? sel.lat + ',' + sel.lon : '';
    },

    getEvents: function () {
      var events = L.Canvas.prototype.getEvents.call(this);
      events.moveend = this._moveEnd;
      return events;
    },

    /* A move ended and its view is being asked for: the canvas keeps its last picture (moved or scaled with
       the map) until the view is here, and is then painted once, boundaries and assets together, instead
       of once now and again when the view comes. */
    _moveEnd: function () {
      this.place();  // the mouse and the keyboard find the assets where the map put them, painted or not
      if (!this.options.viewComing || !this.options.viewComing()) { this._update(); return; }
      this._held = true;
      clearTimeout(this._holdTimer);
      this._holdTimer = setTimeout(L.Util.bind(this._release, this), WAIT);  // a view that failed or was dropped
    },

    _release: function () {
      clearTimeout(this._holdTimer);
      if (!this._held || !this._map) { return false; }
      this._held = false;
      this._update();  // Leaflet's renderer: placed where the map is now, resized, every path and asset painted
      return true;
    },

    /* The view's items (clusters first, then singles): placed now (hit tests), painted on the next frame
       (or now, when the canvas was waiting for them). */
    set: function (items) {
      this.items = items;
      this.place();
      if (!this._release()) { this.redraw(); }
    },

    /* Each item's layer point (hit tests and drawing; layer points change only when the zoom does) and
       its paint order: clusters (0) under singles, which are painted one kind at a time (1, 2, ...). */
    place: function () {
      var m = this._map, moved = this.moved, rank = {}, next = 1;
      if (!m) { return; }
      for (var k = 0; k < this.items.length; k++) {
        var it = this.items[k];
        var p = m.latLngToLayerPoint(moved && moved.item === it ? moved.latlng : [it.lat, it.lon]);
        it.x = p.x; it.y = p.y;
        it.rank = it.count ? 0 : (rank[it.kind] || (rank[it.kind] = next++));
      }
    },

    /* Paint everything again on the next animation frame (several calls in one frame paint once). */
    redraw: function () {
      if (!this._map) { return this; }
      this._full = true;
      if (!this._redrawRequest) { this._redrawRequest = L.Util.requestAnimFrame(this._redraw, this); }
      return this;
    },

    show: function (on) {
      this.showing = !!on;
      return this.redraw();
    },

    _redraw: function () {
      if (this._redrawRequest) { L.Util.cancelAnimFrame(this._redrawRequest); this._redrawRequest = null; }
      if (this._held) { this._full = true; return; }  // painted when the view is here (_release)
      if (this._full) { this._redrawBounds = null; this._full = false; this._strips = null; }  // the whole canvas
      var strips = this._strips;
      this._strips = null;
      if (strips) {  // after a pan: only what it uncovered (the rest of the bitmap was moved)
        this.strips += 1;
        for (var k = 0; k < strips.length; k++) {
          this._redrawBounds = strips[k];
          L.Canvas.prototype._redraw.call(this);
        }
      } else {
        if (!this._redrawBounds) { this.paints += 1; }
        L.Canvas.prototype._redraw.call(this);
      }
      if (this._map && this._bounds) {
        this._last = {min: this._bounds.min, size: this._bounds.getSize(), zoom: this._zoom,
                      origin: this._map.getPixelOrigin(), items: this.items, showing: this.showing,
                      selected: this._ringKey()};
      }
    },

    /* Leaflet's paths (in its redraw box, when only one path changed), then the assets over them. */
    _draw: function () {
      L.Canvas.prototype._draw.call(this);
      if (!this.showing || !this._map) { return; }
      this.place();
      var ctx = this._ctx, b = this._redrawBounds, items = this.items, k, it;
      ctx.save();
      if (b) {
        var size = b.getSize();
        ctx.beginPath(); ctx.rect(b.min.x, b.min.y, size.x, size.y); ctx.clip();
      }
      // one path per style: every cluster's circle, then the single assets of each kind (in rank order)
      var rings = new Path2D(), clusters = new Path2D(), singles = [], kinds = [];
      for (k = 0; k < items.length; k++) {
        it = items[k];
        if (it.count) {
          rings.moveTo(it.x + it.r + RING_WIDTH, it.y); rings.arc(it.x, it.y, it.r + RING_WIDTH, 0, TAU);
          clusters.moveTo(it.x + it.r - RING_WIDTH, it.y); clusters.arc(it.x, it.y, it.r - RING_WIDTH, 0, TAU);
        } else {
          var path = singles[it.rank];
          if (!path) { path = singles[it.rank] = new Path2D(); kinds[it.rank] = it.kind; }
          path.moveTo(it.x + DOT, it.y); path.arc(it.x, it.y, DOT, 0, TAU);
        }
      }
      ctx.globalAlpha = 1;
      ctx.fillStyle = WHITE; ctx.fill(rings, 'nonzero');
      ctx.fillStyle = CLUSTER_FILL; ctx.fill(clusters, 'nonzero');
      ctx.textAlign = 'center'; ctx.textBaseline = 'middle'; ctx.font = FONT; ctx.fillStyle = WHITE;
      for (k = 0; k < items.length; k++) {
        it = items[k];
        if (it.count) { ctx.fillText(it.text, it.x, it.y); }
      }
      ctx.lineWidth = 1;
      for (k = 1; k < singles.length; k++) {
        ctx.fillStyle = this.options.colour(kinds[k]); ctx.globalAlpha = 0.95; ctx.fill(singles[k]);
        ctx.globalAlpha = 1; ctx.stroke(singles[k]);
      }
      var sel = this.options.selected && this.options.selected();  // the selected asset: a ring, wherever it is
      if (sel) {
        var q = this._map.latLngToLayerPoint([sel.lat, sel.lon]);
        ctx.beginPath(); ctx.arc(q.x, q.y, 11, 0, TAU);
        ctx.lineWidth = 3; ctx.strokeStyle = RING; ctx.stroke();
      }
      ctx.restore();
    },

    /* What is drawn under a point of the map's container (what is painted on top wins), or null. */
    at: function (containerPoint) {
      if (!this._map || !this.showing) { return null; }
      var p = this._map.containerPointToLayerPoint(containerPoint), best = null;
      for (var k = 0; k < this.items.length; k++) {
        var it = this.items[k], r = (it.count ? it.r : DOT) + HIT;
        if ((it.x - p.x) * (it.x - p.x) + (it.y - p.y) * (it.y - p.y) <= r * r && (!best || it.rank >= best.rank)) {
          best = it;
        }
      }
      return best;
    }
  });

  window.MapperDots = {DOT: DOT, create: function (options) { return new Dots(options); }};
})();
