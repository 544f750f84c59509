/* The window map's "Shading" layer: neighbourhoods shaded by a chosen indicator, with a legend.
   Loaded after mapper.js; wraps MapperApp.start to add its overlay to the layer control. Names and
   legend text go in with textContent only. */
(function () {
  'use strict';
  var App = window.MapperApp;
  if (!App) return;
  var start = App.start;
  App.shading = {on: false, code: null, shaded: 0, legend: [], label: ''};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  App.start = function (map, groups, control) {
    start.apply(this, arguments);
    var config = App.config;  // read by mapper.js from the page's JSON config element
    function T(key, english) { return (config.strings && config.strings[key]) || english; }
    if (!config.indicatorUrl || config.inline) return;
    var group = L.layerGroup(), layer = null, box = null, seq = 0;
    var code = (config.indicators[0] || {}).code;
    map.createPane('nmShading');
    map.getPane('nmShading').style.zIndex = 340;
    map.getPane('nmShading').style.pointerEvents = 'none';
    var renderer = L.svg({pane: 'nmShading', padding: 0.3});
    var legend = L.control({position: 'bottomleft'});
    legend.onAdd = function () {
      box = el('div', 'nm-legend nm-shading-legend leaflet-control');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      return box;
    };
    function drawLegend(props) {
      if (!box) return;
      box.textContent = '';
      box.appendChild(el('div', 'nm-legend-title', T('shadeBy', 'Shade neighbourhoods by')));
      var select = el('select', 'nm-shading-indicator');
      select.setAttribute('aria-label', T('indicator', 'Indicator'));
      config.indicators.forEach(function (i) {
        var o = el('option', null, i.label);
        o.value = i.code;
        select.appendChild(o);
      });
      select.value = code;
      select.addEventListener('change', function () { App.setShading(select.value); });
      box.appendChild(select);
      (props ? props.legend : []).forEach(function (text, band) {
        var row = el('div', 'nm-legend-row'), sw = el('span', 'nm-swatch');
        sw.style.background = props.colours[band];
        row.appendChild(sw);
        row.appendChild(el('span', null, text));
        box.appendChild(row);
      });
    }
    App.setShading = function (next) {
      code = next || code;
      seq += 1;
      var mine = seq;
      if (layer) { group.removeLayer(layer); layer = null; }
      App.shading.shaded = 0;
      if (!map.hasLayer(group)) { App.shading.on = false; return Promise.resolve(App.shading); }
      App.shading.on = true;
      return fetch(config.indicatorUrl.replace('{code}', encodeURIComponent(code)), {cache: 'no-store'})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (gj) {
          if (mine !== seq || !gj) return App.shading;
          var props = gj.properties;
          layer = L.geoJSON(gj, {pane: 'nmShading', renderer: renderer, interactive: false,
            style: function (f) {
              return {color: '#5f5f5f', weight: 1, fillColor: props.colours[f.properties.band] || props.colours[0],
                      fillOpacity: 0.7};
            }});
          group.addLayer(layer);
          App.shading.code = code;
          App.shading.label = props.label;
          App.shading.legend = props.legend.slice();
          App.shading.shaded = layer.getLayers().length;
          App.shading.bands = {};
          gj.features.forEach(function (f) { App.shading.bands[f.properties.id] = f.properties.band; });
          drawLegend(props);
          return App.shading;
        })
        .catch(function (err) { App.errors.push(String(err)); });
    };
    group.on('add', function () { legend.addTo(map); drawLegend(null); App.setShading(code); });
    group.on('remove', function () {
      seq += 1;
      if (layer) { group.removeLayer(layer); layer = null; }
      App.shading.on = false;
      legend.remove();
      box = null;
    });
    var name = document.createElement('span');  // the layer control takes HTML: the name goes in escaped
    name.textContent = T('shadingLayer', 'Shading (indicator)');
    control.addOverlay(group, name.innerHTML);
    App.shadingGroup = group;
  };
})();
