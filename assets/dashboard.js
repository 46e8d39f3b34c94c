/* viz dashboard: filtering and drawing in the browser.
 *
 * The server sends the run once per version as integer-coded arrays (viz/app/payload.py).
 * A filter change is one pass over those arrays here: the map's point colours are restyled
 * (its points are never sent or plotted again) and the small aggregate figures are redrawn,
 * only those whose inputs changed. Corpus text reaches plotly escaped and the page as text.
 */
(function () {
  "use strict";

  const NODAY = -2147483648;
  const DAY_MS = 86400000;
  const OVER_TIME_LINES = 15;
  const TYPES = {int8: Int8Array, int16: Int16Array, int32: Int32Array, float32: Float32Array,
                 float64: Float64Array, uint8: Uint8Array};

  const S = {            // this page's state (one per browser tab, never on the server)
    url: null, data: null, loading: null, ids: null,
    drawn: {map: null, overview: null, overTime: null, timeline: null},
    dayEvents: null, spanEvents: null, overviewTopics: null,
    seq: 0, readSeq: 0, version: null,
  };

  function esc(s) {      // plotly renders a little HTML in text: escape corpus text for it
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function short(s, n) {
    s = String(s).replace(/\s+/g, " ").trim();
    return s.length > n ? s.slice(0, n - 1) + "\u2026" : s;
  }
  function decode(a) {
    const bin = atob(a.b64), u8 = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
    return new TYPES[a.dtype](u8.buffer);
  }
  function dayOf(iso) {
    if (!iso) return null;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso));
    return m ? Math.floor(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS) : null;
  }
  function isoOf(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function inView(id) {   // any part of the view's box inside the window
    const box = document.getElementById(id);
    if (!box) return false;
    const r = box.getBoundingClientRect();
    return r.width > 0 && r.bottom > 0 && r.top < window.innerHeight && r.right > 0 &&
           r.left < window.innerWidth;
  }
  function plotDiv(id) {
    const box = document.getElementById(id);
    return box ? box.querySelector(".viz-plot") : null;
  }

  // derived lookups of a payload (after a full load or a delta)
  function finish(d) {
    d.K = d.topics.id.length;
    d.topicIndex = new Map(d.topics.id.map((t, i) => [t, i]));
    d.eventTotal = new Int32Array(d.events.id.length);
    for (let j = 0; j < d.mentions.event.length; j++) d.eventTotal[d.mentions.event[j]]++;
    return d;
  }

  const DECODED = {passages: null, events: ["id", "start", "end", "granularity", "topic"],
                   mentions: ["passage", "event"]};
  function decodePart(d, key, sub) {
    if (key === "passages" || (DECODED[key] && DECODED[key].includes(sub))) {
      d[key][sub] = decode(d[key][sub]);
    } else if (key === "over_time" && sub === "event") {
      const ot = d.over_time.event;
      ot.passage = decode(ot.passage); ot.bin = decode(ot.bin);
    }
  }

  function decodeAll(raw) {
    for (const key of ["passages", "events", "over_time", "mentions"]) {
      for (const sub of Object.keys(raw[key])) decodePart(raw, key, sub);
    }
    return finish(raw);
  }

  // a later version as the parts that changed (viz.app.payload.encode_delta), over the payload
  // this page holds: a rename sends the topics, not every point again
  function applyDelta(old, raw) {
    const d = Object.assign({}, old, {version: raw.version});
    for (const key of ["passages", "events", "over_time", "mentions"]) d[key] = Object.assign({}, old[key]);
    delete d.idIndex;
    for (const [part, value] of Object.entries(raw.delta)) {
      const [key, sub] = part.split(".");
      if (sub === undefined) d[key] = value;
      else { d[key][sub] = value; decodePart(d, key, sub); }
    }
    return finish(d);
  }

  async function load(url) {
    if (S.url === url && S.data) return S.data;
    if (S.loading && S.loading.url === url) return S.loading.promise;
    const ticket = S.loadTicket = (S.loadTicket || 0) + 1;
    const base = S.data;   // what this page holds: ask for what changed since
    const asked = base ? url + (url.includes("?") ? "&" : "?") + "since=" + encodeURIComponent(base.version) : url;
    const get = (u) => fetch(u).then((r) => {
      if (!r.ok) throw new Error("payload " + r.status);
      return r.json();
    });
    const promise = get(asked).then((raw) => {
      if (!raw.delta) return decodeAll(raw);
      if (base && raw.since === base.version) return applyDelta(base, raw);
      return get(url).then(decodeAll);
    }).then((d) => {
      if (ticket > (S.dataTicket || 0)) {   // never over a payload asked for later
        S.dataTicket = ticket; S.url = url; S.data = d; S.version = d.version;
        S.drawn = {map: null, overview: null, overTime: null, timeline: null};
      }
      return d;
    });
    S.loading = {url, promise};
    try { return await promise; } finally { if (S.loading && S.loading.url === url) S.loading = null; }
  }

  // Word search: the server folds case and accents (viz/textsearch.py) and answers with the
  // ids of the passages holding every word; here they become a mask over the payload's order.
  async function searchHits(d, query) {
    if (window.vizWorkbench) return window.vizWorkbench.hits(d, query);  // words or meaning, bits
    const key = d.version + "\u0000" + query;
    if (S.searchKey === key) return S.searchMask;
    const r = await fetch("/_viz/search?q=" + encodeURIComponent(query), {cache: "no-store"});
    const body = r.ok ? await r.json() : {hits: []};
    if (!d.idIndex) d.idIndex = new Map(Array.from(d.passages.id, (id, i) => [id, i]));
    const mask = new Uint8Array(d.n);
    for (const id of body.hits) { const i = d.idIndex.get(id); if (i !== undefined) mask[i] = 1; }
    S.searchKey = key; S.searchMask = mask;
    return mask;
  }

  // ------------------------------------------------------------------ filtering, one pass
  // the passages inside a lasso (x1, y1, x2, y2, ...; data coordinates), by the even-odd rule
  // with the same arithmetic as the server's CSV (viz.app.tables.lasso_mask); kept per polygon
  function lassoMask(d, poly) {
    const key = poly.join(",");
    if (S.lasso && S.lasso.key === key && S.lasso.d === d) return S.lasso.mask;
    const n = d.n, X = d.passages.x, Y = d.passages.y, m = poly.length / 2, mask = new Uint8Array(n);
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (let k = 0; k < m; k++) {
      x0 = Math.min(x0, poly[2 * k]); x1 = Math.max(x1, poly[2 * k]);
      y0 = Math.min(y0, poly[2 * k + 1]); y1 = Math.max(y1, poly[2 * k + 1]);
    }
    for (let i = 0; i < n; i++) {
      const x = X[i], y = Y[i];
      if (!(x >= x0 && x <= x1 && y >= y0 && y <= y1)) continue;
      let inside = false;
      for (let k = 0, j = m - 1; k < m; j = k++) {
        const xi = poly[2 * k], yi = poly[2 * k + 1], xj = poly[2 * j], yj = poly[2 * j + 1];
        if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) inside = !inside;
      }
      if (inside) mask[i] = 1;
    }
    S.lasso = {key, d, mask};
    return mask;
  }

  function validLasso(l) {
    return Array.isArray(l) && l.length >= 6 && l.length % 2 === 0 && l.every((v) => Number.isFinite(Number(v)));
  }

  function compute(d, f) {
    const n = d.n, K = d.K, L = d.langs.length, P = d.passages;
    const tsel = new Uint8Array(K).fill(f.topics.length ? 0 : 1);
    for (const t of f.topics) { const i = d.topicIndex.get(Number(t)); if (i !== undefined) tsel[i] = 1; }
    const lsel = new Uint8Array(L + 1).fill(f.languages.length ? 0 : 1);
    for (const l of f.languages) { const i = d.langs.indexOf(l); if (i >= 0) lsel[i + 1] = 1; }
    const ssel = new Uint8Array(d.sources.length + 1).fill(f.sources.length ? 0 : 1);
    for (const s of f.sources) { const i = d.sources.indexOf(s); if (i >= 0) ssel[i + 1] = 1; }
    const lo = dayOf(f.start), hi = dayOf(f.end), dated = lo !== null || hi !== null;
    const lo_ = lo === null ? -2147483647 : lo, hi_ = hi === null ? 2147483647 : hi;
    const B = d.over_time.publication.bins.length;
    const mask = new Uint8Array(n);
    const X = P.x, Y = P.y, hits = f.hits || null;
    const box = f.selection && f.selection.length === 4 ? f.selection : null;
    const inLasso = f.selection && f.selection.length >= 6 ? lassoMask(d, f.selection) : null;
    let said = null;   // the brush by date mentioned: passages with an event in the range
    if (f.mentioned) {
      const mlo = dayOf(f.mentioned[0]), mhi = dayOf(f.mentioned[1]), ev = d.events;
      const a = mlo === null ? -2147483647 : mlo, b = mhi === null ? 2147483647 : mhi;
      const mp = d.mentions.passage, me = d.mentions.event;
      said = new Uint8Array(n);
      for (let j = 0; j < mp.length; j++) {
        const e = me[j];
        if (ev.start[e] !== NODAY && ev.start[e] <= b && ev.end[e] >= a) said[mp[j]] = 1;
      }
    }
    const byTopicLang = new Int32Array(K * (L + 1)), pubBins = new Int32Array(Math.max(1, B * K));
    const topic = P.topic, lang = P.lang, source = P.source, day = P.day, bin = P.bin;
    let shown = 0;
    for (let i = 0; i < n; i++) {
      const t = topic[i];
      let ok = tsel[t] && lsel[lang[i] + 1] && ssel[source[i] + 1];
      if (ok && dated) { const dd = day[i]; ok = dd !== NODAY && dd >= lo_ && dd <= hi_; }
      if (ok && box) ok = X[i] >= box[0] && X[i] <= box[2] && Y[i] >= box[1] && Y[i] <= box[3];
      if (ok && inLasso) ok = inLasso[i] === 1;
      if (ok && hits) ok = hits[i] === 1;
      if (ok && said) ok = said[i] === 1;
      if (ok) {
        mask[i] = 1; shown++;
        byTopicLang[t * (L + 1) + lang[i] + 1]++;
        const b = bin[i]; if (b >= 0) pubBins[b * K + t]++;
      }
    }
    const E = d.events.id.length, eventCount = new Int32Array(E);
    const mp = d.mentions.passage, me = d.mentions.event;
    let nEvents = 0;
    for (let j = 0; j < mp.length; j++) if (mask[mp[j]]) { if (eventCount[me[j]]++ === 0) nEvents++; }
    const topicSize = new Int32Array(K);
    for (let t = 0; t < K; t++) for (let l = 0; l <= L; l++) topicSize[t] += byTopicLang[t * (L + 1) + l];
    return {mask, byTopicLang, pubBins, eventCount, shown, nEvents, topicSize};
  }

  function eventBins(d, r) {
    const ot = d.over_time.event, K = d.K, B = ot.bins.length;
    const counts = new Int32Array(Math.max(1, B * K)), topic = d.passages.topic;
    for (let j = 0; j < ot.passage.length; j++) {
      const p = ot.passage[j];
      if (r.mask[p]) counts[ot.bin[j] * K + topic[p]]++;
    }
    return counts;
  }

  // ------------------------------------------------------------------ figures
  const BASE = {template: "plotly_white", margin: {l: 10, r: 10, t: 40, b: 30},
                font: {family: "system-ui, sans-serif", size: 12}};

  // The map is a 2-D canvas of its own: on a software-rendered WebGL (headless, or a machine
  // without a GPU) plotly's scattergl needs seconds to restyle 100,000 points, a canvas pass
  // takes tens of milliseconds. Points arrive once; a filter only changes which are coloured.
  const MapView = {
    init(d, box) {
      box.textContent = "";
      const title = document.createElement("div");
      title.className = "map-title"; title.textContent = "Topic map";
      const canvas = document.createElement("canvas");
      canvas.className = "map-canvas"; canvas.tabIndex = 0;
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", "Topic map: every passage as a point, coloured by topic. " +
                          "Drag to pan, wheel to zoom, click a point to read it, shift-drag to select.");
      box.append(title, canvas);
      const P = d.passages, n = d.n;
      let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
      for (let i = 0; i < n; i++) {
        const x = P.x[i], y = P.y[i];
        if (x < x0) x0 = x; if (x > x1) x1 = x; if (y < y0) y0 = y; if (y > y1) y1 = y;
      }
      if (!(x1 > x0)) { x0 -= 1; x1 += 1; }
      if (!(y1 > y0)) { y0 -= 1; y1 += 1; }
      // points grouped by topic (one fillStyle per topic), and a grid for picking
      const byTopic = new Int32Array(n), start = new Int32Array(d.K + 1);
      for (let i = 0; i < n; i++) start[P.topic[i] + 1]++;
      for (let t = 0; t < d.K; t++) start[t + 1] += start[t];
      const fill = start.slice(0, d.K);
      for (let i = 0; i < n; i++) byTopic[fill[P.topic[i]]++] = i;
      const G = Math.max(8, Math.min(512, Math.round(Math.sqrt(n / 4))));
      const cellOf = (i) => Math.min(G - 1, Math.floor((P.x[i] - x0) / (x1 - x0) * G)) * G +
                            Math.min(G - 1, Math.floor((P.y[i] - y0) / (y1 - y0) * G));
      const cstart = new Int32Array(G * G + 1), cells = new Int32Array(n);
      for (let i = 0; i < n; i++) cstart[cellOf(i) + 1]++;
      for (let c = 0; c < G * G; c++) cstart[c + 1] += cstart[c];
      const cfill = cstart.slice(0, G * G);
      for (let i = 0; i < n; i++) cells[cfill[cellOf(i)]++] = i;
      Object.assign(this, {d, box, canvas, ctx: canvas.getContext("2d"), byTopic, start, G, cstart,
                           cells, bounds: [x0, x1, y0, y1], zoom: 1, cx: (x0 + x1) / 2,
                           cy: (y0 + y1) / 2, mask: null, hover: -1, selectBox: null, selectPath: null,
                           image: null, packed: null});
      this.bind();
      new ResizeObserver(() => this.resize()).observe(box);
      this.resize(true);
    },
    resize(quiet) {
      const w = Math.max(200, this.box.clientWidth - 8), h = 540, dpr = window.devicePixelRatio || 1;
      if (this.canvas.width === Math.round(w * dpr) && this.canvas.height === Math.round(h * dpr)) return;
      this.canvas.width = Math.round(w * dpr); this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = w + "px"; this.canvas.style.height = h + "px";
      this.w = w; this.h = h; this.dpr = dpr;
      if (!quiet && this.mask) this.draw();
    },
    scale() {
      const [x0, x1, y0, y1] = this.bounds;
      return 0.94 * Math.min(this.w / (x1 - x0), this.h / (y1 - y0)) * this.zoom;
    },
    toPx(x, y) {
      const k = this.scale();
      return [this.w / 2 + (x - this.cx) * k, this.h / 2 - (y - this.cy) * k];
    },
    toData(px, py) {
      const k = this.scale();
      return [this.cx + (px - this.w / 2) / k, this.cy - (py - this.h / 2) / k];
    },
    pagePoint(i) {   // page coordinates of point i (tests and benchmarks click there)
      const r = this.canvas.getBoundingClientRect();
      const [px, py] = this.toPx(this.d.passages.x[i], this.d.passages.y[i]);
      return [r.left + px, r.top + py];
    },
    setMask(mask, sizes) { this.mask = mask; this.sizes = sizes; this.draw(); },
    draw() {
      // points are written straight into the canvas's pixels (a fillRect per point costs
      // ~3 µs; 100,000 of them are too slow for one frame): filtered-out points in light grey
      // first, then the shown ones topic by topic, then labels and marks on top
      const d = this.d, P = d.passages, ctx = this.ctx, mask = this.mask, n = d.n, dpr = this.dpr;
      const k = this.scale() * dpr, ox = (this.w / 2 - this.cx * this.scale()) * dpr;
      const oy = (this.h / 2 + this.cy * this.scale()) * dpr;
      const W = this.canvas.width, H = this.canvas.height;
      const s = Math.max(1, Math.round((n < 5000 ? 4 : (n < 40000 ? 3 : 2)) * dpr)), h = s >> 1;
      if (!this.image || this.image.width !== W || this.image.height !== H) {
        this.image = ctx.createImageData(W, H);
        this.pixels = new Uint32Array(this.image.data.buffer);
      }
      const px32 = this.pixels;
      px32.fill(0xffffffff);
      const X = P.x, Y = P.y;
      const plot = (i, c) => {
        const x = Math.round(X[i] * k + ox) - h, y = Math.round(oy - Y[i] * k) - h;
        if (x < 0 || y < 0 || x + s > W || y + s > H) return;
        for (let r = 0; r < s; r++) { const row = (y + r) * W + x; for (let q = 0; q < s; q++) px32[row + q] = c; }
      };
      const grey = packColor("#e3e3e3");
      for (let i = 0; i < n; i++) if (!mask[i]) plot(i, grey);
      const order = this.byTopic, start = this.start;
      if (!this.packed) this.packed = d.topics.color.map((c, t) => packColor(c, t === d.outlier ? 0.5 : 1));
      for (let t = 0; t < d.K; t++) {
        const c = this.packed[t];
        for (let j = start[t]; j < start[t + 1]; j++) { const i = order[j]; if (mask[i]) plot(i, c); }
      }
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.putImageData(this.image, 0, 0);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const kc = this.scale(), oxc = this.w / 2 - this.cx * kc, oyc = this.h / 2 + this.cy * kc;
      this.drawLabels(kc, oxc, oyc);
      if (this.hover >= 0) {
        const i = this.hover;
        ctx.strokeStyle = "#000"; ctx.lineWidth = 1.5;
        ctx.beginPath(); ctx.arc(X[i] * kc + oxc, oyc - Y[i] * kc, 5, 0, 2 * Math.PI); ctx.stroke();
      }
      if (this.selectPath && this.selectPath.length > 1) {
        ctx.strokeStyle = "#0969da"; ctx.setLineDash([4, 3]); ctx.lineWidth = 1;
        ctx.beginPath();
        this.selectPath.forEach(([a, b], k) => (k ? ctx.lineTo(a, b) : ctx.moveTo(a, b)));
        ctx.closePath(); ctx.stroke(); ctx.setLineDash([]);
      }
      if (this.selectBox) {
        const [a, b, c, e] = this.selectBox;
        ctx.strokeStyle = "#0969da"; ctx.setLineDash([4, 3]); ctx.lineWidth = 1;
        ctx.strokeRect(Math.min(a, c), Math.min(b, e), Math.abs(c - a), Math.abs(e - b));
        ctx.setLineDash([]);
      }
    },
    drawLabels(k, ox, oy) {   // the largest shown topics, labelled at their centres, never piled up
      const d = this.d, ctx = this.ctx, placed = [];
      this.labels = [];   // what was drawn where (tests read it)
      const order = [];
      for (let t = 0; t < d.K; t++) if (t !== d.outlier && this.sizes[t] > 0 && d.topics.cx[t] !== null) order.push(t);
      order.sort((a, b) => this.sizes[b] - this.sizes[a]);
      ctx.font = "12px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
      ctx.lineJoin = "round";
      for (const t of order) {
        const px = d.topics.cx[t] * k + ox, py = oy - d.topics.cy[t] * k;
        if (px < 0 || py < 0 || px > this.w || py > this.h) continue;
        const text = short(d.topics.label[t], 28), w = ctx.measureText(text).width + 6, hh = 16;
        const box = [px - w / 2, py - hh / 2, px + w / 2, py + hh / 2];
        if (placed.some((b) => box[0] < b[2] && box[2] > b[0] && box[1] < b[3] && box[3] > b[1])) continue;
        placed.push(box);
        this.labels.push({topic: d.topics.id[t], text, box});
        ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.strokeText(text, px, py);
        ctx.fillStyle = "#1f2328"; ctx.fillText(text, px, py);
      }
    },
    nearest(px, py, radius) {   // the shown point nearest a canvas pixel, or -1
      const [x, y] = this.toData(px, py), k = this.scale(), G = this.G;
      const [x0, x1, y0, y1] = this.bounds, rr = radius / k;
      const ca = Math.max(0, Math.floor((x - rr - x0) / (x1 - x0) * G));
      const cb = Math.min(G - 1, Math.floor((x + rr - x0) / (x1 - x0) * G));
      const ra = Math.max(0, Math.floor((y - rr - y0) / (y1 - y0) * G));
      const rb = Math.min(G - 1, Math.floor((y + rr - y0) / (y1 - y0) * G));
      let best = -1, bd = rr * rr;
      const P = this.d.passages;
      for (let a = ca; a <= cb; a++) for (let b = ra; b <= rb; b++) {
        const c = a * G + b;
        for (let j = this.cstart[c]; j < this.cstart[c + 1]; j++) {
          const i = this.cells[j];
          if (!this.mask[i]) continue;
          const dx = P.x[i] - x, dy = P.y[i] - y, dd = dx * dx + dy * dy;
          if (dd <= bd) { bd = dd; best = i; }
        }
      }
      return best;
    },
    bind() {
      const c = this.canvas, tip = document.getElementById(S.ids.tooltip);
      let drag = null, moved = false, pending = false;
      const local = (e) => { const r = c.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
      c.addEventListener("mousedown", (e) => {
        drag = {p: local(e), cx: this.cx, cy: this.cy, select: e.shiftKey,
                lasso: e.shiftKey && selectMode() === "lasso", path: [local(e)]};
        moved = false;
      });
      window.addEventListener("mouseup", (e) => {
        if (!drag) return;
        const q = local(e), wasSelect = drag.select && moved;
        const p = drag.p, lasso = drag.lasso, path = drag.path; drag = null;
        if (wasSelect && lasso) {
          this.selectPath = null;
          path.push(q);
          const step = Math.ceil(path.length / LASSO_VERTICES), poly = [];
          for (let k = 0; k < path.length; k += step) poly.push(...this.toData(path[k][0], path[k][1]));
          if (poly.length >= 6) setSelection(poly); else this.draw();
        } else if (wasSelect) {
          this.selectBox = null;
          const [ax, ay] = this.toData(Math.min(p[0], q[0]), Math.max(p[1], q[1]));
          const [bx, by] = this.toData(Math.max(p[0], q[0]), Math.min(p[1], q[1]));
          setSelection([ax, ay, bx, by]);
        } else if (!moved && e.target === c) {
          const i = this.nearest(q[0], q[1], 8);
          if (i >= 0) read("passage", this.d.passages.id[i]);
        }
      });
      c.addEventListener("mousemove", (e) => {
        const q = local(e);
        if (drag) {
          if (Math.abs(q[0] - drag.p[0]) + Math.abs(q[1] - drag.p[1]) > 3) moved = true;
          if (!moved) return;
          if (drag.lasso) {
            const last = drag.path[drag.path.length - 1];
            if (Math.abs(q[0] - last[0]) + Math.abs(q[1] - last[1]) > 2) drag.path.push(q);
            this.selectPath = drag.path;
          } else if (drag.select) this.selectBox = [drag.p[0], drag.p[1], q[0], q[1]];
          else {
            const k = this.scale();
            this.cx = drag.cx - (q[0] - drag.p[0]) / k; this.cy = drag.cy + (q[1] - drag.p[1]) / k;
          }
          if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; this.draw(); }); }
          return;
        }
        const i = this.nearest(q[0], q[1], 6);
        if (i !== this.hover) {
          this.hover = i;
          if (tip) {
            if (i >= 0) {
              const d = this.d, t = d.passages.topic[i], day = d.passages.day[i];
              const head = short(d.topics.label[t], 60) + " \u00b7 " + (d.langs[d.passages.lang[i]] || "?") +
                (day !== NODAY ? " \u00b7 " + isoOf(day) : "") + " \u00b7 click to read";
              tip.textContent = head;
              snippet(tip, d.passages.id[i], head);
            }
            if (i < 0) tip.removeAttribute("data-passage-id");
            tip.hidden = i < 0;
          }
          if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; this.draw(); }); }
        }
      });
      c.addEventListener("mouseleave", () => {
        if (tip) { tip.hidden = true; tip.removeAttribute("data-passage-id"); }
      });
      c.addEventListener("wheel", (e) => {
        e.preventDefault();
        const q = local(e), before = this.toData(q[0], q[1]);
        this.zoom = Math.min(200, Math.max(0.5, this.zoom * (e.deltaY < 0 ? 1.25 : 0.8)));
        const after = this.toData(q[0], q[1]);
        this.cx += before[0] - after[0]; this.cy += before[1] - after[1];
        if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; this.draw(); }); }
      }, {passive: false});
      c.addEventListener("dblclick", () => {
        const [x0, x1, y0, y1] = this.bounds;
        this.zoom = 1; this.cx = (x0 + x1) / 2; this.cy = (y0 + y1) / 2; this.draw();
      });
    },
  };

  function packColor(css, alpha) {   // "#rrggbb" (or "rgb(...)") as one RGBA pixel, over white
    let r = 128, g = 128, b = 128;
    const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(css);
    const m2 = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(css);
    if (m) { r = parseInt(m[1], 16); g = parseInt(m[2], 16); b = parseInt(m[3], 16); }
    else if (m2) { r = +m2[1]; g = +m2[2]; b = +m2[3]; }
    const a = alpha === undefined ? 1 : alpha;
    const mix = (v) => Math.round(v * a + 255 * (1 - a));
    return ((255 << 24) | (mix(b) << 16) | (mix(g) << 8) | mix(r)) >>> 0;  // little-endian RGBA
  }

  // a box or a lasso on the map restricts every view (shift-drag; Reset clears); its numbers
  // rounded as the URL keeps them, so the page, a reload and the server's CSV agree
  const LASSO_VERTICES = 64;
  function selectMode() {
    const el = document.querySelector("#map-select-mode input:checked");
    return el ? el.value : "box";
  }
  // the hovered passage's first words under the card, asked for once the pointer rests (a
  // few hundred bytes; the payload carries no text)
  let snippetTimer = null;
  const snippets = new Map();
  function snippet(tip, id, head) {
    clearTimeout(snippetTimer);
    const show = (text) => {
      if (tip.getAttribute("data-passage-id") !== String(id)) return;   // moved on
      const line = document.createElement("div");
      line.className = "map-tooltip-snippet";
      line.textContent = text;
      tip.textContent = head;
      tip.append(line);
    };
    tip.setAttribute("data-passage-id", String(id));
    if (snippets.has(id)) { show(snippets.get(id)); return; }
    snippetTimer = setTimeout(() => {
      fetch("/_viz/snippet/" + encodeURIComponent(id), {cache: "no-store"})
        .then((r) => (r.ok ? r.json() : null))
        .then((j) => {
          if (!j) return;
          if (snippets.size > 500) snippets.clear();
          snippets.set(id, j.text);
          show(j.text);
        }).catch(() => {});
    }, 120);
  }

  function setSelection(box) {
    box = box.map((v) => +v.toPrecision(6));
    S.selection = box;
    window.dash_clientside.set_props(S.ids.selection, {data: box});
  }

  function drawMap(d, r) {
    if (S.drawn.map === null || MapView.d !== d) MapView.init(d, plotDiv(S.ids.map));
    MapView.setMask(r.mask, r.topicSize);
    return Promise.resolve();
  }

  function drawOverview(d, r) {
    const gd = plotDiv(S.ids.overview), K = d.K, L = d.langs.length;
    const size = r.topicSize;
    const order = [];
    for (let t = 0; t < K; t++) if (size[t] > 0 && t !== d.outlier) order.push(t);
    order.sort((a, b) => size[b] - size[a] || d.topics.id[a] - d.topics.id[b]);
    const top = order.slice(0, 60).reverse();
    S.overviewTopics = top;
    const names = top.map((t) => esc(d.topics.id[t] + ": " + short(d.topics.label[t], 50)));
    const traces = [];
    for (let l = 0; l < L; l++) {
      const x = top.map((t) => r.byTopicLang[t * (L + 1) + l + 1]);
      if (!x.some((v) => v > 0)) continue;
      traces.push({type: "bar", orientation: "h", x, y: names, name: esc(d.langs[l]),
                   customdata: top.map((t) => d.topics.id[t]),
                   hovertemplate: "<b>%{y}</b><br>" + esc(d.langs[l]) + ": %{x} passages<extra></extra>"});
    }
    const layout = Object.assign({}, BASE, {
      title: {text: "Topics (passages by language)", x: 0.01}, barmode: "stack",
      height: Math.max(320, 22 * top.length + 110), yaxis: {automargin: true},
      xaxis: {title: {text: "passages"}}, legend: {title: {text: "Language"}},
    });
    if (!top.length) layout.annotations = [{text: "No passages", showarrow: false, xref: "paper",
                                            yref: "paper", x: 0.5, y: 0.5}];
    const first = S.drawn.overview === null;
    return Plotly.react(gd, traces, layout, {displaylogo: false}).then(() => {
      if (first) gd.on("plotly_click", (ev) => {
        const pt = ev && ev.points && ev.points[0];
        if (pt) read("topic", pt.customdata);
      });
    });
  }

  function drawOverTime(d, r, f) {
    const gd = plotDiv(S.ids.overTime), K = d.K;
    const byEvent = f.basis === "event", share = f.scale === "share";
    const spec = byEvent ? d.over_time.event : d.over_time.publication;
    const group = f.group === "lang" || f.group === "source" ? f.group : "topic";
    const B = spec.bins.length;
    let counts = byEvent ? eventBins(d, r) : r.pubBins, G = K;
    let groupLabel = (g) => d.topics.label[g], groupColor = (g) => d.topics.color[g];
    if (group !== "topic") {   // one line per language or source, of the shown passages
      const code = group === "lang" ? d.passages.lang : d.passages.source;
      const names = group === "lang" ? d.langs : d.sources;
      G = names.length + 1;   // code -1 (none) is the last group
      counts = new Int32Array(Math.max(1, B * G));
      const at = (p, b) => { const c = code[p]; counts[b * G + (c >= 0 ? c : G - 1)]++; };
      if (byEvent) {
        const ot = spec;
        for (let j = 0; j < ot.passage.length; j++) { const p = ot.passage[j]; if (r.mask[p]) at(p, ot.bin[j]); }
      } else {
        const bin = d.passages.bin;
        for (let i = 0; i < d.n; i++) if (r.mask[i] && bin[i] >= 0) at(i, bin[i]);
      }
      const palette = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442",
                       "#332288", "#117733", "#882255", "#999933", "#661100"];
      groupLabel = (g) => (g < names.length ? String(names[g] || "?") : (group === "lang" ? "unknown language" : "no source"));
      groupColor = (g) => palette[g % palette.length];
    }
    // bin starts as numbers (ms): plotly parses a date string per point per trace otherwise
    if (!spec.binsMs) spec.binsMs = Float64Array.from(spec.bins, (b) => Date.parse(b + "T00:00:00Z"));
    const binsMs = spec.binsMs;
    const totals = new Float64Array(B);
    const topicTotal = new Float64Array(G);
    for (let b = 0; b < B; b++) for (let t = 0; t < G; t++) {
      totals[b] += counts[b * G + t]; topicTotal[t] += counts[b * G + t];
    }
    // the largest topics (languages, sources) get a line each, the rest one grey line
    const present = [];
    for (let t = 0; t < G; t++) if (topicTotal[t]) present.push(t);
    present.sort((a, b) => topicTotal[b] - topicTotal[a]);
    const lines = present.slice(0, OVER_TIME_LINES), rest = present.slice(OVER_TIME_LINES);
    const series = lines.map((t) => [groupLabel(t), groupColor(t), (b) => counts[b * G + t]]);
    const others = {topic: " other topics", lang: " other languages", source: " other sources"}[group];
    if (rest.length) series.push([rest.length + others, "#9a9a9a",
                                  (b) => rest.reduce((acc, t) => acc + counts[b * G + t], 0)]);
    const traces = [];
    for (const [label, color, at] of series) {
      const y = new Float64Array(B);
      for (let b = 0; b < B; b++) { const c = at(b); y[b] = share ? (totals[b] ? c / totals[b] : 0) : c; }
      const name = esc(short(label, 40));
      traces.push({type: "scatter", mode: "lines", x: binsMs, y, name,
                   line: {color, width: 1.6},
                   stackgroup: share ? "share" : undefined,
                   hovertemplate: "<b>" + name + "</b><br>%{x|%Y-%m-%d}: %{y" +
                                  (share ? ":.0%" : "") + "}<extra></extra>"});
    }
    const what = share ? "share of passages" : "passages";
    const basis = byEvent ? "date mentioned" : "publication date";
    const xaxis = {type: "date", title: {text: basis}};
    if (!byEvent && (f.start || f.end) && B) {
      xaxis.range = [f.start || spec.bins[0], f.end || spec.bins[B - 1]];
    }
    const layout = Object.assign({}, BASE, {
      title: {text: {topic: "Topics", lang: "Languages", source: "Sources"}[group] + " over time (" +
                    what + " per " + spec.freq + ", by " + basis + ")", x: 0.01},
      yaxis: {title: {text: what}, tickformat: share ? ".0%" : undefined, rangemode: "tozero",
              fixedrange: true, automargin: true},
      xaxis, hovermode: "closest", showlegend: traces.length <= 20, height: 360,
      dragmode: "zoom",
    });
    if (!traces.length) layout.annotations = [{text: "No dated passages (" + basis + ")",
      showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5}];
    const first = S.drawn.overTime === null;
    return Plotly.react(gd, traces, layout, {displaylogo: false}).then(() => {
      if (first) gd.on("plotly_relayout", (ev) => brush(ev));
    });
  }

  // dragging a range on topics-over-time (by publication date) sets every view's date filter
  function brush(ev) {
    if (!ev || S.ignoreRelayout || !S.filters) return;
    let a = ev["xaxis.range[0]"], b = ev["xaxis.range[1]"];
    if (a === undefined && Array.isArray(ev["xaxis.range"])) [a, b] = ev["xaxis.range"];
    if (S.filters.basis === "event") {   // by date mentioned
      if (a !== undefined && b !== undefined) setMentioned([String(a).slice(0, 10), String(b).slice(0, 10)]);
      else if (ev["xaxis.autorange"]) setMentioned(null);
      return;
    }
    if (a !== undefined && b !== undefined) {
      const start = String(a).slice(0, 10), end = String(b).slice(0, 10);
      renderNow({start, end});
      window.dash_clientside.set_props(S.ids.dates, {start_date: start, end_date: end});
    } else if (ev["xaxis.autorange"]) {
      renderNow({start: null, end: null});
      window.dash_clientside.set_props(S.ids.dates, {start_date: null, end_date: null});
    }
  }

  // The event timeline is a canvas too (plotly redrew its ~13,000 markers in 100 to 400 ms on
  // a software-rendered page): one lane per large topic and one for the rest; a day is a dot
  // whose area grows with its mentions, a month, season or year a bar over its interval.
  // Drag across a range to keep the passages that mention a date in it (every view follows; a
  // click on the timeline clears it), shift-drag or wheel to zoom, double-click (or "Corpus
  // years") for the range where the events are, "All dates" for every date; click an event to
  // read it.
  const TL = {right: 14, top: 8, bottom: 34, lane: 24};
  const TimelineView = {
    init(d, box) {
      box.textContent = "";
      const head = document.createElement("div");
      head.className = "map-title timeline-head";
      const title = document.createElement("span");
      title.textContent = "Event timeline (dates mentioned; bars: months and years, dots: days)";
      const corpus = document.createElement("button"), all = document.createElement("button");
      corpus.type = all.type = "button"; corpus.className = all.className = "timeline-range";
      corpus.textContent = "Corpus years"; all.textContent = "All dates";
      const brushLabel = document.createElement("span");
      brushLabel.className = "timeline-brush"; brushLabel.hidden = true;
      head.append(title, brushLabel, corpus, all);
      const canvas = document.createElement("canvas");
      canvas.className = "map-canvas timeline-canvas"; canvas.tabIndex = 0;
      canvas.setAttribute("role", "img");
      canvas.setAttribute("aria-label", "Event timeline: events by the date the texts mention, " +
                          "one lane per topic. Drag across dates to keep the passages that mention them, click " +
                          "to clear; shift-drag or wheel to zoom, double-click to reset, click an " +
                          "event to read it; keys + and - zoom, arrows pan, 0 resets.");
      const tip = document.createElement("div");
      tip.className = "map-tooltip timeline-tooltip"; tip.hidden = true;
      box.append(head, canvas, tip);
      const ev = d.events, E = ev.id.length, lanes = ev.lanes, L = lanes.length;
      const laneOf = new Int16Array(d.K).fill(L);
      lanes.forEach((t, i) => { laneOf[t] = i; });
      let lo = Infinity, hi = -Infinity;
      for (let e = 0; e < E; e++) {
        if (ev.start[e] === NODAY) continue;
        if (ev.start[e] < lo) lo = ev.start[e];
        if (ev.end[e] + 1 > hi) hi = ev.end[e] + 1;
      }
      if (!(hi > lo)) { lo = 0; hi = 365; }
      const pad = Math.max(15, (hi - lo) / 40);
      const full = [lo - pad, hi + pad];
      const home = ev.range ? [dayOf(ev.range[0]), dayOf(ev.range[1])] : full;
      const ctx = canvas.getContext("2d");
      ctx.font = "12px system-ui, sans-serif";
      const fit = (text, px) => {   // cut a label (with an ellipsis) to px wide
        if (ctx.measureText(text).width <= px) return text;
        let k = text.length;
        while (k > 1 && ctx.measureText(text.slice(0, k) + "\u2026").width > px) k--;
        return text.slice(0, k) + "\u2026";
      };
      const names = lanes.map((t) => fit(String(d.topics.label[t]), 200)).concat(["other topics"]);
      const left = Math.min(216, Math.max(...names.map((n) => ctx.measureText(n).width)) + 16);
      const colors = lanes.map((t) => d.topics.color[t]).concat(["#8a8a8a"]);
      Object.assign(this, {d, box, canvas, tip, ctx, left, laneOf, names, colors, brushLabel,
                           brushed: null,
                           full, home, range: home.slice(), counts: null, hover: -1,
                           marked: null, dragBox: null, items: null});
      corpus.addEventListener("click", () => this.setRange(this.home));
      all.addEventListener("click", () => this.setRange(this.full));
      this.bind();
      new ResizeObserver(() => this.resize()).observe(box);
      this.resize(true);
    },
    resize(quiet) {
      const w = Math.max(300, this.box.clientWidth - 8);
      const h = Math.max(220, TL.lane * this.names.length + TL.top + TL.bottom + 8);
      const dpr = window.devicePixelRatio || 1;
      if (this.canvas.width === Math.round(w * dpr) && this.canvas.height === Math.round(h * dpr)) return;
      this.canvas.width = Math.round(w * dpr); this.canvas.height = Math.round(h * dpr);
      this.canvas.style.width = w + "px"; this.canvas.style.height = h + "px";
      this.w = w; this.h = h; this.dpr = dpr;
      if (!quiet && this.counts) this.draw();
    },
    laneY(lane) { return TL.top + TL.lane * (lane + 0.5); },
    toX(day) {
      const [a, b] = this.range;
      return this.left + (day - a) / (b - a) * (this.w - this.left - TL.right);
    },
    toDay(x) {
      const [a, b] = this.range;
      return a + (x - this.left) / (this.w - this.left - TL.right) * (b - a);
    },
    setRange(range) {
      const span = Math.max(2, range[1] - range[0]);
      this.range = [range[0], range[0] + span];
      this.draw();
    },
    rangeIso() { return [isoOf(Math.floor(this.range[0])), isoOf(Math.ceil(this.range[1]))]; },
    setCounts(counts) {
      // the shown events: days (dots) and spans (bars), the largest drawn last (on top)
      const d = this.d, ev = d.events, E = ev.id.length, dayIdx = ev.granularities.indexOf("day");
      let max = 1;
      for (let e = 0; e < E; e++) if (counts[e] > max) max = counts[e];
      const days = [], spans = [];
      let usedOther = false;
      for (let e = 0; e < E; e++) {
        if (!counts[e] || ev.start[e] === NODAY || ev.topic[e] < 0) continue;
        if (this.laneOf[ev.topic[e]] === this.names.length - 1) usedOther = true;
        (ev.granularity[e] === dayIdx ? days : spans).push(e);
      }
      days.sort((a, b) => counts[a] - counts[b]);
      Object.assign(this, {counts, max, days, spans, usedOther});
      S.dayEvents = days; S.spanEvents = spans;
      this.brushLabel.hidden = !this.brushed;
      this.brushLabel.textContent = this.brushed ? "dates mentioned " + (this.brushed[0] || "\u2026") +
        " to " + (this.brushed[1] || "\u2026") + " \u00b7 click the timeline to clear" : "";
      this.draw();
    },
    radius(e) { return (5 + 14 * Math.sqrt(this.counts[e] / this.max)) / 2; },
    draw() {
      const ctx = this.ctx, d = this.d, ev = d.events, w = this.w, h = this.h;
      ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
      ctx.clearRect(0, 0, w, h);
      const nL = this.names.length, bottom = TL.top + TL.lane * nL;
      ctx.font = "12px system-ui, sans-serif"; ctx.textBaseline = "middle"; ctx.textAlign = "right";
      for (let l = 0; l < nL; l++) {
        const y = this.laneY(l);
        ctx.fillStyle = l % 2 ? "#ffffff" : "#f6f8fa";
        ctx.fillRect(this.left, y - TL.lane / 2, w - this.left - TL.right, TL.lane);
        ctx.fillStyle = "#1f2328"; ctx.fillText(this.names[l], this.left - 8, y);
      }
      // the x axis: ticks at whole days, months or years chosen from the visible span
      const [a, b] = this.range;
      ctx.textAlign = "center"; ctx.textBaseline = "top"; ctx.strokeStyle = "#d0d7de";
      ctx.lineWidth = 1; ctx.fillStyle = "#57606a";
      for (const [day, text] of this.ticks(a, b)) {
        const x = this.toX(day);
        ctx.beginPath(); ctx.moveTo(x, TL.top); ctx.lineTo(x, bottom); ctx.stroke();
        ctx.fillText(text, x, bottom + 6);
      }
      ctx.fillText("date mentioned in the text", this.left + (w - this.left - TL.right) / 2, bottom + 20);
      ctx.save();
      ctx.beginPath(); ctx.rect(this.left, TL.top, w - this.left - TL.right, bottom - TL.top); ctx.clip();
      if (this.counts) {
        ctx.fillStyle = "rgba(60,60,90,0.45)";
        for (const e of this.spans) {
          const x0 = this.toX(ev.start[e]), x1 = this.toX(ev.end[e] + 1);
          if (x1 < this.left || x0 > w) continue;
          ctx.fillRect(x0, this.laneY(this.laneOf[ev.topic[e]]) - 3.5, Math.max(2, x1 - x0), 7);
        }
        let lane = -1;
        for (const e of this.days) {
          const x = this.toX(ev.start[e] + 0.5);
          if (x < this.left - 12 || x > w + 12) continue;
          const l = this.laneOf[ev.topic[e]];
          if (l !== lane) { lane = l; ctx.fillStyle = this.colors[l]; }
          ctx.globalAlpha = 0.85;
          ctx.beginPath(); ctx.arc(x, this.laneY(l), this.radius(e), 0, 2 * Math.PI); ctx.fill();
        }
        ctx.globalAlpha = 1;
        if (!this.days.length && !this.spans.length) {
          ctx.fillStyle = "#57606a"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
          ctx.fillText("No dated events", this.left + (w - this.left - TL.right) / 2, (TL.top + bottom) / 2);
        }
      }
      if (this.brushed) {   // the brush by date mentioned
        const a = this.brushed[0] ? dayOf(this.brushed[0]) : this.range[0] - 1;
        const b = this.brushed[1] ? dayOf(this.brushed[1]) + 1 : this.range[1] + 1;
        const x0 = this.toX(a), x1 = this.toX(b);
        ctx.fillStyle = "rgba(9,105,218,0.08)"; ctx.fillRect(x0, TL.top, x1 - x0, bottom - TL.top);
        ctx.strokeStyle = "#0969da"; ctx.lineWidth = 1.5;
        ctx.beginPath(); ctx.moveTo(x0, TL.top); ctx.lineTo(x0, bottom); ctx.moveTo(x1, TL.top);
        ctx.lineTo(x1, bottom); ctx.stroke();
      }
      if (this.marked) {   // an event opened from the events table
        const x0 = this.toX(this.marked.startDay), x1 = this.toX(this.marked.endDay + 1);
        ctx.strokeStyle = "#cf222e"; ctx.setLineDash([3, 3]); ctx.lineWidth = 2;
        ctx.fillStyle = "rgba(207,34,46,0.12)";
        if (this.marked.endDay > this.marked.startDay) ctx.fillRect(x0, TL.top, x1 - x0, bottom - TL.top);
        const xm = this.marked.endDay > this.marked.startDay ? x0 : (x0 + x1) / 2;
        ctx.beginPath(); ctx.moveTo(xm, TL.top); ctx.lineTo(xm, bottom); ctx.stroke();
        ctx.setLineDash([]);
      }
      if (this.hover >= 0) {
        const e = this.hover, l = this.laneOf[ev.topic[e]];
        ctx.strokeStyle = "#000"; ctx.lineWidth = 1.5;
        if (ev.granularity[e] === ev.granularities.indexOf("day")) {
          ctx.beginPath(); ctx.arc(this.toX(ev.start[e] + 0.5), this.laneY(l), this.radius(e) + 2, 0, 2 * Math.PI);
          ctx.stroke();
        } else {
          const x0 = this.toX(ev.start[e]), x1 = this.toX(ev.end[e] + 1);
          ctx.strokeRect(x0, this.laneY(l) - 5, Math.max(2, x1 - x0), 10);
        }
      }
      if (this.dragBox) {
        const [x0, x1] = this.dragBox;
        ctx.fillStyle = "rgba(9,105,218,0.12)";
        ctx.fillRect(Math.min(x0, x1), TL.top, Math.abs(x1 - x0), bottom - TL.top);
      }
      ctx.restore();
    },
    ticks(a, b) {
      const span = b - a, out = [];
      const steps = [[1, "d"], [2, "d"], [7, "d"], [1, "m"], [3, "m"], [6, "m"], [1, "y"], [2, "y"],
                     [5, "y"], [10, "y"], [20, "y"], [50, "y"], [100, "y"], [200, "y"], [500, "y"]];
      const want = Math.max(2, Math.floor((this.w - this.left - TL.right) / 90));
      const days = {d: 1, m: 30.44, y: 365.25};
      let [k, unit] = steps[steps.length - 1];
      for (const [n, u] of steps) if (span / (n * days[u]) <= want) { k = n; unit = u; break; }
      const first = new Date(a * DAY_MS), y0 = first.getUTCFullYear();
      if (unit === "d") {
        for (let day = Math.ceil(a / k) * k; day <= b; day += k) out.push([day, isoOf(day)]);
      } else if (unit === "m") {
        let y = y0, m = Math.floor(first.getUTCMonth() / k) * k;
        for (let i = 0; i < 400; i++) {
          const day = Date.UTC(y, m, 1) / DAY_MS;
          if (day > b) break;
          if (day >= a) out.push([day, isoOf(day).slice(0, 7)]);
          m += k; if (m >= 12) { y += Math.floor(m / 12); m %= 12; }
        }
      } else {
        for (let y = Math.ceil(y0 / k) * k; ; y += k) {
          const day = Date.UTC(y, 0, 1) / DAY_MS;
          if (day > b) break;
          if (day >= a) out.push([day, String(y)]);
        }
      }
      return out;
    },
    pick(x, y) {   // the shown event under a canvas pixel, or -1 (dots first, then bars)
      if (!this.counts) return -1;
      const ev = this.d.events;
      let best = -1, bd = Infinity;
      for (let i = this.days.length - 1; i >= 0; i--) {
        const e = this.days[i], dx = this.toX(ev.start[e] + 0.5) - x;
        const dy = this.laneY(this.laneOf[ev.topic[e]]) - y, r = this.radius(e) + 3;
        const dd = dx * dx + dy * dy;
        if (dd <= r * r && dd < bd) { bd = dd; best = e; }
      }
      if (best >= 0) return best;
      for (const e of this.spans) {
        const ly = this.laneY(this.laneOf[ev.topic[e]]);
        if (Math.abs(ly - y) <= 6 && x >= this.toX(ev.start[e]) - 2 && x <= this.toX(ev.end[e] + 1) + 2) return e;
      }
      return -1;
    },
    pagePoint(e) {   // page coordinates of event e (tests and benchmarks click there)
      const r = this.canvas.getBoundingClientRect(), ev = this.d.events;
      const day = ev.granularity[e] === ev.granularities.indexOf("day") ? ev.start[e] + 0.5
        : (ev.start[e] + ev.end[e] + 1) / 2;
      return [r.left + this.toX(day), r.top + this.laneY(this.laneOf[ev.topic[e]])];
    },
    mark(start, end) {   // ISO dates (an event's interval), or null to clear
      this.marked = start ? {start, end: end || start, startDay: dayOf(start), endDay: dayOf(end || start)} : null;
      if (this.marked && (this.marked.endDay < this.range[0] || this.marked.startDay > this.range[1])) {
        const half = (this.range[1] - this.range[0]) / 2, mid = (this.marked.startDay + this.marked.endDay) / 2;
        this.range = [mid - half, mid + half];
      }
      this.draw();
    },
    bind() {
      const c = this.canvas;
      let drag = null, pending = false;
      const redraw = () => {
        if (!pending) { pending = true; requestAnimationFrame(() => { pending = false; this.draw(); }); }
      };
      const local = (e) => { const r = c.getBoundingClientRect(); return [e.clientX - r.left, e.clientY - r.top]; };
      const zoomAt = (x, factor) => {
        const day = this.toDay(x), [a, b] = this.range;
        this.setRange([day - (day - a) * factor, day + (b - day) * factor]);
      };
      c.addEventListener("mousedown", (e) => { drag = {p: local(e), moved: false, zoom: e.shiftKey}; });
      window.addEventListener("mouseup", (e) => {
        if (!drag) return;
        const q = local(e), p = drag.p, moved = drag.moved, zoom = drag.zoom;
        drag = null; this.dragBox = null;
        if (moved) {
          const a = this.toDay(Math.min(p[0], q[0])), b = this.toDay(Math.max(p[0], q[0]));
          if (zoom) this.setRange([a, b]);
          else { this.draw(); setMentioned([isoOf(Math.floor(a)), isoOf(Math.floor(b))]); }
        } else if (e.target === c) {
          const i = this.pick(q[0], q[1]);
          if (i >= 0) read("event", this.d.events.id[i]);
          else if (this.brushed) setMentioned(null);
        }
      });
      c.addEventListener("mousemove", (e) => {
        const q = local(e);
        if (drag) {
          if (Math.abs(q[0] - drag.p[0]) > 4) drag.moved = true;
          if (drag.moved) { this.dragBox = [drag.p[0], q[0]]; redraw(); }
          return;
        }
        const i = this.pick(q[0], q[1]);
        if (i !== this.hover) {
          this.hover = i;
          if (i >= 0) {
            const ev = this.d.events, g = ev.granularities[ev.granularity[i]] || "";
            this.tip.textContent = ev.value[i] + " (" + g + ") \u00b7 " + this.counts[i] +
              " mentions \u00b7 " + this.names[this.laneOf[ev.topic[i]]] + " \u00b7 click to read";
          }
          if (i >= 0) {   // beside the pointer, inside the panel
            const pw = this.box.clientWidth;
            this.tip.style.right = "auto";
            this.tip.style.left = Math.max(4, Math.min(q[0] + 14, pw - 300)) + "px";
            this.tip.style.top = (c.offsetTop + q[1] + 16) + "px";
          }
          this.tip.hidden = i < 0;
          c.style.cursor = i >= 0 ? "pointer" : "crosshair";
          redraw();
        }
      });
      c.addEventListener("mouseleave", () => { this.tip.hidden = true; });
      c.addEventListener("wheel", (e) => {
        e.preventDefault();
        zoomAt(local(e)[0], e.deltaY < 0 ? 0.8 : 1.25);
      }, {passive: false});
      c.addEventListener("dblclick", () => this.setRange(this.home));
      c.addEventListener("keydown", (e) => {
        const [a, b] = this.range, step = (b - a) / 5, mid = (this.left + this.w - TL.right) / 2;
        if (e.key === "+" || e.key === "=") zoomAt(mid, 0.8);
        else if (e.key === "-") zoomAt(mid, 1.25);
        else if (e.key === "ArrowLeft") this.setRange([a - step, b - step]);
        else if (e.key === "ArrowRight") this.setRange([a + step, b + step]);
        else if (e.key === "0") this.setRange(this.home);
        else return;
        e.preventDefault();
      });
    },
  };

  function setMentioned(range) {   // the brush by date mentioned (null clears it)
    renderNow({mentioned: range});
    window.dash_clientside.set_props(S.ids.mentioned, {data: range});
  }

  // A brush redraws at once, without waiting for Dash to pass the new value through its
  // components (about 130 ms); the update Dash then runs finds every view drawn for it.
  function renderNow(changes) {
    if (!S.filters || !S.url) return;
    const f = Object.assign({}, S.filters, changes);
    render(S.url, f).then((status) => window.dash_clientside.set_props(S.ids.status, {children: status}));
  }

  function drawTimeline(d, r) {
    if (S.drawn.timeline === null || TimelineView.d !== d) TimelineView.init(d, plotDiv(S.ids.timeline));
    TimelineView.brushed = S.filters && S.filters.mentioned ? S.filters.mentioned : null;
    TimelineView.setCounts(r.eventCount);
    return Promise.resolve();
  }

  function read(kind, id) {
    S.readSeq += 1;
    window.dash_clientside.set_props(S.ids.read, {data: {kind, id: Number(id), n: S.readSeq}});
  }

  // ------------------------------------------------------------------ URL (shareable views)
  function writeUrl(f) {
    const q = new URLSearchParams();
    if (f.topics.length) q.set("topics", f.topics.join(","));
    if (f.languages.length) q.set("languages", f.languages.join(","));
    if (f.sources.length) q.set("sources", f.sources.join("|"));
    if (f.start) q.set("from", f.start);
    if (f.end) q.set("to", f.end);
    if (f.basis !== "publication") q.set("basis", f.basis);
    if (f.scale !== "count") q.set("scale", f.scale);
    if (f.group && f.group !== "topic") q.set("by", f.group);
    if (f.selection) {
      q.set(f.selection.length === 4 ? "box" : "lasso", f.selection.map((v) => +v.toPrecision(6)).join(","));
    }
    if (f.mentioned && f.mentioned[0]) q.set("mfrom", f.mentioned[0]);
    if (f.mentioned && f.mentioned[1]) q.set("mto", f.mentioned[1]);
    if (f.search) q.set("q", f.search);
    if (f.search && f.mode === "meaning") q.set("qm", "meaning");
    const s = q.toString();
    // "Export this view": the same filters (the map's box, the basis and the scale are views
    // of the data, not a restriction the report can take)
    const link = document.getElementById("export-view");
    if (link) {
      const e = new URLSearchParams();
      for (const k of ["topics", "languages", "sources", "from", "to", "q", "qm"]) {
        if (q.get(k)) e.set(k, q.get(k));
      }
      const es = e.toString();
      link.setAttribute("href", "/_viz/report.html" + (es ? "?" + es : ""));
    }
    const target = window.location.pathname + (s ? "?" + s : "");
    if (target !== window.location.pathname + window.location.search) {
      window.history.replaceState(null, "", target);
    }
  }

  function readUrl() {
    const q = new URLSearchParams(window.location.search);
    const list = (k, sep) => (q.get(k) ? q.get(k).split(sep).filter((x) => x !== "") : []);
    return {
      topics: list("topics", ",").map(Number).filter((x) => Number.isFinite(x)),
      languages: list("languages", ","), sources: list("sources", "|"),
      start: q.get("from") || null, end: q.get("to") || null,
      basis: q.get("basis") === "event" ? "event" : "publication",
      scale: q.get("scale") === "share" ? "share" : "count",
      selection: (() => {
        const b = list("box", ",").map(Number), l = list("lasso", ",").map(Number);
        if (b.length === 4 && b.every(Number.isFinite)) return b;
        return validLasso(l) ? l : null;
      })(),
      search: q.get("q") || "",
      mentioned: (q.get("mfrom") || q.get("mto")) ? [q.get("mfrom") || null, q.get("mto") || null] : null,
      group: q.get("by") === "lang" || q.get("by") === "source" ? q.get("by") : "topic",
    };
  }

  async function versionNow() {
    try {
      const r = await fetch("/_viz/version", {cache: "no-store"});
      return r.ok ? (await r.json()) : null;
    } catch (e) { return null; }
  }

  // ------------------------------------------------------------------ the clientside callbacks
  async function update(topics, languages, sources, start, end, basis, scale, selection,
                        payloadUrl, search, mentioned, group, cfg) {
    S.ids = cfg;
    const f = {topics: topics || [], languages: languages || [], sources: sources || [],
               start: start || null, end: end || null, basis: basis || "publication",
               scale: scale || "count", search: (search || "").trim(),
               group: group === "lang" || group === "source" ? group : "topic",
               selection: Array.isArray(selection) && (selection.length === 4 || validLasso(selection))
                 ? selection.map(Number) : null,
               mentioned: Array.isArray(mentioned) && mentioned.length === 2 && (mentioned[0] || mentioned[1])
                 ? [mentioned[0] || null, mentioned[1] || null] : null};
    if (S.data) {   // another tab may have curated the run: follow the run on disk, off the
      versionNow().then((now) => {   // critical path (this update draws what the page holds)
        if (!now || now.version === S.version || S.refreshing) return;
        S.refreshing = true;
        render(now.payload, S.filters)
          .then((status) => window.dash_clientside.set_props(S.ids.status, {children: status}))
          .finally(() => { S.refreshing = false; });
      });
    }
    // the store's URL changes after a curation in this tab; otherwise keep what the page holds
    // (perhaps a newer version another tab made)
    const url = (S.data && payloadUrl === S.storeUrl) ? S.url : payloadUrl;
    S.storeUrl = payloadUrl;
    return render(url, f);
  }

  async function render(url, f) {
    const d = await load(url);
    f.mode = window.vizWorkbench ? window.vizWorkbench.mode : "words";
    f.hits = f.search ? await searchHits(d, f.search) : null;
    const t0 = performance.now();
    S.filters = f;
    const key = JSON.stringify([f.topics, f.languages, f.sources, f.start, f.end, f.selection,
                                f.search || "", f.mode, f.mentioned]);
    const r = (S.lastKey === key && S.lastResult && S.lastData === d) ? S.lastResult : compute(d, f);
    // the tables ask the server for their rows now, so the answer is back when the views are drawn
    if (window.vizWorkbench) window.vizWorkbench.computed(d, r, f);
    const jobs = [], later = [], tm = {start: t0, compute: performance.now() - t0};
    const gen = S.gen = (S.gen || 0) + 1;
    const timed = (name, fn) => {
      const a = performance.now();
      return fn().then(() => { tm[name] = performance.now() - a; });
    };
    // the views on screen are drawn now; the others (below the fold) right after, one per
    // task, so the page answers as soon as what the reader sees has settled
    const job = (name, id, fn) => {
      if (name === "map" || inView(id)) jobs.push(timed(name, fn));
      else later.push([name, fn]);
    };
    if (S.drawn.map !== key) job("map", S.ids.map, () => drawMap(d, r).then(() => { S.drawn.map = key; }));
    if (S.drawn.overview !== key) job("overview", S.ids.overview, () => drawOverview(d, r).then(() => { S.drawn.overview = key; }));
    const otKey = key + f.basis + f.scale + (f.group || "topic");
    if (S.drawn.overTime !== otKey) {
      job("overTime", S.ids.overTime, () => {
        S.ignoreRelayout = true;
        return drawOverTime(d, r, f).then(() => { S.drawn.overTime = otKey; S.ignoreRelayout = false; });
      });
    }
    if (S.drawn.timeline !== key) job("timeline", S.ids.timeline, () => drawTimeline(d, r).then(() => { S.drawn.timeline = key; }));
    await Promise.all(jobs);
    tm.shown = performance.now() - t0;
    S.timings = tm;
    S.lastKey = key; S.lastResult = r; S.lastData = d;
    writeUrl(f);
    if (window.vizWorkbench) window.vizWorkbench.rendered(d, r, f);
    await new Promise((res) => requestAnimationFrame(() => requestAnimationFrame(res)));
    // data-viz-shown: the views on screen have settled; data-viz-seq: every view has
    document.documentElement.setAttribute("data-viz-shown", String(S.seq + 1));
    const rest = async () => {
      for (const [name, fn] of later) {
        await new Promise((res) => setTimeout(res, 0));
        if (gen !== S.gen) return;   // a newer render draws what is still stale
        await timed(name, fn);
      }
      tm.total = performance.now() - t0;
      S.seq += 1;
      document.documentElement.setAttribute("data-viz-seq", String(S.seq));
    };
    rest();
    return "showing " + r.shown + " of " + d.n + " passages, " + r.nEvents + " events";
  }

  // Filters on page load (from the URL) and after Reset (all cleared).
  function restore(_init, _reset) {
    const trig = window.dash_clientside.callback_context.triggered || [];
    const reset = trig.some((t) => t.prop_id && t.prop_id.indexOf("n_clicks") >= 0 && t.value);
    if (reset) {
      const keep = window.dash_clientside.no_update;
      return [[], [], [], null, null, keep, keep, null, "", null, keep];
    }
    const f = readUrl();
    return [f.topics, f.languages, f.sources, f.start, f.end, f.basis, f.scale, f.selection,
            f.search, f.mentioned, f.group];
  }

  window.dash_clientside = Object.assign({}, window.dash_clientside, {
    viz: {update, restore},
  });
  // The page's first request for data: ask which version the run is at and start loading its
  // payload now, while Dash is still fetching its layout and starting up (the first update
  // then finds the payload on its way, or here)
  if (typeof fetch === "function" && window.location && /^https?:$/.test(window.location.protocol)) {
    versionNow().then((now) => {
      if (now && now.payload && !S.data && !S.loading) load(now.payload).catch(() => {});
    });
  }

  S.map = MapView;
  S.timeline = TimelineView;
  S.parts = {compute, drawOverview, drawOverTime, drawTimeline, render, read};  // for profiling
  window.vizDashboard = S;  // for tests and benchmarks: the page's own state
})();
