/* viz report: the four linked views of an exported run, drawn from the inline JSON.
 * Corpus text is only ever inserted with textContent (or escaped for plotly's labels). */
(function () {
  "use strict";
  var timings = {start: performance.now()};
  var D = JSON.parse(document.getElementById("viz-data").textContent);
  timings.parsed = performance.now() - timings.start;
  var P = D.passages, T = D.topics, E = D.events, M = D.mentions, DOC = D.docs;
  var NP = P.text.length, NT = T.id.length, NE = E.id.length, NM = M.p.length;
  if (!P.id) P.id = Array.from({length: NP}, function (_, i) { return P.id_start + i; });
  P.doc = new Int32Array(NP);
  for (var d0 = 0, at = 0; d0 < DOC.n_passages.length; d0++)
    for (var c0 = 0; c0 < DOC.n_passages[d0]; c0++) P.doc[at++] = d0;
  var DAY = 86400000, MAX_EVENTS = 2500;
  var CONFIG = {displaylogo: false, responsive: true};
  var state = {topics: new Set(), pub: null, ev: null, q: "", current: null};
  var mask = new Uint8Array(NP);
  var folded = null, drawing = false;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = String(text);
    return n;
  }
  // plotly renders a few HTML tags inside labels: escape corpus text before it gets there
  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }
  function short(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "…" : s; }
  function iso(day) { return new Date(day * DAY).toISOString().slice(0, 10); }
  function toDay(v) {
    if (v === undefined || v === null) return null;
    var t = typeof v === "number" ? v : Date.parse(String(v).replace(" ", "T") + (String(v).length <= 10 ? "T00:00:00Z" : "Z"));
    return isNaN(t) ? null : Math.floor(t / DAY);
  }
  function fold(s) {
    return String(s).normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/ß/g, "ss");
  }
  var NO_SPACES = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/;
  function queryPatterns(q) {
    return fold(q).split(/\s+/).filter(Boolean).map(function (w) {
      var e = w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      var re = new RegExp(NO_SPACES.test(w) ? e : "(?<![\\p{L}\\p{N}\\p{M}_])" + e, "u");
      return {test: function (s) { return s.indexOf(w) >= 0 && re.test(s); }};
    });
  }
  var ASCII = /^[\x00-\x7f]*$/;
  function foldOne(s) { return ASCII.test(s) ? s.toLowerCase() : fold(s); }
  var foldedUpTo = 0, foldedArr = new Array(NP);
  function foldSome(limit) {
    var end = Math.min(NP, foldedUpTo + limit);
    for (; foldedUpTo < end; foldedUpTo++) foldedArr[foldedUpTo] = foldOne(P.text[foldedUpTo]);
    if (foldedUpTo === NP) folded = foldedArr;
  }
  function foldInBackground() {  // ready before the first search, without blocking the page
    if (folded !== null) return;
    foldSome(5000);
    if (folded === null) setTimeout(foldInBackground, 0);
  }

  // ---------------------------------------------------------------- indexes computed once
  var docPassages = Array.from({length: DOC.id.length}, function () { return []; });
  for (var i = 0; i < NP; i++) docPassages[P.doc[i]].push(i);
  var psgMentions = new Map();
  for (var k = 0; k < NM; k++) {
    if (!psgMentions.has(M.p[k])) psgMentions.set(M.p[k], []);
    psgMentions.get(M.p[k]).push(k);
  }
  var psgEvents = new Map();  // passage -> events it mentions (also beyond the kept text)
  for (var e = 0; e < NE; e++) E.passages[e].forEach(function (p) {
    if (!psgEvents.has(p)) psgEvents.set(p, []);
    psgEvents.get(p).push(e);
  });
  function topicName(t) { return t < 0 ? "(none)" : T.label[t]; }

  // ---------------------------------------------------------------- filtering
  function eventInRange(e) {
    return state.ev === null || (E.start[e] !== null && E.start[e] <= state.ev[1] && E.end[e] >= state.ev[0]);
  }
  function computeMask() {
    var pats = state.q ? queryPatterns(state.q) : [];
    if (pats.length && folded === null) foldSome(NP);
    var sel = state.topics, n = 0;
    for (var i = 0; i < NP; i++) {
      var ok = sel.size === 0 || sel.has(P.topic[i]);
      if (ok && state.pub !== null) {
        var d = DOC.date[P.doc[i]];
        ok = d !== null && d >= state.pub[0] && d <= state.pub[1];
      }
      if (ok && state.ev !== null) ok = (psgEvents.get(i) || []).some(eventInRange);
      for (var j = 0; ok && j < pats.length; j++) ok = pats[j].test(folded[i]);
      mask[i] = ok ? 1 : 0;
      n += mask[i];
    }
    return n;
  }
  function eventVisible(e) {
    if (state.topics.size && !state.topics.has(E.topic[e])) return false;
    if (!eventInRange(e)) return false;
    return E.passages[e].some(function (p) { return mask[p]; });
  }

  // ---------------------------------------------------------------- views
  function mapFigure() {
    var traces = [], bx = [], by = [], bc = [];
    var per = Array.from({length: NT + 1}, function () { return {x: [], y: [], c: []}; });
    for (var i = 0; i < NP; i++) {
      if (mask[i]) { var g = per[P.topic[i] < 0 ? NT : P.topic[i]]; g.x.push(P.x[i]); g.y.push(P.y[i]); g.c.push(i); }
      else { bx.push(P.x[i]); by.push(P.y[i]); bc.push(i); }
    }
    var size = NP < 5000 ? 6 : 3;
    traces.push({type: "scattergl", mode: "markers", x: bx, y: by, customdata: bc, name: "filtered out",
                 showlegend: false, hoverinfo: "skip", marker: {size: size, color: "#d9d9d9", opacity: 0.35}});
    for (var t = 0; t < NT; t++) {
      var g2 = per[t];
      if (!g2.c.length) {  // kept in the legend (greyed) so a click can bring the topic back
        traces.push({type: "scattergl", mode: "markers", x: [null], y: [null], customdata: [-1],
                     name: esc(short(T.label[t], 50)), meta: t, visible: "legendonly", hoverinfo: "skip",
                     marker: {size: size, color: T.color[t]}});
        continue;
      }
      traces.push({type: "scattergl", mode: "markers", x: g2.x, y: g2.y, customdata: g2.c,
                   name: esc(short(T.label[t], 50)), meta: t, legendgroup: String(t),
                   hovertemplate: "<b>" + esc(short(T.label[t], 60)) + "</b><extra></extra>",
                   marker: {size: size, color: T.color[t], opacity: T.id[t] === -1 ? 0.45 : 0.8}});
    }
    return {data: traces, layout: {title: {text: "Topic map"}, uirevision: "map", showlegend: true,
      xaxis: {visible: false}, yaxis: {visible: false, scaleanchor: "x"}, margin: {l: 10, r: 10, t: 40, b: 10},
      legend: {title: {text: "Topic"}, itemsizing: "constant", font: {size: 11}}, hovermode: "closest",
      template: "plotly_white", clickmode: "event"}};
  }

  function timeFigure() {
    var nb = D.bins.length, counts = Array.from({length: NT}, function () { return new Int32Array(nb); });
    for (var i = 0; i < NP; i++) {
      if (!mask[i] || P.topic[i] < 0) continue;
      var b = DOC.bin[P.doc[i]];
      if (b >= 0) counts[P.topic[i]][b]++;
    }
    var traces = [];
    for (var t = 0; t < NT; t++) {
      if (T.id[t] === -1) continue;
      var total = 0; for (var b2 = 0; b2 < nb; b2++) total += counts[t][b2];
      if (!total && state.topics.size && !state.topics.has(t)) continue;
      traces.push({type: "scatter", mode: nb <= 60 ? "lines+markers" : "lines", x: D.bins, y: Array.from(counts[t]),
                   name: esc(short(T.label[t], 50)), meta: t, line: {color: T.color[t], width: 2}, marker: {size: 4},
                   hovertemplate: "<b>" + esc(short(T.label[t], 60)) + "</b><br>%{x|%Y-%m-%d}: %{y} passages<extra></extra>"});
    }
    var layout = {title: {text: "Topics over time (passages per " + D.meta.freq + ", by publication date)"},
      xaxis: {type: "date", title: {text: "publication date (drag to restrict)"}}, yaxis: {title: {text: "passages"}, rangemode: "tozero"},
      margin: {l: 50, r: 10, t: 40, b: 40}, legend: {font: {size: 11}}, hovermode: "closest", template: "plotly_white",
      dragmode: "zoom"};
    if (state.pub) layout.xaxis.range = [iso(state.pub[0]), iso(state.pub[1] + 1)];
    else layout.xaxis.autorange = true;
    if (!nb) layout.annotations = [{text: "No dated documents", showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5}];
    return {data: traces, layout: layout};
  }

  function timelineFigure() {
    var lanes = [], traces = [], maxN = 1;
    for (var e = 0; e < NE; e++) if (E.n[e] > maxN) maxN = E.n[e];
    var per = Array.from({length: NT + 1}, function () { return {days: [], spans: []}; });
    var any = false, visible = [];
    for (var e1 = 0; e1 < NE; e1++) if (E.start[e1] !== null && eventVisible(e1)) visible.push(e1);
    var drawn = visible;
    if (visible.length > MAX_EVENTS) {  // the most mentioned; a filter or a drag shows the others
      drawn = visible.slice().sort(function (a, b) { return E.n[b] - E.n[a] || a - b; }).slice(0, MAX_EVENTS);
    }
    for (var q = 0; q < drawn.length; q++) {
      var e2 = drawn[q];
      var g = per[E.topic[e2] < 0 ? NT : E.topic[e2]];
      (D.grans[E.gran[e2]] === "day" ? g.days : g.spans).push(e2);
      any = true;
    }
    function hover(e) {
      return "<b>" + esc(E.value[e]) + "</b> (" + esc(D.grans[E.gran[e]]) + ") as written: " + esc(short(E.written[e], 80)) +
        "<br>" + esc(short(E.title[e], 120)) + "<br><i>" + E.n[e] + " mentions</i>";
    }
    for (var t = 0; t <= NT; t++) {
      var g2 = per[t];
      if (!g2.days.length && !g2.spans.length) continue;
      var lane = esc(short(t < NT ? T.label[t] : "(no topic)", 40));
      while (lanes.indexOf(lane) >= 0) lane += "\u200b";  // two topics with the same label
      lanes.push(lane);
      var color = t < NT ? T.color[t] : "#b5b5b5";
      if (g2.spans.length) traces.push({type: "bar", orientation: "h", name: lane, meta: t, legendgroup: String(t),
        base: g2.spans.map(function (e) { return iso(E.start[e]); }),
        x: g2.spans.map(function (e) { return (E.end[e] - E.start[e] + 1) * DAY; }),
        y: g2.spans.map(function () { return lane; }), width: 0.5, customdata: g2.spans,
        text: g2.spans.map(hover), hovertemplate: "%{text}<extra></extra>", textposition: "none",
        marker: {color: color, opacity: g2.spans.map(function (e) { return 0.35 + 0.6 * Math.sqrt(E.n[e] / maxN); }),
                 line: {color: color, width: 1}}});
      if (g2.days.length) traces.push({type: "scatter", mode: "markers", name: lane, meta: t, legendgroup: String(t),
        showlegend: !g2.spans.length, x: g2.days.map(function (e) { return iso(E.start[e]); }),
        y: g2.days.map(function () { return lane; }), customdata: g2.days,
        text: g2.days.map(hover), hovertemplate: "%{text}<extra></extra>",
        marker: {color: color, size: g2.days.map(function (e) { return 8 + 18 * Math.sqrt(E.n[e] / maxN); }), opacity: 0.9}});
    }
    var shownText = drawn.length < visible.length ? "the " + drawn.length.toLocaleString("en") + " most mentioned of " +
      visible.length.toLocaleString("en") + " events; " : "";
    var layout = {title: {text: "Event timeline (" + shownText + "dates mentioned in the text; drag to restrict)"}, barmode: "overlay",
      xaxis: {type: "date", title: {text: "date mentioned"}},
      yaxis: {type: "category", categoryorder: "array", categoryarray: lanes.slice().reverse(), automargin: true},
      showlegend: false, hovermode: "closest", margin: {l: 10, r: 10, t: 40, b: 40}, template: "plotly_white", dragmode: "zoom"};
    layout.height = Math.min(1600, Math.max(360, 24 * lanes.length + 130));  // a readable lane each
    if (state.ev) layout.xaxis.range = [iso(state.ev[0]), iso(state.ev[1] + 1)];
    else layout.xaxis.autorange = true;
    if (!any) layout.annotations = [{text: "No dated events", showarrow: false, xref: "paper", yref: "paper", x: 0.5, y: 0.5}];
    return {data: traces, layout: layout};
  }

  function drawTable() {
    var counts = new Int32Array(NT), langs = Array.from({length: NT}, function () { return {}; });
    for (var i = 0; i < NP; i++) if (mask[i] && P.topic[i] >= 0) {
      counts[P.topic[i]]++;
      var l = D.langs[P.lang[i]]; langs[P.topic[i]][l] = (langs[P.topic[i]][l] || 0) + 1;
    }
    var body = $("topic-table").tBodies[0];
    body.textContent = "";
    for (var t = 0; t < NT; t++) {
      var tr = el("tr");
      tr.dataset.topic = String(t);
      if (state.topics.has(t)) tr.className = "selected";
      else if (!counts[t]) tr.className = "empty";
      var sw = el("span", "swatch"); sw.style.background = T.color[t];
      var td0 = el("td"); td0.appendChild(sw); tr.appendChild(td0);
      tr.appendChild(el("td", "label", T.label[t]));
      tr.appendChild(el("td", "count", counts[t]));
      tr.appendChild(el("td", null, Object.keys(langs[t]).sort().map(function (k) { return k + " " + langs[t][k]; }).join(", ")));
      tr.appendChild(el("td", null, T.terms[t]));
      body.appendChild(tr);
    }
  }

  function status(n) {
    var parts = [];
    if (state.topics.size) parts.push(state.topics.size + " topic" + (state.topics.size > 1 ? "s" : ""));
    if (state.pub) parts.push("published " + iso(state.pub[0]) + " – " + iso(state.pub[1]));
    if (state.ev) parts.push("mentioning " + iso(state.ev[0]) + " – " + iso(state.ev[1]));
    if (state.q) parts.push("words “" + state.q + "”");
    $("filter-status").textContent = parts.length ? n.toLocaleString("en") + " of " + NP.toLocaleString("en") +
      " passages: " + parts.join("; ") : "";
    $("clear").hidden = !parts.length;
  }

  function drawSearch(n) {
    var box = $("search-results"), list = $("search-list");
    list.textContent = "";
    if (!state.q) { box.hidden = true; return; }
    box.hidden = false;
    $("search-count").textContent = n.toLocaleString("en") + " passages match “" + state.q + "”" + (n > 100 ? " (first 100 listed)" : "");
    var shown = 0;
    for (var i = 0; i < NP && shown < 100; i++) if (mask[i]) {
      var li = el("li", null, short(P.text[i], 160));
      li.dataset.passage = String(i);
      li.title = DOC.title[P.doc[i]];
      list.appendChild(li);
      shown++;
    }
  }

  function redraw() {
    drawing = true;
    var t = {}, t0 = performance.now(), tick = function (k) { var now = performance.now(); t[k] = Math.round(now - t0); t0 = now; };
    var n = computeMask(); tick("mask");
    var figs = [["topic-map", mapFigure()], ["topics-over-time", timeFigure()], ["event-timeline", timelineFigure()]];
    tick("figures");
    var done = figs.map(function (f) { var p = Plotly.react(f[0], f[1].data, f[1].layout, CONFIG); tick(f[0]); return p; });
    drawTable(); drawSearch(n); status(n); tick("table");
    return Promise.all(done).then(function () { drawing = false; document.body.dataset.ready = "1";
      document.body.dataset.shown = String(n); timings.last = t; });
  }

  // ---------------------------------------------------------------- reader
  function showPassage(i, event) {
    state.current = i;
    var r = $("reader");
    r.textContent = "";
    if (event !== undefined && event !== null) {
      var box = el("div", "event-box");
      box.appendChild(el("strong", null, E.value[event] + " (" + D.grans[E.gran[event]] + ")"));
      box.appendChild(el("div", null, "as written: " + E.written[event]));
      box.appendChild(el("div", null, E.n[event] + " mentions · " + E.title[event]));
      r.appendChild(box);
    }
    var d = P.doc[i];
    r.appendChild(el("h2", "doc-title", DOC.title[d]));
    var meta = el("div", "doc-meta");
    var src = D.sources[DOC.source[d]];
    var bits = [];
    if (src) bits.push(src);
    if (DOC.date[d] !== null) bits.push((DOC.inferred[d] ? "date inferred: " : "published ") + iso(DOC.date[d]));
    bits.push("language " + D.langs[P.lang[i]]);
    bits.push("topic: " + topicName(P.topic[i]));
    meta.appendChild(el("span", null, bits.join(" · ")));
    var url = DOC.url[d];
    if (url) {
      meta.appendChild(document.createTextNode(" · "));
      if (/^https?:\/\//i.test(url)) {
        var a = el("a", null, short(url, 80)); a.href = url; a.rel = "noopener noreferrer"; a.target = "_blank";
        meta.appendChild(a);
      } else meta.appendChild(el("span", "url", short(url, 80)));  // never a live link
    }
    r.appendChild(meta);
    r.appendChild(passageNode(i, "passage current-passage"));
    var others = docPassages[d];
    if (others.length > 1) {
      var wrap = el("div", "doc-passages");
      wrap.appendChild(el("div", "hint", "The whole document, passage by passage (" + others.length + "):"));
      others.forEach(function (p) {
        var n = passageNode(p, "doc-passage" + (p === i ? " current" : ""));
        n.dataset.passage = String(p);
        wrap.appendChild(n);
      });
      r.appendChild(wrap);
    }
  }
  function passageNode(i, cls) {
    var div = el("div", cls), text = P.text[i], at = 0;
    div.dataset.passageId = String(P.id[i]);
    var ms = (psgMentions.get(i) || []).slice().sort(function (a, b) { return M.s[a] - M.s[b]; });
    ms.forEach(function (k) {
      if (M.s[k] < at) return;
      div.appendChild(document.createTextNode(text.slice(at, M.s[k])));
      var mk = el("mark", "date", text.slice(M.s[k], M.e[k]));
      if (M.ev[k] >= 0) mk.title = E.value[M.ev[k]];
      div.appendChild(mk);
      at = M.e[k];
    });
    div.appendChild(document.createTextNode(text.slice(at)));
    return div;
  }

  // ---------------------------------------------------------------- events
  function toggleTopic(t) {
    if (t === undefined || t === null || t < 0 || t >= NT) return;
    if (state.topics.has(t)) state.topics.delete(t); else state.topics.add(t);
    redraw();
  }
  function rangeFrom(ev, which) {
    if (drawing) return;
    var r0 = ev["xaxis.range[0]"], r1 = ev["xaxis.range[1]"];
    if (ev["xaxis.range"]) { r0 = ev["xaxis.range"][0]; r1 = ev["xaxis.range"][1]; }
    var key = which === "pub" ? "pub" : "ev";
    if (ev["xaxis.autorange"]) { if (state[key] !== null) { state[key] = null; redraw(); } return; }
    if (r0 === undefined || r1 === undefined) return;
    var a = toDay(r0), b = toDay(r1);
    if (a === null || b === null) return;
    state[key] = [Math.min(a, b), Math.max(a, b)];
    redraw();
  }

  function wire() {
    var map = $("topic-map"), time = $("topics-over-time"), tl = $("event-timeline");
    map.on("plotly_click", function (ev) {
      var pt = ev.points && ev.points[0];
      if (pt && pt.customdata >= 0 && pt.data.name !== "filtered out") showPassage(pt.customdata);
    });
    map.on("plotly_hover", function (ev) {
      var pt = ev.points && ev.points[0];
      if (!pt || !(pt.customdata >= 0) || pt.data.name === "filtered out") return;
      var i = pt.customdata;
      $("map-hover").textContent = "[" + D.langs[P.lang[i]] + "] " + short(P.text[i], 220);
    });
    [map, time].forEach(function (g) {
      g.on("plotly_legendclick", function (ev) { toggleTopic(ev.data[ev.curveNumber].meta); return false; });
      g.on("plotly_legenddoubleclick", function () { return false; });
    });
    tl.on("plotly_click", function (ev) {
      var pt = ev.points && ev.points[0];
      if (!pt || pt.customdata === undefined) return;
      var e = pt.customdata, ps = E.passages[e].filter(function (p) { return mask[p]; });
      if (!ps.length) ps = E.passages[e];
      if (ps.length) showPassage(ps[0], e);
    });
    time.on("plotly_relayout", function (ev) { rangeFrom(ev, "pub"); });
    tl.on("plotly_relayout", function (ev) { rangeFrom(ev, "ev"); });
    $("topic-table").addEventListener("click", function (ev) {
      var tr = ev.target.closest("tr[data-topic]");
      if (tr) toggleTopic(Number(tr.dataset.topic));
    });
    $("reader").addEventListener("click", function (ev) {
      var n = ev.target.closest(".doc-passage[data-passage]");
      if (n) showPassage(Number(n.dataset.passage));
    });
    $("search-list").addEventListener("click", function (ev) {
      var li = ev.target.closest("li[data-passage]");
      if (li) showPassage(Number(li.dataset.passage));
    });
    var timer = null;
    $("search").addEventListener("input", function (ev) {
      clearTimeout(timer);
      var v = ev.target.value;
      timer = setTimeout(function () { state.q = v.trim(); redraw(); }, 250);
    });
    $("clear").addEventListener("click", function () {
      state.topics.clear(); state.pub = null; state.ev = null; state.q = ""; $("search").value = "";
      redraw();
    });
  }

  function header() {
    var m = D.meta, c = m.counts;
    $("report-title").textContent = m.title;
    $("summary").textContent = c.documents.toLocaleString("en") + " documents, " + c.passages.toLocaleString("en") +
      " passages, " + c.topics + " topics, " + c.events.toLocaleString("en") + " events" +
      (m.filters ? " · exported with filters: " + m.filters : "") + " · viz " + m.version + ", " + m.generated;
    var ul = $("notes-list");
    ["Works offline: everything this page shows is inside this one file.",
     "Click a point or an event to read its passage; date expressions are highlighted."].concat(m.notes)
      .forEach(function (s) { ul.appendChild(el("li", null, s)); });
  }

  header();
  redraw().then(function () { wire(); foldInBackground(); });
  timings.indexed = performance.now() - timings.start;
  window.vizReport = {state: state, redraw: redraw, showPassage: showPassage, fold: fold, timings: timings};
})();
