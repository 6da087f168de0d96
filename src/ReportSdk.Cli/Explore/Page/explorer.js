// ReportSdk explorer page. Plain JavaScript, no framework, no eval; every piece of report text reaches the DOM
// through textContent, never parsed as markup.
'use strict';

(function () {
  // ---- role groups: which tint a line role gets. Unknown roles get a neutral tint. ----
  const ROLE_GROUPS = {
    title: 'title',
    meeting: 'meeting', meetingContinuation: 'meeting', date: 'meeting',
    speaker: 'speaker', caption: 'speaker',
    salutation: 'salutation', opening: 'salutation', preambleParagraph: 'salutation',
    sectionHeading: 'section',
    itemHeading: 'item',
    paragraph: 'paragraph',
    closingParagraph: 'closing', closing: 'closing',
    footnoteDefinition: 'notes', notesHeading: 'notes', glossaryHeading: 'notes', glossaryTerm: 'notes', glossaryDefinition: 'notes',
    annexHeading: 'annex', annex: 'annex',
    toc: 'toc', tocHeading: 'toc', tocNumber: 'toc', tocEntry: 'toc',
    chrome: 'chrome', skipped: 'chrome',
    blank: 'blank',
  };
  const GROUP_ORDER = ['title', 'meeting', 'speaker', 'salutation', 'section', 'item', 'paragraph', 'closing', 'notes', 'annex', 'toc', 'chrome', 'blank', 'unknown'];
  const CHUNK = 400; // lines rendered per frame
  const CHILD_PAGE = 300; // tree children rendered before a "show more" button
  const FIGURE_PAGE = 400; // figure rows rendered before a "show more" button
  const HIGHLIGHTS = ['node', 'diag', 'model']; // the CSS highlights of the text: a node, a diagnostic, a model value
  const KIND_ORDER = ['target', 'estimate', 'fiveYearGoal', 'fiveYearAverage', 'achieved'];

  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  };
  const groupOf = (role) => (Object.prototype.hasOwnProperty.call(ROLE_GROUPS, role) ? ROLE_GROUPS[role] : 'unknown');

  const state = {
    info: null,
    report: null, // the analysis JSON
    lineEls: [], // rendered line rows, by line index
    rendered: 0, // how many lines are rendered
    renderToken: 0,
    children: null, // node index -> child indices
    treeRows: new Map(), // node index -> tree row element (rendered ones)
    selectedNode: -1,
    highlighted: [], // line indices with .hl
    currentLine: -1,
    renders: {},
    activeTab: 'tree',
    model: null, // { id, data, ms } once the Model tab has loaded it for the current report
    modelLoading: null, // the report id whose model is being fetched
    modelKind: null, // the kind filter of the figures table (null until chosen: 'target' when there are targets)
    modelQuery: '', // the indicator filter
    modelSort: { key: 'line', dir: 1 },
  };

  // ---- errors and status ----
  function showError(message) {
    $('error-text').textContent = message;
    $('error').hidden = false;
  }
  function clearError() { $('error').hidden = true; }
  function setStatus(text) { $('status').textContent = text; }

  async function fetchJson(url, init) {
    let response;
    try {
      response = await fetch(url, init);
    } catch (e) {
      throw new Error('The explorer server cannot be reached (was it stopped?).');
    }
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      throw new Error((body && typeof body.error === 'string') ? body.error : ('The server answered ' + response.status + '.'));
    }
    return body;
  }

  // ---- report list ----
  async function loadList(selectId) {
    const list = await fetchJson('/api/reports');
    const select = $('report-select');
    select.replaceChildren();
    for (const r of list.reports) {
      const option = el('option', null, r.kind === 'upload' ? r.name + ' (pasted)' : r.name);
      option.value = r.id;
      select.appendChild(option);
    }
    const wanted = selectId || decodeURIComponent(location.hash.slice(1)) || (list.reports[0] && list.reports[0].id);
    if (wanted && list.reports.some((r) => r.id === wanted)) select.value = wanted;
    else if (list.reports[0]) select.value = list.reports[0].id;
    if (select.value) await loadReport(select.value);
  }

  async function loadReport(id) {
    clearError();
    setStatus('Parsing…');
    const started = performance.now();
    let report;
    try {
      report = await fetchJson('/api/reports/' + encodeURIComponent(id));
    } catch (e) {
      setStatus('');
      showError(e.message);
      return;
    }
    state.report = report;
    history.replaceState(null, '', '#' + encodeURIComponent(id));
    $('download-tree').href = '/api/reports/' + encodeURIComponent(id) + '/download/tree';
    $('download-outline').href = '/api/reports/' + encodeURIComponent(id) + '/download/outline';
    $('download-model').href = '/api/reports/' + encodeURIComponent(id) + '/download/model';
    $('download-targets').href = '/api/reports/' + encodeURIComponent(id) + '/download/targets';
    state.renders = {};
    state.model = null;
    $('model').replaceChildren();
    buildChildren();
    renderLegend();
    renderLines();
    renderTree();
    renderOutline();
    renderDiagnostics();
    showDecision(-1);
    if (state.activeTab === 'markdown' || state.activeTab === 'html') showRender(state.activeTab);
    if (state.activeTab === 'model') showModel();
    if (report.decisionsError) showError(report.decisionsError);
    const kb = (report.length / 1024).toFixed(1);
    setStatus(report.lines.length + ' lines · ' + kb + 'K chars · ' + report.nodes.length + ' nodes · ' +
      Math.round(performance.now() - started) + ' ms');
    document.body.dataset.loaded = id;
  }

  // ---- lines ----
  function roleOfLine(i) {
    const d = state.report.decisions[i];
    return d ? d.role : null;
  }

  function lineText(i) {
    const span = state.report.lines[i];
    return state.report.text.slice(span[0], span[1]);
  }

  function renderLegend() {
    const counts = new Map();
    for (const d of state.report.decisions) counts.set(d.role, (counts.get(d.role) || 0) + 1);
    const roles = [...counts.keys()].sort((a, b) => GROUP_ORDER.indexOf(groupOf(a)) - GROUP_ORDER.indexOf(groupOf(b)) || a.localeCompare(b));
    const legend = $('legend');
    legend.replaceChildren();
    for (const role of roles) {
      const item = el('span', 'item');
      item.title = groupOf(role) === 'unknown' ? 'A role this page does not know: shown with a neutral tint.' : 'Line role ' + role;
      item.append(el('span', 'swatch g-' + groupOf(role)), el('span', 'name', role), el('span', 'count', counts.get(role)));
      legend.appendChild(item);
    }
    if (roles.length === 0) legend.appendChild(el('span', 'hint', 'No layout decisions for this text.'));
  }

  function makeLine(i) {
    const row = el('div', 'ln');
    const role = roleOfLine(i);
    row.classList.add('g-' + (role === null ? 'unknown' : groupOf(role)));
    row.dataset.line = String(i);
    if (role !== null) row.dataset.role = role;
    row.append(el('span', 'no', i + 1), el('span', 'tx', lineText(i)));
    return row;
  }

  function renderLines() {
    const container = $('lines');
    container.replaceChildren();
    container.scrollTop = 0;
    state.lineEls = new Array(state.report.lines.length);
    state.rendered = 0;
    state.highlighted = [];
    state.currentLine = -1;
    if (window.CSS && CSS.highlights) for (const h of HIGHLIGHTS) CSS.highlights.delete(h);
    const token = ++state.renderToken;
    renderChunk(); // the first screenful at once, the rest a chunk per frame so the page stays responsive
    const step = () => {
      if (token !== state.renderToken || state.rendered >= state.lineEls.length) return;
      renderChunk();
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  }

  function renderChunk() { renderUpTo(Math.min(state.lineEls.length, state.rendered + CHUNK) - 1); }

  function renderUpTo(last) {
    if (last < state.rendered) return;
    const fragment = document.createDocumentFragment();
    for (let i = state.rendered; i <= last; i++) {
      const row = makeLine(i);
      state.lineEls[i] = row;
      fragment.appendChild(row);
    }
    state.rendered = last + 1;
    $('lines').appendChild(fragment);
  }

  function lineOfPosition(pos) {
    const lines = state.report.lines;
    let lo = 0, hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid][0] <= pos) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // Highlights [start, end) in the text: the lines it touches get a marker, the characters a CSS highlight.
  function highlightSpan(start, end, name, scroll) {
    for (const i of state.highlighted) if (state.lineEls[i]) state.lineEls[i].classList.remove('hl');
    state.highlighted = [];
    if (state.report.lines.length === 0) return;
    const first = lineOfPosition(start);
    const last = lineOfPosition(Math.max(start, end - 1));
    renderUpTo(last);
    for (let i = first; i <= last; i++) {
      state.lineEls[i].classList.add('hl');
      state.highlighted.push(i);
    }
    if (window.CSS && CSS.highlights && typeof Highlight === 'function') {
      for (const h of HIGHLIGHTS) CSS.highlights.delete(h);
      // One range per line, so the line numbers between them are not painted; a span over very many lines
      // (the whole document) is shown by the line markers alone.
      if (last - first < 2000) {
        const lines = state.report.lines;
        const highlight = new Highlight();
        for (let i = first; i <= last; i++) {
          const node = textNodeOf(i);
          const range = document.createRange();
          range.setStart(node, clamp(Math.max(start, lines[i][0]) - lines[i][0], 0, node.length));
          range.setEnd(node, clamp(Math.min(end, lines[i][1]) - lines[i][0], 0, node.length));
          if (!range.collapsed) highlight.add(range);
        }
        CSS.highlights.set(name, highlight);
      }
    }
    if (scroll) state.lineEls[first].scrollIntoView({ block: 'center' });
  }

  function textNodeOf(i) {
    const tx = state.lineEls[i].querySelector('.tx');
    if (!tx.firstChild) tx.appendChild(document.createTextNode(''));
    return tx.firstChild;
  }

  const clamp = (v, lo, hi) => Math.max(lo, Math.min(hi, v));

  function positionFromPoint(x, y) {
    let node = null, offset = 0;
    if (document.caretPositionFromPoint) {
      const p = document.caretPositionFromPoint(x, y);
      if (p) { node = p.offsetNode; offset = p.offset; }
    } else if (document.caretRangeFromPoint) {
      const r = document.caretRangeFromPoint(x, y);
      if (r) { node = r.startContainer; offset = r.startOffset; }
    }
    return { node, offset };
  }

  function onLinesClick(event) {
    const row = event.target.closest('.ln');
    if (!row) return;
    const i = Number(row.dataset.line);
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed && row.contains(selection.anchorNode)) return; // the user is selecting text
    const [lineStart, lineEnd] = state.report.lines[i];
    let pos = lineStart;
    if (event.target.closest('.tx')) {
      const p = positionFromPoint(event.clientX, event.clientY);
      const tx = row.querySelector('.tx');
      if (p.node && tx.contains(p.node)) pos += p.offset;
    }
    if (pos >= lineEnd && lineEnd > lineStart) pos = lineEnd - 1; // a click past the end of the text: its last character
    setCurrentLine(i);
    selectNode(innermostNode(pos, i), { fromText: true });
  }

  function onLinesHover(event) {
    const row = event.target.closest('.ln');
    if (!row || row.title) return;
    const d = state.report.decisions[Number(row.dataset.line)];
    if (!d) return;
    const top = d.candidates.slice(0, 3).map((c) => c.role + ' ' + formatScore(c.score)).join(', ');
    row.title = 'line ' + (d.line + 1) + ': ' + d.role + ' (zone ' + d.zone + ')' + (top ? ' — candidates: ' + top : '');
  }

  function setCurrentLine(i) {
    if (state.currentLine >= 0 && state.lineEls[state.currentLine]) state.lineEls[state.currentLine].classList.remove('cur');
    state.currentLine = i;
    if (i >= 0) {
      renderUpTo(i);
      state.lineEls[i].classList.add('cur');
    }
    showDecision(i);
  }

  // ---- layout decision panel ----
  function formatScore(score) {
    return typeof score === 'number' ? (Math.round(score * 1000) / 1000).toString() : String(score);
  }

  function showDecision(i) {
    const panel = $('decision');
    panel.replaceChildren();
    if (i < 0 || !state.report) {
      panel.appendChild(el('p', 'hint', 'Click a line (or hover it) to see the layout decoder\u2019s candidates and the role it chose.'));
      return;
    }
    const d = state.report.decisions[i];
    const heading = el('h3', null, 'Line ' + (i + 1) + ' ');
    if (!d) {
      panel.append(heading, el('p', 'hint', 'No layout decision for this line.'));
      return;
    }
    const chosen = el('span', 'chosen g-' + groupOf(d.role), d.role);
    chosen.id = 'decision-role';
    heading.append(chosen, el('span', 'zone', 'zone: ' + d.zone));
    panel.append(heading, el('div', 'line-text', lineText(i) || '(empty line)'));
    const table = el('table');
    const head = el('tr');
    head.append(el('th', null, 'candidate role'), el('th', null, 'score'), el('th', null, 'recognizer'));
    table.appendChild(head);
    const finite = d.candidates.map((c) => c.score).filter((s) => typeof s === 'number' && isFinite(s));
    const max = finite.length ? Math.max(...finite.map(Math.abs), 1e-9) : 1;
    for (const c of d.candidates) {
      const tr = el('tr', c.role === d.role + '@' + d.zone ? 'win' : null);
      const score = el('td', 'score', formatScore(c.score));
      if (typeof c.score === 'number' && isFinite(c.score)) {
        const bar = el('span', 'bar');
        bar.style.width = clamp(Math.abs(c.score) / max * 100, 2, 100) + '%';
        score.appendChild(bar);
      }
      const role = el('td');
      role.append(el('span', 'chosen g-' + groupOf(c.role), c.role));
      tr.append(role, score, el('td', null, c.recognizer));
      table.appendChild(tr);
    }
    panel.appendChild(table);
    if (d.reason) panel.appendChild(el('p', 'reason', d.reason));
    if (d.candidates.length <= 1) panel.appendChild(el('p', 'hint', 'Only one candidate was proposed for this line.'));
  }

  // ---- syntax tree ----
  function buildChildren() {
    const nodes = state.report.nodes;
    const children = new Array(nodes.length);
    for (let i = 0; i < nodes.length; i++) children[i] = [];
    for (let i = 1; i < nodes.length; i++) if (nodes[i][3] >= 0) children[nodes[i][3]].push(i);
    state.children = children;
    state.selectedNode = -1;
    state.treeRows = new Map();
  }

  function innermostNode(pos, line) {
    const nodes = state.report.nodes;
    let best = 0, bestDepth = -1;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i];
      if (n[1] <= pos && (pos < n[2] || (n[1] === n[2] && pos === n[1])) && n[4] > bestDepth) { best = i; bestDepth = n[4]; }
    }
    if (bestDepth <= 0 && line !== undefined) {
      // The position is in trivia (a blank line, chrome): the innermost node that covers the line's start.
      const start = state.report.lines[line][0], end = state.report.lines[line][1];
      for (let i = 0; i < nodes.length; i++) {
        const n = nodes[i];
        if (n[1] <= end && n[2] >= start && n[4] > bestDepth) { best = i; bestDepth = n[4]; }
      }
    }
    return best;
  }

  function renderTree() {
    const tree = $('tree');
    tree.replaceChildren();
    if (state.report.nodes.length === 0) return;
    tree.appendChild(makeTreeNode(0, true));
    // Open the document and its reports so the sections show.
    for (const child of state.children[0]) expandNode(child);
  }

  function nodeLabel(i) {
    const n = state.report.nodes[i];
    const text = state.report.text.slice(n[1], Math.min(n[2], n[1] + 40));
    const firstLine = text.split(/\r\n|\r|\n/)[0];
    return firstLine.length < text.length || n[2] - n[1] > 40 ? firstLine + '…' : firstLine;
  }

  function makeTreeNode(i, open) {
    const n = state.report.nodes[i];
    const wrapper = el('div', 'tnw');
    const row = el('div', 'tn');
    row.setAttribute('role', 'treeitem');
    row.dataset.node = String(i);
    row.dataset.kind = state.report.kinds[n[0]];
    row.tabIndex = -1;
    const hasChildren = state.children[i].length > 0;
    const twisty = el('button', 'tw', hasChildren ? '▸' : '·');
    twisty.type = 'button';
    twisty.tabIndex = -1;
    twisty.setAttribute('aria-label', hasChildren ? 'expand' : 'leaf');
    row.append(twisty, el('span', 'k', state.report.kinds[n[0]]), el('span', 'sp', '[' + n[1] + '..' + n[2] + ')'),
      el('span', 'lnum', 'L' + (lineOfPosition(n[1]) + 1)), el('span', 'pv', nodeLabel(i)));
    if (hasChildren) row.setAttribute('aria-expanded', 'false');
    wrapper.appendChild(row);
    state.treeRows.set(i, row);
    if (open && hasChildren) expandRow(row);
    return wrapper;
  }

  function expandRow(row) {
    const i = Number(row.dataset.node);
    if (row.getAttribute('aria-expanded') === 'true') return;
    row.setAttribute('aria-expanded', 'true');
    row.querySelector('.tw').textContent = '▾';
    let container = row.nextElementSibling;
    if (!container) {
      container = el('div', 'tc');
      container.setAttribute('role', 'group');
      row.parentElement.appendChild(container);
      appendChildren(container, i, 0);
    }
    container.hidden = false;
  }

  function appendChildren(container, i, from) {
    const kids = state.children[i];
    const to = Math.min(kids.length, from + CHILD_PAGE);
    for (let k = from; k < to; k++) container.appendChild(makeTreeNode(kids[k], false));
    if (to < kids.length) {
      const more = el('button', 'more', 'show ' + Math.min(CHILD_PAGE, kids.length - to) + ' more of ' + (kids.length - to));
      more.type = 'button';
      more.addEventListener('click', () => { more.remove(); appendChildren(container, i, to); });
      container.appendChild(more);
    }
  }

  function collapseRow(row) {
    row.setAttribute('aria-expanded', 'false');
    row.querySelector('.tw').textContent = '▸';
    if (row.nextElementSibling) row.nextElementSibling.hidden = true;
  }

  function expandNode(i) {
    const row = state.treeRows.get(i);
    if (row && state.children[i].length) expandRow(row);
  }

  // Makes node i's row exist: expands its ancestors (and pages of children) from the root down.
  function revealNode(i) {
    const path = [];
    for (let p = state.report.nodes[i][3]; p >= 0; p = state.report.nodes[p][3]) path.push(p);
    path.reverse();
    for (let k = 0; k < path.length; k++) {
      const parent = path[k];
      expandNode(parent);
      const next = k + 1 < path.length ? path[k + 1] : i;
      if (!state.treeRows.has(next)) {
        // The child sits past a "show more" page: render pages until it is there.
        const row = state.treeRows.get(parent);
        const container = row && row.nextElementSibling;
        while (container && !state.treeRows.has(next)) {
          const more = container.querySelector(':scope > .more');
          if (!more) break;
          more.click();
        }
      }
    }
    return state.treeRows.get(i);
  }

  function selectNode(i, options) {
    const opts = options || {};
    if (state.selectedNode >= 0 && state.treeRows.get(state.selectedNode)) state.treeRows.get(state.selectedNode).classList.remove('sel');
    state.selectedNode = i;
    const row = revealNode(i);
    if (row) {
      row.classList.add('sel');
      row.setAttribute('aria-selected', 'true');
      if (opts.fromText) {
        if (state.activeTab !== 'tree') switchTab('tree');
        row.scrollIntoView({ block: 'nearest' });
      }
    }
    const n = state.report.nodes[i];
    highlightSpan(n[1], n[2], 'node', !opts.fromText);
    document.body.dataset.selectedNode = String(i);
    if (!opts.fromText) setCurrentLine(opts.line !== undefined ? opts.line : lineOfPosition(n[1]));
  }

  function onTreeClick(event) {
    const row = event.target.closest('.tn');
    if (!row) return;
    const i = Number(row.dataset.node);
    if (event.target.closest('.tw')) {
      if (row.getAttribute('aria-expanded') === 'true') collapseRow(row); else expandRow(row);
      return;
    }
    selectNode(i, {});
  }

  function onTreeKey(event) {
    const row = event.target.closest('.tn');
    if (!row) return;
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); selectNode(Number(row.dataset.node), {}); }
    else if (event.key === 'ArrowRight') expandRow(row);
    else if (event.key === 'ArrowLeft') collapseRow(row);
  }

  // ---- outline ----
  function outlineEntry(tag, text, line) {
    const li = el('li');
    const entry = el('span', 'entry');
    if (tag) entry.appendChild(el('span', 'tag', tag));
    entry.appendChild(document.createTextNode(text === null || text === undefined ? '(none)' : String(text)));
    if (typeof line === 'number' && line >= 1) {
      entry.dataset.line = String(line - 1);
      entry.appendChild(el('span', 'tag', ' L' + line));
    }
    li.appendChild(entry);
    return li;
  }

  function outlineItems(items) {
    const ul = el('ul');
    for (const item of items || []) {
      const li = outlineEntry(item.marker, item.title, item.line);
      if (item.items && item.items.length) li.appendChild(outlineItems(item.items));
      ul.appendChild(li);
    }
    return ul;
  }

  function renderOutline() {
    const root = $('outline');
    root.replaceChildren();
    const outline = state.report.outline || {};
    if (outline.contents && outline.contents.length) {
      root.appendChild(el('h4', null, 'Table of contents'));
      const ul = el('ul');
      for (const c of outline.contents) ul.appendChild(outlineEntry('p.' + c.page, c.title, c.line));
      root.appendChild(ul);
    }
    (outline.reports || []).forEach((report, k) => {
      root.appendChild(el('h4', null, 'Report ' + (k + 1)));
      const ul = el('ul');
      ul.appendChild(outlineEntry('title', report.title, report.line));
      if (report.meeting) ul.appendChild(outlineEntry('meeting', report.meeting));
      if (report.speaker) ul.appendChild(outlineEntry('speaker', report.speaker));
      for (const section of report.sections || []) {
        const li = outlineEntry(section.kind, section.heading, section.line);
        if (section.items && section.items.length) li.appendChild(outlineItems(section.items));
        ul.appendChild(li);
      }
      if (report.closing) ul.appendChild(outlineEntry('closing', report.closing.text.slice(0, 60) + (report.closing.text.length > 60 ? '…' : ''), report.closing.line));
      if (report.footnotes && report.footnotes.length) {
        const li = outlineEntry('notes', report.footnotes.length + ' footnotes');
        const notes = el('ul');
        for (const f of report.footnotes) notes.appendChild(outlineEntry(f.label ? '[' + f.label + ']' : '[?]', f.term || '', f.line));
        li.appendChild(notes);
        ul.appendChild(li);
      }
      root.appendChild(ul);
    });
    if (!root.firstChild) root.appendChild(el('p', 'hint', 'The outline is empty.'));
  }

  function onOutlineClick(event) {
    const entry = event.target.closest('.entry');
    if (!entry || entry.dataset.line === undefined) return;
    const line = Number(entry.dataset.line);
    if (line >= state.report.lines.length) return;
    selectNode(innermostNode(state.report.lines[line][0], line), { line: line });
    state.lineEls[line].scrollIntoView({ block: 'center' });
  }

  // ---- diagnostics ----
  function renderDiagnostics() {
    const list = $('diagnostics');
    list.replaceChildren();
    const diagnostics = state.report.diagnostics;
    $('diag-count').textContent = '(' + diagnostics.length + ')';
    diagnostics.forEach((d, k) => {
      const sev = ['error', 'warning', 'info', 'hidden'].includes(d.severity) ? d.severity : 'hidden';
      const li = el('li', 'sev-' + sev);
      li.dataset.index = String(k);
      li.append(el('span', 'sev', sev), el('span', 'pos', d.line + ':' + d.column), el('span', 'id', d.id + ' '), el('span', 'msg', d.message));
      list.appendChild(li);
    });
    if (diagnostics.length === 0) list.appendChild(el('li', 'hint', 'No diagnostics.'));
  }

  function onDiagnosticClick(event) {
    const li = event.target.closest('li[data-index]');
    if (!li) return;
    const d = state.report.diagnostics[Number(li.dataset.index)];
    const line = Math.max(0, d.line - 1);
    setCurrentLine(line);
    highlightSpan(d.start, Math.max(d.end, d.start + 1), 'diag', true);
  }

  // ---- report model ----
  // Fetched when the Model tab is first opened for a report (the server runs the meaning layer then, once).
  async function showModel() {
    if (!state.report) return;
    const id = state.report.id;
    if ((state.model && state.model.id === id) || state.modelLoading === id) return;
    state.modelLoading = id;
    $('model').replaceChildren(el('p', 'hint', 'Computing the report model…'));
    const started = performance.now();
    let data;
    try {
      data = await fetchJson('/api/reports/' + encodeURIComponent(id) + '/model');
    } catch (e) {
      if (state.report && state.report.id === id) {
        $('model').replaceChildren(el('p', 'hint', 'No report model: ' + e.message));
        showError(e.message);
      }
      return;
    } finally {
      if (state.modelLoading === id) state.modelLoading = null;
    }
    if (!state.report || state.report.id !== id) return;
    state.model = { id: id, data: data, ms: performance.now() - started };
    renderModel();
  }

  const modelLink = (cls, text, item) => {
    const b = el('button', 'mlink' + (cls ? ' ' + cls : ''), text);
    b.type = 'button';
    b.dataset.start = String(item.start);
    b.dataset.end = String(item.end);
    b.title = 'line ' + item.line + ' [' + item.start + '..' + item.end + ') — click to select it in the text';
    return b;
  };

  function renderModel() {
    const t0 = performance.now();
    const root = $('model');
    const data = state.model.data;
    root.replaceChildren();
    if (state.modelKind === null) {
      state.modelKind = data.reports.some((r) => r.figures.some((f) => f.kind === 'target')) ? 'target' : 'all';
    }
    const summary = el('p', 'hint model-summary');
    root.appendChild(summary);
    if (data.reports.length === 0) root.appendChild(el('p', 'hint', 'The tree has no report, so there is no model.'));
    data.reports.forEach((report, k) => {
      const section = el('section', 'model-report');
      section.dataset.report = String(k);
      const h = el('h4', null, 'Report ' + (k + 1) + ' ');
      h.appendChild(el('span', 'tag', 'L' + report.line));
      section.appendChild(h);
      section.appendChild(metadataTable(report));
      section.appendChild(el('h5', null, 'Figures'));
      section.appendChild(figureControls(report));
      const holder = el('div', 'figures-holder');
      section.appendChild(holder);
      renderFigures(report, holder);
      section.appendChild(el('h5', null, 'Glossary (' + report.glossary.length + ')'));
      section.appendChild(glossaryTable(report));
      if (report.lists.length) {
        section.appendChild(el('h5', null, 'Lists (' + report.lists.length + ')'));
        section.appendChild(listsView(report));
      }
      root.appendChild(section);
    });
    summary.textContent = data.reports.length + (data.reports.length === 1 ? ' report' : ' reports') + ' · model built in ' +
      Math.round(data.buildMs) + ' ms on the server, loaded in ' + Math.round(state.model.ms) + ' ms, shown in ' +
      Math.round(performance.now() - t0) + ' ms · click a value to select it in the text';
  }

  function metadataTable(report) {
    const table = el('table', 'model-meta');
    const head = el('tr');
    head.append(el('th', null, 'field'), el('th', null, 'value'));
    table.appendChild(head);
    for (const m of report.metadata) {
      const tr = el('tr');
      tr.dataset.field = m.field;
      const td = el('td');
      if (m.value === null || m.value === undefined) td.appendChild(el('span', 'missing', '— not stated'));
      else td.appendChild(modelLink(null, m.value, m));
      tr.append(el('th', null, m.label), td);
      table.appendChild(tr);
    }
    return table;
  }

  function figureControls(report) {
    const bar = el('div', 'figure-controls');
    const counts = new Map();
    for (const f of report.figures) counts.set(f.kind, (counts.get(f.kind) || 0) + 1);
    const kinds = [...counts.keys()].sort((a, b) => rank(KIND_ORDER, a) - rank(KIND_ORDER, b) || a.localeCompare(b));
    const select = el('select', 'kind-filter');
    select.setAttribute('aria-label', 'Kind of figure');
    const all = el('option', null, 'all kinds (' + report.figures.length + ')');
    all.value = 'all';
    select.appendChild(all);
    for (const kind of kinds) {
      const option = el('option', null, kind + ' (' + counts.get(kind) + ')');
      option.value = kind;
      select.appendChild(option);
    }
    if (state.modelKind !== 'all' && !counts.has(state.modelKind)) {
      const option = el('option', null, state.modelKind + ' (0)');
      option.value = state.modelKind;
      select.appendChild(option);
    }
    select.value = state.modelKind;
    const query = el('input', 'indicator-filter');
    query.type = 'search';
    query.placeholder = 'filter indicator…';
    query.setAttribute('aria-label', 'Filter by indicator');
    query.value = state.modelQuery;
    bar.append(el('span', null, 'kind '), select, query);
    return bar;
  }

  const rank = (order, value) => { const i = order.indexOf(value); return i < 0 ? order.length : i; };

  const FIGURE_COLUMNS = [
    ['indicator', 'indicator'], ['value', 'value / range'], ['unit', 'unit'], ['qualifier', 'qualifier'],
    ['stretch', 'stretch'], ['kind', 'kind'], ['line', 'line'],
  ];

  function figureCompare(key) {
    switch (key) {
      case 'value': return (a, b) => Number(a.low) - Number(b.low) || Number(a.high) - Number(b.high);
      case 'stretch': return (a, b) => (a.stretch === null ? -Infinity : Number(a.stretch)) - (b.stretch === null ? -Infinity : Number(b.stretch));
      case 'line': return (a, b) => a.start - b.start;
      case 'kind': return (a, b) => rank(KIND_ORDER, a.kind) - rank(KIND_ORDER, b.kind);
      default: return (a, b) => String(a[key]).localeCompare(String(b[key]), 'zh-CN');
    }
  }

  // Groups of digits in an integer part: 43923000000 → 43,923,000,000.
  function formatNumber(s) {
    const dot = s.indexOf('.');
    const int = dot < 0 ? s : s.slice(0, dot);
    return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dot < 0 ? '' : s.slice(dot));
  }

  function renderFigures(report, holder) {
    holder.replaceChildren();
    const query = state.modelQuery.trim();
    const rows = report.figures
      .map((f, i) => ({ f: f, i: i }))
      .filter((r) => (state.modelKind === 'all' || r.f.kind === state.modelKind) && (!query || r.f.indicator.includes(query) || (r.f.indicatorKey || '').includes(query)));
    const compare = figureCompare(state.modelSort.key);
    rows.sort((a, b) => state.modelSort.dir * compare(a.f, b.f) || a.f.start - b.f.start);
    const table = el('table', 'model-figures');
    const head = el('tr');
    for (const [key, label] of FIGURE_COLUMNS) {
      const th = el('th');
      const b = el('button', 'sort', label + (state.modelSort.key === key ? (state.modelSort.dir > 0 ? ' ▴' : ' ▾') : ''));
      b.type = 'button';
      b.dataset.sort = key;
      th.setAttribute('aria-sort', state.modelSort.key === key ? (state.modelSort.dir > 0 ? 'ascending' : 'descending') : 'none');
      th.appendChild(b);
      head.appendChild(th);
    }
    table.appendChild(head);
    holder.appendChild(table);
    holder.appendChild(el('p', 'hint figure-count', rows.length + ' of ' + report.figures.length + ' figures'));
    appendFigureRows(table, holder, rows, 0);
  }

  function appendFigureRows(table, holder, rows, from) {
    const to = Math.min(rows.length, from + FIGURE_PAGE);
    const fragment = document.createDocumentFragment();
    for (let k = from; k < to; k++) {
      const f = rows[k].f;
      const tr = el('tr', 'k-' + f.kind);
      tr.dataset.figure = String(rows[k].i);
      tr.dataset.kind = f.kind;
      tr.dataset.start = String(f.start);
      tr.dataset.end = String(f.end);
      tr.title = (f.section ? f.section + ' — ' : '') + 'as written: ' + f.valueText + (f.indicatorKey ? ' · key ' + f.indicatorKey : '') +
        ' · ' + f.measure + (f.year !== null ? ' · year ' + f.year : '');
      const indicator = el('td', 'ind');
      indicator.appendChild(modelLink(null, f.indicator || '(no indicator)', f));
      const value = f.low === f.high ? formatNumber(f.low) : formatNumber(f.low) + '–' + formatNumber(f.high);
      tr.append(indicator, el('td', 'num', value), el('td', null, f.unit), el('td', null, f.qualifier),
        el('td', 'num', f.stretch === null ? '' : formatNumber(f.stretch)), el('td', 'kind', f.kind), el('td', 'num', f.line));
      fragment.appendChild(tr);
    }
    table.appendChild(fragment);
    const old = holder.querySelector(':scope > .more');
    if (old) old.remove();
    if (to < rows.length) {
      const more = el('button', 'more', 'show ' + Math.min(FIGURE_PAGE, rows.length - to) + ' more of ' + (rows.length - to));
      more.type = 'button';
      more.addEventListener('click', () => appendFigureRows(table, holder, rows, to));
      holder.appendChild(more);
    }
  }

  function glossaryTable(report) {
    if (report.glossary.length === 0) return el('p', 'hint', 'No glossary: the notes explain no terms.');
    const table = el('table', 'model-glossary');
    const head = el('tr');
    head.append(el('th', null, 'term'), el('th', null, 'explanation'), el('th', null, 'referred to'));
    table.appendChild(head);
    for (const g of report.glossary) {
      const tr = el('tr');
      tr.dataset.start = String(g.start);
      tr.dataset.end = String(g.end);
      const term = el('td', 'term');
      term.appendChild(modelLink(null, g.term, g));
      const refs = el('td', 'refs');
      for (const [start, end] of g.references.slice(0, 8)) {
        refs.appendChild(modelLink('ref', 'L' + (lineOfPosition(start) + 1), { start: start, end: end, line: lineOfPosition(start) + 1 }));
      }
      if (g.references.length > 8) refs.appendChild(el('span', 'hint', ' +' + (g.references.length - 8)));
      tr.append(term, el('td', 'def', g.definition), refs);
      table.appendChild(tr);
    }
    return table;
  }

  function listsView(report) {
    const root = el('div', 'model-lists');
    for (const list of report.lists) {
      root.appendChild(modelLink('list-title', list.title, list));
      const ol = el('ol');
      for (const item of list.items) {
        const li = el('li');
        li.appendChild(modelLink(null, item.text, item));
        ol.appendChild(li);
      }
      root.appendChild(ol);
    }
    return root;
  }

  function selectModelSpan(start, end, source) {
    for (const old of $('model').querySelectorAll('.active')) old.classList.remove('active');
    if (source) source.classList.add('active');
    const line = lineOfPosition(start);
    setCurrentLine(line);
    highlightSpan(start, Math.max(end, start + 1), 'model', true);
    document.body.dataset.modelSelection = start + '..' + end;
  }

  function onModelClick(event) {
    if (!state.model) return;
    const sort = event.target.closest('button.sort');
    if (sort) {
      const key = sort.dataset.sort;
      state.modelSort = state.modelSort.key === key ? { key: key, dir: -state.modelSort.dir } : { key: key, dir: 1 };
      rerenderFigures();
      return;
    }
    const target = event.target.closest('[data-start]');
    if (!target || !$('model').contains(target)) return;
    const start = Number(target.dataset.start), end = Number(target.dataset.end);
    if (!(start >= 0) || !(end >= start) || start > state.report.length) return;
    selectModelSpan(start, end, target.closest('tr') || target);
  }

  function rerenderFigures() {
    for (const section of $('model').querySelectorAll('.model-report')) {
      const report = state.model.data.reports[Number(section.dataset.report)];
      renderFigures(report, section.querySelector('.figures-holder'));
      const select = section.querySelector('.kind-filter');
      if (select.value !== state.modelKind) select.value = state.modelKind;
      const query = section.querySelector('.indicator-filter');
      if (query.value !== state.modelQuery) query.value = state.modelQuery;
    }
  }

  function onModelInput(event) {
    if (!state.model) return;
    if (event.target.classList.contains('kind-filter')) state.modelKind = event.target.value;
    else if (event.target.classList.contains('indicator-filter')) state.modelQuery = event.target.value;
    else return;
    rerenderFigures();
  }

  // ---- render views ----
  async function showRender(format) {
    if (!state.report) return;
    const id = state.report.id;
    if (format === 'html') {
      const src = '/api/reports/' + encodeURIComponent(id) + '/render/html';
      if ($('html-frame').getAttribute('src') !== src) $('html-frame').setAttribute('src', src);
      return;
    }
    if (state.renders[format] !== undefined) { $('markdown').textContent = state.renders[format]; return; }
    $('markdown').textContent = 'Rendering…';
    try {
      const response = await fetch('/api/reports/' + encodeURIComponent(id) + '/render/' + format);
      if (!response.ok) {
        let message = 'The server answered ' + response.status + '.';
        try { message = (await response.json()).error || message; } catch (e) { /* keep the status */ }
        throw new Error(message);
      }
      const text = await response.text();
      if (state.report.id !== id) return;
      state.renders[format] = text;
      $('markdown').textContent = text;
    } catch (e) {
      $('markdown').textContent = '';
      showError(e.message);
    }
  }

  function switchTab(name) {
    state.activeTab = name;
    for (const tab of document.querySelectorAll('#tabs [role=tab]')) tab.setAttribute('aria-selected', String(tab.dataset.tab === name));
    for (const panel of document.querySelectorAll('.panel')) panel.hidden = panel.id !== 'panel-' + name;
    if (name === 'markdown' || name === 'html') showRender(name);
    if (name === 'model') showModel();
  }

  // ---- paste and upload ----
  function tooLarge(bytes) {
    const max = state.info ? state.info.maxUploadBytes : 5 * 1024 * 1024;
    if (bytes <= max) return false;
    showError('The report is too large (' + (bytes / 1048576).toFixed(1) + ' MB): the explorer accepts pastes and uploads of at most ' +
      (max / 1048576) + ' MB. Run \u2018reportsdk explore <file>\u2019 on a larger file instead.');
    return true;
  }

  async function submitPaste(event) {
    event.preventDefault();
    const text = $('paste-text').value;
    const name = $('paste-name').value;
    const body = JSON.stringify({ name: name, text: text });
    if (tooLarge(new Blob([body]).size)) return;
    try {
      const result = await fetchJson('/api/paste', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body });
      $('paste-dialog').close();
      await loadList(result.id);
    } catch (e) {
      showError(e.message);
    }
  }

  async function upload(file) {
    if (!file) return;
    if (tooLarge(file.size)) return;
    try {
      const bytes = await file.arrayBuffer();
      const result = await fetchJson('/api/upload?name=' + encodeURIComponent(file.name), {
        method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: bytes,
      });
      await loadList(result.id);
    } catch (e) {
      showError(e.message);
    } finally {
      $('upload-input').value = '';
    }
  }

  // ---- start ----
  async function start() {
    $('lines').addEventListener('click', onLinesClick);
    $('lines').addEventListener('mouseover', onLinesHover);
    $('lines').addEventListener('keydown', (event) => {
      if (!state.report || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
      event.preventDefault();
      const next = clamp(state.currentLine + (event.key === 'ArrowDown' ? 1 : -1), 0, state.report.lines.length - 1);
      setCurrentLine(next);
      state.lineEls[next].scrollIntoView({ block: 'nearest' });
    });
    $('tree').addEventListener('click', onTreeClick);
    $('tree').addEventListener('keydown', onTreeKey);
    $('outline').addEventListener('click', onOutlineClick);
    $('diagnostics').addEventListener('click', onDiagnosticClick);
    $('model').addEventListener('click', onModelClick);
    $('model').addEventListener('input', onModelInput);
    for (const tab of document.querySelectorAll('#tabs [role=tab]')) tab.addEventListener('click', () => switchTab(tab.dataset.tab));
    $('report-select').addEventListener('change', (event) => loadReport(event.target.value));
    $('error-close').addEventListener('click', clearError);
    $('paste-button').addEventListener('click', () => $('paste-dialog').showModal());
    $('paste-cancel').addEventListener('click', () => $('paste-dialog').close());
    $('paste-form').addEventListener('submit', submitPaste);
    $('upload-input').addEventListener('change', (event) => upload(event.target.files[0]));
    try {
      state.info = await fetchJson('/api/info');
      $('paste-limit').textContent = 'At most ' + (state.info.maxUploadBytes / 1048576) + ' MB. The text stays on this computer: the explorer listens on 127.0.0.1 only.';
      await loadList();
    } catch (e) {
      showError(e.message);
    }
  }

  window.addEventListener('error', (event) => showError('Page error: ' + event.message));
  window.addEventListener('unhandledrejection', (event) => showError('Page error: ' + (event.reason && event.reason.message ? event.reason.message : String(event.reason))));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
