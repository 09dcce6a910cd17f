// edgeplan web UI: scenario list, editor with live validation, run progress and results, comparison of two plans.
// Plain ES module, no build step and no third-party code; talks only to this server's /api/v1 (docs/web.md).
import { isJson, readField, writeField, Unsupported } from './yaml-fields.js';

const API = '/api/v1';
const TOKEN_KEY = 'edgeplan.token';
const POLL_MS = 500;
const VALIDATE_DELAY_MS = 350;
const TERMINAL = new Set(['succeeded', 'failed', 'cancelled', 'infeasible']);
const ARTIFACTS = ['report.html', 'plan.json', 'plan.xlsx', 'plan.geojson', 'report.pdf', 'commissioning.md'];

const $ = id => document.getElementById(id);

const state = {
  scenario: null,      // {id, revision, name} of the scenario open in the editor; null for a new one
  savedText: '',       // the text as last loaded or saved: the editor is dirty while it differs
  dirty: false,
  validateTimer: 0,
  validateSeq: 0,
  pollTimer: 0,
  pollRunId: null,
  routeSeq: 0,
  healthShown: false,
  hash: '',            // the address the current view was routed from, to go back to when leaving is cancelled
};

// ---------------------------------------------------------------- API access

class ApiError extends Error {
  constructor(status, message, problems) {
    super(message);
    this.status = status;
    this.problems = problems || [];
  }
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

// A token arrives once in the fragment (/#token=…); keep it for this tab and take it out of the address bar.
function takeTokenFromUrl() {
  const m = /^#token=([^&]+)/.exec(location.hash);
  if (m) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + location.search + '#/');
  }
  return Boolean(m);
}

function headers(extra) {
  const h = { 'X-Edgeplan-Request': '1', Accept: 'application/json', ...extra };
  const t = token();
  if (t) {
    h.Authorization = 'Bearer ' + t;
  }
  return h;
}

function contentTypeOf(text) {
  return isJson(text) ? 'application/json' : 'application/yaml';
}

async function api(method, path, { body, contentType, extraHeaders } = {}) {
  const h = headers(extraHeaders);
  if (body !== undefined) {
    h['Content-Type'] = contentType || 'application/json';
  }
  let res;
  try {
    res = await fetch(API + path, { method, headers: h, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, `cannot reach the server (${e.message})`);
  }
  const type = res.headers.get('Content-Type') || '';
  const data = res.status === 204 ? null
    : type.includes('json') ? await res.json().catch(() => null) : await res.text();
  if (!res.ok) {
    const err = data && data.error;
    throw new ApiError(res.status, err && err.message ? err.message : `HTTP ${res.status} ${res.statusText}`,
      err && err.problems);
  }
  return data;
}

// ---------------------------------------------------------------- messages

function clearMessages() {
  $('messages').replaceChildren();
}

function showMessage(kind, text, action) {
  const box = el('div', { class: 'message ' + kind, 'data-test': 'message-' + kind });
  box.append(el('span', { class: 'message-text' }, text));
  if (action) {
    box.append(el('button', { type: 'button', class: 'message-action', onclick: action.run }, action.label));
  }
  box.append(el('button', { type: 'button', class: 'message-close', 'aria-label': 'Dismiss',
    onclick: () => box.remove() }, '×'));
  $('messages').append(box);
}

function showError(e, context) {
  const status = e instanceof ApiError && e.status ? ` (HTTP ${e.status})` : '';
  showMessage('error', (context ? context + ': ' : '') + e.message + status);
  if (!(e instanceof ApiError)) {
    console.error(e);
  }
}

// ---------------------------------------------------------------- helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) {
      continue;
    }
    if (k.startsWith('on')) {
      node.addEventListener(k.slice(2), v);
    } else {
      node.setAttribute(k, v === true ? '' : v);
    }
  }
  for (const c of children) {
    if (c !== null && c !== undefined) {
      node.append(c instanceof Node ? c : String(c));
    }
  }
  return node;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const tenthsFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const wholeFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

function fmt(v, unit) {
  if (v === null || v === undefined) {
    return '—';
  }
  if (typeof v !== 'number') {
    return String(v);
  }
  const size = Math.abs(v);
  return (size >= 1000 || (unit && /usd/i.test(unit)) ? wholeFormat : size >= 10 ? tenthsFormat : numberFormat)
    .format(v);
}

function fmtDelta(v, unit) {
  if (v === null || v === undefined) {
    return '—';
  }
  return (v > 0 ? '+' : '') + fmt(v, unit);
}

function fmtPct(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) {
    return '—';
  }
  return (v > 0 ? '+' : '') + v.toFixed(1) + ' %';
}

function fmtTime(iso) {
  if (!iso) {
    return '—';
  }
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function shortId(id) {
  return String(id).length > 8 ? String(id).slice(0, 8) : String(id);
}

function artifactUrl(runId, name, inline) {
  return `${API}/runs/${encodeURIComponent(runId)}/artifacts/${encodeURIComponent(name)}${inline ? '?inline=1' : ''}`;
}

// With a token, plain links cannot carry the Authorization header: fetch the file and hand the browser a blob.
async function downloadWithToken(event) {
  if (!token()) {
    return;
  }
  event.preventDefault();
  const a = event.currentTarget;
  try {
    const url = await fetchBlobUrl(a.href);
    const tmp = el('a', { href: url, download: a.getAttribute('download') || '' });
    document.body.append(tmp);
    tmp.click();
    tmp.remove();
  } catch (e) {
    showError(e, 'download failed');
  }
}

// The same for "open in a new tab": the tab is opened during the click (later it would count as a pop-up) and shown
// the fetched page once it has arrived.
async function openWithToken(event) {
  if (!token()) {
    return;
  }
  event.preventDefault();
  const tab = window.open('', '_blank');
  try {
    const url = await fetchBlobUrl(event.currentTarget.href);
    if (tab) {
      tab.opener = null;
      tab.location.href = url;
    } else {
      location.assign(url);
    }
  } catch (e) {
    if (tab) {
      tab.close();
    }
    showError(e, 'could not open the report');
  }
}

async function fetchBlobUrl(href) {
  const res = await fetch(href, { headers: headers() });
  if (!res.ok) {
    const body = await res.json().catch(() => null);
    throw new ApiError(res.status, body && body.error ? body.error.message : res.statusText);
  }
  const url = URL.createObjectURL(await res.blob());
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  return url;
}

// ---------------------------------------------------------------- routing

const VIEWS = ['view-list', 'view-editor', 'view-run', 'view-compare'];

function showView(id) {
  for (const v of VIEWS) {
    $(v).hidden = v !== id;
  }
  for (const [nav, view] of [['nav-scenarios', 'view-list'], ['nav-compare', 'view-compare']]) {
    $(nav).toggleAttribute('aria-current', view === id);
  }
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, query] = raw.split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query || '') };
}

// Leaving the editor with unsaved text asks first; staying puts the editor's address back without reloading it.
function onHashChange() {
  if (state.dirty && !$('view-editor').hidden
      && !confirm('Leave the editor? Your unsaved changes to this scenario will be lost.')) {
    history.replaceState(null, '', state.hash);
    return;
  }
  route();
}

async function route() {
  stopPolling();
  clearMessages();
  // the token link may also be opened in a tab that already shows the app (a hash change, not a page load)
  if (takeTokenFromUrl() || !state.healthShown) {
    state.healthShown = true;
    showHealth();
  }
  state.hash = location.hash;
  const seq = ++state.routeSeq;
  const { parts, params } = parseHash();
  try {
    if (parts.length === 0 || (parts[0] === 'scenarios' && parts.length === 1)) {
      showView('view-list');
      await loadList(seq);
    } else if (parts[0] === 'new') {
      showView('view-editor');
      openEditor(null);
    } else if (parts[0] === 'scenarios') {
      showView('view-editor');
      await loadScenario(parts[1], seq);
    } else if (parts[0] === 'runs' && parts[1]) {
      showView('view-run');
      await openRun(parts[1], seq);
    } else if (parts[0] === 'compare') {
      showView('view-compare');
      await loadCompare(params.get('a'), params.get('b'), seq);
    } else {
      showView('view-list');
      showMessage('error', `no such page: #${parts.join('/')}`);
    }
  } catch (e) {
    showError(e);
  }
}

// ---------------------------------------------------------------- 1. scenario list and runs

async function loadList(seq) {
  const [scenarios, runs] = await Promise.all([api('GET', '/scenarios'), api('GET', '/runs')]);
  if (seq !== state.routeSeq) {
    return;
  }
  const names = new Map(scenarios.map(s => [s.id, s.name]));
  $('scenario-rows').replaceChildren(...scenarios.map(s => el('tr', { 'data-test': 'scenario-row', 'data-id': s.id },
    el('td', {}, el('a', { href: '#/scenarios/' + encodeURIComponent(s.id), 'data-test': 'scenario-name' }, s.name)),
    el('td', { class: 'num', 'data-test': 'scenario-revision' }, s.revision),
    el('td', {}, fmtTime(s.updated_at)),
    el('td', { class: 'row-actions' },
      el('a', { class: 'button', href: '#/scenarios/' + encodeURIComponent(s.id), 'data-test': 'scenario-open' }, 'Open'),
      el('button', { type: 'button', 'data-test': 'scenario-run', onclick: () => startRun(s.id) }, 'Run'),
      el('button', { type: 'button', class: 'danger', 'data-test': 'scenario-delete',
        onclick: () => deleteScenario(s) }, 'Delete')))));
  $('scenario-empty').hidden = scenarios.length > 0;
  $('run-rows').replaceChildren(...runs.map(r => el('tr', { 'data-test': 'run-row', 'data-id': r.id,
    'data-status': r.status },
    el('td', {}, el('a', { href: '#/runs/' + encodeURIComponent(r.id), 'data-test': 'run-link' }, shortId(r.id))),
    el('td', {}, names.get(r.scenario_id) ?? r.scenario_id),
    el('td', { class: 'num' }, r.scenario_revision),
    el('td', {}, statusBadge(r.status)),
    el('td', {}, fmtTime(r.created_at)))));
  $('run-empty').hidden = runs.length > 0;
}

function statusBadge(status) {
  return el('span', { class: 'status status-' + status, 'data-test': 'status' }, status);
}

async function deleteScenario(s) {
  if (!confirm(`Delete scenario “${s.name}” with all its revisions and runs?`)) {
    return;
  }
  try {
    await api('DELETE', '/scenarios/' + encodeURIComponent(s.id));
    showMessage('info', `Deleted “${s.name}”.`);
    await loadList(state.routeSeq);
  } catch (e) {
    showError(e, 'delete failed');
  }
}

async function startRun(scenarioId, revision) {
  try {
    const run = await api('POST', '/scenarios/' + encodeURIComponent(scenarioId) + '/runs'
      + (revision ? '?revision=' + encodeURIComponent(revision) : ''));
    location.hash = '#/runs/' + encodeURIComponent(run.id);
  } catch (e) {
    showError(e, 'could not start the run');
  }
}

// ---------------------------------------------------------------- 2. editor

const textarea = () => $('editor-yaml');

function openEditor(scenario, source) {
  state.scenario = scenario;
  $('history').hidden = true;
  textarea().value = source ?? '';
  state.savedText = textarea().value;
  textarea().placeholder = 'Paste a scenario file (YAML or JSON) here; docs/scenario.md describes the format.';
  setDirty(false);
  $('editor-title').textContent = scenario ? scenario.name : 'New scenario';
  $('editor-revision').textContent = scenario ? scenario.revision : '–';
  const dl = $('editor-download');
  dl.hidden = !scenario;
  if (scenario) {
    dl.href = `${API}/scenarios/${encodeURIComponent(scenario.id)}/source`;
    dl.setAttribute('download', '');
  }
  $('problems').replaceChildren();
  $('validation-status').textContent = '';
  $('validation-status').className = 'validation';
  renderGutter([]);
  syncFormFromText();
  if (textarea().value.trim()) {
    validateNow();
  }
}

async function loadScenario(id, seq) {
  const s = await api('GET', '/scenarios/' + encodeURIComponent(id));
  if (seq !== state.routeSeq) {
    return;
  }
  openEditor({ id: s.id, revision: s.revision, name: s.name }, s.source);
  await loadHistory(seq);
}

// The scenario's saved revisions, newest first, each to load into the editor or to run as it was.
async function loadHistory(seq) {
  const scenario = state.scenario;
  if (!scenario) {
    $('history').hidden = true;
    return;
  }
  let revisions;
  try {
    revisions = await api('GET', '/scenarios/' + encodeURIComponent(scenario.id) + '/revisions');
  } catch (e) {
    showError(e, 'could not list the revisions');
    return;
  }
  if (seq !== state.routeSeq || state.scenario !== scenario) {
    return;
  }
  const rows = [...revisions].sort((a, b) => b.revision - a.revision).map(r => {
    const current = r.revision === scenario.revision;
    return el('tr', { 'data-test': 'history-row', 'data-revision': r.revision, class: current ? 'current' : null },
      el('td', { class: 'num' }, String(r.revision), current ? el('span', { class: 'meta' }, ' (current)') : null),
      el('td', {}, fmtTime(r.created_at)),
      el('td', { class: 'num' }, fmt(Math.max(1, Math.round(r.size_bytes / 1024))) + ' KB'),
      el('td', {},
        el('button', { type: 'button', 'data-test': 'history-load', disabled: current,
          title: current ? 'this is the text in the editor' : 'put this revision\'s text in the editor',
          onclick: () => loadRevision(scenario, r.revision) }, 'Load into editor'), ' ',
        el('button', { type: 'button', 'data-test': 'history-run', onclick: () => startRun(scenario.id, r.revision) },
          'Run this revision')));
  });
  $('history-rows').replaceChildren(...rows);
  $('history').hidden = false;
}

// An earlier revision's text becomes unsaved edits on top of the current one: saving restores it as a new revision.
async function loadRevision(scenario, revision) {
  if (state.dirty && !confirm('Replace the unsaved changes in the editor with revision ' + revision + '?')) {
    return;
  }
  try {
    const r = await api('GET', '/scenarios/' + encodeURIComponent(scenario.id) + '/revisions/'
      + encodeURIComponent(revision));
    if (state.scenario !== scenario) {
      return;
    }
    textarea().value = r.source;
    onTextInput();
    showMessage('info', `Revision ${revision} is in the editor; save to make it revision ${scenario.revision + 1}.`);
  } catch (e) {
    showError(e, 'could not load revision ' + revision);
  }
}

function setDirty(dirty) {
  state.dirty = dirty;
  $('editor-dirty').hidden = !dirty;
}

function updateDirty() {
  setDirty(textarea().value !== state.savedText);
}

function onTextInput() {
  updateDirty();
  renderGutter(currentProblemLines());
  syncFormFromText();
  scheduleValidate();
}

function scheduleValidate() {
  clearTimeout(state.validateTimer);
  state.validateTimer = setTimeout(validateNow, VALIDATE_DELAY_MS);
}

async function validateNow() {
  clearTimeout(state.validateTimer);
  const text = textarea().value;
  const seq = ++state.validateSeq;
  const status = $('validation-status');
  if (!text.trim()) {
    status.textContent = '';
    renderProblems([]);
    return;
  }
  status.textContent = 'Checking…';
  status.className = 'validation pending';
  try {
    const r = await api('POST', '/validate', { body: text, contentType: contentTypeOf(text) });
    if (seq !== state.validateSeq) {
      return;
    }
    renderProblems(r.problems || []);
    if (r.valid) {
      status.textContent = 'Valid: ' + describeSummary(r.summary || {});
      status.className = 'validation ok';
    } else {
      const n = (r.problems || []).length;
      status.textContent = `${n} problem${n === 1 ? '' : 's'}`;
      status.className = 'validation bad';
    }
  } catch (e) {
    if (seq === state.validateSeq) {
      status.textContent = 'Could not validate.';
      status.className = 'validation bad';
      showError(e, 'validation failed');
    }
  }
}

// Names what the server counted, leaving out what it did not send.
function describeSummary(s) {
  const counts = [
    [s.horizon_years, 'years'],
    [s.demand_points, 'demand points'],
    [s.workloads, 'workloads'],
    [s.candidate_sites ?? s.candidate_sites_given, 'candidate sites'],
  ].filter(([n]) => n !== undefined && n !== null).map(([n, what]) => `${fmt(n)} ${what}`);
  return (s.name ?? 'scenario') + (counts.length ? ' — ' + counts.join(', ') : '') + '.';
}

let problemLines = [];

function currentProblemLines() {
  return problemLines;
}

function renderProblems(problems) {
  problemLines = problems.map(p => p.line).filter(l => Number.isInteger(l));
  $('problems').replaceChildren(...problems.map(p => {
    const where = p.line ? `${p.line}:${p.column ?? 1}` : '—';
    const item = el('li', { class: 'problem', 'data-test': 'problem', 'data-line': p.line ?? '',
      'data-column': p.column ?? '' },
      el('button', { type: 'button', class: 'problem-where', 'data-test': 'problem-where', disabled: !p.line,
        title: p.line ? 'Go to line ' + p.line : 'no line for this problem', onclick: () => jumpTo(p.line, p.column) },
        where),
      p.path ? el('code', { class: 'problem-path', 'data-test': 'problem-path' }, p.path) : null,
      el('span', { class: 'problem-message', 'data-test': 'problem-message' }, p.message));
    return item;
  }));
  renderGutter(problemLines);
}

function renderGutter(errorLines) {
  const count = textarea().value.split('\n').length;
  const bad = new Set(errorLines);
  const gutter = $('editor-gutter');
  const frag = document.createDocumentFragment();
  for (let i = 1; i <= count; i++) {
    frag.append(el('span', { class: bad.has(i) ? 'ln err' : 'ln', 'data-line': i }, i), '\n');
  }
  gutter.replaceChildren(frag);
  gutter.scrollTop = textarea().scrollTop;
}

function jumpTo(line, column) {
  const ta = textarea();
  const lines = ta.value.split('\n');
  const l = Math.min(Math.max(line, 1), lines.length);
  let start = 0;
  for (let i = 0; i < l - 1; i++) {
    start += lines[i].length + 1;
  }
  const col = Math.min(Math.max((column || 1) - 1, 0), lines[l - 1].length);
  ta.focus();
  ta.setSelectionRange(start + col, start + lines[l - 1].length);
  const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 20;
  ta.scrollTop = Math.max(0, (l - 3) * lineHeight);
  $('editor-gutter').scrollTop = ta.scrollTop;
}

// The form mirrors a few keys of the text; the text stays the single source of truth.
function formFields() {
  return [...$('editor-form').querySelectorAll('[data-path]')];
}

function syncFormFromText() {
  const text = textarea().value;
  const notes = [];
  for (const f of formFields()) {
    if (f === document.activeElement) {
      continue;
    }
    let value = null;
    let usable = true;
    try {
      value = text.trim() ? readField(text, f.dataset.path) : null;
    } catch (e) {
      usable = false;
      notes.push(e instanceof Unsupported ? e.message : `${f.dataset.path}: the text does not parse yet`);
    }
    f.disabled = !usable;
    if (f.tagName === 'SELECT' && value !== null && ![...f.options].some(o => o.value === value)) {
      f.append(el('option', {}, value));
    }
    f.value = value ?? '';
  }
  $('form-note').textContent = notes.length ? 'Not editable here: ' + [...new Set(notes)].join('; ') : '';
}

function onFormInput(event) {
  const f = event.target;
  if (!f.dataset || !f.dataset.path) {
    return;
  }
  // An emptied number or name box is mid-edit (or not a number yet): leave the text alone until it holds a value;
  // only a choice list's "(default)" removes its key.
  if (f.value === '' && f.dataset.kind !== 'enum') {
    return;
  }
  const ta = textarea();
  try {
    const next = writeField(ta.value, f.dataset.path, f.value, f.dataset.kind);
    if (next !== ta.value) {
      const scroll = ta.scrollTop;
      ta.value = next;
      ta.scrollTop = scroll;
      updateDirty();
      renderGutter(problemLines);
      scheduleValidate();
    }
    $('form-note').textContent = '';
  } catch (e) {
    $('form-note').textContent = 'Not editable here: ' + e.message;
  }
}

async function save() {
  const text = textarea().value;
  if (!text.trim()) {
    showMessage('error', 'Nothing to save: the scenario text is empty.');
    return null;
  }
  const button = $('editor-save');
  button.disabled = true;
  try {
    let saved;
    if (state.scenario) {
      saved = await api('PUT', '/scenarios/' + encodeURIComponent(state.scenario.id),
        { body: text, contentType: contentTypeOf(text), extraHeaders: { 'If-Match': String(state.scenario.revision) } });
    } else {
      saved = await api('POST', '/scenarios', { body: text, contentType: contentTypeOf(text) });
      // replaceState: the address now names the stored scenario without reloading the editor
      history.replaceState(null, '', '#/scenarios/' + encodeURIComponent(saved.id));
      state.hash = location.hash;
      $('editor-download').hidden = false;
      $('editor-download').href = `${API}/scenarios/${encodeURIComponent(saved.id)}/source`;
    }
    state.scenario = { id: saved.id, revision: saved.revision, name: saved.name };
    loadHistory(state.routeSeq);
    $('editor-revision').textContent = saved.revision;
    $('editor-title').textContent = saved.name;
    state.savedText = text;
    updateDirty();
    clearMessages();
    showMessage('info', `Saved “${saved.name}”, revision ${saved.revision}.`);
    return state.scenario;
  } catch (e) {
    if (e.status === 409) {
      await reportConflict();
    } else if (e.status === 422) {
      renderProblems(e.problems);
      $('validation-status').textContent = `Not saved: ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}`;
      $('validation-status').className = 'validation bad';
      showError(e, 'not saved');
    } else {
      showError(e, 'not saved');
    }
    return null;
  } finally {
    button.disabled = false;
  }
}

async function reportConflict() {
  const id = state.scenario.id;
  let stored = '?';
  try {
    stored = (await api('GET', '/scenarios/' + encodeURIComponent(id))).revision;
  } catch (e) {
    showError(e, 'could not read the stored scenario');
  }
  showMessage('error conflict', `Not saved: conflict (HTTP 409). This editor is based on revision `
    + `${state.scenario.revision}, but revision ${stored} was saved meanwhile. Copy your changes, then load the `
    + `stored version.`, { label: 'Load stored version', run: () => route() });
}

async function runFromEditor() {
  if (!state.scenario || state.dirty) {
    if (!(await save())) {
      return;
    }
  }
  await startRun(state.scenario.id);
}

// ---------------------------------------------------------------- 3 and 4. run progress and results

function stopPolling() {
  clearTimeout(state.pollTimer);
  state.pollRunId = null;
}

async function openRun(id, seq) {
  $('run-title').textContent = 'Run ' + shortId(id);
  $('results').hidden = true;
  $('run-error').hidden = true;
  $('report-frame').removeAttribute('src');
  $('report-frame').removeAttribute('srcdoc');
  state.pollRunId = id;
  await poll(id, seq);
}

async function poll(id, seq) {
  if (state.pollRunId !== id || seq !== state.routeSeq) {
    return;
  }
  let run;
  try {
    run = await api('GET', '/runs/' + encodeURIComponent(id));
  } catch (e) {
    showError(e, 'could not read the run');
    if (e.status === 404) {
      return;
    }
    state.pollTimer = setTimeout(() => poll(id, seq), POLL_MS * 4);
    return;
  }
  if (state.pollRunId !== id || seq !== state.routeSeq) {
    return;
  }
  renderRun(run);
  if (TERMINAL.has(run.status)) {
    state.pollRunId = null;
    if (run.status === 'succeeded') {
      await renderResults(run);
    }
  } else {
    state.pollTimer = setTimeout(() => poll(id, seq), POLL_MS);
  }
}

function renderRun(run) {
  const status = $('run-status');
  status.textContent = run.status;
  status.className = 'status status-' + run.status;
  document.querySelector('#view-run').dataset.status = run.status;
  const progress = run.status === 'succeeded' ? 1 : Math.min(Math.max(run.progress ?? 0, 0), 1);
  $('run-progress').value = progress;
  $('run-progress-text').textContent = Math.round(progress * 100) + ' %';
  $('run-stage').textContent = run.status === 'succeeded' ? 'done' : (run.stage ?? run.status);
  $('run-cancel').disabled = TERMINAL.has(run.status);
  const link = $('run-scenario-link');
  link.href = '#/scenarios/' + encodeURIComponent(run.scenario_id);
  link.textContent = `Scenario (revision ${run.scenario_revision})`;
  const err = $('run-error');
  if (run.status === 'failed' || run.status === 'infeasible') {
    err.hidden = false;
    err.replaceChildren(el('strong', {}, run.status === 'infeasible' ? 'Infeasible: ' : 'Failed: '),
      run.error ? run.error.message : 'no message',
      run.error && run.error.binding_constraint
        ? el('div', { 'data-test': 'binding-constraint' }, 'Binding constraint: ' + run.error.binding_constraint) : null);
  } else if (run.status === 'cancelled') {
    err.hidden = false;
    err.replaceChildren('Cancelled.');
  } else {
    err.hidden = true;
  }
}

async function cancelRun() {
  const id = parseHash().parts[1];
  try {
    const run = await api('POST', '/runs/' + encodeURIComponent(id) + '/cancel');
    renderRun(run);
    showMessage('info', 'Cancel requested.');
    if (state.pollRunId === null && !TERMINAL.has(run.status)) {
      state.pollRunId = id;
      poll(id, state.routeSeq);
    }
  } catch (e) {
    showError(e, 'cancel failed');
  }
}

const SUMMARY_FIGURES = [
  ['sites_chosen', 'Sites chosen', ''],
  ['served_demand_pct', 'Demand served', '%'],
  ['accelerators', 'Accelerators', ''],
  ['racks', 'Racks', ''],
  ['it_kw', 'IT load', 'kW'],
  ['facility_kw', 'Facility load', 'kW'],
  ['capex_usd', 'Construction capex', 'USD'],
  ['it_capex_usd', 'IT capex', 'USD'],
  ['npv_usd', 'NPV', 'USD'],
];

async function renderResults(run) {
  const summary = run.summary || {};
  const figures = summary.summary || summary;
  $('summary-cards').replaceChildren(...SUMMARY_FIGURES.filter(([k]) => figures[k] !== undefined).map(([k, label, unit]) =>
    el('div', { class: 'card', 'data-test': 'figure', 'data-key': k },
      el('dt', {}, label), el('dd', {}, fmt(figures[k], unit), unit ? el('span', { class: 'unit' }, ' ' + unit) : null))));
  const sites = Array.isArray(summary.sites) ? summary.sites : [];
  $('summary-sites').querySelector('tbody').replaceChildren(...sites.map(s => el('tr', { 'data-test': 'site-row' },
    el('td', {}, s.id), el('td', { class: 'num' }, fmt(s.it_kw)), el('td', { class: 'num' }, fmt(s.facility_kw)),
    el('td', { class: 'num' }, fmt(s.racks)), el('td', {}, s.cooling ?? '—'), el('td', { class: 'num' }, fmt(s.pue)),
    el('td', {}, s.redundancy ?? '—'), el('td', { class: 'num' }, fmt(s.capex_usd, 'usd')),
    el('td', { class: 'num' }, fmt(s.npv_usd, 'usd')))));
  $('summary-sites').hidden = sites.length === 0;
  if (summary.warnings) {
    showMessage('info', `The plan has ${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}; see the report.`);
  }
  const listed = new Map((run.artifacts || []).map(a => [a.name, a]));
  const names = listed.size ? [...new Set([...listed.keys(), ...ARTIFACTS])] : ARTIFACTS;
  $('artifact-links').replaceChildren(...names.map(name => {
    const a = listed.get(name);
    const size = a && a.size_bytes ? ` (${fmt(Math.round(a.size_bytes / 1024))} KB)` : '';
    return el('li', {}, el('a', { href: a && a.url ? a.url : artifactUrl(run.id, name, false), download: name,
      'data-test': 'artifact-' + name, onclick: downloadWithToken }, name), size);
  }));
  $('report-open').href = artifactUrl(run.id, 'report.html', true);
  $('report-open').onclick = token() ? openWithToken : null;
  $('results').hidden = false;
  const frame = $('report-frame');
  if (token()) {
    // an iframe src cannot send the Authorization header: load the page here and hand it over as srcdoc
    try {
      frame.srcdoc = await api('GET', `/runs/${encodeURIComponent(run.id)}/artifacts/report.html?inline=1`);
    } catch (e) {
      showError(e, 'could not load the report');
    }
  } else {
    frame.src = artifactUrl(run.id, 'report.html', true);
  }
}

// ---------------------------------------------------------------- 5. compare

async function loadCompare(a, b, seq) {
  const [runs, scenarios] = await Promise.all([api('GET', '/runs'), api('GET', '/scenarios')]);
  if (seq !== state.routeSeq) {
    return;
  }
  const names = new Map(scenarios.map(s => [s.id, s.name]));
  const done = runs.filter(r => r.status === 'succeeded');
  const label = r => `${names.get(r.scenario_id) ?? 'deleted scenario'} · rev ${r.scenario_revision} · run `
    + `${shortId(r.id)} · ${fmtTime(r.finished_at || r.created_at)}`;
  for (const [selectId, chosen, fallback] of [['compare-a', a, done[1] ?? done[0]], ['compare-b', b, done[0]]]) {
    const select = $(selectId);
    select.replaceChildren(...done.map(r => el('option', { value: r.id }, label(r))));
    select.value = chosen ?? (fallback ? fallback.id : '');
  }
  $('compare-result').hidden = true;
  if (done.length < 2) {
    showMessage('info', 'Comparing needs two succeeded runs; run a plan of two scenarios (or two revisions) first.');
  }
  if (a && b) {
    const cmp = await api('GET', `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
    if (seq !== state.routeSeq) {
      return;
    }
    renderCompare(cmp, names);
  }
}

function compareRow(row) {
  const changed = Boolean(row.changed);
  return el('tr', { class: changed ? 'changed' : null, 'data-test': 'compare-row', 'data-key': row.key,
    'data-changed': String(changed) },
  el('th', { scope: 'row' }, row.label ?? row.key, showUnit(row) ? el('span', { class: 'unit' }, ` (${row.unit})`) : null),
  el('td', { class: 'num', 'data-test': 'value-a' }, fmt(row.a, row.unit)),
  el('td', { class: 'num', 'data-test': 'value-b' }, fmt(row.b, row.unit)),
  el('td', { class: 'num delta', 'data-test': 'delta' }, changed ? fmtDelta(row.delta, row.unit) : ''),
  el('td', { class: 'num delta', 'data-test': 'delta-pct' }, changed ? fmtPct(row.delta_pct) : ''));
}

// "racks (racks)" says nothing twice: a unit already named by the label is left out
function showUnit(row) {
  return row.unit && !String(row.label ?? '').toLowerCase().includes(String(row.unit).toLowerCase());
}

function runHeading(ref, names) {
  if (!ref) {
    return '';
  }
  const name = ref.scenario_name ?? names.get(ref.scenario_id) ?? 'deleted scenario';
  return `${name} · rev ${ref.scenario_revision ?? '?'} · run ${shortId(ref.run_id ?? ref.id ?? '?')}`;
}

function renderCompare(cmp, names) {
  $('compare-head-a').replaceChildren('A', el('span', { class: 'sub' }, runHeading(cmp.a, names)));
  $('compare-head-b').replaceChildren('B', el('span', { class: 'sub' }, runHeading(cmp.b, names)));
  $('compare-totals').querySelector('tbody').replaceChildren(...(cmp.totals || []).map(compareRow));
  $('compare-sites').replaceChildren(...(cmp.sites || []).map(site => {
    const badge = site.status === 'added' ? 'only in B (added)' : site.status === 'removed' ? 'only in A (removed)' : null;
    return el('table', { class: 'grid compare site-' + site.status, 'data-test': 'compare-site',
      'data-site': site.site_id, 'data-status': site.status },
    el('caption', {}, `${site.name ?? site.site_id} `, el('code', {}, site.site_id),
      badge ? el('span', { class: 'badge badge-' + site.status, 'data-test': 'site-badge' }, badge) : null),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Figure'), el('th', { scope: 'col', class: 'num' }, 'A'),
      el('th', { scope: 'col', class: 'num' }, 'B'), el('th', { scope: 'col', class: 'num' }, 'Δ'),
      el('th', { scope: 'col', class: 'num' }, 'Δ %'))),
    el('tbody', {}, ...(site.figures || []).map(compareRow)));
  }));
  if (!(cmp.sites || []).length) {
    $('compare-sites').append(el('p', { class: 'empty' }, 'No sites in either plan.'));
  }
  $('compare-result').hidden = false;
}

function onCompareSubmit(event) {
  event.preventDefault();
  const a = $('compare-a').value;
  const b = $('compare-b').value;
  if (!a || !b) {
    showMessage('error', 'Choose two succeeded runs to compare.');
    return;
  }
  const next = `#/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
  if (location.hash === next) {
    route();
  } else {
    location.hash = next;
  }
}

// ---------------------------------------------------------------- start

async function showHealth() {
  try {
    const h = await api('GET', '/health');
    $('server-status').textContent = `server ${h.version ?? ''} · ${h.db ?? ''} · ${h.running ?? 0} running, `
      + `${h.queued ?? 0} queued`;
  } catch (e) {
    showError(e, 'server health');
  }
}

function init() {
  const ta = textarea();
  ta.addEventListener('input', onTextInput);
  ta.addEventListener('scroll', () => { $('editor-gutter').scrollTop = ta.scrollTop; });
  ta.addEventListener('keydown', e => {
    // Tab indents with two spaces instead of leaving the field; Escape then Tab still leaves (no keyboard trap)
    if (e.key === 'Tab' && !e.shiftKey && !ta.dataset.tabLeaves) {
      e.preventDefault();
      ta.setRangeText('  ', ta.selectionStart, ta.selectionEnd, 'end');
      onTextInput();
    }
    ta.dataset.tabLeaves = e.key === 'Escape' ? '1' : '';
  });
  $('editor-form').addEventListener('input', onFormInput);
  // some ways of choosing an option fire only change; writing the same value twice leaves the text as it is
  $('editor-form').addEventListener('change', onFormInput);
  $('editor-form').addEventListener('submit', e => e.preventDefault());
  $('editor-save').addEventListener('click', save);
  $('editor-run').addEventListener('click', runFromEditor);
  $('run-cancel').addEventListener('click', cancelRun);
  $('editor-download').addEventListener('click', downloadWithToken);
  $('list-refresh').addEventListener('click', route);
  $('compare-form').addEventListener('submit', onCompareSubmit);
  window.addEventListener('hashchange', onHashChange);
  window.addEventListener('beforeunload', e => {
    if (state.dirty) {
      e.preventDefault();
    }
  });
  route();
}

init();
