// 1. A published passport (or version n): categories A, B, C of the guideline with every value, its unit, method,
// evidence and data quality; the register's derivations and findings beside the submitted values; completeness;
// versions with content hashes and a diff; charts; exports; feedback (condition 14).
import { L, fmt } from '../i18n.js';
import { h, add, table, figure, notice, errorNotice, findingsList, field, showProblem, clearErrors } from '../dom.js';
import { api } from '../api.js';
import { chart, drawCharts } from '../charts.js';
import { keyFigures, dataQuality } from './analysis-view.js';
import { session } from '../api.js';

const enc = encodeURIComponent;

export async function render(view, [id, n], params) {
  const base = '/api/passports/' + enc(id);
  const [p, versions, completeness, analysis] = await Promise.all([
    api(n ? base + '/versions/' + n : base),
    api(base + '/versions').catch((e) => e),
    api(base + '/completeness').catch((e) => e),
    api(base + '/analysis' + (n ? '?version=' + n : '')).catch((e) => e),
  ]);
  // a published version's own representation never changes, so the newest version comes from the version list
  const latest = Array.isArray(versions) ? Math.max(0, ...versions.filter((v) => v.status === 'published').map((v) => v.version))
    : (p.latestPublishedVersion || 0);
  const doc = p.document || {};
  const product = doc.product || {};
  const values = doc.values || {};
  const d = p.derived || {};
  const descriptions = Object.fromEntries((completeness.codes || []).map((c) => [c.code, c.description]));
  const title = (code, fallback) => h('h3', { id: 'code-' + code.replace('.', '-') }, code + ' — ' + (descriptions[code] || fallback || ''));

  add(view, 
    h('p', { class: 'muted' }, h('a', { href: '/passports' }, L('Passport register', 'Paspoortregister')), ' › ', product.productGroup || ''),
    h('h1', { id: 'passport-name' }, product.name || id),
    p.status === 'draft' ? notice('warning', h('p', {}, L('This is an unpublished draft, visible to its supplier only.', 'Dit is een ongepubliceerd concept, alleen zichtbaar voor de leverancier.'))) : null,
    n && latest > p.version ? notice('info', h('p', {}, L('You are reading version ', 'U leest versie ') + p.version + '. ',
      h('a', { href: '/passports/' + enc(id) }, L('The newest is version ', 'De nieuwste is versie ') + latest + '.'))) : null,
    h('dl', { class: 'facts', id: 'passport-facts' },
      h('dt', {}, L('Manufacturer', 'Fabrikant')), h('dd', {}, product.manufacturer || '—'),
      h('dt', {}, L('Model', 'Model')), h('dd', {}, product.model || '—'),
      h('dt', {}, L('Product id', 'Product-id')), h('dd', {}, h('code', {}, product.id || '—')),
      h('dt', {}, L('Supplied by', 'Aangeleverd door')), h('dd', {}, p.organisationName || '—'),
      h('dt', {}, L('Version', 'Versie')), h('dd', { id: 'passport-version' }, String(p.version), ' ', h('span', { class: 'badge badge--' + (p.status === 'published' ? 'ok' : 'warning') }, p.status === 'published' ? L('published', 'gepubliceerd') : L('draft', 'concept'))),
      h('dt', {}, L('Published', 'Gepubliceerd')), h('dd', {}, fmt.date(p.publishedAt), p.publishedBy ? ' · ' + p.publishedBy : ''),
      h('dt', {}, L('Content hash (SHA-256)', 'Inhoudshash (SHA-256)')), h('dd', {}, h('code', { id: 'content-hash' }, p.contentSha256 || '—')),
      h('dt', {}, L('Guideline version', 'Versie van de leidraad')), h('dd', {}, doc.guidelineVersion || '—'),
      h('dt', {}, L('Reference lists', 'Referentielijsten')), h('dd', {}, [d.crmList, d.zzsList].filter(Boolean).join(' · ') || '—'),
      h('dt', {}, L('Product mass', 'Productmassa')), h('dd', {}, figure(d.productMassGram, fmt.gram(d.productMassGram), { id: 'product-mass' }))),
    p.status === 'published' ? h('div', { class: 'actions' },
      h('a', { class: 'button button--secondary', href: base + '/export.jsonld?version=' + p.version, download: '', id: 'export-jsonld' }, L('Download JSON-LD', 'JSON-LD downloaden')),
      h('a', { class: 'button button--secondary', href: base + '/export.csv?version=' + p.version, download: '', id: 'export-csv' }, L('Download CSV', 'CSV downloaden')),
      h('a', { class: 'button button--secondary', href: '#feedback-h' }, L('Give feedback', 'Terugkoppeling geven'))) : null);

  // charts: material composition (A1.1), GHG per life-cycle phase (B1), critical raw materials per year of use
  const a11 = values['A1.1'] || [];
  const ghg = d.ghg;
  const crm = d.criticalRawMaterials || [];
  const charts = h('div', { class: 'cards-row', id: 'passport-charts' });
  if (a11.length) add(charts, chart({ name: 'composition', title: L('Material composition (A1.1), gram', 'Materiaalsamenstelling (A1.1), gram'), type: 'doughnut',
    labels: a11.map((m) => m.material), datasets: [{ label: L('mass', 'massa'), data: a11.map((m) => m.massGram) }], format: fmt.gram, labelHeader: L('Material', 'Materiaal') }));
  if (ghg) {
    const phases = [['production', L('production', 'productie')], ['transport', L('transport', 'transport')], ['use', L('use', 'gebruik')], ['recycling', L('recycling', 'recycling')]];
    add(charts, chart({ name: 'ghg', title: L('Greenhouse gases per life-cycle phase (B1), g CO2-eq', 'Broeikasgassen per levensfase (B1), g CO2-eq'),
      labels: phases.map((x) => x[1]), datasets: [{ label: 'g CO2-eq', data: phases.map((x) => ghg[x[0] + 'Gram'] ?? null) }], format: (x) => fmt.num(x, 0) + ' g', labelHeader: L('Phase', 'Fase') }));
  }
  if (crm.some((c) => c.gramPerYearOfUse != null)) add(charts, chart({ name: 'crm-per-year', title: L('Critical raw materials per year of use, gram', 'Kritieke grondstoffen per gebruiksjaar, gram'), horizontal: true,
    labels: crm.map((c) => c.material), datasets: [{ label: L('g per year', 'g per jaar'), data: crm.map((c) => c.gramPerYearOfUse) }], format: (x) => fmt.num(x, 2) + ' g', labelHeader: L('Material', 'Materiaal') }));
  add(view, h('h2', {}, L('At a glance', 'In één oogopslag')), charts);

  // category A
  const catA = h('section', { class: 'category', 'aria-labelledby': 'cat-a' }, h('h2', { id: 'cat-a' }, L('A — Raw materials', 'A — Grondstoffen')));
  add(catA, title('A1.1', L('all raw materials', 'alle grondstoffen')), amountTable(values['A1.1'], 'material', { id: 'table-A1-1' }));
  add(catA, title('A1.2', L('recycled raw materials', 'gerecyclede grondstoffen')),
    compareShares(values['A1.2'], d.recycled, L('% of product mass', '% van productmassa')),
    d.recycledPercentOfProduct != null ? h('p', {}, L('Recycled share of the product (register): ', 'Gerecycled aandeel van het product (register): '), h('strong', {}, figure(d.recycledPercentOfProduct, fmt.percent(d.recycledPercentOfProduct), { id: 'recycled-percent' }))) : null);
  add(catA, title('A1.3', L('critical raw materials', 'kritieke grondstoffen')),
    h('p', { class: 'muted' }, L('Derived by the register from A1.1 against ', 'Door het register afgeleid uit A1.1 tegen ') + (d.crmList || '—') + '.'),
    crm.length ? table([
      { label: L('Material', 'Materiaal'), cell: (c) => c.material },
      { label: 'CAS', cell: (c) => c.cas || '—' },
      { label: L('Mass', 'Massa'), num: true, cell: (c) => figure(c.massGram, fmt.gram(c.massGram)) },
      { label: L('On the list as', 'Op de lijst als'), cell: (c) => c.crm + (c.member ? ' (' + c.member + ')' : '') },
      { label: L('Matched by', 'Gevonden via'), cell: (c) => c.matchedBy },
      { label: L('Per year of use', 'Per gebruiksjaar'), num: true, cell: (c) => c.gramPerYearOfUse == null ? '—' : figure(c.gramPerYearOfUse, fmt.num(c.gramPerYearOfUse, 2) + ' g') },
    ], crm, { id: 'table-A1-3' }) : h('p', {}, L('No critical raw material found.', 'Geen kritieke grondstof gevonden.')),
    h('p', {}, L('Total mass of critical raw materials: ', 'Totale massa kritieke grondstoffen: '), h('strong', {}, figure(d.criticalMassGram, fmt.gram(d.criticalMassGram), { id: 'critical-mass' }))),
    values['A1.3'] ? [h('h4', {}, L('As submitted', 'Zoals aangeleverd')), amountTable(values['A1.3'], 'material')] : null);
  const zzs = d.substancesOfVeryHighConcern || [];
  add(catA, title('A1.4', L('substances of very high concern', 'zeer zorgwekkende stoffen')),
    h('p', { class: 'muted' }, L('Checked by CAS number against ', 'Op CAS-nummer gecontroleerd tegen ') + (d.zzsList || '—') + '.'),
    zzs.length ? table([
      { label: L('Substance', 'Stof'), cell: (z) => z.substance },
      { label: 'CAS', cell: (z) => z.cas || '—' },
      { label: L('Mass', 'Massa'), num: true, cell: (z) => figure(z.massGram, fmt.gram(z.massGram)) },
      { label: L('On the ZZS list', 'Op de ZZS-lijst'), cell: (z) => z.listed ? L('yes', 'ja') : L('no', 'nee') },
      { label: L('Regimes', 'Regimes'), cell: (z) => (z.regimes || []).join(', ') || '—' },
      { label: L('Source', 'Bron'), cell: (z) => z.source || '—' },
    ], zzs, { id: 'table-A1-4' }) : h('p', {}, L('No substance of very high concern declared or found.', 'Geen zeer zorgwekkende stof opgegeven of gevonden.')));
  add(catA, title('A2.1', L('recovered at recycling', 'teruggewonnen bij recycling')), compareShares(values['A2.1'], d.recovered, L('% of the original gram', '% van de oorspronkelijke grammen')));
  add(catA, title('A2.2', L('critical raw materials recovered', 'teruggewonnen kritieke grondstoffen')), compareShares(values['A2.2'], d.recoveredCritical, L('% of the original gram', '% van de oorspronkelijke grammen')));
  add(catA, title('A3.1', L('auxiliary raw materials', 'hulpgrondstoffen')), amountTable(values['A3.1'], 'material'));

  // category B
  const b1 = values.B1;
  const catB = h('section', { class: 'category', 'aria-labelledby': 'cat-b' }, h('h2', { id: 'cat-b' }, L('B — Environmental impact', 'B — Milieu-impact')));
  add(catB, h('h3', {}, 'B1.1–B1.4 — ' + L('greenhouse gases per life-cycle phase', 'broeikasgassen per levensfase')));
  if (b1 && ghg) {
    const rows = [['B1.1', 'production', L('production', 'productie')], ['B1.2', 'transport', L('transport', 'transport')], ['B1.3', 'use', L('use', 'gebruik')], ['B1.4', 'recycling', L('recycling', 'recycling')]];
    add(catB, table([
      { label: L('Code', 'Code'), cell: (r) => r[0] },
      { label: L('Phase', 'Fase'), cell: (r) => r[2] },
      { label: L('Submitted, g CO2-eq', 'Aangeleverd, g CO2-eq'), num: true, cell: (r) => ghg[r[1] + 'Gram'] == null ? '—' : figure(ghg[r[1] + 'Gram'], fmt.num(ghg[r[1] + 'Gram'], 3) + ' g', { dataset: { phase: r[1] } }) },
      { label: L('Share of life cycle (register)', 'Aandeel levenscyclus (register)'), num: true, cell: (r) => ghg[r[1] + 'Percent'] == null ? '—' : figure(ghg[r[1] + 'Percent'], fmt.percent(ghg[r[1] + 'Percent'])) },
    ], rows, { id: 'table-B1' }),
    h('dl', { class: 'facts' },
      h('dt', {}, L('Life-cycle total (register)', 'Totaal levenscyclus (register)')), h('dd', {}, figure(ghg.totalGram, fmt.num(ghg.totalGram, 3) + ' g CO2-eq', { id: 'ghg-total' })),
      h('dt', {}, L('Per year of use (register, ÷ C1.1)', 'Per gebruiksjaar (register, ÷ C1.1)')), h('dd', {}, ghg.gramPerYearOfUse == null ? '—' : figure(ghg.gramPerYearOfUse, fmt.num(ghg.gramPerYearOfUse, 0) + ' g CO2-eq', { id: 'ghg-per-year' })),
      h('dt', {}, L('Service life in the LCA', 'Levensduur in de LCA')), h('dd', {}, fmt.years(b1.serviceLifeYears)),
      h('dt', {}, L('Method', 'Methode')), h('dd', {}, b1.method || '—'),
      h('dt', {}, L('Explanation', 'Toelichting')), h('dd', {}, b1.explanation || '—')), meta(b1));
  } else {
    add(catB, h('p', {}, L('Not given.', 'Niet opgegeven.')));
  }
  const b2 = values['B2.1'];
  add(catB, title('B2.1', L('impact on biodiversity', 'impact op biodiversiteit')), b2 ? h('p', {}, figure(b2.value, fmt.num(b2.value, 12) + ' ' + b2.unit), ' · ', b2.method || '', meta(b2)) : h('p', {}, L('Not given.', 'Niet opgegeven.')));

  // category C
  const catC = h('section', { class: 'category', 'aria-labelledby': 'cat-c' }, h('h2', { id: 'cat-c' }, L('C — Lifetime and reuse', 'C — Levensduur en hergebruik')));
  const yearRows = ['C1.1', 'C1.2', 'C1.3', 'C1.4'].filter((c) => values[c]);
  add(catC, h('h3', {}, 'C1 — ' + L('lifetime, warranty and support', 'levensduur, garantie en ondersteuning')),
    yearRows.length ? table([
      { label: L('Code', 'Code'), cell: (c) => c },
      { label: L('What', 'Wat'), cell: (c) => descriptions[c] || '' },
      { label: L('Years', 'Jaren'), num: true, cell: (c) => figure(values[c].years, fmt.years(values[c].years)) },
      { label: L('Method and evidence', 'Methode en bewijs'), cell: (c) => meta(values[c]) },
    ], yearRows, { id: 'table-C1' }) : h('p', {}, L('Not given.', 'Niet opgegeven.')));
  for (const c of ['C2.1', 'C3.1', 'C4.1']) {
    add(catC, title(c), values[c] ? h('div', { class: 'value-block' }, h('p', {}, values[c].text), values[c].percent != null ? h('p', {}, figure(values[c].percent, fmt.percent(values[c].percent))) : null, meta(values[c])) : h('p', {}, L('Not given.', 'Niet opgegeven.')));
  }
  add(view, catA, catB, catC);

  // calculated methods sit beside the guideline's codes, labelled (guideline §3.3 condition 2)
  const calc = doc.calculatedMethods;
  if (calc && Object.keys(calc).length) {
    add(view, h('section', { class: 'category', 'aria-labelledby': 'calc-h' }, h('h2', { id: 'calc-h' }, L('Calculated with separate methods', 'Berekend met aparte methoden')),
      table([
        { label: L('Method', 'Methode'), cell: ([k, v]) => v.indicator || k },
        { label: L('Value', 'Waarde'), num: true, cell: ([, v]) => v.scorePercent != null ? figure(v.scorePercent, fmt.percent(v.scorePercent)) : v.score != null ? figure(v.score, fmt.num(v.score, 4)) : '—' },
        { label: L('Plugin', 'Plug-in'), cell: ([, v]) => (v.plugin || '') + ' ' + (v.pluginVersion || '') },
        { label: L('Note', 'Toelichting'), cell: ([, v]) => v.label || v.formula || '' },
      ], Object.entries(calc), { id: 'table-methods' })));
  }

  add(view, h('section', { 'aria-labelledby': 'findings-h' }, h('h2', { id: 'findings-h' }, L('Findings of the register', 'Bevindingen van het register')),
    h('div', { id: 'passport-findings' }, findingsList(p.findings))));

  // the §3.2 analyses of this one product, as a portfolio of one unit; a draft has none
  if (p.status === 'published') {
    add(view, h('section', { 'aria-labelledby': 'passport-analysis-h' }, h('h2', { id: 'passport-analysis-h' }, L('Analysis of one unit (guideline §3.2)', 'Analyse van één stuk (leidraad §3.2)')),
      analysis instanceof Error ? errorNotice(analysis) : [keyFigures(analysis), dataQuality(analysis)],
      addToPortfolio(id, p.version)));
  }

  // completeness
  const compl = h('section', { 'aria-labelledby': 'compl-h' }, h('h2', { id: 'compl-h' }, L('Completeness', 'Volledigheid')));
  if (completeness instanceof Error) add(compl, errorNotice(completeness));
  else {
    add(compl, h('p', { id: 'completeness-summary' }, completeness.complete
      ? h('span', { class: 'badge badge--ok' }, L('complete', 'volledig')) : h('span', { class: 'badge badge--warning' }, L('incomplete', 'onvolledig')),
    ' ', L(`Version ${completeness.version} against guideline version ${completeness.guidelineVersion}`, `Versie ${completeness.version} tegen leidraadversie ${completeness.guidelineVersion}`),
    completeness.missingRequired?.length ? '. ' + L('Missing required: ', 'Ontbrekend verplicht: ') + completeness.missingRequired.join(', ') : '.'),
    table([
      { label: L('Code', 'Code'), cell: (c) => c.code },
      { label: L('Requirement', 'Eis'), cell: (c) => ({ required: L('required', 'verplicht'), optional: L('optional', 'optioneel'), new: L('new in this version', 'nieuw in deze versie') }[c.requirement] || c.requirement) },
      { label: L('Status', 'Status'), cell: (c) => h('span', { class: 'badge badge--' + (c.status === 'missing' ? (c.requirement === 'required' ? 'error' : 'muted') : 'ok') }, ({ present: L('present', 'aanwezig'), derived: L('derived', 'afgeleid'), missing: L('missing', 'ontbreekt') }[c.status] || c.status)) },
      { label: L('What', 'Wat'), cell: (c) => c.description || '' },
    ], completeness.codes || [], { id: 'table-completeness' }));
  }
  add(view, compl);

  // versions and diff
  const vs = h('section', { 'aria-labelledby': 'versions-h' }, h('h2', { id: 'versions-h' }, L('Versions', 'Versies')));
  if (versions instanceof Error) add(vs, errorNotice(versions));
  else {
    const published = versions.filter((v) => v.status === 'published');
    add(vs, table([
      { label: L('Version', 'Versie'), cell: (v) => v.status === 'published' ? h('a', { href: `/passports/${enc(id)}/versions/${v.version}` }, String(v.version)) : String(v.version) + ' (' + L('draft', 'concept') + ')' },
      { label: L('Published', 'Gepubliceerd'), cell: (v) => fmt.date(v.publishedAt) },
      { label: L('By', 'Door'), cell: (v) => v.publishedBy || '—' },
      { label: L('Content hash (SHA-256)', 'Inhoudshash (SHA-256)'), cell: (v) => h('code', {}, v.contentSha256 || '—') },
    ], versions, { id: 'table-versions' }));
    if (published.length > 1) add(vs, diffForm(id, published, p.version));
  }
  add(view, vs);
  add(view, feedbackForm(id, p, Object.keys(values)));
  view._afterAttach = () => drawCharts(view);
}

function meta(v) {
  if (!v) return null;
  const ev = (v.evidence || []).map((e) => typeof e === 'string' ? e : e.ref + (e.sha256 ? ' (sha256 ' + e.sha256.slice(0, 12) + '…)' : ''));
  const parts = [];
  if (v.method) parts.push(L('method: ', 'methode: ') + v.method);
  if (v.dataQuality) parts.push(L('data quality: ', 'datakwaliteit: ') + ({ measured: L('measured', 'gemeten'), calculated: L('calculated', 'berekend'), indicative: L('indicative', 'indicatief') }[v.dataQuality] || v.dataQuality));
  if (ev.length) parts.push(L('evidence: ', 'bewijs: ') + ev.join(', '));
  return parts.length ? h('span', { class: 'muted' }, parts.join(' · ')) : h('span', { class: 'muted' }, L('no method given', 'geen methode opgegeven'));
}

function amountTable(items, nameKey, opts = {}) {
  if (!items || !items.length) return h('p', {}, L('Not given.', 'Niet opgegeven.'));
  return table([
    { label: nameKey === 'substance' ? L('Substance', 'Stof') : L('Material', 'Materiaal'), cell: (m) => m.material || m.substance },
    { label: 'CAS', cell: (m) => m.cas || '—' },
    { label: L('Mass', 'Massa'), num: true, cell: (m) => figure(m.massGram, fmt.gram(m.massGram)) },
    { label: L('Method', 'Methode'), cell: (m) => m.method || h('span', { class: 'muted' }, L('not given', 'niet opgegeven')) },
    { label: L('Data quality', 'Datakwaliteit'), cell: (m) => m.dataQuality || '—' },
    { label: L('Evidence', 'Bewijs'), cell: (m) => (m.evidence || []).map((e) => typeof e === 'string' ? e : e.ref).join(', ') || '—' },
  ], items, opts);
}

/** submitted gram and percent beside the register's own percent */
function compareShares(submitted, derived, pctLabel) {
  if (!submitted || !submitted.length) return h('p', {}, L('Not given.', 'Niet opgegeven.'));
  const byName = new Map((derived || []).map((s) => [s.material, s]));
  return table([
    { label: L('Material', 'Materiaal'), cell: (m) => m.material },
    { label: L('Mass', 'Massa'), num: true, cell: (m) => figure(m.massGram, fmt.gram(m.massGram)) },
    { label: L('Submitted ', 'Aangeleverd ') + pctLabel, num: true, cell: (m) => m.percent == null ? '—' : figure(m.percent, fmt.percent(m.percent)) },
    { label: L('Register ', 'Register ') + pctLabel, num: true, cell: (m) => { const s = byName.get(m.material); return s?.percent == null ? '—' : figure(s.percent, fmt.percent(s.percent)); } },
    { label: L('Method', 'Methode'), cell: (m) => m.method || h('span', { class: 'muted' }, L('not given', 'niet opgegeven')) },
  ], submitted);
}

function flatten(v, path, out) {
  if (v !== null && typeof v === 'object') {
    const entries = Array.isArray(v) ? v.map((x, i) => [path + '[' + i + ']', x]) : Object.entries(v).map(([k, x]) => [path ? path + '.' + k : k, x]);
    if (!entries.length) out.set(path, Array.isArray(v) ? '[]' : '{}');
    entries.forEach(([p, x]) => flatten(x, p, out));
  } else out.set(path, v);
  return out;
}

function diffForm(id, published, current) {
  const opts = published.map((v) => [v.version, L('version ', 'versie ') + v.version]);
  const from = field({ label: L('From version', 'Van versie'), name: 'from', options: opts, value: published[published.length - 2].version });
  const to = field({ label: L('To version', 'Naar versie'), name: 'to', options: opts, value: published[published.length - 1].version });
  const out = h('div', { id: 'diff-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'diff-form' }, h('h3', {}, L('Differences between two versions', 'Verschillen tussen twee versies')),
    h('div', { class: 'grid-form' }, from, to), h('div', { class: 'actions' }, h('button', { class: 'button button--secondary', type: 'submit', id: 'diff-submit' }, L('Show differences', 'Verschillen tonen'))), out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const [a, b] = [form.from.value, form.to.value];
    try {
      const [va, vb] = await Promise.all([a, b].map((n) => api(`/api/passports/${enc(id)}/versions/${n}`)));
      const fa = flatten(va.document, '', new Map());
      const fb = flatten(vb.document, '', new Map());
      const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort();
      const rows = keys.filter((k) => fa.get(k) !== fb.get(k)).map((k) => ({ k, a: fa.get(k), b: fb.get(k), kind: !fa.has(k) ? 'added' : !fb.has(k) ? 'removed' : 'changed' }));
      out.replaceChildren(
        h('p', {}, L(`Version ${a}: `, `Versie ${a}: `), h('code', {}, va.contentSha256), h('br'), L(`Version ${b}: `, `Versie ${b}: `), h('code', {}, vb.contentSha256)),
        rows.length ? table([
          { label: L('Field', 'Veld'), cell: (r) => h('code', {}, r.k) },
          { label: L('Change', 'Wijziging'), cell: (r) => ({ added: L('added', 'toegevoegd'), removed: L('removed', 'verwijderd'), changed: L('changed', 'gewijzigd') }[r.kind]) },
          { label: L('Version ', 'Versie ') + a, cell: (r) => r.a === undefined ? '—' : String(r.a) },
          { label: L('Version ', 'Versie ') + b, cell: (r) => r.b === undefined ? '—' : String(r.b) },
        ], rows, { id: 'table-diff', rowAttrs: (r) => ({ class: 'diff-' + r.kind }) }) : h('p', {}, L('The two versions have the same content.', 'De twee versies hebben dezelfde inhoud.')));
    } catch (err) { out.replaceChildren(errorNotice(err)); }
  });
  return form;
}

function feedbackForm(id, p, codes) {
  const done = h('div', { 'aria-live': 'polite', id: 'feedback-done' });
  const form = h('form', { id: 'feedback-form', novalidate: true },
    field({ label: L('About which value (optional)', 'Over welke waarde (optioneel)'), name: 'code', fieldPath: 'code', options: [['', L('the passport as a whole', 'het paspoort als geheel')], ...codes.map((c) => [c, c])] }),
    field({ label: L('Your feedback', 'Uw terugkoppeling'), name: 'text', fieldPath: 'text', multiline: true, required: true, hint: L('What is wrong or missing? The supplier reads it and answers with a status.', 'Wat klopt er niet of ontbreekt? De leverancier leest het en geeft een status.') }),
    h('div', { class: 'grid-form' },
      field({ label: L('Your name (optional)', 'Uw naam (optioneel)'), name: 'authorName', fieldPath: 'authorName' }),
      field({ label: L('How to reach you (optional)', 'Hoe u te bereiken bent (optioneel)'), name: 'authorContact', fieldPath: 'authorContact', type: 'email' })),
    h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'feedback-submit' }, L('Send feedback', 'Terugkoppeling versturen'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const body = { text: form.text.value, version: p.version };
    for (const k of ['code', 'authorName', 'authorContact']) if (form[k].value.trim()) body[k] = form[k].value.trim();
    try {
      const f = await api(`/api/passports/${enc(id)}/feedback`, { method: 'POST', body });
      form.reset();
      done.replaceChildren(notice('ok', h('p', {}, L('Thank you. Your feedback went to ', 'Dank u. Uw terugkoppeling is gestuurd naar ') + (p.organisationName || L('the supplier', 'de leverancier')) + L(`; its status is "${f.status}".`, `; de status is "${f.status}".`))));
    } catch (err) {
      showProblem(form, err, (f) => ({ text: L('Your feedback', 'Uw terugkoppeling'), code: L('Value', 'Waarde'), authorContact: L('Contact', 'Contact') }[f] || f));
    }
  });
  return h('section', { 'aria-labelledby': 'feedback-h' }, h('h2', { id: 'feedback-h', tabindex: '-1' }, L('Feedback to the supplier', 'Terugkoppeling aan de leverancier')),
    h('p', {}, L('Users of the data can tell the supplying organisation what is wrong or missing (guideline condition 14).', 'Gebruikers van de gegevens kunnen de leverancier laten weten wat niet klopt of ontbreekt (leidraad voorwaarde 14).')), form, done);
}

/** a submitter adds this passport to one of the organisation's portfolios (GET, then PUT with the item added) */
function addToPortfolio(id, version) {
  if (!session.has('submitter')) return h('p', { class: 'muted' }, h('a', { href: '/portfolios' }, L('Portfolios', 'Portfolio\'s')), L(': submitters add passports to their organisation\'s portfolios.', ': leveranciers voegen paspoorten toe aan de portfolio\'s van hun organisatie.'));
  const done = h('div', { 'aria-live': 'polite', id: 'add-to-portfolio-done' });
  const form = h('form', { id: 'add-to-portfolio', novalidate: true }, h('h3', {}, L('Add to a portfolio', 'Aan een portfolio toevoegen')));
  api('/api/portfolios').then((list) => {
    const own = list.filter((x) => x.organisationId === session.me()?.organisationId);
    if (!own.length) { add(form, h('p', {}, L('Your organisation has no portfolio yet. ', 'Uw organisatie heeft nog geen portfolio. '), h('a', { href: '/portfolios' }, L('Create one.', 'Maak er een.')))); return; }
    add(form, h('div', { class: 'grid-form' },
      field({ label: L('Portfolio', 'Portfolio'), name: 'portfolio', options: own.map((x) => [x.id, x.name]) }),
      field({ label: L('Quantity', 'Aantal'), name: 'quantity', type: 'number', value: '1', fieldPath: 'quantity' }),
      field({ label: L('Version', 'Versie'), name: 'version', options: [['', L('always the latest', 'steeds de nieuwste')], [String(version), L('this version ', 'deze versie ') + version]] })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', id: 'add-to-portfolio-submit' }, L('Add', 'Toevoegen'))));
  }).catch((e) => add(form, errorNotice(e)));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const pid = form.portfolio.value;
      const pf = await api('/api/portfolios/' + enc(pid));
      const items = (pf.items || []).map((i) => (i.version == null ? { passport: i.passport, quantity: i.quantity } : i));
      const item = { passport: id, quantity: Number(form.quantity.value) };
      if (form.version.value) item.version = Number(form.version.value);
      // the API names the new item by its index: the quantity field answers for it
      form.quantity.closest('.field').dataset.field = `items[${items.length}].quantity`;
      await api('/api/portfolios/' + enc(pid), { method: 'PUT', body: { name: pf.name, public: pf.public, items: [...items, item] } });
      done.replaceChildren(notice('ok', h('p', {}, L('Added to ', 'Toegevoegd aan '), h('a', { href: '/portfolios/' + enc(pid) }, pf.name), '.')));
    } catch (err) { showProblem(form, err, () => L('Quantity', 'Aantal')); }
  });
  return h('div', {}, form, done);
}
