// 2. Create and edit a draft by guideline code; each problem+json refusal is shown at the field it names.
// Publish with a confirmation that shows the content hash; the feedback inbox; attaching a method value.
import { L, fmt } from '../i18n.js';
import { h, add, table, notice, errorNotice, field, showProblem, clearErrors, confirmDialog, readFile } from '../dom.js';
import { api, session } from '../api.js';

const enc = encodeURIComponent;
const LISTS = ['A1.1', 'A1.2', 'A1.3', 'A1.4', 'A2.1', 'A2.2', 'A3.1'];
const WITH_PERCENT = new Set(['A1.2', 'A2.1', 'A2.2']);
const YEARS = ['C1.1', 'C1.2', 'C1.3', 'C1.4'];
const TEXTS = ['C2.1', 'C3.1', 'C4.1'];

export async function render(view, [id], params, { navigate }) {
  const isNew = id === 'new';
  if (!session.has('submitter')) {
    add(view, h('h1', {}, L('Passport', 'Paspoort')), notice('info', h('p', {}, h('a', { href: '/signin?next=' + enc(location.pathname) }, L('Sign in as a submitter to edit passports.', 'Meld u aan als aanleveraar om paspoorten te bewerken.')))));
    return;
  }
  const guidelines = await api('/api/guideline/versions');
  let p = null;
  if (!isNew) {
    p = await api('/api/passports/' + enc(id));
    if (p.status === 'published' && p.draftVersion) p = await api('/api/passports/' + enc(id) + '?draft=true');
  }
  const doc = p?.document || { product: {}, values: {} };
  const gv = guidelines.find((g) => g.id === doc.guidelineVersion) || guidelines[guidelines.length - 1];
  const codesOf = new Set([...(gv?.required || []), ...(gv?.optional || []), ...(gv?.added || [])]);

  add(view, h('p', { class: 'muted' }, h('a', { href: '/submit' }, L('My passports', 'Mijn paspoorten'))),
    h('h1', {}, isNew ? L('New passport', 'Nieuw paspoort') : (doc.product?.name || id)));
  if (params.get('saved')) add(view, notice('ok', h('p', { id: 'saved-notice' }, L(`Draft of version ${p.version} saved.`, `Concept van versie ${p.version} opgeslagen.`))));
  if (p) {
    add(view, h('p', { id: 'edit-status' }, p.status === 'draft'
      ? [h('span', { class: 'badge badge--warning' }, L('draft', 'concept')), ' ', L(`version ${p.version}, last saved ${fmt.date(p.updatedAt)}`, `versie ${p.version}, laatst opgeslagen ${fmt.date(p.updatedAt)}`)]
      : [h('span', { class: 'badge badge--ok' }, L('published', 'gepubliceerd')), ' ', L(`version ${p.version}; saving creates the draft of version ${p.version + 1}`, `versie ${p.version}; opslaan maakt het concept van versie ${p.version + 1}`)],
    p.latestPublishedVersion ? [' · ', h('a', { href: '/passports/' + enc(id) }, L('public page', 'openbare pagina'))] : null));
  }

  const form = h('form', { id: 'passport-form', novalidate: true });
  const labelOf = (path) => path.replace(/^values\./, '').replace(/^product\./, L('product ', 'product '));
  add(form,
    h('fieldset', {}, h('legend', {}, L('Product', 'Product')), h('div', { class: 'grid-form' },
      field({ label: L('Name', 'Naam'), name: 'product.name', fieldPath: 'product.name', value: doc.product?.name, required: true }),
      field({ label: L('Product id (e.g. urn:gtin:…)', 'Product-id (bijv. urn:gtin:…)'), name: 'product.id', fieldPath: 'product.id', value: doc.product?.id }),
      field({ label: L('Model', 'Model'), name: 'product.model', fieldPath: 'product.model', value: doc.product?.model }),
      field({ label: L('Manufacturer', 'Fabrikant'), name: 'product.manufacturer', fieldPath: 'product.manufacturer', value: doc.product?.manufacturer }),
      field({ label: L('Product group', 'Productgroep'), name: 'product.productGroup', fieldPath: 'product.productGroup', value: doc.product?.productGroup }),
      field({ label: L('Product mass, gram', 'Productmassa, gram'), name: 'massGram', fieldPath: 'massGram', type: 'number', value: doc.massGram }),
      field({ label: L('Guideline version', 'Leidraadversie'), name: 'guidelineVersion', fieldPath: 'guidelineVersion', value: gv?.id, options: guidelines.map((g) => [g.id, g.id + ' — ' + g.title]) }))));

  const values = doc.values || {};
  const cat = (title) => h('h2', {}, title);
  add(form, cat(L('A — Raw materials (gram each)', 'A — Grondstoffen (gram per stuk)')));
  for (const code of LISTS) add(form, listFieldset(code, values[code] || [], codesOf.has(code)));
  add(form, cat(L('B — Environmental impact', 'B — Milieu-impact')));
  const b1 = values.B1 || {};
  add(form, h('fieldset', { dataset: { field: 'values.B1' } }, h('legend', {}, 'B1.1–B1.4 — ' + L('greenhouse gases per phase, gram CO2-eq', 'broeikasgassen per fase, gram CO2-eq')), h('div', { class: 'grid-form' },
    ['productionGram', 'transportGram', 'useGram', 'recyclingGram', 'serviceLifeYears'].map((k) => field({ label: { productionGram: L('Production (B1.1), g', 'Productie (B1.1), g'), transportGram: L('Transport (B1.2), g', 'Transport (B1.2), g'), useGram: L('Use (B1.3), g', 'Gebruik (B1.3), g'), recyclingGram: L('Recycling (B1.4), g', 'Recycling (B1.4), g'), serviceLifeYears: L('Service life in the LCA, years', 'Levensduur in de LCA, jaar') }[k], name: 'B1.' + k, fieldPath: 'values.B1.' + k, type: 'number', value: b1[k] })),
    field({ label: L('Method (e.g. PEF EF 3.1)', 'Methode (bijv. PEF EF 3.1)'), name: 'B1.method', fieldPath: 'values.B1.method', value: b1.method })),
    field({ label: L('Explanation of the calculation', 'Toelichting op de berekening'), name: 'B1.explanation', fieldPath: 'values.B1.explanation', value: b1.explanation, multiline: true })));
  const b2 = values['B2.1'] || {};
  add(form, h('fieldset', { dataset: { field: 'values.B2.1' } }, h('legend', {}, 'B2.1 — ' + L('impact on biodiversity', 'impact op biodiversiteit')), h('div', { class: 'grid-form' },
    field({ label: L('Value', 'Waarde'), name: 'B2.1.value', fieldPath: 'values.B2.1.value', type: 'number', value: b2.value }),
    field({ label: L('Unit (e.g. species.yr)', 'Eenheid (bijv. species.yr)'), name: 'B2.1.unit', fieldPath: 'values.B2.1.unit', value: b2.unit }),
    field({ label: L('Method (e.g. ReCiPe 2016 H)', 'Methode (bijv. ReCiPe 2016 H)'), name: 'B2.1.method', fieldPath: 'values.B2.1.method', value: b2.method }))));
  add(form, cat(L('C — Lifetime and reuse', 'C — Levensduur en hergebruik')));
  add(form, h('fieldset', {}, h('legend', {}, 'C1 — ' + L('years', 'jaren')), h('div', { class: 'grid-form' },
    YEARS.map((c) => field({ label: c + ' ' + { 'C1.1': L('actual lifetime', 'werkelijke levensduur'), 'C1.2': L('warranty', 'garantie'), 'C1.3': L('product support', 'productondersteuning'), 'C1.4': L('software support', 'softwareondersteuning') }[c] + L(', years', ', jaar'), name: c + '.years', fieldPath: `values.${c}.years`, type: 'number', value: values[c]?.years })))));
  for (const c of TEXTS) {
    add(form, h('fieldset', { dataset: { field: 'values.' + c } }, h('legend', {}, c + ' — ' + { 'C2.1': L('reuse of parts', 'hergebruik van onderdelen'), 'C3.1': L('use of recycled raw materials', 'toepassing gerecyclede grondstoffen'), 'C4.1': L('alternative materials', 'alternatieve materialen') }[c]),
      field({ label: L('Description', 'Beschrijving'), name: c + '.text', fieldPath: `values.${c}.text`, value: values[c]?.text, multiline: true }),
      c === 'C2.1' ? field({ label: L('Share, %', 'Aandeel, %'), name: c + '.percent', fieldPath: `values.${c}.percent`, type: 'number', value: values[c]?.percent }) : null));
  }
  // values the form has no fields for (e.g. calculatedMethods, codes a guideline version added) are kept as they are
  add(form, h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'save-draft' }, L('Save draft', 'Concept opslaan'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const body = collect(form, doc);
    try {
      const saved = isNew ? await api('/api/passports', { method: 'POST', body }) : await api('/api/passports/' + enc(id), { method: 'PUT', body });
      navigate('/submit/' + enc(saved.id) + '?saved=1', { replace: !isNew });
    } catch (err) {
      showProblem(form, err, labelOf);
    }
  });
  add(view, form);

  if (p) {
    add(view, publishSection(id, p, navigate), await inbox(id), methodSection(id, navigate));
  }
}

function listFieldset(code, items, inGuideline) {
  const nameKey = code === 'A1.4' ? 'substance' : 'material';
  const rows = h('div', { class: 'rows' });
  const fs = h('fieldset', { dataset: { field: 'values.' + code, code } }, h('legend', {}, code + (inGuideline ? '' : ' ' + L('(not in this guideline version)', '(niet in deze leidraadversie)'))), rows);
  const addRow = (m = {}) => {
    const i = rows.children.length;
    const p = `values.${code}[${i}]`;
    const row = h('div', { class: 'grid-form row', dataset: { field: p } },
      field({ label: nameKey === 'substance' ? L('Substance', 'Stof') : L('Material', 'Materiaal'), name: `${code}.${i}.${nameKey}`, fieldPath: `${p}.${nameKey}`, value: m[nameKey] }),
      field({ label: 'CAS', name: `${code}.${i}.cas`, fieldPath: `${p}.cas`, value: m.cas }),
      field({ label: L('Mass, gram', 'Massa, gram'), name: `${code}.${i}.massGram`, fieldPath: `${p}.massGram`, type: 'number', value: m.massGram }),
      WITH_PERCENT.has(code) || code === 'A1.2' ? field({ label: '%', name: `${code}.${i}.percent`, fieldPath: `${p}.percent`, type: 'number', value: m.percent }) : null,
      field({ label: L('Method', 'Methode'), name: `${code}.${i}.method`, fieldPath: `${p}.method`, value: m.method }),
      field({ label: L('Data quality', 'Datakwaliteit'), name: `${code}.${i}.dataQuality`, fieldPath: `${p}.dataQuality`, value: m.dataQuality, options: [['', '—'], ['measured', L('measured', 'gemeten')], ['calculated', L('calculated', 'berekend')], ['indicative', L('indicative', 'indicatief')]] }),
      field({ label: L('Evidence (comma separated)', 'Bewijs (kommagescheiden)'), name: `${code}.${i}.evidence`, fieldPath: `${p}.evidence`, value: (m.evidence || []).filter((e) => typeof e === 'string').join(', ') }));
    row._extra = m;
    rows.append(row);
  };
  items.forEach(addRow);
  add(fs, h('button', { type: 'button', class: 'button button--secondary button--small', onclick: () => addRow(), 'aria-label': L('Add a row to ', 'Rij toevoegen aan ') + code }, L('Add row', 'Rij toevoegen')));
  return fs;
}

const num = (v) => (v === '' || v === undefined ? undefined : Number(v));
const str = (v) => (v === undefined || v.trim() === '' ? undefined : v.trim());
function prune(o) { Object.keys(o).forEach((k) => o[k] === undefined && delete o[k]); return o; }

function collect(form, doc) {
  const val = (n) => form.elements[n]?.value;
  const out = { ...doc, product: prune({ ...doc.product, id: str(val('product.id')), name: str(val('product.name')), model: str(val('product.model')), manufacturer: str(val('product.manufacturer')), productGroup: str(val('product.productGroup')) }) };
  out.massGram = num(val('massGram'));
  out.guidelineVersion = val('guidelineVersion');
  const values = { ...(doc.values || {}) };
  for (const fs of form.querySelectorAll('fieldset[data-code]')) {
    const code = fs.dataset.code;
    const key = code === 'A1.4' ? 'substance' : 'material';
    const items = [...fs.querySelectorAll('.row')].map((row, i) => {
      const g = (k) => form.elements[`${code}.${i}.${k}`]?.value;
      const ev = str(g('evidence') || '');
      const objectEvidence = (row._extra.evidence || []).filter((e) => typeof e !== 'string');
      return prune({ ...row._extra, [key]: str(g(key) || ''), cas: str(g('cas') || ''), massGram: num(g('massGram')), percent: num(g('percent')), method: str(g('method') || ''), dataQuality: str(g('dataQuality') || ''),
        evidence: ev || objectEvidence.length ? [...(ev ? ev.split(',').map((s) => s.trim()).filter(Boolean) : []), ...objectEvidence] : undefined });
    }).filter((m) => Object.keys(m).length);
    if (items.length) values[code] = items; else delete values[code];
  }
  const b1 = prune({ ...(values.B1 || {}), productionGram: num(val('B1.productionGram')), transportGram: num(val('B1.transportGram')), useGram: num(val('B1.useGram')), recyclingGram: num(val('B1.recyclingGram')), serviceLifeYears: num(val('B1.serviceLifeYears')), method: str(val('B1.method')), explanation: str(val('B1.explanation')) });
  if (Object.keys(b1).length) values.B1 = b1; else delete values.B1;
  const b2 = prune({ ...(values['B2.1'] || {}), value: num(val('B2.1.value')), unit: str(val('B2.1.unit')), method: str(val('B2.1.method')) });
  if (Object.keys(b2).length) values['B2.1'] = b2; else delete values['B2.1'];
  for (const c of YEARS) { const y = num(val(c + '.years')); if (y !== undefined) values[c] = { ...(values[c] || {}), years: y }; else delete values[c]; }
  for (const c of TEXTS) {
    const t = prune({ ...(values[c] || {}), text: str(val(c + '.text')), percent: c === 'C2.1' ? num(val(c + '.percent')) : values[c]?.percent });
    if (t.text !== undefined || t.percent !== undefined) values[c] = t; else delete values[c];
  }
  out.values = values;
  return prune(out);
}

function publishSection(id, p, navigate) {
  const s = h('section', { 'aria-labelledby': 'publish-h' }, h('h2', { id: 'publish-h' }, L('Publish', 'Publiceren')));
  const result = h('div', { 'aria-live': 'polite', id: 'publish-result' });
  if (p.status !== 'draft') {
    add(s, h('p', {}, L('There is no draft to publish. Save the form above to start the draft of the next version.', 'Er is geen concept om te publiceren. Sla het formulier hierboven op om het concept van de volgende versie te beginnen.')));
    return s;
  }
  add(s, h('p', {}, L(`Publishing makes version ${p.version} public and immutable; the register records its content hash (SHA-256).`, `Publiceren maakt versie ${p.version} openbaar en onveranderlijk; het register legt de inhoudshash (SHA-256) vast.`)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'button', id: 'publish', onclick: async () => {
        const ok = await confirmDialog(L(`Publish version ${p.version}?`, `Versie ${p.version} publiceren?`),
          h('p', {}, L('Anyone can read it afterwards and it cannot be changed; corrections become a new version.', 'Daarna kan iedereen het lezen en kan het niet meer veranderen; correcties worden een nieuwe versie.')), L('Publish', 'Publiceren'));
        if (!ok) return;
        try {
          const pub = await api('/api/passports/' + enc(id) + '/publish', { method: 'POST' });
          result.replaceChildren(notice('ok', h('p', {}, L(`Version ${pub.version} is published.`, `Versie ${pub.version} is gepubliceerd.`)),
            h('p', {}, L('Content hash (SHA-256): ', 'Inhoudshash (SHA-256): '), h('code', { id: 'published-hash' }, pub.contentSha256)),
            h('p', {}, h('a', { href: `/passports/${enc(id)}/versions/${pub.version}`, id: 'published-link' }, L('Open the public page of this version', 'Open de openbare pagina van deze versie')))));
          s.querySelector('#publish').disabled = true;
          s.querySelector('#discard').remove();
          result.querySelector('a').focus();
        } catch (err) { result.replaceChildren(errorNotice(err)); }
      } }, L(`Publish version ${p.version}…`, `Versie ${p.version} publiceren…`)),
      h('button', { type: 'button', class: 'button button--secondary', id: 'discard', onclick: async () => {
        if (!await confirmDialog(L('Discard this draft?', 'Dit concept weggooien?'), h('p', {}, L('Published versions stay.', 'Gepubliceerde versies blijven.')), L('Discard', 'Weggooien'))) return;
        try { await api('/api/passports/' + enc(id) + '/draft', { method: 'DELETE' }); navigate('/submit'); } catch (err) { result.replaceChildren(errorNotice(err)); }
      } }, L('Discard draft', 'Concept weggooien'))), result);
  return s;
}

async function inbox(id) {
  const s = h('section', { 'aria-labelledby': 'inbox-h' }, h('h2', { id: 'inbox-h' }, L('Feedback inbox', 'Terugkoppeling')));
  let items;
  try { items = await api('/api/passports/' + enc(id) + '/feedback'); } catch (e) { return add(s, errorNotice(e)); }
  if (!items.length) return add(s, h('p', {}, L('No feedback on this passport.', 'Geen terugkoppeling op dit paspoort.')));
  const statuses = ['open', 'acknowledged', 'resolved', 'rejected'];
  const label = (st) => ({ open: L('open', 'open'), acknowledged: L('acknowledged', 'in behandeling'), resolved: L('resolved', 'opgelost'), rejected: L('rejected', 'afgewezen') }[st] || st);
  add(s, table([
    { label: L('Received', 'Ontvangen'), cell: (f) => fmt.date(f.createdAt) },
    { label: L('Version · code', 'Versie · code'), cell: (f) => (f.version || '—') + ' · ' + (f.code || '—') },
    { label: L('Feedback', 'Terugkoppeling'), cell: (f) => [f.text, f.authorName ? h('br') : null, f.authorName ? h('span', { class: 'muted' }, f.authorName + (f.authorContact ? ', ' + f.authorContact : '')) : null] },
    { label: L('Status', 'Status'), cell: (f) => {
      const sel = h('select', { 'aria-label': L('Status of feedback from ', 'Status van terugkoppeling van ') + fmt.date(f.createdAt) }, statuses.map((st) => h('option', { value: st, selected: st === f.status }, label(st))));
      const note = h('input', { type: 'text', 'aria-label': L('Note', 'Notitie'), value: f.statusNote || '', placeholder: L('note', 'notitie') });
      const msg = h('span', { 'aria-live': 'polite' });
      return h('div', {}, sel, ' ', note, ' ', h('button', { type: 'button', class: 'button button--small', onclick: async () => {
        try { const r = await api(`/api/passports/${enc(id)}/feedback/${enc(f.id)}`, { method: 'PUT', body: { status: sel.value, note: note.value || undefined } }); msg.textContent = L('saved: ', 'opgeslagen: ') + label(r.status); } catch (e) { msg.textContent = e.message; }
      } }, L('Save', 'Opslaan')), ' ', msg);
    } },
  ], items, { id: 'feedback-inbox' }));
  return s;
}

function methodSection(id, navigate) {
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'method-form', novalidate: true },
    field({ label: L('Method', 'Methode'), name: 'method', fieldPath: 'method', options: [['cpf', 'CPF / CPFx (Kringloop CPF)'], ['emf-mci', 'EMF Material Circularity Indicator']] }),
    field({ label: L('Bill of materials (JSON)', 'Stuklijst (JSON)'), name: 'bill', fieldPath: 'bill', multiline: true, hint: L('As for POST /api/circularity/{method}: components, secondary inputs, disassemblies. Or choose a file below.', 'Zoals bij POST /api/circularity/{method}: componenten, secundaire inputs, demontages. Of kies hieronder een bestand.') }),
    field({ label: L('…or a JSON file', '…of een JSON-bestand'), name: 'billFile', type: 'file', attrs: { accept: '.json,application/json' } }),
    h('div', { class: 'actions' }, h('button', { class: 'button button--secondary', type: 'submit' }, L('Calculate and attach', 'Berekenen en toevoegen'))), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const text = form.billFile.files[0] ? await readFile(form.billFile.files[0]) : form.bill.value;
      const r = await api(`/api/passports/${enc(id)}/methods/${enc(form.method.value)}`, { method: 'POST', body: text });
      const m = r.document?.calculatedMethods?.[form.method.value] || {};
      result.replaceChildren(notice('ok', h('p', {}, L(`Attached to the draft of version ${r.version}: `, `Toegevoegd aan het concept van versie ${r.version}: `), h('strong', {}, m.scorePercent != null ? fmt.percent(m.scorePercent) : fmt.num(m.score ?? m.mci, 4)), ` (${m.plugin || ''} ${m.pluginVersion || ''}).`)));
    } catch (err) { showProblem(form, err, (f) => L('Bill of materials, ', 'Stuklijst, ') + f); }
  });
  return h('section', { 'aria-labelledby': 'method-h' }, h('h2', { id: 'method-h' }, L('Attach a calculated method value', 'Berekende methodewaarde toevoegen')),
    h('p', {}, L('A circularity value (CPF, MCI) is calculated by its plugin and kept beside the guideline\'s codes, labelled as a separate method (guideline §3.3 condition 2).', 'Een circulariteitswaarde (CPF, MCI) wordt door de plug-in berekend en naast de codes van de leidraad bewaard, gelabeld als aparte methode (leidraad §3.3 voorwaarde 2).')), form);
}
