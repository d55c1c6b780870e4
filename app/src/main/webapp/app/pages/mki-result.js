// The MKI result of a project or an uploaded document: total, chart per LCA module, object tree with MKI per
// object, the lines (sortable, filterable) with each line's factors, pricing and findings. Shared by the project
// page and the calculate page.
import { L, fmt } from '../i18n.js';
import { h, add, table, figure, findingsList, severityBadge } from '../dom.js';
import { chart, drawCharts } from '../charts.js';

export const MODULE_ORDER = ['A1-A3', 'A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7', 'C1', 'C2', 'C3', 'C4', 'D'];
export const orderModules = (keys) => [...keys].sort((a, b) => (MODULE_ORDER.indexOf(a) + 1 || 99) - (MODULE_ORDER.indexOf(b) + 1 || 99));

export function summary(result) {
  return h('div', { class: 'cards-row' },
    h('div', { class: 'panel' }, h('h2', {}, L('Total MKI', 'Totale MKI')), h('p', { class: 'key-figure' }, figure(result.totalMkiEuro, fmt.euro(result.totalMkiEuro), { id: 'total-mki' })),
      h('p', {}, result.valid ? h('span', { class: 'badge badge--ok', id: 'validity' }, L('valid', 'geldig')) : h('span', { class: 'badge badge--error', id: 'validity' }, L('not valid: see the errors below', 'niet geldig: zie de fouten hieronder')))),
    h('div', { class: 'panel' }, h('h2', {}, L('Method', 'Methode')), h('dl', { class: 'facts' },
      h('dt', {}, L('Protocol', 'Protocol')), h('dd', {}, result.method?.protocol || '—'),
      h('dt', {}, L('Shadow prices', 'Schaduwprijzen')), h('dd', {}, result.method?.weighting ? `${result.method.weighting.id} ${result.method.weighting.version} (${result.method.weighting.plugin} ${result.method.weighting.pluginVersion})` : '—'),
      h('dt', {}, L('Plugins', 'Plug-ins')), h('dd', {}, (result.method?.plugins || []).map((p) => p.id + ' ' + p.version).join(', ') || '—'),
      h('dt', {}, L('Lines', 'Regels')), h('dd', {}, fmt.num(result.lines.length, 0)))));
}

export function moduleChart(result) {
  const mods = orderModules(Object.keys(result.byModule || {}));
  return chart({ name: 'by-module', title: L('MKI per LCA module (EN 15804), euro', 'MKI per LCA-module (EN 15804), euro'), labels: mods,
    datasets: [{ label: 'MKI €', data: mods.map((m) => result.byModule[m]) }], format: fmt.euro, tick: (x) => '€ ' + fmt.num(x, 0), labelHeader: L('Module', 'Module'), height: '15rem' });
}

/** the object tree: own MKI and the subtree's; a click filters the lines */
export function objectTree(result, selected, onSelect) {
  const kids = new Map();
  result.byObject.forEach((o) => { const k = o.parent || ''; if (!kids.has(k)) kids.set(k, []); kids.get(k).push(o); });
  const known = new Set(result.byObject.map((o) => o.id));
  const roots = result.byObject.filter((o) => !o.parent || !known.has(o.parent));
  const item = (o) => h('li', {},
    h('button', { type: 'button', 'aria-pressed': String(selected === o.id), dataset: { object: o.id }, onclick: () => onSelect(selected === o.id ? '' : o.id) }, o.name),
    o.earthwork ? h('span', { class: 'badge badge--info' }, L('earthwork', 'grondwerk')) : null, ' ',
    h('span', { class: 'num' }, figure(o.subtreeMkiEuro, fmt.euro(o.subtreeMkiEuro), { dataset: { objectTotal: o.id } }),
      o.subtreeMkiEuro !== o.mkiEuro ? ' (' + L('own ', 'eigen ') + fmt.euro(o.mkiEuro) + ')' : ''),
    kids.get(o.id) ? h('ul', {}, kids.get(o.id).map(item)) : null);
  return h('ul', { class: 'tree', id: 'object-tree' }, roots.map(item));
}

/**
 * The lines with sorting and filters. doc: the project document (for sections, flows); edit(line, changes) when
 * the user may change lines.
 */
export function linesView(result, doc, state, { onChange, editLine } = {}) {
  const docLines = new Map((doc?.lines || []).map((l) => [l.id, l]));
  const objects = new Map(result.byObject.map((o) => [o.id, o]));
  const sections = [...new Set((doc?.lines || []).map((l) => l.section).filter(Boolean))].sort();
  const severityOf = (l) => (l.findings || []).map((f) => f.severity);
  // an object filter includes the objects below it
  const under = (objectId, target) => { let o = objects.get(objectId); while (o) { if (o.id === target) return true; o = objects.get(o.parent); } return false; };
  let lines = result.lines.filter((l) => (!state.object || under(l.object, state.object))
    && (!state.section || (docLines.get(l.id)?.section || '') === (state.section === '-' ? '' : state.section))
    && (!state.severity || severityOf(l).includes(state.severity))
    && (!state.text || (l.id + ' ' + l.card + ' ' + (objects.get(l.object)?.name || '')).toLowerCase().includes(state.text.toLowerCase())));
  const keyOf = { id: (l) => l.id, object: (l) => objects.get(l.object)?.name || '', card: (l) => l.card, section: (l) => docLines.get(l.id)?.section || '', quantity: (l) => l.quantity, mki: (l) => l.mkiEuro };
  if (state.sort) {
    const k = keyOf[state.sort];
    const dir = state.dir === 'desc' ? -1 : 1;
    lines = [...lines].sort((a, b) => { const x = k(a); const y = k(b); return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true })) * dir; });
  }
  const set = (patch) => onChange({ ...state, ...patch });
  const filters = h('form', { class: 'grid-form', id: 'line-filters', onsubmit: (e) => e.preventDefault(), 'aria-label': L('Filter the lines', 'Regels filteren') },
    filterField(L('Object', 'Object'), 'filter-object', [['', L('all objects', 'alle objecten')], ...result.byObject.map((o) => [o.id, o.name])], state.object, (v) => set({ object: v })),
    filterField(L('Section', 'Onderdeel'), 'filter-section', [['', L('all sections', 'alle onderdelen')], ['-', L('(none)', '(geen)')], ...sections.map((s) => [s, s])], state.section, (v) => set({ section: v })),
    filterField(L('Findings', 'Bevindingen'), 'filter-severity', [['', L('any', 'alle')], ['error', L('with an error', 'met een fout')], ['warning', L('with a warning', 'met een waarschuwing')], ['info', L('with info', 'met info')]], state.severity, (v) => set({ severity: v })),
    h('div', { class: 'field' }, h('label', { for: 'filter-text' }, L('Line, card or object contains', 'Regel, kaart of object bevat')),
      h('input', { id: 'filter-text', type: 'search', value: state.text || '', onchange: (e) => set({ text: e.target.value }) })));
  const th = (key, label, num) => h('th', { scope: 'col', class: num ? 'num' : null, 'aria-sort': state.sort === key ? (state.dir === 'desc' ? 'descending' : 'ascending') : null },
    h('button', { type: 'button', class: 'sort', dataset: { sort: key }, onclick: () => set({ sort: key, dir: state.sort === key && state.dir !== 'desc' ? 'desc' : 'asc' }) }, label,
      state.sort === key ? (state.dir === 'desc' ? ' ▼' : ' ▲') : ''));
  const body = h('tbody', {});
  for (const l of lines) {
    const d = docLines.get(l.id) || {};
    const sev = severityOf(l);
    const tr = h('tr', { dataset: { line: l.id } },
      h('th', { scope: 'row' }, l.id),
      h('td', {}, objects.get(l.object)?.name || l.object),
      h('td', {}, l.card),
      h('td', {}, d.section || '—'),
      h('td', { class: 'num' }, figure(l.quantity, fmt.qty(l.quantity, l.unit), { dataset: { lineQuantity: l.id } })),
      h('td', {}, l.status === 'counted' ? L('counted', 'geteld') : l.status === 'excluded' ? h('span', { class: 'badge badge--muted' }, L('excluded', 'uitgesloten')) : h('span', { class: 'badge badge--error' }, L('refused', 'geweigerd'))),
      h('td', { class: 'num' }, figure(l.mkiEuro, fmt.euro(l.mkiEuro), { dataset: { lineMki: l.id } })),
      h('td', {}, sev.length ? [...new Set(sev)].map((s) => severityBadge(s)) : '—'),
      h('td', {}, h('button', { type: 'button', class: 'button button--small button--secondary', 'aria-expanded': String(state.open === l.id), 'aria-controls': 'detail-' + l.id, dataset: { details: l.id },
        onclick: () => set({ open: state.open === l.id ? null : l.id }) }, L('Details', 'Details'), h('span', { class: 'visually-hidden' }, ' ' + l.id))));
    body.append(tr);
    if (state.open === l.id) body.append(h('tr', { id: 'detail-' + l.id, class: 'row--selected' }, h('td', { colspan: '9' }, lineDetail(l, d, editLine))));
  }
  return h('div', { id: 'lines' }, filters,
    h('p', { id: 'lines-count', role: 'status' }, L(`${fmt.num(lines.length, 0)} of ${fmt.num(result.lines.length, 0)} lines`, `${fmt.num(lines.length, 0)} van ${fmt.num(result.lines.length, 0)} regels`),
      ' · ', L('sum of these lines: ', 'som van deze regels: '), fmt.euro(lines.reduce((s, l) => s + l.mkiEuro, 0))),
    h('div', { class: 'lines-table' }, h('table', { id: 'table-lines' },
      h('caption', { class: 'visually-hidden' }, L('Lines of the project; the column buttons sort', 'Regels van het project; de kolomknoppen sorteren')),
      h('thead', {}, h('tr', {}, th('id', L('Line', 'Regel')), th('object', L('Object', 'Object')), th('card', L('Card', 'Kaart')), th('section', L('Section', 'Onderdeel')),
        th('quantity', L('Quantity', 'Hoeveelheid'), true), h('th', { scope: 'col' }, L('Status', 'Status')), th('mki', 'MKI', true), h('th', { scope: 'col' }, L('Findings', 'Bevindingen')), h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, L('Details', 'Details'))))),
      body)));
}

function filterField(label, id, options, value, onchange) {
  return h('div', { class: 'field' }, h('label', { for: id }, label),
    h('select', { id, onchange: (e) => onchange(e.target.value) }, options.map(([v, t]) => h('option', { value: v, selected: (value || '') === v }, t))));
}

function lineDetail(l, d, editLine) {
  const parts = [h('h3', {}, L('Line ', 'Regel ') + l.id + ' — ' + l.card)];
  parts.push(h('p', {}, L('flow: ', 'stroom: ') + (d.flow || '—') + (d.temporary ? ' · ' + L('temporary: ', 'tijdelijk: ') + d.temporary : '') + (d.restscope ? ' · restscope' : '')));
  parts.push(h('h4', {}, L('Factors the rules applied', 'Factoren die de regels toepasten')), l.factors?.length ? table([
    { label: L('Rule', 'Regel'), cell: (f) => f.rule },
    { label: L('What', 'Wat'), cell: (f) => f.name },
    { label: L('Factor', 'Factor'), num: true, cell: (f) => figure(f.value, fmt.num(f.value, 6)) },
    { label: L('Modules', 'Modules'), cell: (f) => (f.modules || []).join(', ') || L('all', 'alle') },
    { label: L('Plugin', 'Plug-in'), cell: (f) => f.plugin || '—' },
  ], l.factors) : h('p', { class: 'muted' }, L('No factor: quantity × the card\'s weighted MKI per unit.', 'Geen factor: hoeveelheid × de gewogen MKI per eenheid van de kaart.')));
  if (l.pricing) parts.push(h('p', {}, h('strong', {}, L('Priced by ', 'Geprijsd door ') + l.pricing.rule + ': '), l.pricing.name || '', l.pricing.source ? ' (' + l.pricing.source + ')' : ''));
  const mods = orderModules(Object.keys(l.byModule || {}));
  if (mods.length) parts.push(table(mods.map((m) => ({ label: m, num: true, cell: () => fmt.euro(l.byModule[m]) })), [l], { caption: L('MKI per module', 'MKI per module') }));
  parts.push(h('h4', {}, L('Findings', 'Bevindingen')), findingsList(l.findings));
  if (editLine) {
    const msg = h('div', { 'aria-live': 'polite' });
    const qid = 'qty-' + l.id;
    const form = h('form', { class: 'actions', dataset: { editLine: l.id }, novalidate: true },
      h('div', { class: 'field', dataset: { field: 'quantity' }, style: 'margin:0' }, h('label', { for: qid }, L('Quantity', 'Hoeveelheid') + ' (' + l.unit + ')'),
        h('input', { id: qid, name: 'quantity', type: 'number', step: 'any', value: String(d.quantity ?? l.quantity), style: 'max-width:12rem' })),
      h('button', { type: 'submit', class: 'button', style: 'align-self:flex-end' }, L('Save and recalculate', 'Opslaan en herberekenen')), msg);
    form.addEventListener('submit', (e) => { e.preventDefault(); editLine(l.id, { quantity: Number(form.quantity.value) }, form); });
    parts.push(form);
  }
  return h('div', {}, parts);
}

export { drawCharts };
