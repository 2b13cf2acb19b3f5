// Eventline explorer: reads the filters, asks the JSON API, draws the table, timeline, network and map.
// Every piece of data reaches the page through textContent or SVG attributes, never as HTML:
// the data was scraped from the web.
'use strict';
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const QUAD_COLOURS = {1: '#2b8a3e', 2: '#1c7ed6', 3: '#f08c00', 4: '#c92a2a'};
  const TYPE_COLOURS = ['#4c6ef5', '#15aabf', '#82c91e', '#fab005', '#fd7e14', '#e64980', '#7950f2', '#12b886',
    '#868e96', '#d6336c', '#5c940d', '#e8590c', '#364fc7', '#a61e4d', '#0b7285', '#c92a2a'];
  const state = {sort: 'newest', offset: 0, limit: 100, map: null, markers: null};

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  // a place the gazetteer lacks is named as written, with the place around it that gives its position
  function placeLabel(w) {
    if (!w) return '—';
    return w.kind === 'unlisted' ? w.text + ' (in ' + w.name + ')' : w.name;
  }
  function svg(tag, attrs, text) {
    const e = document.createElementNS(SVG, tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function filters() {
    const params = new URLSearchParams();
    new FormData(document.getElementById('filters')).forEach((v, k) => { if (String(v).trim()) params.set(k, String(v).trim()); });
    return params;
  }
  async function api(path, params) {
    const res = await fetch(path + '?' + params.toString(), {headers: {Accept: 'application/json'}});
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }
  function showError(message) {
    const e = document.getElementById('error');
    e.textContent = message || '';
    e.hidden = !message;
  }

  async function refresh() {
    showError('');
    const f = filters();
    const page = new URLSearchParams(f);
    page.set('sort', state.sort);
    page.set('limit', state.limit);
    page.set('offset', state.offset);
    const net = new URLSearchParams(f); net.set('limit', 60);
    const places = new URLSearchParams(f); places.set('limit', 500);
    const timeline = new URLSearchParams(f); timeline.set('interval', document.getElementById('filters').dataset.interval || 'month');
    try {
      const [events, tl, network, pl] = await Promise.all([
        api('/api/events', page), api('/api/timeline', timeline), api('/api/network', net), api('/api/places', places)]);
      drawTable(events);
      drawTimeline(tl.timeline);
      drawNetwork(network);
      drawMap(pl.places);
      document.getElementById('status').textContent =
          events.total + ' events match; showing ' + (events.total ? state.offset + 1 : 0) + '–' + (state.offset + events.events.length) + '.';
      document.body.dataset.loaded = 'true';
    } catch (err) {
      showError(err.message);
    }
  }

  function actor(p) {
    if (!p) return '—';
    return (p.name || p.text || '') + (p.code ? ' (' + p.code + ')' : '');
  }
  function drawTable(body) {
    const tbody = document.querySelector('#events tbody');
    tbody.replaceChildren();
    body.events.forEach(e => {
      const tr = el('tr', {'data-id': e.id});
      tr.append(el('td', {class: 'date'}, e.date), el('td', {}, e.type), el('td', {}, actor(e.source)),
          el('td', {}, actor(e.target)), el('td', {class: 'status ' + e.status}, e.status),
          el('td', {}, e.goldstein), el('td', {}, placeLabel(e.where)),
          el('td', {class: 'sentence'}, e.sentence ? e.sentence.text : ''));
      const td = el('td');
      const a = el('a', {href: '/articles/' + encodeURIComponent(e.article.id), class: 'article-link'},
          e.article.title || e.article.id);
      td.append(a);
      tr.append(td);
      tbody.append(tr);
    });
    document.querySelectorAll('#events th[data-sort]').forEach(th => {
      th.classList.toggle('sorted', th.dataset.sort === state.sort);
    });
    document.getElementById('prev').disabled = state.offset === 0;
    document.getElementById('next').disabled = state.offset + body.events.length >= body.total;
  }

  function drawTimeline(points) {
    const box = document.getElementById('timeline');
    box.replaceChildren();
    const periods = [...new Set(points.map(p => p.period))];
    const types = [...new Set(points.map(p => p.type))].sort();
    const totals = {};
    points.forEach(p => { totals[p.period] = (totals[p.period] || 0) + p.events; });
    const max = Math.max(1, ...Object.values(totals));
    const W = 460, H = 200, left = 30, bottom = 20;
    const bar = (W - left) / Math.max(1, periods.length);
    const s = svg('svg', {viewBox: `0 0 ${W} ${H + 40}`, class: 'chart', role: 'img'});
    s.append(svg('text', {x: 0, y: 12, class: 'axis'}, max));
    const stack = {};
    points.forEach(p => {
      const i = periods.indexOf(p.period);
      const h = (H - bottom) * p.events / max;
      const y0 = stack[p.period] || 0;
      const r = svg('rect', {x: left + i * bar + 1, y: H - bottom - y0 - h, width: Math.max(1, bar - 2), height: h,
        fill: TYPE_COLOURS[types.indexOf(p.type) % TYPE_COLOURS.length], class: 'bar'});
      r.append(svg('title', {}, p.period + ' ' + p.type + ': ' + p.events));
      s.append(r);
      stack[p.period] = y0 + h;
    });
    if (periods.length) {
      s.append(svg('text', {x: left, y: H - 4, class: 'axis'}, periods[0]));
      s.append(svg('text', {x: W, y: H - 4, class: 'axis', 'text-anchor': 'end'}, periods[periods.length - 1]));
    }
    types.forEach((t, i) => {
      const x = (i % 6) * 76, y = H + 8 + Math.floor(i / 6) * 14;
      s.append(svg('rect', {x: x, y: y, width: 9, height: 9, fill: TYPE_COLOURS[i % TYPE_COLOURS.length]}));
      s.append(svg('text', {x: x + 12, y: y + 8, class: 'legend'}, t));
    });
    box.append(s);
  }

  // A small force layout: enough to untangle a few dozen actors, run to rest before drawing.
  function drawNetwork(net) {
    const box = document.getElementById('network');
    box.replaceChildren();
    const W = 460, H = 280;
    const nodes = net.nodes.map((n, i) => ({...n, x: W / 2 + 150 * Math.cos(i * 2.4), y: H / 2 + 100 * Math.sin(i * 2.4), vx: 0, vy: 0}));
    const byCode = Object.fromEntries(nodes.map(n => [n.code, n]));
    const edges = net.edges.filter(e => byCode[e.source] && byCode[e.target]);
    const maxEvents = Math.max(1, ...nodes.map(n => n.events));
    for (let step = 0; step < 200; step++) {
      for (const a of nodes) for (const b of nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(25, dx * dx + dy * dy);
        a.vx += 800 * dx / d2; a.vy += 800 * dy / d2;
      }
      for (const e of edges) {
        const a = byCode[e.source], b = byCode[e.target];
        const dx = b.x - a.x, dy = b.y - a.y;
        a.vx += dx * 0.01; a.vy += dy * 0.01; b.vx -= dx * 0.01; b.vy -= dy * 0.01;
      }
      for (const n of nodes) {
        n.vx += (W / 2 - n.x) * 0.005; n.vy += (H / 2 - n.y) * 0.005;
        n.x = Math.min(W - 10, Math.max(10, n.x + n.vx * 0.5)); n.y = Math.min(H - 10, Math.max(10, n.y + n.vy * 0.5));
        n.vx *= 0.6; n.vy *= 0.6;
      }
    }
    const s = svg('svg', {viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img'});
    const maxEdge = Math.max(1, ...edges.map(e => e.events));
    edges.forEach(e => {
      const a = byCode[e.source], b = byCode[e.target];
      const line = svg('line', {x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: QUAD_COLOURS[e.quad_class],
        'stroke-width': 1 + 4 * e.events / maxEdge, 'stroke-opacity': 0.7, class: 'edge quad' + e.quad_class});
      line.append(svg('title', {}, e.source + ' → ' + e.target + ', quad class ' + e.quad_class + ': ' + e.events));
      s.append(line);
    });
    nodes.forEach(n => {
      const g = svg('g', {class: 'node'});
      const c = svg('circle', {cx: n.x, cy: n.y, r: 4 + 14 * Math.sqrt(n.events / maxEvents)});
      c.append(svg('title', {}, (n.name || n.code) + ': ' + n.events + ' events'));
      g.append(c, svg('text', {x: n.x + 6, y: n.y - 6, class: 'label'}, n.code));
      s.append(g);
    });
    box.append(s);
  }

  async function drawMap(places) {
    if (!window.L) return;
    if (!state.map) {
      state.map = L.map('map', {worldCopyJump: true, attributionControl: true}).setView([30, 30], 2);
      state.map.attributionControl.addAttribution('Country outlines: Natural Earth via world-atlas');
      const res = await fetch('/assets/vendor/world-atlas/countries-110m.json');
      const topo = await res.json();
      L.geoJSON(topojson.feature(topo, topo.objects.countries), {style: {color: '#868e96', weight: 0.6, fillColor: '#f1f3f5', fillOpacity: 1}})
          .addTo(state.map);
      state.markers = L.layerGroup().addTo(state.map);
    }
    state.markers.clearLayers();
    const max = Math.max(1, ...places.map(p => p.events));
    places.forEach(p => {
      const m = L.circleMarker([p.lat, p.lon], {radius: 3 + 12 * Math.sqrt(p.events / max), color: '#c92a2a', weight: 1, fillOpacity: 0.5});
      // bindTooltip with an element, not a string: Leaflet would read a string as HTML.
      m.bindTooltip(el('span', {}, (p.name || '') + ' (' + (p.country || '?') + '): ' + p.events + ' events'));
      state.markers.addLayer(m);
    });
    document.getElementById('map').dataset.markers = String(places.length);
  }

  document.addEventListener('DOMContentLoaded', () => {
    document.getElementById('filters').addEventListener('submit', ev => { ev.preventDefault(); state.offset = 0; refresh(); });
    document.querySelectorAll('#events th[data-sort]').forEach(th => th.addEventListener('click', () => {
      const asc = th.dataset.sort;
      const desc = {oldest: 'newest', goldstein: 'goldstein_desc'}[asc];
      state.sort = state.sort === asc && desc ? desc : asc;
      state.offset = 0;
      refresh();
    }));
    document.getElementById('prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - state.limit); refresh(); });
    document.getElementById('next').addEventListener('click', () => { state.offset += state.limit; refresh(); });
    refresh();
  });
})();
