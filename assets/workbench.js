/* viz workbench: search by words or by meaning, the hit list, the event and document tables.
 *
 * assets/dashboard.js filters and draws; it asks this file for the search hits
 * (vizWorkbench.hits) and tells it after each update what is shown (vizWorkbench.rendered).
 * Hits come from /_viz/search as a bitset over the payload's passage order (viz/app/search.py).
 * Corpus text reaches the page as text only (textContent), never as HTML.
 */
(function () {
  "use strict";

  const IDS = {mode: "search-mode", hits: "search-hits", events: "table-events",
               documents: "table-documents", tables: "workbench-tables", csv: "selection-csv"};
  const LISTED = 20;
  const params = new URLSearchParams(window.location.search);

  const W = {
    mode: params.get("qm") === "meaning" ? "meaning" : "words",
    answer: null, key: null, mask: null, modeSynced: false,
    tables: null, tablesLoading: null, marked: null, last: null,
  };

  function dash() { return window.vizDashboard; }

  function bitsToMask(b64, n) {
    const bin = atob(b64), mask = new Uint8Array(n);
    for (let i = 0; i < n; i++) mask[i] = (bin.charCodeAt(i >> 3) >> (i & 7)) & 1;
    return mask;
  }

  // ------------------------------------------------------------------ search
  W.hits = async function (d, query) {
    const key = d.version + "\u0000" + W.mode + "\u0000" + query;
    if (W.key === key) return W.mask;
    const url = "/_viz/search?format=bits&mode=" + W.mode + "&q=" + encodeURIComponent(query);
    const t0 = performance.now();
    const r = await fetch(url, {cache: "no-store"});
    const body = r.ok ? await r.json() : {n: d.n, count: 0, top: [], error: await r.text()};
    const mask = body.bits ? bitsToMask(body.bits, d.n) : new Uint8Array(d.n);
    W.answer = body; W.key = key; W.mask = mask;
    W.fetchMs = performance.now() - t0;
    return mask;
  };

  // the server builds the word index or loads the embedder on first use (a second or two on a
  // large run): ask it to while the user is still typing
  const warmed = {};
  function warm(mode) {
    if (warmed[mode]) return;
    warmed[mode] = true;
    fetch("/_viz/search?warm=1&mode=" + mode, {cache: "no-store"}).catch(() => { warmed[mode] = false; });
  }
  document.addEventListener("focusin", (e) => {
    if (e.target && e.target.id === "filter-search") warm(W.mode);
  });

  function setMode(mode) {
    if (mode !== "words" && mode !== "meaning") return;
    if (mode === W.mode) return;
    W.mode = mode;
    warm(mode);
    const S = dash();
    if (!S || !S.filters || !S.filters.search || !S.parts.render) {
      if (S && S.filters) S.filters.mode = mode;
      return;
    }
    S.parts.render(S.url, Object.assign({}, S.filters)).then((status) => {
      window.dash_clientside.set_props(S.ids.status, {children: status});
    });
  }

  document.addEventListener("change", (e) => {
    const box = e.target && e.target.closest && e.target.closest("#" + IDS.mode);
    if (box && e.target.value) setMode(e.target.value);
  });

  function showHits(d, r, f) {
    const box = document.getElementById(IDS.hits);
    if (!box) return;
    box.textContent = "";
    if (!f.search || !W.answer) { box.hidden = true; return; }
    box.hidden = false;
    const a = W.answer, head = document.createElement("div");
    head.className = "search-hits-head";
    if (a.error) {
      head.textContent = "Search by meaning is not available for this run: " + a.error;
      box.append(head);
      return;
    }
    const shown = [];
    for (const t of a.top || []) if (t.pos < d.n && r.mask[t.pos]) shown.push(t);
    let inView = 0;
    for (let i = 0; i < d.n; i++) if (W.mask[i] && r.mask[i]) inView++;
    head.textContent = (f.mode === "meaning"
      ? inView + " of the " + a.count + " passages nearest in meaning to \u201c" + f.search + "\u201d"
      : inView + " of " + a.count + " passages with the words \u201c" + f.search + "\u201d") +
      " in this view";
    box.append(head);
    const list = document.createElement("ol");
    list.className = "search-hits-list";
    for (const t of shown.slice(0, LISTED)) {
      const li = document.createElement("li"), b = document.createElement("button");
      b.type = "button"; b.className = "search-hit";
      b.setAttribute("data-passage-id", String(t.id));
      b.textContent = (t.score !== undefined ? t.score.toFixed(2) + " \u00b7 " : "") + t.text;
      b.addEventListener("click", () => dash().parts.read("passage", t.id));
      li.append(b); list.append(li);
    }
    box.append(list);
  }

  // ------------------------------------------------------------------ tables
  function gridApi(id) {
    const g = window.dash_ag_grid;
    return g && g.getApiAsync ? g.getApiAsync(id) : Promise.reject(new Error("no dash_ag_grid"));
  }

  async function loadTables(d) {
    if (W.tables && W.tables.version === d.version) return W.tables;
    if (W.tablesLoading && W.tablesLoading.version === d.version) return W.tablesLoading.promise;
    const promise = fetch("/_viz/tables/" + encodeURIComponent(d.version)).then((r) => {
      if (!r.ok) throw new Error("tables " + r.status);
      return r.json();
    }).then((t) => {
      const bin = atob(t.passage_doc.b64), u8 = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) u8[i] = bin.charCodeAt(i);
      t.passageDoc = new Int32Array(u8.buffer);
      t.version = d.version;
      W.tables = t;
      return t;
    });
    W.tablesLoading = {version: d.version, promise};
    return promise;
  }

  // which events and documents the dashboard's current filters show (from its last update)
  function shownSets(d, r) {
    const t = W.tables, docShown = new Uint8Array(t.documents.length);
    for (let i = 0; i < d.n; i++) if (r.mask[i]) { const k = t.passageDoc[i]; if (k >= 0) docShown[k] = 1; }
    return {events: r.eventCount, docShown};
  }

  W.eventPasses = function (node) {
    const s = W.shown;
    return !s || (node.data && s.events[node.data.e] > 0);
  };
  W.documentPasses = function (node) {
    const s = W.shown;
    return !s || (node.data && s.docShown[node.data.k] === 1);
  };

  // the grids' external filters (dash-ag-grid evaluates "NAME(params)" with these in scope)
  window.dashAgGridFunctions = Object.assign(window.dashAgGridFunctions || {}, {
    vizEventPasses: (node) => W.eventPasses(node),
    vizDocumentPasses: (node) => W.documentPasses(node),
  });

  async function refreshTables(d, r) {
    const panel = document.getElementById(IDS.tables);
    if (!panel || !panel.open) return;   // closed: nothing loaded, nothing filtered
    const t = await loadTables(d);
    W.shown = shownSets(d, r);
    const [ea, da] = await Promise.all([gridApi(IDS.events), gridApi(IDS.documents)]);
    for (const [api, rows] of [[ea, t.events], [da, t.documents]]) {
      if (api.__vizVersion !== t.version) {
        api.setGridOption("rowData", rows);
        api.__vizVersion = t.version;
      }
      api.onFilterChanged();
    }
    W.tablesSeq = (W.tablesSeq || 0) + 1;
    document.documentElement.setAttribute("data-viz-tables", String(W.tablesSeq));
  }

  document.addEventListener("toggle", (e) => {
    if (e.target && e.target.id === IDS.tables && e.target.open && W.last) {
      refreshTables(W.last.d, W.last.r);
    }
  }, true);

  // a row click opens the event in the reader and marks it on the timeline
  W.openEvent = function (row) {
    const S = dash();
    if (!row || !S) return;
    S.parts.read("event", row.id);
    W.marked = row;
    markEvent();
  };
  W.openDocument = function (row) {
    const S = dash();
    if (row && S && row.first_passage !== null) S.parts.read("passage", row.first_passage);
  };

  function markEvent() {
    const S = dash(), row = W.marked;
    if (!S || !S.timeline || !S.timeline.d || !row || !row.start) return;
    S.timeline.mark(row.start, row.end && row.end !== row.start ? row.end : row.start);
  }

  document.addEventListener("click", (e) => {   // dash-ag-grid reports cell clicks as props;
    const cell = e.target && e.target.closest && e.target.closest(".ag-row");  // read the row here
    if (!cell) return;
    const grid = cell.closest("#" + IDS.events + ", #" + IDS.documents);
    if (!grid) return;
    const index = cell.getAttribute("row-index");
    gridApi(grid.id).then((api) => {
      const node = api.getDisplayedRowAtIndex(Number(index));
      if (!node) return;
      if (grid.id === IDS.events) W.openEvent(node.data); else W.openDocument(node.data);
    });
  });

  // keyboard: Enter on a focused row (arrow keys move the focus) opens it like a click
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const grid = e.target && e.target.closest && e.target.closest("#" + IDS.events + ", #" + IDS.documents);
    if (!grid) return;
    gridApi(grid.id).then((api) => {
      const cell = api.getFocusedCell();
      const node = cell && api.getDisplayedRowAtIndex(cell.rowIndex);
      if (!node) return;
      if (grid.id === IDS.events) W.openEvent(node.data); else W.openDocument(node.data);
    });
  });

  // ------------------------------------------------------------------ after each update
  W.rendered = function (d, r, f) {
    W.last = {d, r, f};
    const S = dash();
    if (!W.modeSynced && S && S.ids) {   // the switch shows the mode the URL asked for
      W.modeSynced = true;
      if (W.mode !== "words") window.dash_clientside.set_props(IDS.mode, {value: W.mode});
    }
    const csv = document.getElementById(IDS.csv);   // the shown passages as CSV
    if (csv) csv.setAttribute("href", "/_viz/selection.csv" + window.location.search);
    showHits(d, r, f);
    if (W.marked) markEvent();
    refreshTables(d, r).catch((err) => console.warn("viz tables:", err));
  };

  window.vizWorkbench = W;
})();
