// 4. MKI workbench: a project (or variant) with its object tree, MKI per object, chart per module, the lines with
// factors and findings; editing a line or an object recalculates at once; variants and their comparison.
import { L, fmt } from '../i18n.js';
import { h, add, clear, table, notice, errorNotice, findingsList, field, showProblem, clearErrors } from '../dom.js';
import { api, session } from '../api.js';
import { summary, moduleChart, objectTree, linesView, drawCharts } from './mki-result.js';

const enc = encodeURIComponent;

export async function render(view, [id], params, { navigate }) {
  const base = '/api/mki/projects/' + enc(id);
  let [project, result] = await Promise.all([api(base), api(base + '/result')]);
  const mayEdit = session.has('calculator') || session.has('admin');
  const state = { object: params.get('object') || '', section: params.get('section') || '', severity: params.get('severity') || '', text: '', sort: null, dir: 'asc', open: null };
  const info = project.project;

  add(view, h('p', { class: 'muted' }, h('a', { href: '/projects' }, L('MKI projects', 'MKI-projecten')), info.variantOf ? [' › ', h('a', { href: '/projects/' + enc(info.variantOf) }, L('original', 'origineel'))] : null),
    h('h1', { id: 'project-name' }, info.name),
    info.illustrative ? notice('warning', h('p', {}, h('strong', {}, L('Illustrative: ', 'Illustratief: ')), L('invented product cards and quantities, not NMD data.', 'verzonnen productkaarten en hoeveelheden, geen NMD-gegevens.'))) : null,
    h('dl', { class: 'facts' },
      info.variantLabel ? [h('dt', {}, L('Variant', 'Variant')), h('dd', { id: 'variant-label' }, info.variantLabel)] : null,
      h('dt', {}, L('Protocol version', 'Protocolversie')), h('dd', {}, project.document.protocolVersion),
      h('dt', {}, L('Shadow-price set', 'Schaduwprijsset')), h('dd', {}, project.document.weighting),
      h('dt', {}, L('Reference period', 'Referentieperiode')), h('dd', {}, fmt.years(project.document.serviceLifeYears)),
      h('dt', {}, L('Revision', 'Revisie')), h('dd', { id: 'revision' }, String(info.revision), ' · ', fmt.date(info.updatedAt), info.updatedBy ? ' · ' + info.updatedBy : '')),
    h('div', { class: 'actions' }, h('a', { class: 'button button--secondary', href: base + '/export', download: 'project.json' }, L('Download the project document (JSON)', 'Projectdocument downloaden (JSON)'))));
  if (!mayEdit) add(view, h('p', { class: 'muted' }, L('Sign in as a calculator to change lines and objects.', 'Meld u aan als rekenaar om regels en objecten te wijzigen.')));

  const live = h('div', { id: 'project-live' });
  const status = h('div', { 'aria-live': 'polite', id: 'recalc-status' });
  add(view, status, live);

  const draw = () => {
    clear(live,
      summary(result),
      moduleChart(result),
      h('div', { class: 'two-col' },
        h('section', { 'aria-labelledby': 'tree-h' }, h('h2', { id: 'tree-h' }, L('Objects', 'Objecten')),
          h('p', { class: 'muted' }, L('MKI of the object and everything below it; choose one to filter the lines.', 'MKI van het object en alles eronder; kies er een om de regels te filteren.')),
          objectTree(result, state.object, (o) => { state.object = o; draw(); }),
          mayEdit ? objectForm() : null),
        h('section', { 'aria-labelledby': 'lines-h' }, h('h2', { id: 'lines-h' }, L('Lines', 'Regels')),
          linesView(result, project.document, state, { onChange: (s) => { Object.assign(state, s); draw(); restoreFocus(); }, editLine: mayEdit ? editLine : null }))),
      h('section', { 'aria-labelledby': 'pf-h' }, h('h2', { id: 'pf-h' }, L('Findings of the calculation', 'Bevindingen van de berekening')), h('div', { id: 'project-findings' }, findingsList(result.findings))));
    drawCharts(live);
  };
  let focusSel = null;
  const restoreFocus = () => { if (focusSel) { live.querySelector(focusSel)?.focus(); } };
  live.addEventListener('focusin', (e) => { const t = e.target; focusSel = t.id ? '#' + CSS.escape(t.id) : t.dataset.sort ? `[data-sort="${t.dataset.sort}"]` : t.dataset.details ? `[data-details="${CSS.escape(t.dataset.details)}"]` : t.dataset.object ? `[data-object="${CSS.escape(t.dataset.object)}"]` : null; });

  async function recalc(message) {
    [project, result] = await Promise.all([api(base), api(base + '/result')]);
    view.querySelector('#revision').firstChild.textContent = String(project.project.revision);
    draw();
    status.replaceChildren(notice('ok', h('p', {}, message, ' ', L('New total: ', 'Nieuw totaal: '), h('strong', { id: 'recalc-total' }, fmt.euro(result.totalMkiEuro)))));
  }
  async function editLine(lineId, changes, form) {
    clearErrors(form);
    try {
      await api(`${base}/lines/${enc(lineId)}`, { method: 'PATCH', body: changes });
      await recalc(L(`Line ${lineId} changed and recalculated.`, `Regel ${lineId} gewijzigd en herberekend.`));
    } catch (err) { showProblem(form, err, () => L('Quantity', 'Hoeveelheid')); }
  }
  function objectForm() {
    const f = h('form', { id: 'object-form', novalidate: true }, h('h3', {}, L('Rename an object', 'Object hernoemen')),
      field({ label: L('Object', 'Object'), name: 'object', options: result.byObject.map((o) => [o.id, o.name]), value: state.object || result.byObject[0]?.id }),
      field({ label: L('New name', 'Nieuwe naam'), name: 'name', fieldPath: 'name' }),
      h('button', { type: 'submit', class: 'button button--secondary' }, L('Save and recalculate', 'Opslaan en herberekenen')));
    f.addEventListener('submit', async (e) => {
      e.preventDefault();
      try { await api(`${base}/objects/${enc(f.object.value)}`, { method: 'PATCH', body: { name: f.name.value } }); await recalc(L('Object renamed.', 'Object hernoemd.')); } catch (err) { showProblem(f, err, () => L('New name', 'Nieuwe naam')); }
    });
    return f;
  }

  // variants
  const vs = h('section', { 'aria-labelledby': 'variants-h' }, h('h2', { id: 'variants-h' }, L('Variants', 'Varianten')));
  add(view, vs);
  const original = info.variantOf || info.id;
  try {
    const variants = await api('/api/mki/projects/' + enc(original) + '/variants');
    const all = [{ id: original, name: L('original', 'origineel'), variantLabel: null }, ...variants.filter((v) => v.id !== original)];
    if (all.length > 1) {
      const form = h('form', { id: 'compare-form' },
        h('fieldset', {}, h('legend', {}, L('Choose two or more to compare side by side', 'Kies er twee of meer om naast elkaar te vergelijken')),
          h('div', { class: 'checks' }, all.map((v) => h('label', {}, h('input', { type: 'checkbox', name: 'ids', value: v.id, checked: true }), v.variantLabel || v.name, v.id === info.id ? ' (' + L('this page', 'deze pagina') + ')' : '')))),
        h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', id: 'compare-submit' }, L('Compare', 'Vergelijken'))));
      form.addEventListener('submit', (e) => { e.preventDefault(); const ids = [...form.querySelectorAll('input:checked')].map((i) => i.value); navigate(`/projects/${enc(original)}/compare?ids=${ids.map(enc).join(',')}`); });
      add(vs, table([
        { label: L('Variant', 'Variant'), cell: (v) => h('a', { href: '/projects/' + enc(v.id) }, v.variantLabel || v.name) },
        { label: L('Lines', 'Regels'), num: true, cell: (v) => v.lines != null ? fmt.num(v.lines, 0) : '—' },
        { label: L('Changed', 'Gewijzigd'), cell: (v) => fmt.date(v.updatedAt) },
      ], all.filter((v) => v.id !== original), { id: 'table-variants' }), form);
    } else add(vs, h('p', {}, L('No variants yet.', 'Nog geen varianten.')));
  } catch (e) { add(vs, errorNotice(e)); }
  if (mayEdit) {
    const vf = h('form', { id: 'variant-form', novalidate: true }, field({ label: L('Label of a new variant (a copy of this project)', 'Label van een nieuwe variant (een kopie van dit project)'), name: 'label', fieldPath: 'label', required: true }),
      h('button', { type: 'submit', class: 'button button--secondary', id: 'variant-create' }, L('Create variant', 'Variant maken')));
    vf.addEventListener('submit', async (e) => {
      e.preventDefault();
      try { const v = await api(base + '/variants', { method: 'POST', body: { label: vf.label.value } }); navigate('/projects/' + enc(v.project.id)); } catch (err) { showProblem(vf, err, () => L('Label', 'Label')); }
    });
    add(vs, vf);
  }
  // the contract's MKI after award: realisation, issued reports and their downloads live on the reports page
  add(view, h('section', { 'aria-labelledby': 'reports-h' }, h('h2', { id: 'reports-h' }, L('Contract and reports', 'Contract en rapportages')),
    h('p', {}, L('The promised MKI, the realisation per line, the plan of approach, progress and final reports with their Annex B and PDF.', 'De beloofde MKI, de realisatie per regel, het plan van aanpak, de voortgangs- en eindrapportages met hun Bijlage B en pdf.')),
    h('p', {}, h('a', { class: 'button button--secondary', href: '/projects/' + enc(info.id) + '/reports', id: 'reports-link' }, L('Open the MKI reports', 'Naar de MKI-rapportages')))));
  view._afterAttach = draw;
}
