/* Neighbourhood Mapper's one map canvas (mapper.js uses it): Leaflet's canvas renderer for the boundary
   layers (neighbourhoods, wards), with every cluster and single asset of the current view drawn on top of
   them in the SAME canvas. One canvas is one layer for Chromium's compositor and one bitmap to paint per
   move: the page used to have two (boundaries, assets), and compositing full-screen layers in software is
   the largest part of a pan/zoom frame (docs/performance.md, "The map"). During a pan or a zoom animation the canvas is only moved or scaled (Leaflet's renderer);
   it is painted again once the move has ended, and at most once per animation frame however many changes
   (a view, a selection, a drag) come in it.
   Nothing here is text from a record but the cluster counts (numbers, drawn with fillText). */
(function () {
  'use strict';

  var DOT = 6, HIT = 3;       // px: a single asset's radius, and the slack around it for the mouse
  var WAIT = 400;             // ms: the longest a moved canvas waits for its view before it is painted anyway
  var TAU = 2 * Math.PI;
  var CLUSTER_FILL = 'rgba(59, 110, 143, 0.88)', WHITE = '#ffffff', RING = '#ffcc00';
  var FONT = 'bold 11px "DejaVu Sans", "Segoe UI", Arial, sans-serif';

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
      this._full = false;
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
      if (this._full) { this._redrawBounds = null; this._full = false; }  // the whole canvas, not one path's box
      if (!this._redrawBounds) { this.paints += 1; }
      L.Canvas.prototype._redraw.call(this);
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
      var clusters = new Path2D(), singles = [], kinds = [];
      for (k = 0; k < items.length; k++) {
        it = items[k];
        if (it.count) {
          clusters.moveTo(it.x + it.r, it.y); clusters.arc(it.x, it.y, it.r, 0, TAU);
        } else {
          var path = singles[it.rank];
          if (!path) { path = singles[it.rank] = new Path2D(); kinds[it.rank] = it.kind; }
          path.moveTo(it.x + DOT, it.y); path.arc(it.x, it.y, DOT, 0, TAU);
        }
      }
      ctx.fillStyle = CLUSTER_FILL; ctx.fill(clusters);
      ctx.lineWidth = 2; ctx.strokeStyle = WHITE; ctx.stroke(clusters);
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
