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
    view: null, marked: null, last: null,
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

  // the view's shown rows as base64 bits, least significant bit first (viz.app.search.pack_bits)
  function packBits(n, test) {
    const bytes = new Uint8Array((n + 7) >> 3);
    for (let i = 0; i < n; i++) if (test(i)) bytes[i >> 3] |= 1 << (i & 7);
    let bin = "";
    for (let i = 0; i < bytes.length; i += 8192) {
      bin += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    }
    return btoa(bin);
  }

  // AG Grid's infinite row model asks for the block it is about to draw; the server answers it
  // for the view the dashboard shows (viz/app/tables.py, viz/app/table_query.py)
  const waiting = {};
  function loaded(table, seq) {
    W.rowsSeq = (W.rowsSeq || 0) + 1;
    document.documentElement.setAttribute("data-viz-rows", String(W.rowsSeq));
    const w = waiting[table];
    if (w && w.seq === seq) { delete waiting[table]; w.resolve(); }
  }

  const BLOCK = 100;   // rows per block: the grids' cacheBlockSize (viz/app/tables.py)
  const prefetched = {};

  // one block of a table's rows for the view v (viz/app/tables.py rows_answer)
  function post(v, table, start, end, sortModel, filterModel) {
    const body = {version: v.version, start, end, sortModel, filterModel,
                  shown: table === "events" ? v.events : v.passages};
    return fetch("/_viz/rows/" + table, {method: "POST", cache: "no-store",
                                         headers: {"Content-Type": "application/json"},
                                         body: JSON.stringify(body)})
      .then((r) => r.json().then((j) => ({ok: r.ok, j})));
  }

  function rowsKey(v, table, start, end, sortModel, filterModel) {
    const sorts = (sortModel || []).map((m) => [m.colId, m.sort]);
    return JSON.stringify([v.seq, table, start, end, sorts, filterModel || {}]);
  }

  // the latest block request of each table: an answer to an older one (the grid purged its
  // cache meanwhile, say for a sort it applied on opening) does not settle the table, since the
  // grid drops those rows and shows the newer request's
  const asked = {};
  function datasource(table) {
    return {
      getRows(params) {
        const v = W.view;
        const ask = asked[table] = (asked[table] || 0) + 1;
        const key = rowsKey(v, table, params.startRow, params.endRow, params.sortModel,
                            params.filterModel);
        const pre = prefetched[table];
        delete prefetched[table];
        const answer = (pre && pre.key === key) ? pre.promise
          : post(v, table, params.startRow, params.endRow, params.sortModel, params.filterModel);
        answer.then(({ok, j}) => {
          if (!ok) throw new Error(j.error || "rows");
          params.successCallback(j.rows, j.lastRow);
          if (ask === asked[table]) loaded(table, v.seq);
        }).catch((err) => {
          params.failCallback();
          console.warn("viz tables:", err.message || err);
          if (ask === asked[table]) loaded(table, v.seq);
        });
      },
    };
  }

  // the grid's sort as its datasource will be asked for it
  function sortModel(api) {
    return api.getColumnState().filter((c) => c.sort)
      .sort((a, b) => (a.sortIndex || 0) - (b.sortIndex || 0))
      .map((c) => ({colId: c.colId, sort: c.sort}));
  }

  async function refreshTables(d, r) {
    const panel = document.getElementById(IDS.tables);
    if (!panel || !panel.open) return;   // closed: nothing asked, nothing sent
    const events = packBits(r.eventCount.length, (i) => r.eventCount[i] > 0);
    const passages = packBits(d.n, (i) => !!r.mask[i]);
    const old = W.view;
    if (old && old.version === d.version && old.events === events && old.passages === passages
        && W.apis && W.apis.events.__vizRows) {
      W.tablesSeq = (W.tablesSeq || 0) + 1;   // the same rows (a toggle, a redraw): followed
      document.documentElement.setAttribute("data-viz-tables", String(W.tablesSeq));
      return;
    }
    const seq = (old ? old.seq : 0) + 1;
    const v = W.view = {seq, version: d.version, events, passages};
    if (!W.apis) {
      const [ea, da] = await Promise.all([gridApi(IDS.events), gridApi(IDS.documents)]);
      W.apis = {events: ea, documents: da};
      if (W.view.seq !== seq) return;     // a newer view is on its way
    }
    const done = [];
    for (const table of ["events", "documents"]) {
      const api = W.apis[table];
      done.push(new Promise((resolve) => { waiting[table] = {seq, resolve}; }));
      if (api.__vizRows) {
        // ask for the first block now, while the page paints; the grid's request takes it
        const sm = sortModel(api), fm = api.getFilterModel();
        prefetched[table] = {key: rowsKey(v, table, 0, BLOCK, sm, fm),
                             promise: post(v, table, 0, BLOCK, sm, fm)};
        api.purgeInfiniteCache();
      } else {
        api.__vizRows = true;
        api.setGridOption("datasource", datasource(table));
      }
    }
    await Promise.all(done);
    if (W.view.seq !== seq) return;
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
  };

  // the view is known (before it is drawn): the tables follow it
  W.computed = function (d, r) {
    refreshTables(d, r).catch((err) => console.warn("viz tables:", err));
  };

  window.vizWorkbench = W;
})();
