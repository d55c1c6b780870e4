// 5. The guideline §3.2 analyses of one passport or a portfolio as the API computes them (GET …/analysis), as
// charts with their tables and as tables: composition, critical raw materials per year of use, GHG per phase,
// recovery, ZZS, production against use, data quality, findings. One reader for both, as the API names the figures
// the same way. How each is computed: docs/analyses.md.
import { L, fmt } from '../i18n.js';
import { h, table, figure, findingsList } from '../dom.js';
import { chart } from '../charts.js';

const g = (x, attrs) => (x === null || x === undefined ? '—' : figure(x, fmt.gram(x), attrs));
const pct = (x, attrs) => (x === null || x === undefined ? '—' : figure(x, fmt.percent(x), attrs));
const gYear = (x, attrs) => (x === null || x === undefined ? '—' : figure(x, fmt.num(x, 3) + ' g/' + L('year', 'jaar'), attrs));
const section = (id, title, ...body) => h('section', { 'aria-labelledby': id }, h('h3', { id }, title), ...body);

/** the four figures a reader looks for first */
export function keyFigures(a) {
  const panel = (title, value, note) => h('div', { class: 'panel' }, h('h3', {}, title), h('p', { class: 'key-figure' }, value), note ? h('p', { class: 'muted' }, note) : null);
  return h('div', { class: 'cards-row', id: 'analysis-key-figures' },
    panel(L('Total mass', 'Totale massa'), g(a.composition.totalMassGram, { id: 'analysis-total-mass' }), L(`${fmt.num(a.scope.totalQuantity)} units of ${fmt.num(a.scope.products, 0)} product(s)`, `${fmt.num(a.scope.totalQuantity)} stuks van ${fmt.num(a.scope.products, 0)} product(en)`)),
    panel(L('Recycled content', 'Gerecycled aandeel'), pct(a.composition.recycledPercent, { id: 'analysis-recycled-percent' }), g(a.composition.recycledMassGram)),
    panel(L('Critical raw materials per year of use', 'Kritieke grondstoffen per gebruiksjaar'), gYear(a.criticalRawMaterialsTotal?.gramPerYearOfUse, { id: 'analysis-crm-per-year' }), [L('of ', 'van '), g(a.criticalRawMaterialsTotal?.massGram)]),
    panel(L('Greenhouse gases per year of use', 'Broeikasgassen per gebruiksjaar'), a.ghg.gramPerYearOfUse == null ? '—' : figure(a.ghg.gramPerYearOfUse, fmt.num(a.ghg.gramPerYearOfUse, 0) + ' g CO2-eq/' + L('year', 'jaar'), { id: 'analysis-ghg-per-year' }),
      [L('life cycle ', 'levenscyclus '), figure(a.ghg.totalGram, fmt.num(a.ghg.totalGram, 0) + ' g CO2-eq', { id: 'analysis-ghg-total' })]));
}

export function composition(a) {
  const ms = a.composition.materials || [];
  return section('an-comp-h', L('Raw-material composition (A1.1, A1.2)', 'Grondstofsamenstelling (A1.1, A1.2)'),
    ms.length ? chart({ name: 'analysis-composition', type: 'bar', horizontal: true, title: L('Mass per material, gram', 'Massa per materiaal, gram'), labels: ms.map((m) => m.material),
      datasets: [{ label: L('Mass', 'Massa'), data: ms.map((m) => m.massGram) }, { label: L('of which recycled', 'waarvan gerecycled'), data: ms.map((m) => m.recycledMassGram ?? 0) }],
      format: fmt.gram, tick: (x) => fmt.num(x, 0), labelHeader: L('Material', 'Materiaal'), height: Math.max(10, ms.length * 2.2) + 'rem' }) : null,
    ms.length ? table([
      { label: L('Material', 'Materiaal'), rowHeader: true, cell: (m) => m.material },
      { label: L('Mass', 'Massa'), num: true, cell: (m) => g(m.massGram, { dataset: { material: m.material } }) },
      { label: L('Share of total mass', 'Aandeel in totale massa'), num: true, cell: (m) => pct(m.percent) },
      { label: L('Recycled', 'Gerecycled'), num: true, cell: (m) => g(m.recycledMassGram) },
      { label: L('Recycled share', 'Gerecycled aandeel'), num: true, cell: (m) => pct(m.recycledPercent) },
      { label: L('Products', 'Producten'), num: true, cell: (m) => fmt.num(m.products, 0) },
    ], ms, { id: 'table-analysis-materials' }) : h('p', {}, L('No material composition given.', 'Geen materiaalsamenstelling opgegeven.')),
    h('p', { class: 'muted' }, a.composition.rule || ''));
}

export function criticalRawMaterials(a) {
  const cs = a.criticalRawMaterials || [];
  const t = a.criticalRawMaterialsTotal || {};
  return section('an-crm-h', L('Critical raw materials per year of use (A1.3, C1.1)', 'Kritieke grondstoffen per gebruiksjaar (A1.3, C1.1)'),
    h('p', {}, L('Grams × quantity ÷ the C1.1 lifetime; products without C1.1 are left out of the per-year figure and counted apart. Lists: ', 'Grammen × aantal ÷ de levensduur C1.1; producten zonder C1.1 tellen niet mee in het cijfer per jaar en worden apart geteld. Lijsten: '), (a.scope.crmLists || []).join(', ') || '—',
      a.scope.supplyRiskList ? ' · ' + L('supply risk: ', 'leveringsrisico: ') + a.scope.supplyRiskList : ''),
    cs.length ? chart({ name: 'analysis-crm', title: L('Critical raw materials, gram per year of use', 'Kritieke grondstoffen, gram per gebruiksjaar'), labels: cs.map((c) => c.crm),
      datasets: [{ label: L('g per year', 'g per jaar'), data: cs.map((c) => c.gramPerYearOfUse ?? null) }], format: (x) => fmt.num(x, 3) + ' g', labelHeader: L('Raw material', 'Grondstof'), height: '14rem' }) : null,
    cs.length ? table([
      { label: L('Raw material', 'Grondstof'), rowHeader: true, cell: (c) => c.crm },
      { label: L('As submitted', 'Zoals aangeleverd'), cell: (c) => c.material },
      { label: L('Mass', 'Massa'), num: true, cell: (c) => g(c.massGram) },
      { label: L('Per year of use', 'Per gebruiksjaar'), num: true, cell: (c) => gYear(c.gramPerYearOfUse, { dataset: { crm: c.crm } }) },
      { label: L('Without lifetime', 'Zonder levensduur'), num: true, cell: (c) => g(c.massGramWithoutLifetime) },
      { label: L('Products', 'Producten'), num: true, cell: (c) => fmt.num(c.products, 0) },
      { label: L('Manufacturers', 'Fabrikanten'), cell: (c) => (c.manufacturers || []).map((m) => m.manufacturer + ' (' + fmt.gram(m.massGram) + ')').join(', ') || '—' },
      { label: L('Supply risk', 'Leveringsrisico'), num: true, cell: (c) => c.supplyRisk ? fmt.num(c.supplyRisk.supplyRisk, 2) : '—' },
    ], cs, { id: 'table-analysis-crm' }) : h('p', { id: 'analysis-no-crm' }, L('No critical raw material.', 'Geen kritieke grondstof.')),
    cs.length ? h('p', {}, L('Total: ', 'Totaal: '), g(t.massGram), ' · ', gYear(t.gramPerYearOfUse), t.massGramWithoutLifetime ? [' · ', L('without lifetime: ', 'zonder levensduur: '), g(t.massGramWithoutLifetime)] : null) : null);
}

export function ghg(a) {
  const x = a.ghg;
  const phases = [['production', L('production (B1.1)', 'productie (B1.1)')], ['transport', L('transport (B1.2)', 'transport (B1.2)')], ['use', L('use (B1.3)', 'gebruik (B1.3)')], ['recycling', L('recycling (B1.4)', 'recycling (B1.4)')]];
  const pu = a.productionVersusUse;
  return section('an-ghg-h', L('Greenhouse gases per life-cycle phase (B1)', 'Broeikasgassen per levensfase (B1)'),
    x.products ? chart({ name: 'analysis-ghg', title: L('GHG per life-cycle phase, gram CO2-eq', 'Broeikasgassen per levensfase, gram CO2-eq'), labels: phases.map((p) => p[1]),
      datasets: [{ label: 'g CO2-eq', data: phases.map((p) => x[p[0] + 'Gram']) }], format: (v) => fmt.num(v, 0) + ' g', labelHeader: L('Phase', 'Fase'), height: '13rem' }) : h('p', {}, L('No product gives B1.', 'Geen product geeft B1.')),
    h('dl', { class: 'facts' },
      h('dt', {}, L('Life cycle total', 'Totaal levenscyclus')), h('dd', {}, fmt.num(x.totalGram, 0) + ' g CO2-eq'),
      h('dt', {}, L('Shares', 'Aandelen')), h('dd', {}, phases.map((p) => p[1] + ' ' + fmt.percent(x[p[0] + 'Percent'])).join(' · ')),
      h('dt', {}, L('Per year of use', 'Per gebruiksjaar')), h('dd', {}, x.gramPerYearOfUse == null ? '—' : fmt.num(x.gramPerYearOfUse, 0) + ' g CO2-eq',
        x.productsWithoutLifetime ? L(` (${x.productsWithoutLifetime} product(s) without C1.1 left out)`, ` (${x.productsWithoutLifetime} product(en) zonder C1.1 niet meegeteld)`) : ''),
      h('dt', {}, L('Production against use (B1.1 / B1.3)', 'Productie tegen gebruik (B1.1 / B1.3)')), h('dd', {}, pu?.ratio == null ? '—' : fmt.num(pu.ratio, 2) + ' (' + fmt.num(pu.productionGram, 0) + ' g / ' + fmt.num(pu.useGram, 0) + ' g)')));
}

export function recoveryAndSubstances(a) {
  const r = a.recovery;
  const zzs = a.substancesOfVeryHighConcern || [];
  return section('an-rec-h', L('Recovery at recycling (A2) and substances of very high concern (A1.4)', 'Terugwinning bij recycling (A2) en zeer zorgwekkende stoffen (A1.4)'),
    h('dl', { class: 'facts' },
      h('dt', {}, L('Recovered', 'Teruggewonnen')), h('dd', {}, g(r.recoveredMassGram), ' ', L('of', 'van'), ' ', g(r.originalMassGram), ' = ', pct(r.percent), ' · ', L(`${r.productsReporting} product(s) report A2.1`, `${r.productsReporting} product(en) geven A2.1`)),
      h('dt', {}, L('Critical raw materials recovered', 'Kritieke grondstoffen teruggewonnen')), h('dd', {}, g(r.recoveredCriticalMassGram), ' ', L('of', 'van'), ' ', g(r.originalCriticalMassGram), ' = ', pct(r.criticalPercent)),
      h('dt', {}, L('Auxiliary materials (A3.1)', 'Hulpstoffen (A3.1)')), h('dd', {}, g(a.auxiliaryMassGram))),
    zzs.length ? table([
      { label: L('Substance', 'Stof'), rowHeader: true, cell: (s) => s.substance },
      { label: 'CAS', cell: (s) => s.cas || '—' },
      { label: L('List', 'Lijst'), cell: (s) => s.zzsList || '—' },
      { label: L('Mass', 'Massa'), num: true, cell: (s) => g(s.massGram) },
      { label: L('Products', 'Producten'), num: true, cell: (s) => fmt.num(s.products, 0) },
    ], zzs, { id: 'table-analysis-zzs' }) : h('p', {}, L('No substance of very high concern found.', 'Geen zeer zorgwekkende stof gevonden.')));
}

export function dataQuality(a) {
  const q = a.dataQuality;
  return section('an-dq-h', L('Data quality', 'Datakwaliteit'),
    h('dl', { class: 'facts', id: 'analysis-data-quality' },
      h('dt', {}, L('Measured / calculated / indicative / unlabelled', 'Gemeten / berekend / indicatief / zonder label')),
      h('dd', {}, [q.measuredPercent, q.calculatedPercent, q.indicativePercent, q.unlabelledPercent].map((x) => fmt.percent(x)).join(' / ')),
      h('dt', {}, L('With evidence', 'Met bewijs')), h('dd', {}, pct(q.withEvidencePercent)),
      h('dt', {}, L('Complete against the guideline version', 'Volledig tegen de leidraadversie')), h('dd', {}, pct(q.completePercent)),
      h('dt', {}, L('Missing required values', 'Ontbrekende verplichte waarden')), h('dd', {}, (q.missingRequired || []).map((c) => c.code + ' (' + c.products + ')').join(', ') || '—'),
      h('dt', {}, L('Claims that disagree with the register', 'Claims die afwijken van het register')), h('dd', {}, (q.derivationFindings || []).map((f) => f.rule + ' (' + f.products + ')').join(', ') || '—'),
      h('dt', {}, L('Open feedback', 'Openstaande terugkoppeling')), h('dd', {}, fmt.num(q.openFeedback, 0))));
}

export function findings(a) {
  return section('an-find-h', L('Findings of the analysis', 'Bevindingen van de analyse'), h('div', { id: 'analysis-findings' }, findingsList(a.findings)));
}

/** every analysis, in the order of guideline §3.2 */
export function analysisView(a) {
  return [keyFigures(a), composition(a), criticalRawMaterials(a), ghg(a), recoveryAndSubstances(a), dataQuality(a), findings(a)];
}
