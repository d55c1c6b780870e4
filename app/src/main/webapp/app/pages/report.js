// 4. One issued MKI report as issued (immutable): the figures against the promise, per object and per module, the
// restscope, what §4.2, §4.3 or §4.4 requires section by section, the history, the findings, and the downloads.
import { L, fmt } from '../i18n.js';
import { h, add, table, figure, findingsList, downloadLink } from '../dom.js';
import { api } from '../api.js';
import { chart, drawCharts } from '../charts.js';
import { kindLabel, downloads } from './reports.js';
import { orderModules } from './mki-result.js';

const enc = encodeURIComponent;
const euro = (x, attrs) => (x === null || x === undefined ? '—' : figure(x, fmt.euro(x), attrs));

export async function render(view, [id, n]) {
  const base = '/api/mki/projects/' + enc(id) + '/reports/' + n;
  const r = await api(base);
  const links = { annexB: base + '/annex-b.xlsx', pdf: base + '/report.pdf' };
  const modules = new Map((r.byModule || []).map((m) => [m.module, m]));
  const mods = orderModules([...modules.keys()]);
  add(view, h('p', { class: 'muted' }, h('a', { href: '/projects/' + enc(id) }, r.document?.name || L('project', 'project')), ' › ', h('a', { href: '/projects/' + enc(id) + '/reports' }, L('MKI reports', 'MKI-rapportages'))),
    h('h1', {}, L('Report ', 'Rapportage ') + r.number + ': ' + kindLabel(r.kind)),
    h('dl', { class: 'facts' },
      h('dt', {}, L('Issued', 'Uitgegeven')), h('dd', {}, fmt.date(r.issuedAt), r.issuedBy ? ' · ' + r.issuedBy : ''),
      h('dt', {}, L('Content hash (SHA-256)', 'Inhoudshash (SHA-256)')), h('dd', {}, h('code', { id: 'report-hash' }, r.contentHash)),
      h('dt', {}, L('Document hash, to re-run with /api/mki/calculate', 'Documenthash, om opnieuw te rekenen met /api/mki/calculate')), h('dd', {}, h('code', {}, r.documentHash)),
      h('dt', {}, L('Downloads', 'Downloads')), h('dd', {}, downloads({ number: r.number, links }), ' · ', downloadLink(base, `mki-report-${r.number}.json`, {}, 'JSON'))),
    h('div', { class: 'cards-row' },
      panel(L('Forecast', 'Prognose'), euro(r.forecastMkiEuro, { id: 'report-forecast' }), L('the work as it now stands (§4.3a-I)', 'het werk zoals het nu staat (§4.3a-I)')),
      panel(L('Realised', 'Gerealiseerd'), euro(r.realisedMkiEuro, { id: 'report-realised' }), L('what has been done so far (§4.3a-II)', 'wat tot nu is gedaan (§4.3a-II)')),
      panel(L('Initial', 'Initieel'), euro(r.initialMkiEuro, { id: 'report-initial' }), [L('the plan\'s forecast; previous report: ', 'prognose van het plan; vorige rapportage: '), euro(r.previousForecastMkiEuro)]),
      panel(L('Promised', 'Beloofd'), euro(r.promisedMkiEuro, { id: 'report-promised' }), r.exposureEuro == null ? L('no award model', 'geen gunningsmodel')
        : [L('exposure (the contract\'s, not the protocol\'s): ', 'risico (van het contract, niet van het protocol): '), euro(r.exposureEuro, { id: 'report-exposure' })])),
    r.restscope ? h('p', { id: 'restscope' }, L('Restscope (§4.1): ', 'Restscope (§4.1): '), (r.restscope.lines || []).join(', ') || '—', ' · ', euro(r.restscope.mkiEuro), ' = ',
      fmt.percent(r.restscope.shareOfForecast * 100), L(' of the forecast', ' van de prognose'), ' · ',
      r.restscope.withinLimit ? h('span', { class: 'badge badge--ok' }, L('within 5 %', 'binnen 5 %')) : h('span', { class: 'badge badge--error' }, L('above 5 %', 'boven 5 %'))) : null,
    chart({ name: 'report-modules', title: L('Forecast and realised MKI per LCA module, euro', 'Prognose en gerealiseerde MKI per LCA-module, euro'), labels: mods, labelHeader: L('Module', 'Module'), height: '15rem',
      format: fmt.euro, tick: (x) => '€ ' + fmt.num(x, 0),
      datasets: [{ label: L('Forecast', 'Prognose'), data: mods.map((m) => modules.get(m).forecastMkiEuro) }, { label: L('Realised', 'Gerealiseerd'), data: mods.map((m) => modules.get(m).realisedMkiEuro) }] }),
    h('h2', {}, L('Per object', 'Per object')),
    table([
      { label: L('Object', 'Object'), rowHeader: true, cell: (o) => o.name || o.id },
      { label: L('Forecast', 'Prognose'), num: true, cell: (o) => euro(o.forecastMkiEuro, { dataset: { objectForecast: o.id } }) },
      { label: L('Realised', 'Gerealiseerd'), num: true, cell: (o) => euro(o.realisedMkiEuro) },
      { label: L('Initial', 'Initieel'), num: true, cell: (o) => euro(o.initialMkiEuro) },
    ], r.byObject || [], { id: 'table-report-objects' }),
    h('h2', {}, L('What the protocol requires, section by section', 'Wat het protocol vraagt, per paragraaf')),
    table([
      { label: L('Section', 'Paragraaf'), rowHeader: true, cell: (s) => s.section },
      { label: L('What', 'Wat'), cell: (s) => s.title },
      { label: L('Provided', 'Aangeleverd'), cell: (s) => s.provided ? h('span', { class: 'badge badge--ok' }, L('provided', 'aangeleverd')) : h('span', { class: 'badge badge--warning' }, L('not provided', 'niet aangeleverd')) },
      { label: L('Summary', 'Samenvatting'), cell: (s) => s.summary || '' },
    ], r.sections || [], { id: 'table-report-sections' }),
    h('h2', {}, L('History of the reports (§4.4b)', 'Verloop van de rapportages (§4.4b)')),
    table([
      { label: L('Report', 'Rapportage'), rowHeader: true, cell: (x) => h('a', { href: `/projects/${enc(id)}/reports/${x.number}` }, '#' + x.number + ' ' + kindLabel(x.kind)) },
      { label: L('Issued', 'Uitgegeven'), cell: (x) => fmt.date(x.issuedAt) },
      { label: L('Forecast', 'Prognose'), num: true, cell: (x) => euro(x.forecastMkiEuro) },
      { label: L('Change of forecast', 'Wijziging prognose'), num: true, cell: (x) => euro(x.forecastChangeEuro) },
      { label: L('Realised', 'Gerealiseerd'), num: true, cell: (x) => euro(x.realisedMkiEuro) },
    ], r.history || [], { id: 'table-report-history' }),
    h('h2', {}, L('Findings as issued', 'Bevindingen bij uitgifte')), findingsList(r.findings));
  view._afterAttach = () => drawCharts(view);
}

function panel(title, value, note) {
  return h('div', { class: 'panel' }, h('h2', {}, title), h('p', { class: 'key-figure' }, value), h('p', { class: 'muted' }, note));
}
