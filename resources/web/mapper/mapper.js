/* Neighbourhood Mapper's map: fills the Folium-made layer groups with data, clusters assets with
   Supercluster on a canvas, and talks to the app through QWebChannel (when there is one).
   Every name and description is put into the page with textContent: never as HTML. */
(function () {
  'use strict';

  var App = {errors: [], ready: false, drawn: 0, selected: null, wards: 0};
  window.MapperApp = App;
  window.addEventListener('error', function (e) { App.errors.push(String(e.message)); });

  var map, groups, control, config, renderer;
  var pts = {ids: [], names: [], kind: [], lon: [], lat: []};
  var index = null, indexDirty = false, rebuildTimer = null;
  var pending = {};           // id -> point changed since the index was built (drawn on top)
  var pos = {};               // id -> position in pts
  var hoodLayers = {};        // neighbourhood id -> polygon layer
  var markers = L.layerGroup(), selectRing = null, highlighted = null, drag = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function load(key, url) {
    if (config.inline) {
      var node = document.getElementById('nm-data-' + key);
      return Promise.resolve(node ? JSON.parse(node.textContent) : null);
    }
    if (!url) { return Promise.resolve(null); }
    return fetch(url).then(function (r) { return r.ok ? r.json() : null; });
  }

  function colour(k) {
    var kinds = config.kinds;
    return k < kinds.length ? kinds[k].colour : '#666666';
  }

  // ---- assets ------------------------------------------------------------------------------------
  function setPoints(data) {
    pts = {ids: data.ids.slice(), names: data.names.slice(), kind: data.kind.slice(),
           lon: data.lon.slice(), lat: data.lat.slice()};
    pos = {};
    for (var i = 0; i < pts.ids.length; i++) { pos[pts.ids[i]] = i; }
    buildIndex();
  }

  function buildIndex() {
    var features = new Array(pts.ids.length), n = 0;
    for (var i = 0; i < pts.ids.length; i++) {
      if (pts.lon[i] === null) { continue; }
      features[n++] = {type: 'Feature', properties: {i: i},
                       geometry: {type: 'Point', coordinates: [pts.lon[i], pts.lat[i]]}};
    }
    features.length = n;
    index = new Supercluster({radius: 50, maxZoom: 16, minPoints: 3}).load(features);
    pending = {};
    indexDirty = false;
  }

  function scheduleRebuild() {
    indexDirty = true;
    if (rebuildTimer) { clearTimeout(rebuildTimer); }
    rebuildTimer = setTimeout(function () { rebuildTimer = null; buildIndex(); render(); }, 400);
  }

  function pointMarker(i) {
    var m = L.circleMarker([pts.lat[i], pts.lon[i]], {
      renderer: renderer, radius: 6, weight: 1, color: '#ffffff', fillColor: colour(pts.kind[i]),
      fillOpacity: 0.95, bubblingMouseEvents: false});
    m.nmId = pts.ids[i];
    m.bindTooltip(el('span', 'nm-name', pts.names[i]), {direction: 'top', offset: [0, -6]});
    m.on('mousedown', startDrag);
    m.on('click', function () { if (!m.nmDragged) { App.select(m.nmId, true); } m.nmDragged = false; });
    return m;
  }

  function clusterMarker(c) {
    var count = c.properties.point_count;
    var size = Math.round(Math.min(50, 22 + Math.log(count) * 4));
    var text = count < 1000 ? String(count) : (count < 10000 ? (count / 1000).toFixed(1) + 'k'
                                                             : Math.round(count / 1000) + 'k');
    var icon = L.divIcon({html: el('div', 'nm-cluster', text), className: 'nm-cluster-icon',
                          iconSize: [size, size]});
    var m = L.marker([c.geometry.coordinates[1], c.geometry.coordinates[0]], {icon: icon, keyboard: false,
      title: count + ' assets: click to zoom in'});
    m.nmCount = count;
    m.on('click', function () {
      var z = Math.min(index.getClusterExpansionZoom(c.properties.cluster_id), 18);
      map.setView(m.getLatLng(), z);
    });
    return m;
  }

  function render() {
    if (!index || drag) { return; }
    markers.clearLayers();
    var b = map.getBounds(), z = map.getZoom(), drawn = 0;
    var west = Math.max(-180, b.getWest()), east = Math.min(180, b.getEast());
    var clusters = index.getClusters([west, Math.max(-85, b.getSouth()), east, Math.min(85, b.getNorth())], z);
    for (var k = 0; k < clusters.length; k++) {
      var c = clusters[k];
      if (c.properties.cluster) {
        markers.addLayer(clusterMarker(c));
        drawn += c.properties.point_count;
      } else {
        var i = c.properties.i;
        if (pending[pts.ids[i]] || pts.lon[i] === null) { continue; }   // moved (drawn below) or removed
        markers.addLayer(pointMarker(i));
        drawn += 1;
      }
    }
    for (var id in pending) {
      var j = pos[id];
      if (j === undefined || pts.lon[j] === null) { continue; }
      markers.addLayer(pointMarker(j));
      drawn += 1;
    }
    App.drawn = drawn;
    if (App.selected) { ring(App.selected); }
  }

  function startDrag(e) {
    if (!config.editable || !App.bridge) { return; }
    var m = e.target;
    L.DomEvent.stop(e.originalEvent);
    map.dragging.disable();
    drag = {marker: m, start: e.containerPoint, moved: false};
    map.on('mousemove', onDragMove);
    map.once('mouseup', onDragEnd);
  }

  function onDragMove(e) {
    if (!drag) { return; }
    if (!drag.moved && e.containerPoint.distanceTo(drag.start) < 4) { return; }
    drag.moved = true;
    drag.marker.setLatLng(e.latlng);
  }

  function onDragEnd(e) {
    var d = drag;
    drag = null;
    map.off('mousemove', onDragMove);
    map.dragging.enable();
    if (!d || !d.moved) { return; }
    d.marker.nmDragged = true;
    if (e && e.latlng) { d.marker.setLatLng(e.latlng); }
    var ll = d.marker.getLatLng();
    var id = d.marker.nmId;
    App.moveLocal(id, ll.lng, ll.lat);
    if (App.bridge) { App.bridge.onAssetMoved(id, ll.lng, ll.lat); }
  }

  App.moveLocal = function (id, lon, lat) {
    var i = pos[id];
    if (i === undefined) { return; }
    pts.lon[i] = lon;
    pts.lat[i] = lat;
    pending[id] = true;
    render();
    scheduleRebuild();
  };

  /* One asset added, changed or moved (item.lon === null: no longer on the map). */
  App.upsert = function (item) {
    var i = pos[item.id];
    if (i === undefined) {
      i = pts.ids.length;
      pos[item.id] = i;
      pts.ids.push(item.id); pts.names.push(''); pts.kind.push(0); pts.lon.push(null); pts.lat.push(null);
    }
    pts.names[i] = item.name;
    pts.kind[i] = item.kind;
    pts.lon[i] = item.lon;
    pts.lat[i] = item.lat;
    pending[item.id] = true;
    render();
    scheduleRebuild();
  };

  App.remove = function (id) {
    var i = pos[id];
    if (i === undefined) { return; }
    pts.lon[i] = null;
    pts.lat[i] = null;
    delete pending[id];
    if (App.selected === id) { App.select(null); }
    // drawn alone it goes at once; cluster counts follow when the index is rebuilt (soon after)
    render();
    scheduleRebuild();
  };

  App.assetCount = function () {
    var n = 0;
    for (var i = 0; i < pts.lon.length; i++) { if (pts.lon[i] !== null) { n++; } }
    return n;
  };

  App.drawnCount = function () { return App.drawn; };

  App.where = function (id) {
    var i = pos[id];
    if (i === undefined || pts.lon[i] === null) { return null; }
    var p = map.latLngToContainerPoint([pts.lat[i], pts.lon[i]]);
    return {x: p.x, y: p.y, lon: pts.lon[i], lat: pts.lat[i]};
  };

  function ring(id) {
    if (selectRing) { map.removeLayer(selectRing); selectRing = null; }
    var i = pos[id];
    if (i === undefined || pts.lon[i] === null) { return; }
    selectRing = L.circleMarker([pts.lat[i], pts.lon[i]], {
      renderer: renderer, radius: 11, weight: 3, color: '#ffcc00', fill: false, interactive: false}).addTo(map);
  }

  App.select = function (id, fromMap) {
    App.selected = id;
    if (!id) { if (selectRing) { map.removeLayer(selectRing); selectRing = null; } return; }
    ring(id);
    App.showDetails(id);
    if (fromMap && App.bridge) { App.bridge.onAssetClicked(id); }
  };

  App.flyTo = function (id) {
    var i = pos[id];
    if (i === undefined || pts.lon[i] === null) { return false; }
    App.select(id, false);
    map.flyTo([pts.lat[i], pts.lon[i]], Math.max(map.getZoom(), 17), {duration: 0.6});
    return true;
  };

  // ---- popups: text only ------------------------------------------------------------------------
  var LABELS = [['category', 'Category'], ['status', 'Status'], ['address', 'Address'], ['postcode', 'Postcode'],
                ['opening_times', 'Open'], ['cost', 'Cost'], ['audience', 'For'], ['website', 'Website']];

  function detailsNode(i, d) {
    var box = el('div', 'nm-popup');
    box.appendChild(el('div', 'nm-popup-title', (d && d.name) || pts.names[i]));
    if (d && d.description) { box.appendChild(el('div', 'nm-popup-desc', d.description)); }
    if (d) {
      var dl = el('dl');
      LABELS.forEach(function (pair) {
        if (d[pair[0]]) { dl.appendChild(el('dt', null, pair[1])); dl.appendChild(el('dd', null, d[pair[0]])); }
      });
      box.appendChild(dl);
    }
    return box;
  }

  App.showDetails = function (id) {
    var i = pos[id];
    if (i === undefined || pts.lon[i] === null) { return Promise.resolve(null); }
    var popup = L.popup({offset: [0, -4], autoPan: true}).setLatLng([pts.lat[i], pts.lon[i]])
      .setContent(detailsNode(i, null)).openOn(map);
    var got;
    if (config.inline) {
      got = load('details', null).then(function (all) { return all ? all[id] : null; });
    } else {
      got = fetch(config.detailsUrl.replace('{id}', encodeURIComponent(id)))
        .then(function (r) { return r.ok ? r.json() : null; });
    }
    return got.then(function (d) {
      if (d && App.selected === id) { popup.setContent(detailsNode(i, d)); }
      return d;
    });
  };

  // ---- boundaries --------------------------------------------------------------------------------
  var HOOD = {color: '#2b5d7d', weight: 1.5, fillColor: '#9ec3d8', fillOpacity: 0.12};
  var HOOD_ON = {color: '#c0392b', weight: 4, fillColor: '#f5b7b1', fillOpacity: 0.35};

  function addNeighbourhoods(gj) {
    if (!gj) { return; }
    L.geoJSON(gj, {
      style: function () { return HOOD; },
      onEachFeature: function (f, layer) {
        hoodLayers[f.properties.id] = layer;
        layer.bindTooltip(el('span', 'nm-name', f.properties.name), {sticky: true});
        var c = layer.getBounds().getCenter();
        try { c = layer.getCenter(); } catch (err) { /* empty ring */ }
        groups.names.addLayer(L.tooltip({permanent: true, direction: 'center', className: 'nm-hood-label',
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

  App.highlight = function (id) {
    if (highlighted && hoodLayers[highlighted]) { hoodLayers[highlighted].setStyle(HOOD); }
    highlighted = id && hoodLayers[id] ? id : null;
    if (highlighted) {
      var layer = hoodLayers[highlighted];
      layer.setStyle(HOOD_ON);
      layer.bringToFront();
      if (!map.getBounds().contains(layer.getBounds())) { map.fitBounds(layer.getBounds(), {maxZoom: 15}); }
    }
    return highlighted;
  };

  App.highlighted = function () { return highlighted; };

  // ---- controls ----------------------------------------------------------------------------------
  function addLegend() {
    var legend = L.control({position: 'bottomright'});
    legend.onAdd = function () {
      var box = el('div', 'nm-legend leaflet-control');
      box.appendChild(el('div', 'nm-legend-title', 'Assets by kind'));
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
      row.appendChild(el('span', null, 'Several assets (click to zoom)'));
      box.appendChild(row);
      return box;
    };
    legend.addTo(map);
  }

  function addNote(text) {
    var note = L.control({position: 'bottomleft'});
    note.onAdd = function () { return el('div', 'nm-note leaflet-control', text); };
    note.addTo(map);
    App.note = text;
  }

  App.addBasemap = function (opts) {
    var tileOpts = {minNativeZoom: opts.minNativeZoom, maxNativeZoom: opts.maxNativeZoom, maxZoom: 19,
                    attribution: opts.attribution || ''};
    if (opts.bounds) { tileOpts.bounds = opts.bounds; }
    var layer = L.tileLayer(opts.url, tileOpts);
    control.addBaseLayer(layer, opts.name);
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

  App.start = function (leafletMap, layerGroups, layerControl, cfg) {
    map = leafletMap; groups = layerGroups; control = layerControl; config = cfg;
    App.map = map;
    renderer = L.canvas({padding: 0.3, tolerance: 3});
    if (map.attributionControl) { map.attributionControl.setPrefix('Leaflet'); }  // text: no outside link
    markers.addTo(groups.assets);
    addLegend();
    (config.basemaps || []).forEach(App.addBasemap);
    if (!(config.basemaps || []).length) {
      addNote(config.inline ? 'Neighbourhood Mapper: public map of community assets (no basemap).'
                            : 'No basemap: to add one, choose File \u2192 Add basemap and pick an .mbtiles file.');
    }
    map.on('moveend', render);
    map.on('zoomend', updateNames);
    updateNames();
    map.on('click', function (e) {
      if (App.bridge && config.editable) { App.bridge.onMapClicked(e.latlng.lng, e.latlng.lat); }
    });
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
    Promise.all([load('assets', config.assetsUrl), load('neighbourhoods', config.neighbourhoodsUrl),
                 connectBridge()])
      .then(function (res) {
        addNeighbourhoods(res[1]);
        if (res[0]) { setPoints(res[0]); }
        render();
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
