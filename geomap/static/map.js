/* geomap map page: events, control of places, time slider, type filter, legend, search,
   fullscreen and heat map, drawn from the JSON data block that geomap/render.py writes.

   Safety rule for this file: strings that came from a report (names, sentences, actors,
   factions, titles, links) only ever reach the page through textContent, input values or
   a checked href; never through innerHTML or a Leaflet string content (which is HTML). */
(function () {
  'use strict';
  var G = window.geomap = {};
  var DAY_MS = 86400000;

  /* A page made without --offline loads Leaflet from the internet: without a connection, say
     so on the page rather than leave it blank. */
  window.addEventListener('load', function () {
    if (typeof window.L !== 'undefined') { return; }
    var note = el('div', 'geomap-no-leaflet', 'This map loads its map library (Leaflet) from the ' +
      'internet, which could not be reached. Make it with `geomap map --offline` to view it ' +
      'without a connection.');
    document.body.insertBefore(note, document.body.firstChild);
  });

  function el(tag, cls, text, parent) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function safeHref(url) {
    return /^https?:\/\/[^\s]/i.test(url || '') ? url : '';
  }

  /* ---- marker shapes, drawn on Leaflet's canvas ------------------------------------ */

  function regular(n, rotation, scale) {
    var pts = [];
    for (var i = 0; i < n; i++) {
      var a = rotation + 2 * Math.PI * i / n;
      pts.push([Math.cos(a) * scale, Math.sin(a) * scale]);
    }
    return pts;
  }

  function star(n, outer, inner) {
    var pts = [];
    for (var i = 0; i < 2 * n; i++) {
      var a = -Math.PI / 2 + Math.PI * i / n, r = i % 2 ? outer * inner : outer;
      pts.push([Math.cos(a) * r, Math.sin(a) * r]);
    }
    return pts;
  }

  function saltire(w, s) {  // an X: a plus sign turned by 45 degrees
    var plus = [[-w, -s], [w, -s], [w, -w], [s, -w], [s, w], [w, w], [w, s], [-w, s], [-w, w], [-s, w], [-s, -w], [-w, -w]];
    return plus.map(function (p) { return [(p[0] - p[1]) * Math.SQRT1_2, (p[0] + p[1]) * Math.SQRT1_2]; });
  }

  // Unit outlines, scaled by the marker radius; areas are roughly equal to the circle's.
  var SHAPES = {
    square: regular(4, Math.PI / 4, 1.25),
    diamond: regular(4, 0, 1.3),
    triangle: regular(3, -Math.PI / 2, 1.45),
    'triangle-down': regular(3, Math.PI / 2, 1.45),
    pentagon: regular(5, -Math.PI / 2, 1.2),
    hexagon: regular(6, 0, 1.15),
    star: star(5, 1.6, 0.45),
    cross: saltire(0.38, 1.4),
    flag: [[-0.95, 1.45], [-0.95, -1.45], [1.3, -1.45], [0.75, -0.8], [1.3, -0.15], [-0.5, -0.15], [-0.5, 1.45]]
  };
  // How far each shape reaches from its centre, in radii: Leaflet redraws and hit-tests a
  // marker within its radius, so a star's tips outside it were left behind when it was removed.
  var REACH = {};
  Object.keys(SHAPES).forEach(function (k) {
    REACH[k] = Math.max.apply(null, SHAPES[k].map(function (p) { return Math.sqrt(p[0] * p[0] + p[1] * p[1]); }));
  });

  function tracePath(ctx, shape, x, y, r) {
    var pts = SHAPES[shape];
    if (!pts) { ctx.arc(x, y, r, 0, 2 * Math.PI, false); return; }
    ctx.moveTo(x + pts[0][0] * r, y + pts[0][1] * r);
    for (var i = 1; i < pts.length; i++) { ctx.lineTo(x + pts[i][0] * r, y + pts[i][1] * r); }
    ctx.closePath();
  }

  L.Canvas.include({
    _updateGeomapShape: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      var p = layer._point, ctx = this._ctx;
      ctx.beginPath();
      tracePath(ctx, layer.options.shape, p.x, p.y, Math.max(layer._radius, 1));
      this._fillStroke(ctx, layer);
    }
  });

  G.ShapeMarker = L.CircleMarker.extend({
    options: { shape: 'circle' },
    _reach: function () { return this._radius * Math.max(1, REACH[this.options.shape] || 1); },
    _updateBounds: function () {
      var r = this._reach() + this._clickTolerance() + 1;
      this._pxBounds = new L.Bounds(this._point.subtract([r, r]), this._point.add([r, r]));
    },
    _containsPoint: function (p) { return p.distanceTo(this._point) <= this._reach() + this._clickTolerance(); },
    _updatePath: function () {
      if (this._renderer._updateGeomapShape) { this._renderer._updateGeomapShape(this); }
      else { L.CircleMarker.prototype._updatePath.call(this); }
    }
  });

  function cornersIcon() {  // four corner brackets, the usual full-screen symbol
    var ns = 'http://www.w3.org/2000/svg', svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16'); svg.setAttribute('width', '16'); svg.setAttribute('height', '16');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4');
    path.setAttribute('fill', 'none'); path.setAttribute('stroke', '#333'); path.setAttribute('stroke-width', '2');
    svg.appendChild(path);
    return svg;
  }

  function swatch(shape, style, size) {  // the legend's picture of a marker
    var c = el('canvas', 'gm-swatch'), ratio = window.devicePixelRatio || 1;
    size = size || 18;
    c.width = c.height = size * ratio;
    c.style.width = c.style.height = size + 'px';
    var ctx = c.getContext('2d');
    ctx.scale(ratio, ratio);
    ctx.beginPath();
    tracePath(ctx, shape, size / 2, size / 2, Math.max(3, size / 2 - 4));
    if (style.fill) { ctx.fillStyle = style.fill; ctx.fill('evenodd'); }
    ctx.lineWidth = style.weight || 1;
    ctx.strokeStyle = style.stroke;
    ctx.stroke();
    return c;
  }

  /* ---- dates ------------------------------------------------------------------------ */

  // ACLED's time_precision: the date stands for its week or its month.
  var TIME_PRECISION = { 2: ' (within that week)', 3: ' (month only)' };

  function dayLabel(t0, day) {
    if (day === null) { return 'undated'; }
    return new Date(Date.parse(t0 + 'T00:00:00Z') + day * DAY_MS).toISOString().slice(0, 10);
  }

  /* ---- heat map: our own small canvas layer --------------------------------------- */

  var HEAT_STOPS = [[0, 'rgba(0,0,4,0)'], [0.25, '#3b0f70'], [0.5, '#8c2981'], [0.7, '#de4968'],
                    [0.85, '#fe9f6d'], [1, '#fcfdbf']];  // magma: ordered in lightness, colour-blind safe

  G.HeatLayer = L.Layer.extend({
    options: { pane: 'gm-heat' },
    initialize: function (points) { this._points = points; this._radius = 18; },
    setPoints: function (points) { this._points = points; if (this._map) { this._redraw(); } },
    onAdd: function (map) {
      this._canvas = L.DomUtil.create('canvas', 'gm-heat leaflet-zoom-hide');
      this.getPane().appendChild(this._canvas);
      map.on('moveend zoomend resize', this._redraw, this);
      this._redraw();
    },
    onRemove: function (map) {
      L.DomUtil.remove(this._canvas);
      map.off('moveend zoomend resize', this._redraw, this);
    },
    _palette: function () {
      if (!this._pal) {
        var c = document.createElement('canvas'), ctx = c.getContext('2d');
        c.width = 256; c.height = 1;
        var g = ctx.createLinearGradient(0, 0, 256, 0);
        HEAT_STOPS.forEach(function (s) { g.addColorStop(s[0], s[1]); });
        ctx.fillStyle = g; ctx.fillRect(0, 0, 256, 1);
        this._pal = ctx.getImageData(0, 0, 256, 1).data;
      }
      return this._pal;
    },
    _stamp: function () {
      if (!this._st) {
        var r = this._radius, c = document.createElement('canvas'), ctx = c.getContext('2d');
        c.width = c.height = 2 * r;
        var g = ctx.createRadialGradient(r, r, 0, r, r, r);
        g.addColorStop(0, 'rgba(0,0,0,1)'); g.addColorStop(1, 'rgba(0,0,0,0)');
        ctx.fillStyle = g; ctx.fillRect(0, 0, 2 * r, 2 * r);
        this._st = c;
      }
      return this._st;
    },
    _redraw: function () {
      var map = this._map, size = map.getSize(), canvas = this._canvas, r = this._radius;
      L.DomUtil.setPosition(canvas, map.containerPointToLayerPoint([0, 0]));
      canvas.width = size.x; canvas.height = size.y;
      var ctx = canvas.getContext('2d'), cell = Math.max(2, r / 3), grid = {}, max = 0;
      // Points are first summed on a coarse pixel grid, so 100k points cost 100k additions, not draws.
      this._points.forEach(function (p) {
        var q = map.latLngToContainerPoint(p);
        if (q.x < -r || q.y < -r || q.x > size.x + r || q.y > size.y + r) { return; }
        var key = Math.floor(q.x / cell) + ':' + Math.floor(q.y / cell);
        var v = (grid[key] || 0) + 1;
        grid[key] = v;
        if (v > max) { max = v; }
      });
      var stamp = this._stamp(), scale = Math.max(max, 4);
      Object.keys(grid).forEach(function (key) {
        var ij = key.split(':');
        ctx.globalAlpha = Math.min(1, 0.15 + grid[key] / scale);
        ctx.drawImage(stamp, (+ij[0] + 0.5) * cell - r, (+ij[1] + 0.5) * cell - r);
      });
      if (!size.x || !size.y) { return; }
      var img = ctx.getImageData(0, 0, size.x, size.y), px = img.data, pal = this._palette();
      for (var i = 3; i < px.length; i += 4) {
        var a = px[i];
        if (a) { var j = a * 4; px[i - 3] = pal[j]; px[i - 2] = pal[j + 1]; px[i - 1] = pal[j + 2]; px[i] = Math.min(255, a * 1.6); }
      }
      ctx.putImageData(img, 0, 0);
    }
  });

  /* ---- popups: DOM built with textContent --------------------------------------- */

  // A value with Latin letters is an English note that may quote the Arabic text («أمس: 1 day(s)
  // before …»): laid out left to right, each Arabic run isolated, so that its words and the digits
  // after it keep their order. Anything else (a place as written) takes its own direction.
  function row(table, label, value) {
    if (value === '' || value === null || value === undefined) { return; }
    var tr = el('tr', null, null, table);
    el('th', null, label, tr);
    var text = String(value), latin = /[A-Za-z]/.test(text);
    var td = el('td', null, latin ? text.replace(/[\u0600-\u06FF]+(?:\s+[\u0600-\u06FF]+)*/g, '\u2068$&\u2069') : text, tr);
    td.dir = latin ? 'ltr' : 'auto';
  }

  function link(parent, url, text) {
    var href = safeHref(url);
    if (!href) { return; }
    var a = el('a', 'gm-link', text, parent);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
  }

  var PRECISION = {
    1: 'exact place',
    2: 'near the place, or its sub-district centre',
    3: 'region only: drawn at the centre of the area'
  };

  function count(v, lo, hi) {
    if (v < 0) { return ''; }
    return (lo >= 0 && hi >= 0 && lo !== hi) ? v + ' (reports: ' + lo + '–' + hi + ')' : String(v);
  }

  /* ---- the page ----------------------------------------------------------------- */

  // The data block is base64 of gzipped JSON (render.py): decoded with the browser's own gunzip.
  function unpack(block) {
    var text = atob(block.textContent.trim()), bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) { bytes[i] = text.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).text().then(JSON.parse);
  }

  G.start = function (map, slots, block) {
    unpack(block).then(function (cfg) { G.init(map, slots, cfg); })
      .catch(function (e) { setTimeout(function () { throw e; }); });  // an ordinary page error, not a silent one
  };

  G.init = function (map, slots, cfg) {
    var S = cfg.str, ev = cfg.ev, n = ev.x.length, kinds = cfg.kinds, factions = cfg.factions;
    var page = { map: map, ready: false, cfg: cfg };
    window.geomapPage = page;
    // Only the topmost canvas receives clicks, so everything clickable shares the overlay
    // canvas (drawn in order: control areas, control places, events); the basemap and the
    // heat map, which take no clicks, have panes of their own below it.
    map.createPane('gm-base').style.zIndex = 250;
    map.createPane('gm-heat').style.zIndex = 390;
    var baseRenderer = L.canvas({ pane: 'gm-base', padding: 0.3 });
    var outline = L.layerGroup().addTo(map);  // the area an imprecise event stands for, on hover

    /* basemap: admin boundaries, or a graticule and the main towns */
    if (slots.base) {
      // Painted in order: graticule, land and boundaries, towns.
      if (cfg.offline) {
        map.getContainer().classList.add('gm-offline');
        var lines = [];
        for (var lat = 30; lat <= 40; lat++) { lines.push([[lat, 33], [lat, 45]]); }
        for (var lon = 33; lon <= 45; lon++) { lines.push([[30, lon], [40, lon]]); }
        L.polyline(lines, { renderer: baseRenderer, interactive: false, color: '#b9c7d3', weight: 0.7 }).addTo(slots.base);
      }
      if (cfg.base.length) {
        L.geoJSON({ type: 'FeatureCollection', features: cfg.base }, {
          renderer: baseRenderer, interactive: false,
          style: function (f) {
            var top = f.properties.l === 1;
            return { color: top ? '#6b6b6b' : '#a9a9a9', weight: top ? 1.4 : 0.6, fillColor: '#f4f1ea',
                     fillOpacity: cfg.offline && top ? 1 : 0, dashArray: top ? null : '3 3' };
          }
        }).addTo(slots.base);
      }
      cfg.cities.forEach(function (c) {
        L.circleMarker([c[1], c[2]], { renderer: baseRenderer, interactive: false, radius: 2.5, color: '#555',
                                       weight: 1, fillColor: '#fff', fillOpacity: 1 })
          .bindTooltip(el('span', null, c[0]), { permanent: true, direction: 'right', className: 'gm-city', offset: [4, 0] })
          .addTo(slots.base);
      });
    }

    /* events */
    var markers = new Array(n), shown = new Uint8Array(n);
    var cluster = L.markerClusterGroup({
      chunkedLoading: true, chunkInterval: 150, maxClusterRadius: 45,
      showCoverageOnHover: false, spiderfyOnMaxZoom: true, removeOutsideVisibleBounds: true
    });
    for (var i = 0; i < n; i++) {
      var k = kinds[ev.k[i]], approx = ev.p[i] >= 2, f = ev.f[i];
      var m = new G.ShapeMarker([ev.y[i], ev.x[i]], {
        shape: k.shape, radius: f > 0 ? Math.min(20, 5 + 2.2 * Math.sqrt(f)) : 5,
        color: approx ? k.colour : '#1a1a1a', weight: approx ? 2.5 : 1, opacity: 1,
        fillColor: approx ? '#ffffff' : k.colour, fillOpacity: approx ? 0.75 : 0.9
      });
      m._gm = i;
      markers[i] = m;
    }
    slots.events.addLayer(cluster);
    page.markers = markers;
    page.cluster = cluster;

    function eventPopup(i) {
      var box = el('div', 'gm-pop'), k = kinds[ev.k[i]];
      var head = el('div', 'gm-pop-head', null, box);
      head.appendChild(swatch(k.shape, { fill: k.colour, stroke: '#1a1a1a' }, 16));
      el('span', null, k.label, head);
      var t = el('table', null, null, box);
      var day = dayLabel(cfg.t0, ev.d[i]);
      row(t, 'Date', ev.d[i] === null ? day : (ev.tp[i] === 3 ? day.slice(0, 7) : day) + (TIME_PRECISION[ev.tp[i]] || ''));
      row(t, 'Dated by', S[ev.dn[i]]);
      row(t, 'Type', S[ev.st[i]]);
      var actors = [S[ev.a1[i]], S[ev.a2[i]]].filter(Boolean).join(' vs ');
      row(t, 'Actors', actors);
      row(t, 'Attributed', S[ev.an[i]]);
      row(t, 'Reports', ev.n[i] > 1 ? String(ev.n[i]) : '');
      row(t, 'Killed', count(ev.f[i], ev.fl[i], ev.fh[i]));
      if (S[ev.fn[i]] !== String(ev.f[i])) { row(t, 'Toll by report', S[ev.fn[i]]); }
      row(t, 'Wounded', ev.w[i] >= 0 ? String(ev.w[i]) : '');
      row(t, 'Victims', S[ev.v[i]]);
      var place = [S[ev.pl[i]], S[ev.pa[i]]].filter(Boolean).join(' / ');
      row(t, 'Place', place);
      if (S[ev.lo[i]] && S[ev.lo[i]] !== S[ev.pl[i]]) { row(t, 'As written', S[ev.lo[i]]); }
      row(t, 'Area', S[ev.ad[i]]);
      row(t, 'Precision', (PRECISION[ev.p[i]] || PRECISION[1]) + ' (geo_precision ' + ev.p[i] + ')');
      row(t, 'Placed by', S[ev.ln[i]]);
      row(t, 'Document', S[ev.doc[i]]);
      row(t, 'Confidence', ev.cf[i] >= 0 ? ev.cf[i].toFixed(2) : '');
      if (S[ev.s[i]]) { el('blockquote', 'gm-quote', S[ev.s[i]], box).dir = 'auto'; }
      link(box, S[ev.u[i]], 'Source report');
      return box;
    }

    // Popups pan clear of the map edge and of the layer control, which stays open top right.
    var POPUP = { maxWidth: 380, autoPanPaddingTopLeft: [10, 135], autoPanPaddingBottomRight: [10, 10] };

    function openEvent(i) {
      var m = markers[i];
      L.popup(POPUP).setLatLng(m.getLatLng()).setContent(eventPopup(i)).openOn(map);
      return true;
    }
    page.openEvent = openEvent;

    // Bring an event's own marker into view, out of its cluster: zoom in until its cluster
    // splits, or spread the cluster out when its events share one place. (The cluster's own
    // zoomToShowLayer only works for icon markers, not for the canvas shapes used here.)
    function reveal(i, done) {
      var m = markers[i];
      done = done || function () {};
      if (!shown[i]) { map.setView(m.getLatLng(), Math.max(map.getZoom(), 11), { animate: false }); done(); return; }
      if (!map.hasLayer(m)) {  // clustered, or out of view
        var zoom = Math.min(m.__parent._zoom + 1, map.getMaxZoom());
        map.setView(m.getLatLng(), Math.max(map.getZoom(), zoom), { animate: false });
      }
      var spread = function () {
        var parent = cluster.getVisibleParent(m);
        if (parent && parent !== m && parent.spiderfy) { cluster.once('spiderfied', function () { done(); }); parent.spiderfy(); }
        else { done(); }
      };
      // The clusters re-form with an animation after a zoom; spreading one must wait for its end.
      if (cluster._inZoomAnimation) { cluster.once('animationend', spread); } else { spread(); }
    }
    page.reveal = reveal;
    page.eventPopup = eventPopup;

    function showArea(i) {
      outline.clearLayers();
      if (ev.p[i] < 2) { return; }
      var style = { color: kinds[ev.k[i]].colour, weight: 2, dashArray: '5 4', fill: true, fillOpacity: 0.08, interactive: false };
      if (ev.ar[i] >= 0) { L.geoJSON(cfg.areas[ev.ar[i]], { style: style, interactive: false }).addTo(outline); }
      else { L.circle(markers[i].getLatLng(), L.extend({ radius: ev.p[i] >= 3 ? 40000 : 8000 }, style)).addTo(outline); }
    }
    cluster.on('click', function (e) { if (e.layer._gm !== undefined) { openEvent(e.layer._gm); } });
    cluster.on('mouseover', function (e) { if (e.layer._gm !== undefined) { showArea(e.layer._gm); } });
    cluster.on('mouseout', function () { outline.clearLayers(); });
    page.showArea = showArea;
    page.outline = outline;

    /* control: places and areas, coloured by the faction holding them on the slider's day */
    var places = cfg.ctl.map(function (p, j) {
      var marker = new G.ShapeMarker([p.y, p.x], { shape: cfg.control_shape, radius: 6, color: '#ffffff', weight: 1.5, fillOpacity: 1 });
      var cell = p.c ? L.geoJSON(p.c, { style: { weight: 1, opacity: 0.8, fillOpacity: 0.3 } }) : null;
      marker.on('click', function () { openPlace(j, marker.getLatLng()); });
      if (cell) { cell.on('click', function (e) { openPlace(j, e.latlng); }); }
      return { p: p, marker: marker, cell: cell, now: -2 };
    });
    page.places = places;

    function holder(h, day) {  // index into h of the record in force on `day`
      var at = -1;
      // Undated records (day null) sort first: in force until a dated one says otherwise. Days
      // before the first day of the map (--since) are negative.
      for (var j = 0; j < h.length; j++) { if (h[j][0] === null || h[j][0] <= day) { at = j; } else { break; } }
      return at;
    }

    function placePopup(j) {
      var pl = places[j], p = pl.p, box = el('div', 'gm-pop');
      var at = holder(p.h, state.day);
      var head = el('div', 'gm-pop-head', null, box);
      if (at >= 0) { head.appendChild(swatch(cfg.control_shape, { fill: factions[p.h[at][1]].colour, stroke: '#1a1a1a' }, 16)); }
      el('span', null, p.n, head).dir = 'auto';
      var t = el('table', null, null, box);
      var held = at >= 0 ? factions[p.h[at][1]].label : 'not known yet';
      if (at >= 0 && p.h[at][2] !== held) { held += ' (“' + p.h[at][2] + '”)'; }  // the report's own words, when they differ
      row(t, 'Held by', held);
      row(t, 'As of', cfg.dated ? dayLabel(cfg.t0, state.day) : 'the reports (none dated)');
      var hist = el('table', 'gm-hist', null, box);
      p.h.forEach(function (r) {
        row(hist, dayLabel(cfg.t0, r[0]), r[2] + (r[3] === 'change' ? ' (took control)' : ''));
      });
      if (at >= 0) {
        if (p.h[at][4]) { el('blockquote', 'gm-quote', p.h[at][4], box).dir = 'auto'; }
        link(box, p.h[at][5], 'Source report');
      }
      return box;
    }
    function openPlace(j, latlng) {
      L.popup(POPUP).setLatLng(latlng || places[j].marker.getLatLng())
        .setContent(placePopup(j)).openOn(map);
      return true;
    }
    page.openPlace = openPlace;

    function updateControl() {
      var changed = false;
      places.forEach(function (pl) {
        var at = holder(pl.p.h, state.day), f = at >= 0 ? pl.p.h[at][1] : -1;
        if (f === pl.now) { return; }
        changed = true;
        pl.now = f;
        if (f < 0) {
          slots.places.removeLayer(pl.marker);
          if (pl.cell) { slots.areas.removeLayer(pl.cell); }
          return;
        }
        var colour = factions[f].colour;
        pl.marker.setStyle({ fillColor: colour, color: colour === '#000000' ? '#ffffff' : '#1a1a1a' });
        slots.places.addLayer(pl.marker);
        if (pl.cell) { pl.cell.setStyle({ color: colour, fillColor: colour }); slots.areas.addLayer(pl.cell); }
      });
      if (changed) {  // back under the events: the places, and under them the areas
        places.forEach(function (pl) { if (pl.now >= 0) { pl.marker.bringToBack(); } });
        places.forEach(function (pl) { if (pl.now >= 0 && pl.cell) { pl.cell.bringToBack(); } });
      }
    }

    /* filter state: kinds switched on, day on the slider, window of days shown */
    var state = { day: cfg.span, window: 0, kinds: kinds.map(function () { return true; }) };
    page.state = state;
    var heat = null;
    if (slots.heat) { heat = new G.HeatLayer([]); slots.heat.addLayer(heat); }

    function wanted(i) {
      if (!state.kinds[ev.k[i]]) { return false; }
      var d = ev.d[i];
      if (d === null) { return true; }  // undated: kept, the slider cannot place it
      return d <= state.day && (state.window === 0 || d > state.day - state.window);
    }

    var counter;
    function apply() {
      var add = [], remove = [], visible = 0;
      for (var i = 0; i < n; i++) {
        var w = wanted(i);
        if (w) { visible++; }
        if (w !== (shown[i] === 1)) { (w ? add : remove).push(markers[i]); shown[i] = w ? 1 : 0; }
      }
      if (remove.length) { cluster.removeLayers(remove); }
      if (add.length) { cluster.addLayers(add); }
      if (heat) {
        var pts = [];
        for (var j = 0; j < n; j++) { if (shown[j]) { pts.push([ev.y[j], ev.x[j]]); } }
        heat.setPoints(pts);
      }
      updateControl();
      page.visible = visible;
      if (counter) { counter.textContent = visible.toLocaleString('en') + ' of ' + n.toLocaleString('en') + ' events shown'; }
    }
    page.apply = apply;
    page.visibleCount = function () { var c = 0; for (var i = 0; i < n; i++) { c += shown[i]; } return c; };

    /* title */
    if (cfg.title) {
      var title = el('div', 'gm-title', cfg.title, map.getContainer());
      title.dir = 'auto';
      L.DomEvent.disableClickPropagation(title);
    }

    /* legend, which is also the filter by event type */
    var counts = kinds.map(function () { return 0; });
    for (var c = 0; c < n; c++) { counts[ev.k[c]]++; }
    var legend = L.control({ position: 'bottomright' });
    legend.onAdd = function () {
      var box = el('div', 'gm-legend leaflet-bar');
      L.DomEvent.disableClickPropagation(box);
      L.DomEvent.disableScrollPropagation(box);
      if (n) {
        el('div', 'gm-legend-title', 'Events (tick to show)', box);
        kinds.forEach(function (k, idx) {
          if (!counts[idx]) { return; }
          var lab = el('label', 'gm-legend-row', null, box);
          var cb = el('input', null, null, lab);
          cb.type = 'checkbox'; cb.checked = true; cb.dataset.kind = k.key;
          cb.addEventListener('change', function () { state.kinds[idx] = cb.checked; apply(); });
          lab.appendChild(swatch(k.shape, { fill: k.colour, stroke: '#1a1a1a' }));
          el('span', null, k.label + ' (' + counts[idx].toLocaleString('en') + ')', lab);
        });
        var note = el('div', 'gm-legend-note', null, box);
        note.appendChild(swatch('circle', { fill: '#777', stroke: '#1a1a1a' }, 16));
        el('span', null, 'exact place  ', note);
        note.appendChild(swatch('circle', { fill: '#fff', stroke: '#777', weight: 2.5 }, 16));
        el('span', null, 'approximate (hover: area)', note);
        el('div', 'gm-legend-note', 'Size grows with the number killed.', box);
      }
      var present = {};
      cfg.ctl.forEach(function (p) { p.h.forEach(function (r) { present[r[1]] = true; }); });
      if (cfg.ctl.length) {
        el('div', 'gm-legend-title', 'Control (on the slider date)', box);
        factions.forEach(function (f, idx) {
          if (!present[idx]) { return; }
          var r = el('div', 'gm-legend-row', null, box);
          r.appendChild(swatch(cfg.control_shape, { fill: f.colour, stroke: '#1a1a1a' }));
          el('span', null, f.label, r);
        });
      }
      return box;
    };
    legend.addTo(map);

    /* time slider */
    var timebox = L.control({ position: 'bottomleft' });
    var playing = null;
    timebox.onAdd = function () {
      var box = el('div', 'gm-time leaflet-bar');
      L.DomEvent.disableClickPropagation(box);
      if (cfg.dated && cfg.span > 0) {
        var line = el('div', 'gm-time-row', null, box);
        var play = el('button', 'gm-play', '▶', line);
        play.type = 'button'; play.title = 'Play through the dates';
        var slider = el('input', 'gm-slider', null, line);
        slider.type = 'range'; slider.min = 0; slider.max = cfg.span; slider.step = 1; slider.value = state.day;
        slider.setAttribute('aria-label', 'Date');
        var label = el('span', 'gm-date', dayLabel(cfg.t0, state.day), line);
        var win = el('select', 'gm-window', null, line);
        [[0, 'everything up to this date'], [1, 'this day only'], [7, 'the 7 days up to it'], [30, 'the 30 days up to it']]
          .forEach(function (o) { var opt = el('option', null, o[1], win); opt.value = o[0]; });
        win.setAttribute('aria-label', 'Window');
        var setDay = function (d) {
          state.day = d; slider.value = d; label.textContent = dayLabel(cfg.t0, d); apply();
        };
        page.setDay = setDay;
        slider.addEventListener('input', function () { setDay(+slider.value); });
        win.addEventListener('change', function () { state.window = +win.value; apply(); });
        // Play steps from one date with events or control changes to the next.
        var stops = {};
        ev.d.forEach(function (d) { if (d !== null) { stops[d] = true; } });
        cfg.ctl.forEach(function (p) { p.h.forEach(function (r) { if (r[0] !== null && r[0] >= 0) { stops[r[0]] = true; } }); });
        var steps = Object.keys(stops).map(Number).sort(function (a, b) { return a - b; });
        play.addEventListener('click', function () {
          if (playing) { clearInterval(playing); playing = null; play.textContent = '▶'; return; }
          var at = 0;
          play.textContent = '❚❚';
          playing = setInterval(function () {
            if (at >= steps.length) { clearInterval(playing); playing = null; play.textContent = '▶'; return; }
            setDay(steps[at++]);
          }, 700);
        });
      }
      counter = el('div', 'gm-count', null, box);
      return box;
    };
    timebox.addTo(map);

    /* place search */
    var search = L.control({ position: 'topleft' });
    search.onAdd = function () {
      var box = el('div', 'gm-search leaflet-bar');
      L.DomEvent.disableClickPropagation(box);
      var input = el('input', null, null, box);
      input.type = 'search'; input.placeholder = 'Find a place…';
      input.setAttribute('aria-label', 'Find a place');
      var list = el('datalist', null, null, box);
      list.id = 'gm-places-' + L.Util.stamp(box);
      input.setAttribute('list', list.id);
      var byName = {};
      for (var i = 0; i < n; i++) {
        [S[ev.pl[i]], S[ev.pa[i]]].forEach(function (name) {
          if (name && !(name in byName)) { byName[name] = { event: i }; }
        });
      }
      places.forEach(function (pl, j) { if (pl.p.n && !(pl.p.n in byName)) { byName[pl.p.n] = { place: j }; } });
      Object.keys(byName).sort().forEach(function (name) { el('option', null, null, list).value = name; });
      var go = function () {
        var hit = byName[input.value.trim()];
        if (!hit) {
          var q = input.value.trim().toLowerCase();
          var name = q && Object.keys(byName).filter(function (s) { return s.toLowerCase().indexOf(q) >= 0; })[0];
          hit = name ? byName[name] : null;
        }
        if (!hit) { input.classList.add('gm-miss'); return; }
        input.classList.remove('gm-miss');
        if (hit.place !== undefined) { map.setView(places[hit.place].marker.getLatLng(), 11); openPlace(hit.place); return; }
        reveal(hit.event, function () { openEvent(hit.event); });
      };
      input.addEventListener('change', go);  // Enter, or a name picked from the list
      return box;
    };
    search.addTo(map);

    /* fullscreen: the browser API, with a whole-window fallback */
    var full = L.control({ position: 'topleft' });
    full.onAdd = function () {
      var bar = el('div', 'leaflet-bar gm-full');
      var a = el('a', null, null, bar);
      a.appendChild(cornersIcon());
      a.href = '#'; a.title = 'Full screen'; a.setAttribute('role', 'button');
      L.DomEvent.on(a, 'click', function (e) {
        L.DomEvent.preventDefault(e);
        var box = map.getContainer();
        if (document.fullscreenElement) { document.exitFullscreen(); }
        else if (box.requestFullscreen) { box.requestFullscreen().catch(function () { box.classList.toggle('gm-fullwindow'); }); }
        else { box.classList.toggle('gm-fullwindow'); }
        setTimeout(function () { map.invalidateSize(); }, 200);
      });
      return bar;
    };
    full.addTo(map);

    /* first draw: every event is wanted; the page is ready once the clusters are built */
    var all = [];
    for (var a = 0; a < n; a++) { if (wanted(a)) { all.push(markers[a]); shown[a] = 1; } }
    cluster.options.chunkProgress = function (done, total) {
      if (done >= total) { page.ready = true; page.readyAt = performance.now(); cluster.options.chunkProgress = null; }
    };
    cluster.addLayers(all);
    if (!all.length || !map.hasLayer(cluster)) { page.ready = true; page.readyAt = performance.now(); }  // no chunked loading happened
    apply();
  };
})();
