// 4. MKI reports of a project (RWS-MKI 4.0 chapter 4): the contract settings (promise, award model), the
// realisation per line, issuing the plan of approach, a progress report or the final report, and the issued reports
// with forecast against promise over the reports, the contract's exposure and the Annex B / PDF downloads.
import { L, fmt } from '../i18n.js';
import { h, add, table, figure, notice, field, downloadLink, showProblem, clearErrors, readFile, confirmDialog } from '../dom.js';
import { api, session } from '../api.js';
import { chart, drawCharts } from '../charts.js';
import { registersSection } from './registers.js';

const enc = encodeURIComponent;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const kindLabel = (k) => ({ plan: L('plan of approach (§4.2)', 'plan van aanpak (§4.2)'), progress: L('progress report (§4.3)', 'voortgangsrapportage (§4.3)'), final: L('final report (§4.4)', 'eindrapportage (§4.4)') }[k] || k);
const statusLabel = (s) => ({ planned: L('planned', 'gepland'), 'in-progress': L('in progress', 'in uitvoering'), realised: L('realised', 'gerealiseerd'), removed: L('removed', 'vervallen') }[s] || s);
const STATUSES = ['planned', 'in-progress', 'realised', 'removed'];
const euro = (x, attrs) => (x === null || x === undefined ? '—' : figure(x, fmt.euro(x), attrs));

const CONTRACT_NUMBERS = [
  ['promisedMkiEuro', () => L('Promised MKI (euro)', 'Beloofde MKI (euro)'), () => L('The MKI of the tender, a contract requirement after award.', 'De MKI uit de inschrijving, na gunning een contracteis.')],
  ['awardValuePerEuroMki', () => L('Award advantage per euro MKI (euro)', 'Gunningsvoordeel per euro MKI (euro)'), () => L('From the tender\'s award model; leave empty without one.', 'Uit het gunningsmodel van de aanbesteding; leeg laten als er geen is.')],
  ['penaltyFactor', () => L('Penalty factor', 'Boetefactor'), () => L('e.g. 1.5 × the award advantage a shortfall bought', 'bijv. 1,5 × het gunningsvoordeel dat een tekort opleverde')],
];
const CONTRACT_TEXTS = [
  ['contractNumber', () => L('Contract number', 'Contractnummer')],
  ['client', () => L('Client', 'Opdrachtgever')],
  ['contractor', () => L('Contractor', 'Opdrachtnemer')],
  ['protocolVersion', () => L('Protocol version (§1.2)', 'Protocolversie (§1.2)')],
  ['bepalingsmethodeVersion', () => L('Bepalingsmethode version (§1.4)', 'Versie Bepalingsmethode (§1.4)')],
  ['nmdVersion', () => L('NMD date-version (§1.4)', 'NMD-datumversie (§1.4)')],
  ['ecoinventVersion', () => L('ecoinvent version', 'ecoinvent-versie')],
];
const CONTRACT_PLANS = [
  ['demonstration', () => L('How the realisation is shown (§4.2f)', 'Hoe de realisatie wordt aangetoond (§4.2f)')],
  ['lcaExperts', () => L('LCA experts (§4.2g)', 'LCA-deskundigen (§4.2g)')],
  ['changeHandling', () => L('Handling of changes (§4.2h)', 'Omgang met wijzigingen (§4.2h)')],
  ['clientAlignment', () => L('Alignment with the client (§4.2i)', 'Afstemming met de opdrachtgever (§4.2i)')],
  ['restscopeMonitoring', () => L('Monitoring of the restscope (§4.1)', 'Monitoring van de restscope (§4.1)')],
];
const LABELS = Object.fromEntries([...CONTRACT_NUMBERS, ...CONTRACT_TEXTS, ...CONTRACT_PLANS, ['serviceLifeYears', () => L('Service life (years)', 'Levensduur (jaar)')],
  ['realisedQuantity', () => L('realised quantity', 'gerealiseerde hoeveelheid')], ['status', () => L('status', 'status')], ['spentShare', () => L('share spent', 'aandeel besteed')], ['monitoring', () => L('monitoring', 'monitoring')], ['sections', () => L('§3 paragraphs', '§3-paragrafen')]].map(([k, f]) => [k, f]));
const labelOf = (path) => { const k = path.replace(/^lines\[\d+\]\./, ''); return LABELS[k] ? LABELS[k]() : path; };

// a sentence for the next drawing of the page after a save (the page is drawn again from the API)
let flash = null;

export async function render(view, [id], params, { navigate }) {
  const base = '/api/mki/projects/' + enc(id);
  const [project, contract, realisation, reports, registers] = await Promise.all([api(base), api(base + '/contract'), api(base + '/realisation'), api(base + '/reports'), api(base + '/registers')]);
  const original = project.project.variantOf || project.project.id;
  const variants = (await api('/api/mki/projects/' + enc(original) + '/variants').catch(() => [])).filter((v) => v.id !== project.project.id);
  const mayEdit = session.has('calculator') || session.has('admin');
  const info = project.project;
  const reload = (message) => { flash = message; navigate(location.pathname, { replace: true }); };
  add(view, h('p', { class: 'muted' }, h('a', { href: '/projects' }, L('MKI projects', 'MKI-projecten')), ' › ', h('a', { href: '/projects/' + enc(id), id: 'back-to-project' }, info.name)),
    h('h1', {}, L('MKI reports: ', 'MKI-rapportages: ') + info.name),
    h('p', {}, L('From award to delivery (RWS MKI protocol 4.0, chapter 4): the promise and the award model of the contract, what has been realised per line, and the plan of approach, progress reports and final report, each frozen when issued.',
      'Van gunning tot oplevering (RWS MKI-protocol 4.0, hoofdstuk 4): de belofte en het gunningsmodel van het contract, wat per regel is gerealiseerd, en het plan van aanpak, de voortgangsrapportages en de eindrapportage, elk bevroren bij uitgifte.')));
  if (flash) { add(view, h('div', { id: 'saved', 'aria-live': 'polite' }, notice('ok', h('p', {}, flash)))); flash = null; }
  if (!mayEdit) add(view, h('p', { class: 'muted' }, L('Sign in as a calculator to change the contract, the realisation or to issue a report.', 'Meld u aan als rekenaar om het contract of de realisatie te wijzigen of een rapportage uit te geven.')));

  add(view, issuedSection(base, reports, contract), contractSection(base, contract, mayEdit, reload));
  add(view, realisationSection(base, realisation, mayEdit, reload), registersSection(base, registers, variants, mayEdit, reload));
  if (mayEdit) add(view, issueSection(base, reports, navigate));
  view._afterAttach = () => drawCharts(view);
}

/** the issued reports: figures over the reports as a chart (with its table), exposure, downloads */
function issuedSection(base, reports, contract) {
  const s = h('section', { 'aria-labelledby': 'issued-h' }, h('h2', { id: 'issued-h' }, L('Issued reports', 'Uitgegeven rapportages')));
  if (!reports.length) return add(s, h('p', { id: 'no-reports' }, L('No report issued yet. The first is the plan of approach.', 'Nog geen rapportage uitgegeven. De eerste is het plan van aanpak.')));
  const last = reports[reports.length - 1];
  const hasAward = reports.some((r) => r.exposureEuro !== null && r.exposureEuro !== undefined);
  add(s, h('div', { class: 'cards-row' },
    h('div', { class: 'panel' }, h('h3', {}, L('Forecast (latest report)', 'Prognose (laatste rapportage)')), h('p', { class: 'key-figure' }, euro(last.forecastMkiEuro, { id: 'latest-forecast' })),
      h('p', {}, L('Promised: ', 'Beloofd: '), euro(last.promisedMkiEuro, { id: 'latest-promised' }), ' · ', L('realised so far: ', 'tot nu gerealiseerd: '), euro(last.realisedMkiEuro, { id: 'latest-realised' }))),
    hasAward ? h('div', { class: 'panel', id: 'exposure-panel' }, h('h3', {}, L('Exposure under the contract\'s award model', 'Risico onder het gunningsmodel van het contract')),
      h('p', { class: 'key-figure' }, euro(last.exposureEuro, { id: 'latest-exposure' })),
      h('p', { class: 'muted' }, L('max(0, forecast − promised) × award advantage per euro MKI (', 'max(0, prognose − belofte) × gunningsvoordeel per euro MKI ('), fmt.num(contract.awardValuePerEuroMki), ') × ', L('penalty factor (', 'boetefactor ('), fmt.num(contract.penaltyFactor ?? 1), '). ',
        L('This is the contract\'s figure, not the protocol\'s.', 'Dit is een cijfer van het contract, niet van het protocol.'))) : null));
  const labels = reports.map((r) => '#' + r.number + ' ' + kindLabel(r.kind));
  add(s, chart({ name: 'forecast-promise', type: 'line', title: L('Forecast, realised and initial MKI against the promise, per report, euro', 'Prognose, gerealiseerde en initiële MKI tegen de belofte, per rapportage, euro'), labels,
    labelHeader: L('Report', 'Rapportage'), height: '16rem', format: fmt.euro, tick: (x) => '€ ' + fmt.num(x, 0),
    datasets: [
      { label: L('Forecast', 'Prognose'), data: reports.map((r) => r.forecastMkiEuro) },
      { label: L('Promised', 'Beloofd'), data: reports.map((r) => r.promisedMkiEuro ?? null) },
      { label: L('Realised', 'Gerealiseerd'), data: reports.map((r) => r.realisedMkiEuro) },
      { label: L('Initial (plan)', 'Initieel (plan)'), data: reports.map((r) => r.initialMkiEuro) },
    ] }));
  add(s, table([
    { label: L('Report', 'Rapportage'), rowHeader: true, cell: (r) => h('a', { href: location.pathname + '/' + r.number, dataset: { report: String(r.number) } }, '#' + r.number + ' ' + kindLabel(r.kind)) },
    { label: L('Issued', 'Uitgegeven'), cell: (r) => fmt.date(r.issuedAt) },
    { label: L('Forecast', 'Prognose'), num: true, cell: (r) => euro(r.forecastMkiEuro, { dataset: { forecast: String(r.number) } }) },
    { label: L('Previous forecast', 'Vorige prognose'), num: true, cell: (r) => euro(r.previousForecastMkiEuro) },
    { label: L('Realised', 'Gerealiseerd'), num: true, cell: (r) => euro(r.realisedMkiEuro, { dataset: { realised: String(r.number) } }) },
    { label: L('Promised', 'Beloofd'), num: true, cell: (r) => euro(r.promisedMkiEuro) },
    hasAward ? { label: L('Exposure (contract)', 'Risico (contract)'), num: true, cell: (r) => euro(r.exposureEuro, { dataset: { exposure: String(r.number) } }) } : null,
    { label: L('Errors', 'Fouten'), num: true, cell: (r) => String(r.errorFindings) },
    { label: L('Downloads', 'Downloads'), cell: (r) => downloads(r) },
  ].filter(Boolean), reports, { id: 'table-reports' }));
  return s;
}

export function downloads(r) {
  return h('span', { class: 'downloads' },
    downloadLink(r.links.annexB, `mki-report-${r.number}-annex-b.xlsx`, { dataset: { annexB: String(r.number) } }, L('Annex B (XLSX)', 'Bijlage B (XLSX)'), h('span', { class: 'visually-hidden' }, ' #' + r.number)), ' · ',
    downloadLink(r.links.pdf, `mki-report-${r.number}.pdf`, { dataset: { pdf: String(r.number) } }, 'PDF', h('span', { class: 'visually-hidden' }, ' #' + r.number)));
}

function contractSection(base, c, mayEdit, reload) {
  const s = h('section', { 'aria-labelledby': 'contract-h' }, h('h2', { id: 'contract-h' }, L('Contract settings', 'Contractgegevens')));
  if (!mayEdit) {
    const rows = [...CONTRACT_NUMBERS, ...CONTRACT_TEXTS, ...CONTRACT_PLANS].filter(([k]) => c[k] !== undefined && c[k] !== null);
    return add(s, h('dl', { class: 'facts', id: 'contract-facts' }, rows.map(([k, label]) => [h('dt', {}, label()),
      h('dd', {}, typeof c[k] === 'number' ? (k.endsWith('Euro') ? euro(c[k], { dataset: { contract: k } }) : figure(c[k], fmt.num(c[k]), { dataset: { contract: k } })) : c[k])])));
  }
  const num = ([k, label, hint]) => field({ label: label(), hint: hint(), name: k, type: 'number', value: c[k] ?? '', fieldPath: k });
  const txt = ([k, label]) => field({ label: label(), name: k, value: c[k] ?? '', fieldPath: k });
  const done = h('div', { 'aria-live': 'polite', id: 'contract-done' });
  const form = h('form', { id: 'contract-form', novalidate: true },
    h('div', { class: 'grid-form' }, CONTRACT_NUMBERS.map(num), CONTRACT_TEXTS.map(txt),
      field({ label: LABELS.serviceLifeYears(), name: 'serviceLifeYears', type: 'number', value: c.serviceLifeYears ?? '', fieldPath: 'serviceLifeYears' }),
      field({ label: LABELS.sections(), hint: L('Comma separated, e.g. 3.1.1, 3.1.3', 'Gescheiden door komma\'s, bijv. 3.1.1, 3.1.3'), name: 'sections', value: (c.sections || []).join(', '), fieldPath: 'sections' })),
    h('div', { class: 'checks' }, h('label', {}, h('input', { type: 'checkbox', name: 'asBuiltProtocol', checked: !!c.asBuiltProtocol }), L('The contract applies the As Built protocol (§2.4)', 'Het contract past het As Built-protocol toe (§2.4)'))),
    h('details', {}, h('summary', {}, L('Texts of the plan of approach', 'Teksten van het plan van aanpak')),
      CONTRACT_PLANS.map(([k, label]) => field({ label: label(), name: k, value: c[k] ?? '', fieldPath: k, multiline: true }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'contract-submit' }, L('Save the contract settings', 'Contractgegevens opslaan'))), done);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    // PUT replaces the settings: every field is sent, an empty one as null (removed)
    const body = {};
    for (const [k] of CONTRACT_NUMBERS) body[k] = form[k].value.trim() === '' ? null : Number(form[k].value);
    for (const [k] of [...CONTRACT_TEXTS, ...CONTRACT_PLANS]) body[k] = form[k].value.trim() || null;
    // the versions, sections and service life live in the project document: sent only when changed, so saving the
    // contract does not touch the calculation by accident
    for (const k of ['protocolVersion', 'nmdVersion']) if (!body[k] || body[k] === c[k]) delete body[k];
    const life = form.serviceLifeYears.value.trim();
    if (life !== '' && Number(life) !== c.serviceLifeYears) body.serviceLifeYears = Number(life);
    const sections = form.sections.value.split(',').map((x) => x.trim()).filter(Boolean);
    if (sections.join(',') !== (c.sections || []).join(',')) body.sections = sections;
    body.asBuiltProtocol = form.asBuiltProtocol.checked;
    try {
      await api(base + '/contract', { method: 'PUT', body });
      reload(L('The contract settings are saved.', 'De contractgegevens zijn opgeslagen.'));
    } catch (err) { showProblem(form, err, labelOf); }
  });
  return add(s, form);
}

function realisationSection(base, lines, mayEdit, reload) {
  const s = h('section', { 'aria-labelledby': 'real-h' }, h('h2', { id: 'real-h' }, L('Realisation per line', 'Realisatie per regel')),
    h('p', {}, L('Each line keeps its design quantity; the realised quantity and status say how far the work is (§4.3a). A line in progress or realised needs its realised quantity.',
      'Elke regel houdt zijn ontwerphoeveelheid; de gerealiseerde hoeveelheid en status zeggen hoe ver het werk is (§4.3a). Een regel in uitvoering of gerealiseerd heeft een gerealiseerde hoeveelheid nodig.')));
  const counts = STATUSES.map((st) => [st, lines.filter((l) => l.status === st).length]);
  add(s, h('p', { id: 'realisation-counts' }, counts.map(([st, n]) => statusLabel(st) + ': ' + fmt.num(n, 0)).join(' · ')));
  if (!mayEdit) {
    return add(s, table([
      { label: L('Line', 'Regel'), rowHeader: true, cell: (l) => l.line },
      { label: L('Object', 'Object'), cell: (l) => l.object },
      { label: L('Card', 'Kaart'), cell: (l) => l.card || '—' },
      { label: L('Design', 'Ontwerp'), num: true, cell: (l) => figure(l.designQuantity, fmt.qty(l.designQuantity, l.unit)) },
      { label: L('Realised', 'Gerealiseerd'), num: true, cell: (l) => l.realisedQuantity == null ? '—' : figure(l.realisedQuantity, fmt.qty(l.realisedQuantity, l.unit), { dataset: { realisedQuantity: l.line } }) },
      { label: L('Status', 'Status'), cell: (l) => h('span', { dataset: { status: l.line } }, statusLabel(l.status)) },
    ], lines, { id: 'table-realisation' }));
  }
  const form = h('form', { id: 'realisation-form', novalidate: true });
  const body = h('tbody', {});
  lines.forEach((l) => {
    const q = h('input', { type: 'number', step: 'any', id: 'rq-' + l.line, name: 'rq', value: l.realisedQuantity ?? '', dataset: { line: l.line }, style: 'max-width:9rem' });
    const st = h('select', { id: 'rs-' + l.line, name: 'rs', dataset: { line: l.line } }, STATUSES.map((x) => h('option', { value: x, selected: l.status === x }, statusLabel(x))));
    const sel = h('input', { type: 'checkbox', name: 'pick', value: l.line, id: 'pick-' + l.line });
    body.append(h('tr', { dataset: { row: l.line } },
      h('td', {}, sel, h('label', { for: 'pick-' + l.line, class: 'visually-hidden' }, L('Select line ', 'Regel kiezen ') + l.line)),
      h('th', { scope: 'row' }, l.line, l.restscope ? [' ', h('span', { class: 'badge badge--info' }, 'restscope')] : null),
      h('td', {}, l.object), h('td', {}, l.card || '—'),
      h('td', { class: 'num' }, figure(l.designQuantity, fmt.qty(l.designQuantity, l.unit))),
      h('td', {}, h('div', { class: 'field', dataset: { cell: 'status' } }, h('label', { for: 'rs-' + l.line, class: 'visually-hidden' }, L('Status of ', 'Status van ') + l.line), st)),
      h('td', {}, h('div', { class: 'field', dataset: { cell: 'realisedQuantity' } }, h('label', { for: 'rq-' + l.line, class: 'visually-hidden' }, L('Realised quantity of ', 'Gerealiseerde hoeveelheid van ') + l.line + ' (' + l.unit + ')'), q),
        // restscope may be monitored another way (§4.1): realised = share spent × the line's initial MKI
        l.restscope ? h('div', { class: 'field', dataset: { cell: 'spentShare' } }, h('label', { for: 'rf-' + l.line }, L('or financially: share spent (0–1)', 'of financieel: aandeel besteed (0–1)')),
          h('input', { type: 'number', step: 'any', id: 'rf-' + l.line, value: l.monitoring === 'financial' ? l.spentShare ?? '' : '', style: 'max-width:9rem' })) : null),
      h('td', {}, l.unit)));
  });
  const bulkStatus = h('select', { id: 'bulk-status' }, STATUSES.map((x) => h('option', { value: x }, statusLabel(x))));
  const done = h('div', { 'aria-live': 'polite', id: 'realisation-done' });
  add(form,
    h('div', { class: 'actions' },
      h('div', { class: 'field', style: 'margin:0' }, h('label', { for: 'bulk-status' }, L('Status for the selected lines', 'Status voor de gekozen regels')), bulkStatus),
      h('button', { type: 'button', class: 'button button--secondary', id: 'bulk-apply', style: 'align-self:flex-end', onclick: () => {
        form.querySelectorAll('input[name=pick]:checked').forEach((c) => {
          const line = lines.find((l) => l.line === c.value);
          form.querySelector('#rs-' + CSS.escape(c.value)).value = bulkStatus.value;
          const q = form.querySelector('#rq-' + CSS.escape(c.value));
          // realised at the design quantity unless a quantity was typed; planned and removed lines have none
          if (bulkStatus.value === 'realised' && q.value === '') q.value = String(line.designQuantity);
          if (bulkStatus.value === 'planned' || bulkStatus.value === 'removed') q.value = '';
        });
      } }, L('Apply to the selection', 'Op de keuze toepassen'))),
    h('div', { class: 'table-scroll' }, h('table', { id: 'table-realisation' },
      h('caption', { class: 'visually-hidden' }, L('Realisation per line; change status and realised quantity, then save', 'Realisatie per regel; wijzig status en gerealiseerde hoeveelheid en sla op')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, L('Select', 'Kiezen'))), h('th', { scope: 'col' }, L('Line', 'Regel')), h('th', { scope: 'col' }, L('Object', 'Object')), h('th', { scope: 'col' }, L('Card', 'Kaart')),
        h('th', { scope: 'col', class: 'num' }, L('Design', 'Ontwerp')), h('th', { scope: 'col' }, L('Status', 'Status')), h('th', { scope: 'col' }, L('Realised quantity', 'Gerealiseerde hoeveelheid')), h('th', { scope: 'col' }, L('Unit', 'Eenheid')))),
      body)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'realisation-submit' }, L('Save the changed lines', 'Gewijzigde regels opslaan'))), done);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    form.querySelectorAll('[data-cell]').forEach((c) => c.removeAttribute('data-field'));
    // only the changed lines are sent, all in one request (all or nothing); the API names a refused row by its
    // index in that request, so each sent row's cells get that path
    const changed = [];
    lines.forEach((l) => {
      const st = form.querySelector('#rs-' + CSS.escape(l.line)).value;
      const qv = form.querySelector('#rq-' + CSS.escape(l.line)).value.trim();
      const q = qv === '' ? null : Number(qv);
      const rf = form.querySelector('#rf-' + CSS.escape(l.line));
      const share = rf && rf.value.trim() !== '' ? Number(rf.value) : null;
      const wasShare = l.monitoring === 'financial' ? l.spentShare ?? null : null;
      if (st === l.status && q === (l.realisedQuantity ?? null) && share === wasShare) return;
      const row = { line: l.line, status: st };
      if (q !== null) row.realisedQuantity = q;
      if (rf) { row.monitoring = share === null ? 'quantity' : 'financial'; if (share !== null) row.spentShare = share; }
      const tr = form.querySelector(`tr[data-row="${CSS.escape(l.line)}"]`);
      if (rf) tr.querySelector('[data-cell=spentShare]').dataset.field = `lines[${changed.length}].spentShare`;
      tr.querySelector('[data-cell=status]').dataset.field = `lines[${changed.length}].status`;
      tr.querySelector('[data-cell=realisedQuantity]').dataset.field = `lines[${changed.length}].realisedQuantity`;
      changed.push(row);
    });
    if (!changed.length) { done.replaceChildren(notice('ok', h('p', {}, L('Nothing changed.', 'Niets gewijzigd.')))); return; }
    try {
      await api(base + '/realisation', { method: 'POST', body: { lines: changed } });
      reload(L(`${changed.length} line(s) saved.`, `${changed.length} regel(s) opgeslagen.`));
    } catch (err) {
      showProblem(form, err, (p) => { const m = p.match(/^lines\[(\d+)\]\.?(.*)$/); return m ? L('Line ', 'Regel ') + (changed[Number(m[1])]?.line ?? m[1]) + (m[2] ? ', ' + labelOf(m[2]) : '') : p; });
    }
  });
  add(s, form, uploadForm(base, reload));
  return s;
}

/** the same realisation as CSV or XLSX (an issued report's Annex B workbook comes back here: the round trip) */
function uploadForm(base, reload) {
  const form = h('form', { id: 'realisation-upload', novalidate: true }, h('h3', {}, L('Upload realisation (CSV or XLSX)', 'Realisatie uploaden (CSV of XLSX)')),
    field({ label: L('File', 'Bestand'), name: 'file', type: 'file', fieldPath: 'file', hint: L('CSV with the columns line, realisedQuantity, status; or the Annex B workbook of a report with its realised column filled in.', 'CSV met de kolommen line, realisedQuantity, status; of de Bijlage B-werkmap van een rapportage met de kolom gerealiseerd ingevuld.'), attrs: { accept: '.csv,.xlsx,text/csv,' + XLSX } }),
    h('button', { type: 'submit', class: 'button button--secondary' }, L('Upload and apply', 'Uploaden en toepassen')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const f = form.file.files[0];
      if (!f) throw new Error(L('Choose a file first.', 'Kies eerst een bestand.'));
      const xlsx = f.name.toLowerCase().endsWith('.xlsx');
      await api(base + '/realisation', { method: 'POST', body: xlsx ? new Blob([await readFile(f, false)]) : new Blob([await readFile(f)]), contentType: xlsx ? XLSX : 'text/csv' });
      reload(L('The realisation of the file is applied.', 'De realisatie uit het bestand is toegepast.'));
    } catch (err) { showProblem(form, err, (p) => p); }
  });
  return form;
}

function issueSection(base, reports, navigate) {
  const hasPlan = reports.some((r) => r.kind === 'plan');
  const form = h('form', { id: 'issue-form', novalidate: true },
    h('fieldset', { class: 'field', dataset: { field: 'kind' } }, h('legend', {}, L('Kind of report', 'Soort rapportage')),
      h('div', { class: 'checks' }, ['plan', 'progress', 'final'].map((k) => h('label', {}, h('input', { type: 'radio', name: 'kind', value: k, checked: hasPlan ? k === 'progress' : k === 'plan' }), kindLabel(k))))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'issue-submit' }, L('Issue the report', 'Rapportage uitgeven'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const kind = form.querySelector('input[name=kind]:checked')?.value;
    const ok = await confirmDialog(L('Issue this report?', 'Deze rapportage uitgeven?'),
      h('p', {}, L(`The ${kindLabel(kind)} freezes the figures, registers, findings and the project document as they stand now; it cannot be changed afterwards.`, `Bij uitgifte worden de cijfers, registers, bevindingen en het projectdocument van deze rapportage (${kindLabel(kind)}) bevroren zoals ze nu zijn; daarna kan ze niet meer worden gewijzigd.`)),
      L('Issue', 'Uitgeven'));
    if (!ok) return;
    try {
      const r = await api(base + '/reports', { method: 'POST', body: { kind } });
      navigate(location.pathname + '/' + r.number);
    } catch (err) { showProblem(form, err, () => L('Kind of report', 'Soort rapportage')); }
  });
  return h('section', { 'aria-labelledby': 'issue-h' }, h('h2', { id: 'issue-h' }, L('Issue a report', 'Een rapportage uitgeven')),
    h('p', {}, L('First the plan of approach, then progress reports, last the final report. A final report is refused while a line is neither realised nor removed, a restscope line is monitored financially, or a finding is an error.',
      'Eerst het plan van aanpak, dan voortgangsrapportages, als laatste de eindrapportage. Een eindrapportage wordt geweigerd zolang een regel niet gerealiseerd of vervallen is, een restscoperegel financieel wordt gevolgd of een bevinding een fout is.')), form);
}

