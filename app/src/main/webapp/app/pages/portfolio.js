// 5. A portfolio: its items (passport, version, quantity), built from a search of the register; its §3.2 analyses
// as charts and tables; the Circular Due Diligence report as JSON, XLSX and PDF, previewed or issued.
import { L, fmt } from '../i18n.js';
import { h, add, table, figure, notice, errorNotice, field, showProblem, clearErrors, confirmDialog, downloadLink } from '../dom.js';
import { api, session } from '../api.js';
import { drawCharts } from '../charts.js';
import { analysisView } from './analysis-view.js';

const enc = encodeURIComponent;
let flash = null;

export async function render(view, [id], params, { navigate }) {
  const base = '/api/portfolios/' + enc(id);
  const [p, analysis, issued] = await Promise.all([api(base), api(base + '/analysis?products=1000'), api(base + '/due-diligence/reports').catch((e) => e)]);
  const me = session.me();
  const mayEdit = session.has('admin') || (session.has('submitter') && me?.organisationId === p.organisationId);
  const reload = (message) => { flash = message; navigate(location.pathname, { replace: true }); };
  const names = new Map((analysis.products || []).map((r) => [r.passportId, r]));

  add(view, h('p', { class: 'muted' }, h('a', { href: '/portfolios' }, L('Portfolios', 'Portfolio\'s'))),
    h('h1', { id: 'portfolio-name' }, p.name));
  if (flash) { add(view, h('div', { id: 'saved' }, notice('ok', h('p', {}, flash)))); flash = null; }
  add(view, h('dl', { class: 'facts' },
    h('dt', {}, L('Visibility', 'Zichtbaarheid')), h('dd', { id: 'portfolio-visibility' }, p.public ? L('public', 'openbaar') : L('private: the owner\'s organisation and the administrator only', 'besloten: alleen de organisatie van de eigenaar en de beheerder')),
    h('dt', {}, L('Items', 'Items')), h('dd', {}, figure(p.itemCount, fmt.num(p.itemCount, 0), { id: 'portfolio-items' })),
    h('dt', {}, L('Units of product', 'Aantal producten')), h('dd', {}, figure(analysis.scope.totalQuantity, fmt.num(analysis.scope.totalQuantity), { id: 'portfolio-quantity' })),
    h('dt', {}, L('Changed', 'Gewijzigd')), h('dd', {}, fmt.date(p.updatedAt))));

  // items, editable by the owner's submitters and the administrator
  const items = (p.items || []).map((i) => ({ passport: i.passport, version: i.version ?? null, quantity: i.quantity }));
  const put = async (nextItems, form, settings = {}) => {
    const body = { name: settings.name ?? p.name, public: settings.public ?? p.public, items: nextItems.map((i) => (i.version == null ? { passport: i.passport, quantity: i.quantity } : i)) };
    await api(base, { method: 'PUT', body });
  };
  const itemsSection = h('section', { 'aria-labelledby': 'items-h' }, h('h2', { id: 'items-h' }, L('Products in the portfolio', 'Producten in het portfolio')));
  if (!items.length) add(itemsSection, h('p', { id: 'no-items' }, L('No product yet.', 'Nog geen product.') + (mayEdit ? ' ' + L('Search the register below to add one.', 'Zoek hieronder in het register om er een toe te voegen.') : '')));
  else if (!mayEdit) {
    add(itemsSection, table([
      { label: L('Product', 'Product'), rowHeader: true, cell: (i) => h('a', { href: '/passports/' + enc(i.passport) }, names.get(i.passport)?.name || i.passport) },
      { label: L('Manufacturer', 'Fabrikant'), cell: (i) => names.get(i.passport)?.manufacturer || '—' },
      { label: L('Version', 'Versie'), cell: (i) => i.version == null ? L('latest', 'nieuwste') : String(i.version) },
      { label: L('Quantity', 'Aantal'), num: true, cell: (i) => figure(i.quantity, fmt.num(i.quantity)) },
    ], items, { id: 'table-items' }));
  } else {
    const form = h('form', { id: 'items-form', novalidate: true });
    const rows = items.map((i, k) => h('tr', {},
      h('th', { scope: 'row' }, h('a', { href: '/passports/' + enc(i.passport) }, names.get(i.passport)?.name || i.passport)),
      h('td', {}, names.get(i.passport)?.manufacturer || '—'),
      h('td', {}, i.version == null ? L('latest', 'nieuwste') : String(i.version)),
      h('td', {}, h('div', { class: 'field', dataset: { field: `items[${k}].quantity` }, style: 'margin:0' },
        h('label', { for: 'iq-' + k, class: 'visually-hidden' }, L('Quantity of ', 'Aantal van ') + (names.get(i.passport)?.name || i.passport)),
        h('input', { id: 'iq-' + k, type: 'number', step: 'any', name: 'q' + k, value: String(i.quantity), style: 'max-width:9rem' }))),
      h('td', {}, h('label', {}, h('input', { type: 'checkbox', name: 'remove' + k }), ' ', L('remove', 'verwijderen'), h('span', { class: 'visually-hidden' }, ' ' + (names.get(i.passport)?.name || i.passport))))));
    add(form, h('div', { class: 'table-scroll' }, h('table', { id: 'table-items' },
      h('thead', {}, h('tr', {}, [L('Product', 'Product'), L('Manufacturer', 'Fabrikant'), L('Version', 'Versie'), L('Quantity', 'Aantal'), L('Remove', 'Verwijderen')].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', id: 'items-submit' }, L('Save quantities and removals', 'Aantallen en verwijderingen opslaan'))));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const next = items.map((i, k) => ({ ...i, quantity: Number(form['q' + k].value), remove: form['remove' + k].checked }));
      const kept = next.filter((i) => !i.remove).map(({ remove, ...i }) => i);
      // the API names a refused item by its index in the list sent, which skips the removed rows
      let sent = 0;
      next.forEach((i, k) => { const f = form.querySelector('#iq-' + k).closest('.field'); if (i.remove) f.removeAttribute('data-field'); else f.dataset.field = `items[${sent++}].quantity`; });
      try { await put(kept, form); reload(L('The portfolio is saved.', 'Het portfolio is opgeslagen.')); } catch (err) { showProblem(form, err, (f) => itemLabel(f, kept, names)); }
    });
    add(itemsSection, form);
  }
  add(view, itemsSection);
  if (mayEdit) add(view, addFromRegister(items, put, reload), settingsForm(p, items, put, reload));

  // analyses
  add(view, h('section', { 'aria-labelledby': 'analysis-h', id: 'analysis' }, h('h2', { id: 'analysis-h' }, L('Analyses (guideline §3.2), weighted by quantity', 'Analyses (leidraad §3.2), gewogen naar aantal')),
    ...analysisView(analysis),
    analysis.products?.length ? h('section', { 'aria-labelledby': 'an-prod-h' }, h('h3', { id: 'an-prod-h' }, L('Per product', 'Per product')),
      table([
        { label: L('Product', 'Product'), rowHeader: true, cell: (r) => h('a', { href: `/passports/${enc(r.passportId)}/versions/${r.version}` }, r.name || r.passportId) },
        { label: L('Version', 'Versie'), num: true, cell: (r) => String(r.version) },
        { label: L('Quantity', 'Aantal'), num: true, cell: (r) => fmt.num(r.quantity) },
        { label: L('Mass per unit', 'Massa per stuk'), num: true, cell: (r) => fmt.gram(r.massGram) },
        { label: L('Lifetime (C1.1)', 'Levensduur (C1.1)'), num: true, cell: (r) => fmt.years(r.lifetimeYears) },
        { label: L('GHG per year of use', 'Broeikasgassen per gebruiksjaar'), num: true, cell: (r) => r.ghgGramPerYearOfUse == null ? '—' : fmt.num(r.ghgGramPerYearOfUse, 0) + ' g' },
        { label: L('CRM per year of use', 'Kritieke grondstoffen per gebruiksjaar'), num: true, cell: (r) => r.criticalGramPerYearOfUse == null ? '—' : fmt.num(r.criticalGramPerYearOfUse, 3) + ' g' },
        { label: L('Complete', 'Volledig'), cell: (r) => r.complete ? L('yes', 'ja') : L('no', 'nee') },
      ], analysis.products, { id: 'table-analysis-products' })) : null));

  add(view, dueDiligence(base, issued, mayEdit, reload));
  view._afterAttach = () => drawCharts(view);
}

function itemLabel(path, items, names) {
  const m = path.match(/^items\[(\d+)\]\.?(.*)$/);
  if (!m) return path;
  const i = items[Number(m[1])];
  return (i ? names.get(i.passport)?.name || i.passport : L('item ', 'item ') + m[1]) + (m[2] === 'quantity' ? ', ' + L('quantity', 'aantal') : m[2] ? ', ' + m[2] : '');
}

/** a search of the public register; each result can be added with a quantity */
function addFromRegister(items, put, reload) {
  const out = h('div', { id: 'add-results', 'aria-live': 'polite' });
  const form = h('form', { id: 'add-search', role: 'search', 'aria-label': L('Search passports to add', 'Paspoorten zoeken om toe te voegen') },
    h('div', { class: 'grid-form' }, field({ label: L('Search text', 'Zoektekst'), name: 'text', type: 'search', hint: L('Name, model, manufacturer, product id or group', 'Naam, model, fabrikant, product-id of productgroep') }),
      field({ label: L('Product group', 'Productgroep'), name: 'productGroup' })),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', id: 'add-search-submit' }, L('Search the register', 'Zoeken in het register'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const q = new URLSearchParams({ limit: '20' });
    if (form.text.value.trim()) q.set('text', form.text.value.trim());
    if (form.productGroup.value.trim()) q.set('productGroup', form.productGroup.value.trim());
    try {
      const page = await api('/api/passports?' + q);
      if (!page.items.length) { out.replaceChildren(h('p', {}, L('No published passport matches.', 'Geen gepubliceerd paspoort voldoet.'))); return; }
      const rows = page.items.map((r, k) => {
        const f = h('form', { class: 'actions', novalidate: true, dataset: { add: r.id }, style: 'margin:0' },
          h('div', { class: 'field', dataset: { field: `items[${items.length}].quantity` }, style: 'margin:0' },
            h('label', { for: 'aq-' + k }, L('Quantity', 'Aantal'), h('span', { class: 'visually-hidden' }, ' ' + r.name)),
            h('input', { id: 'aq-' + k, name: 'quantity', type: 'number', step: 'any', value: '1', style: 'max-width:8rem' })),
          h('button', { type: 'submit', class: 'button button--small', style: 'align-self:flex-end' }, L('Add', 'Toevoegen'), h('span', { class: 'visually-hidden' }, ' ' + r.name)));
        f.addEventListener('submit', async (ev) => {
          ev.preventDefault();
          clearErrors(f);
          // the same passport (latest version) again adds to its quantity; the item keeps "latest"
          const next = items.map((i) => ({ ...i }));
          const same = next.find((i) => i.passport === r.id && i.version == null);
          const quantity = Number(f.quantity.value);
          if (same) { same.quantity += quantity; f.querySelector('[data-field]').dataset.field = `items[${next.indexOf(same)}].quantity`; } else next.push({ passport: r.id, version: null, quantity });
          try { await put(next, f); reload(L(`${r.name} added.`, `${r.name} toegevoegd.`)); } catch (err) { showProblem(f, err, () => L('Quantity', 'Aantal')); }
        });
        return { r, f };
      });
      out.replaceChildren(table([
        { label: L('Product', 'Product'), rowHeader: true, cell: ({ r }) => h('a', { href: '/passports/' + enc(r.id), class: 'add-result' }, r.name) },
        { label: L('Manufacturer', 'Fabrikant'), cell: ({ r }) => r.manufacturer || '—' },
        { label: L('Product group', 'Productgroep'), cell: ({ r }) => r.productGroup || '—' },
        { label: L('Version', 'Versie'), num: true, cell: ({ r }) => String(r.latestPublishedVersion) },
        { label: L('Add to the portfolio', 'Aan het portfolio toevoegen'), cell: ({ f }) => f },
      ], rows, { id: 'table-add-results' }));
    } catch (err) { out.replaceChildren(errorNotice(err)); }
  });
  return h('section', { 'aria-labelledby': 'add-h' }, h('h2', { id: 'add-h' }, L('Add passports from the register', 'Paspoorten uit het register toevoegen')), form, out);
}

function settingsForm(p, items, put, reload) {
  const form = h('form', { id: 'portfolio-settings', novalidate: true },
    field({ label: L('Name', 'Naam'), name: 'name', value: p.name, fieldPath: 'name', required: true }),
    h('div', { class: 'checks' }, h('label', {}, h('input', { type: 'checkbox', name: 'public', checked: p.public }), L('Public: anyone may read it and its analyses', 'Openbaar: iedereen mag het en de analyses lezen'))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', id: 'portfolio-settings-submit' }, L('Save', 'Opslaan'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try { await put(items, form, { name: form.name.value, public: form.public.checked }); reload(L('The portfolio is saved.', 'Het portfolio is opgeslagen.')); } catch (err) { showProblem(form, err, () => L('Name', 'Naam')); }
  });
  return h('details', { class: 'panel' }, h('summary', { id: 'portfolio-settings-toggle' }, L('Name and visibility', 'Naam en zichtbaarheid')), form);
}

function dueDiligence(base, issued, mayEdit, reload) {
  const s = h('section', { 'aria-labelledby': 'cdd-h' }, h('h2', { id: 'cdd-h' }, L('Circular Due Diligence report', 'Circular Due Diligence-rapport')),
    h('p', {}, L('Exposure to critical raw materials and substances of very high concern, circular input and recovery, GHG per year of use, data quality and gaps, beside a financial due diligence (guideline §3.2). The preview is computed now; an issued report is numbered, immutable and hashed.',
      'Blootstelling aan kritieke grondstoffen en zeer zorgwekkende stoffen, circulaire inzet en terugwinning, broeikasgassen per gebruiksjaar, datakwaliteit en leemtes, naast een financiële due diligence (leidraad §3.2). De voorvertoning wordt nu berekend; een uitgegeven rapport is genummerd, onveranderlijk en gehasht.')),
    h('p', { class: 'actions', id: 'cdd-downloads' },
      downloadLink(base + '/due-diligence.xlsx', 'due-diligence.xlsx', { class: 'button button--secondary', id: 'cdd-xlsx' }, L('Preview as XLSX', 'Voorvertoning als XLSX')),
      downloadLink(base + '/due-diligence.pdf', 'due-diligence.pdf', { class: 'button button--secondary', id: 'cdd-pdf' }, L('Preview as PDF', 'Voorvertoning als PDF')),
      downloadLink(base + '/due-diligence', 'due-diligence.json', { class: 'button button--secondary', id: 'cdd-json' }, L('Preview as JSON', 'Voorvertoning als JSON'))));
  if (issued instanceof Error) add(s, errorNotice(issued));
  else if (issued.length) {
    add(s, table([
      { label: L('Report', 'Rapport'), rowHeader: true, cell: (r) => '#' + r.number },
      { label: L('Issued', 'Uitgegeven'), cell: (r) => fmt.date(r.issuedAt) },
      { label: L('Content hash (SHA-256)', 'Inhoudshash (SHA-256)'), cell: (r) => h('code', {}, r.contentSha256) },
      { label: L('Downloads', 'Downloads'), cell: (r) => [downloadLink(r.json, `due-diligence-${r.number}.json`, { dataset: { issuedJson: String(r.number) } }, 'JSON'), ' · ', downloadLink(r.xlsx, `due-diligence-${r.number}.xlsx`, {}, 'XLSX'), ' · ', downloadLink(r.pdf, `due-diligence-${r.number}.pdf`, { dataset: { issuedPdf: String(r.number) } }, 'PDF')] },
    ], issued, { id: 'table-cdd-issued', caption: L('Issued reports', 'Uitgegeven rapporten') }));
  } else add(s, h('p', {}, L('No report issued yet.', 'Nog geen rapport uitgegeven.')));
  if (mayEdit) {
    const form = h('form', { id: 'cdd-issue' }, h('button', { type: 'submit', class: 'button', id: 'cdd-issue-submit' }, L('Issue the report', 'Rapport uitgeven')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!await confirmDialog(L('Issue the report?', 'Het rapport uitgeven?'), h('p', {}, L('The report is numbered and frozen with its content hash; it cannot be changed afterwards.', 'Het rapport wordt genummerd en met zijn inhoudshash bevroren; daarna kan het niet meer worden gewijzigd.')), L('Issue', 'Uitgeven'))) return;
      try { const r = await api(base + '/due-diligence', { method: 'POST' }); reload(L(`Report ${r.number ?? ''} issued.`, `Rapport ${r.number ?? ''} uitgegeven.`)); } catch (err) { showProblem(form, err); }
    });
    add(s, form);
  }
  return s;
}
