// Small DOM helpers: elements, tables, form fields, and problem+json refusals shown at the field they name.
import { L, severityLabel } from './i18n.js';
import { ApiError, detailOf, session } from './api.js';

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** append that skips null, false and undefined (the DOM's own append writes "null") */
export function add(el, ...children) { append(el, children); return el; }

export function clear(el, ...children) { el.replaceChildren(); append(el, children); return el; }

let ids = 0;
export const uid = (p = 'f') => p + '-' + (++ids);

/** a link that the router follows without reloading the page */
export const link = (href, ...children) => h('a', { href }, ...children);

/** a table: columns [{label, num, cell(row) -> node|string, key}] */
export function table(columns, rows, { caption, id, cls, rowAttrs } = {}) {
  return h('div', { class: 'table-scroll ' + (cls || '') },
    h('table', { id },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
      h('tbody', {}, rows.map((r) => h('tr', rowAttrs ? rowAttrs(r) : {},
        columns.map((c, i) => h(i === 0 && c.rowHeader ? 'th' : 'td', { class: c.num ? 'num' : null, scope: i === 0 && c.rowHeader ? 'row' : null }, c.cell(r))))))));
}

/** a number shown for people, with the API's exact value kept in data-value (the browser tests compare it) */
export const figure = (value, text, attrs = {}) => h('span', { ...attrs, dataset: { ...(attrs.dataset || {}), value: String(value) } }, text);

export function notice(kind, ...children) {
  return h('div', { class: 'notice notice--' + kind, role: kind === 'error' ? 'alert' : 'status' }, ...children);
}

export const loading = () => h('p', { class: 'loading', role: 'status' }, L('Loading…', 'Laden…'));

/** an input with its label, hint and the place for its error; data-field is the JSON path the API names */
export function field({ label, name, type = 'text', value, hint, fieldPath, required, options, attrs = {}, multiline }) {
  const id = uid('in');
  const hintId = hint ? id + '-hint' : null;
  let input;
  if (options) {
    input = h('select', { id, name, ...attrs }, options.map((o) => {
      const [v, t] = Array.isArray(o) ? o : [o, o];
      return h('option', { value: v, selected: String(value ?? '') === String(v) }, t);
    }));
  } else if (multiline) {
    input = h('textarea', { id, name, ...attrs });
    input.value = value ?? '';
  } else {
    input = h('input', { id, name, type, ...attrs, step: type === 'number' ? 'any' : null });
    if (value !== undefined && value !== null) input.value = value;
  }
  if (required) input.required = true;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  const wrap = h('div', { class: 'field', dataset: { field: fieldPath || name } },
    h('label', { for: id }, label, required ? h('span', { class: 'muted' }, ' (' + L('required', 'verplicht') + ')') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    input);
  return wrap;
}

export function clearErrors(form) {
  form.querySelectorAll('.error-summary').forEach((e) => e.remove());
  form.querySelectorAll('.field--invalid').forEach((f) => {
    f.classList.remove('field--invalid');
    f.querySelector('.error-message')?.remove();
    const i = f.querySelector('input,select,textarea');
    if (i) {
      i.removeAttribute('aria-invalid');
      i.setAttribute('aria-describedby', (i.getAttribute('aria-describedby') || '').split(' ').filter((x) => !x.endsWith('-err')).join(' '));
    }
  });
}

/** the field element for a JSON path, or the nearest enclosing one ("values.A1.1[0].cas" → … → "values.A1.1") */
function fieldFor(form, path) {
  let p = path;
  while (p) {
    const f = form.querySelector(`[data-field="${CSS.escape(p)}"]`);
    if (f) return f;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut > 0 ? p.slice(0, cut) : '';
  }
  return null;
}

/**
 * Shows an API refusal: every field the problem names gets its message beside the input, and a summary at the
 * top links to them. Returns true when at least one field was found.
 */
export function showProblem(form, err, labelOf = (p) => p) {
  clearErrors(form);
  const items = [];
  if (err instanceof ApiError && (err.errors.length || err.field)) {
    const list = err.errors.length ? err.errors.map((e) => ({ field: e.field, message: e.message, rule: e.rule }))
      : [{ field: err.field, message: detailOf(err.problem), rule: err.problem.rule }];
    for (const e of list) {
      const f = e.field ? fieldFor(form, e.field) : null;
      const message = stripPath(e.message, e.field);
      const sentence = (e.field ? labelOf(e.field) + ': ' : '') + message + (e.rule ? ' (' + e.rule + ')' : '');
      let target = null;
      if (f) {
        f.classList.add('field--invalid');
        const input = f.querySelector('input,select,textarea');
        const errId = uid('x') + '-err';
        const m = h('p', { class: 'error-message', id: errId }, h('span', { class: 'visually-hidden' }, L('Error: ', 'Fout: ')), sentence);
        if (input) {
          input.before(m);
          input.setAttribute('aria-invalid', 'true');
          input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + errId).trim());
          target = input.id;
        } else {
          f.prepend(m);
        }
      }
      items.push({ sentence, target });
    }
  } else {
    items.push({ sentence: err.message || String(err), target: null });
  }
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1' },
    h('h2', {}, L('This could not be saved', 'Dit kon niet worden opgeslagen')),
    h('ul', {}, items.map((i) => h('li', {}, i.target ? h('a', { href: '#' + i.target, onclick: (ev) => { ev.preventDefault(); document.getElementById(i.target).focus(); } }, i.sentence) : i.sentence))));
  form.prepend(summary);
  summary.focus();
  return items.some((i) => i.target);
}

function stripPath(message, path) {
  if (message && path && message.startsWith(path + ':')) return message.slice(path.length + 1).trim();
  return message;
}

/** an error in place of a page part: a sentence, never raw JSON */
export function errorNotice(err) {
  return notice('error', h('p', {}, err instanceof ApiError ? err.message : L('Something went wrong: ', 'Er ging iets mis: ') + err.message));
}

export function severityBadge(s) {
  const k = (s || '').toLowerCase();
  return h('span', { class: 'badge badge--' + (k === 'error' ? 'error' : k === 'warning' ? 'warning' : 'info') }, severityLabel(k));
}

/** findings of the register or the MKI engine: severity, the rule with its section, the message, the field */
export function findingsList(findings, { empty } = {}) {
  if (!findings || !findings.length) return h('p', { class: 'muted' }, empty || L('No findings.', 'Geen bevindingen.'));
  return h('ul', { class: 'findings' }, findings.map((f) => h('li', {},
    severityBadge(f.severity), ' ', h('strong', {}, f.rule || ''), ' — ', f.message,
    f.field ? h('span', { class: 'muted' }, ' (' + L('field', 'veld') + ' ', h('code', {}, f.field), ')') : null,
    f.plugin ? h('span', { class: 'muted' }, ' · ' + f.plugin) : null)));
}

/** a modal confirmation; resolves true when confirmed */
export function confirmDialog(title, body, confirmLabel) {
  return new Promise((resolve) => {
    const titleId = uid('dlg');
    const d = h('dialog', { 'aria-labelledby': titleId },
      h('h2', { id: titleId }, title), body,
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'button', id: 'confirm-yes', onclick: () => { d.close(); resolve(true); } }, confirmLabel),
        h('button', { type: 'button', class: 'button button--secondary', id: 'confirm-no', onclick: () => { d.close(); resolve(false); } }, L('Cancel', 'Annuleren'))));
    d.addEventListener('close', () => { d.remove(); resolve(false); });
    document.body.append(d);
    d.showModal();
  });
}

/** reads a chosen file as text or bytes */
export const readFile = (file, asText = true) => new Promise((res, rej) => {
  const r = new FileReader();
  r.onload = () => res(r.result);
  r.onerror = () => rej(r.error);
  if (asText) r.readAsText(file); else r.readAsArrayBuffer(file);
});

/**
 * A download link. Its href is the API's, to copy or share; signed in, a click fetches it with the tab's token
 * (the token never goes into a cookie or the URL, so a plain link could not read a private portfolio's report).
 */
export function downloadLink(href, filename, attrs, ...children) {
  const a = h('a', { ...attrs, href, download: filename }, ...children);
  a.addEventListener('click', async (e) => {
    if (!session.token()) return;
    e.preventDefault();
    a.parentElement.querySelector('.download-error')?.remove();
    try {
      const r = await fetch(href, { headers: { Authorization: 'Bearer ' + session.token() } });
      if (!r.ok) {
        const problem = (r.headers.get('Content-Type') || '').includes('json') ? await r.json().catch(() => null) : null;
        throw new ApiError(r.status, problem, L('The download was refused', 'De download is geweigerd') + (problem ? ': ' + detailOf(problem) : ' (HTTP ' + r.status + ').'));
      }
      const url = URL.createObjectURL(await r.blob());
      const tmp = h('a', { href: url, download: filename, hidden: true });
      document.body.append(tmp);
      tmp.click();
      tmp.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } catch (err) {
      a.after(h('span', { class: 'download-error' }, errorNotice(err)));
    }
  });
  return a;
}
