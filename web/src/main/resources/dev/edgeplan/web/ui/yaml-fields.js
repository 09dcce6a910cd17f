// Reads and rewrites a few scalar keys of a scenario file in place, so the editor's form can change them without
// reserialising the document: comments, order, quoting and every other key stay exactly as the user wrote them.
// Paths are dotted block-mapping keys at most two levels deep ("name", "finance.discount_rate_pct").
// JSON scenarios (no comments to keep) are parsed and written back with two-space indentation.

const KEY_LINE = /^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:(?=\s|$)(.*)$/;

export function isJson(text) {
  return /^\s*[{[]/.test(text);
}

/** The scalar at path as a string, null when absent; throws Unsupported when it exists in a form we do not edit. */
export function readField(text, path) {
  if (isJson(text)) {
    let node = JSON.parse(text);
    for (const key of path.split('.')) {
      if (node === null || typeof node !== 'object' || !(key in node)) {
        return null;
      }
      node = node[key];
    }
    return node === null || typeof node === 'object' ? null : String(node);
  }
  const hit = locate(text.split('\n'), path.split('.'));
  if (!hit.found) {
    return null;
  }
  return parseScalar(hit.rest).value;
}

/** The text with path set to value (a string as the user typed it; kind decides quoting), or removed when value is ''. */
export function writeField(text, path, value, kind) {
  const keys = path.split('.');
  if (isJson(text)) {
    return writeJson(text, keys, value, kind);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  const hit = locate(lines, keys);
  const rendered = value === '' ? null : renderScalar(value, kind);
  if (hit.found) {
    if (rendered === null) {
      removeKey(lines, hit);
    } else {
      const { comment } = parseScalar(hit.rest);
      lines[hit.line] = hit.indent + keys[keys.length - 1] + ': ' + rendered + (comment ? ' ' + comment : '');
    }
    return lines.join(eol);
  }
  if (rendered === null) {
    return text;
  }
  if (keys.length === 1) {
    lines.splice(topLevelInsertAt(lines), 0, keys[0] + ': ' + rendered);
  } else if (hit.parentLine !== undefined) {
    lines.splice(hit.parentLine + 1, 0, hit.childIndent + keys[1] + ': ' + rendered);
  } else {
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') {
      lines.pop();
    }
    lines.push('', keys[0] + ':', '  ' + keys[1] + ': ' + rendered, '');
  }
  return lines.join(eol);
}

export class Unsupported extends Error {}

function isContent(line) {
  const t = line.trim();
  return t !== '' && !t.startsWith('#') && t !== '---';
}

function indentOf(line) {
  return line.length - line.trimStart().length;
}

// Finds keys[0] at indent 0 and, for two keys, keys[1] among its block's direct children.
function locate(lines, keys) {
  if (keys.length > 2) {
    throw new Unsupported('paths deeper than two keys are not edited by the form');
  }
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trimStart().startsWith('...')) {
      break;
    }
    const m = KEY_LINE.exec(lines[i]);
    if (!m || m[1] !== '' || m[2] !== keys[0]) {
      continue;
    }
    if (keys.length === 1) {
      return { found: true, line: i, indent: '', rest: m[3] };
    }
    const own = parseScalar(m[3]);
    if (own.value !== null || own.flow) {
      throw new Unsupported(`'${keys[0]}' is written on one line; edit it in the text`);
    }
    return locateChild(lines, i, keys[1]);
  }
  return { found: false };
}

function locateChild(lines, parent, key) {
  let childIndent = null;
  let end = parent + 1;
  for (let j = parent + 1; j < lines.length; j++) {
    if (!isContent(lines[j])) {
      continue;
    }
    const ind = indentOf(lines[j]);
    if (ind === 0) {
      break;
    }
    end = j + 1;
    if (childIndent === null) {
      childIndent = ind;
    }
    const m = KEY_LINE.exec(lines[j]);
    if (m && m[1].length === childIndent && m[2] === key) {
      return { found: true, line: j, indent: m[1], rest: m[3], parentLine: parent, blockEnd: end };
    }
  }
  return { found: false, parentLine: parent, childIndent: ' '.repeat(childIndent ?? 2) };
}

// Removes a key line; a parent mapping left with no keys goes too (an empty mapping would read as null).
function removeKey(lines, hit) {
  lines.splice(hit.line, 1);
  if (hit.parentLine === undefined) {
    return;
  }
  for (let j = hit.parentLine + 1; j < lines.length; j++) {
    if (!isContent(lines[j])) {
      continue;
    }
    if (indentOf(lines[j]) > 0) {
      return;
    }
    break;
  }
  lines.splice(hit.parentLine, 1);
}

// New top-level scalars go after schema_version when present, else after the leading comment block.
function topLevelInsertAt(lines) {
  const sv = lines.findIndex(l => /^schema_version\s*:/.test(l));
  if (sv >= 0) {
    return sv + 1;
  }
  let i = 0;
  while (i < lines.length && (lines[i].trim() === '' || lines[i].trim().startsWith('#') || lines[i].trim() === '---')) {
    i++;
  }
  return i;
}

/** Splits what follows "key:" into its scalar value (null when empty) and a trailing comment. */
export function parseScalar(rest) {
  const s = rest.trim();
  if (s === '' || s.startsWith('#')) {
    return { value: null, comment: s, flow: false };
  }
  if (s.startsWith('"')) {
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '\\') {
        i++;
      } else if (s[i] === '"') {
        return { value: JSON.parse(s.slice(0, i + 1)), comment: s.slice(i + 1).trim(), flow: false };
      }
    }
    throw new Unsupported('unterminated quoted value');
  }
  if (s.startsWith("'")) {
    for (let i = 1; i < s.length; i++) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          i++;
          continue;
        }
        return { value: s.slice(1, i).replaceAll("''", "'"), comment: s.slice(i + 1).trim(), flow: false };
      }
    }
    throw new Unsupported('unterminated quoted value');
  }
  if (s.startsWith('{') || s.startsWith('[') || s.startsWith('|') || s.startsWith('>') || s.startsWith('&')
      || s.startsWith('*') || s.startsWith('!')) {
    return { value: null, comment: '', flow: true };
  }
  const hash = s.search(/\s#/);
  return hash < 0 ? { value: s, comment: '', flow: false }
    : { value: s.slice(0, hash).trim(), comment: s.slice(hash).trim(), flow: false };
}

const PLAIN_SAFE = /^[A-Za-z0-9][^:#{}[\],&*!|>'"%@`]*$/;
const YAML_KEYWORD = /^(true|false|yes|no|on|off|null|~|y|n)$/i;
const NUMBER_LIKE = /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$|^0x|^0o|^\.(inf|nan)$/i;

function renderScalar(value, kind) {
  const v = String(value).trim();
  if (kind === 'integer' || kind === 'number') {
    return v;
  }
  if (kind === 'enum' && PLAIN_SAFE.test(v)) {
    return v;
  }
  if (PLAIN_SAFE.test(v) && !YAML_KEYWORD.test(v) && !NUMBER_LIKE.test(v) && !/\s$/.test(v)) {
    return v;
  }
  return JSON.stringify(v);
}

function writeJson(text, keys, value, kind) {
  const doc = JSON.parse(text);
  let node = doc;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === undefined || node[key] === null) {
      if (value === '') {
        return text;
      }
      node[key] = {};
    }
    node = node[key];
  }
  const last = keys[keys.length - 1];
  if (value === '') {
    delete node[last];
  } else if (kind === 'integer' || kind === 'number') {
    const n = Number(value);
    node[last] = Number.isFinite(n) ? n : value;
  } else {
    node[last] = value;
  }
  return JSON.stringify(doc, null, 2) + '\n';
}
