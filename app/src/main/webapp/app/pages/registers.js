// 4. The registers kept for the MKI reports (RWS MKI protocol 4.0 §4.2–§4.4, §2.3e, §2.4): every entry dated, with
// its author and status, editable until a report freezes a copy. Scope changes and measures are modelled as a
// variant of the project, so the API computes their MKI effect; it is never typed in.
import { L, fmt } from '../i18n.js';
import { h, add, table, figure, field, showProblem, clearErrors, confirmDialog, errorNotice } from '../dom.js';
import { api } from '../api.js';

const enc = encodeURIComponent;

// the fields a person fills in per register, in the order of GET /api/mki/projects/{id}/registers; types:
// text (default), long, number, date, list (comma separated), bool, variant (one of the project's variants)
const REGISTERS = [
  ['scope-changes', () => L('Scope changes (§4.3g, §4.4e)', 'Scopewijzigingen (§4.3g, §4.4e)'), ['proposed', 'agreed', 'rejected'], [['title', 'text', true], ['description', 'long'], ['variant', 'variant', true]]],
  ['measures', () => L('Sustainability measures (§4.2d, §4.3c, §4.4i)', 'Duurzaamheidsmaatregelen (§4.2d, §4.3c, §4.4i)'), ['planned', 'applied', 'dropped'], [['title', 'text', true], ['description', 'long'], ['improvement', 'bool'], ['variant', 'variant', true]]],
  ['risks', () => L('Largest risks and control measures (§4.2e, §4.3d)', 'Grootste risico\'s en beheersmaatregelen (§4.2e, §4.3d)'), ['open', 'controlled', 'closed', 'occurred'], [['risk', 'text', true], ['controlMeasure', 'text', true], ['mkiAtRiskEuro', 'number'], ['progress', 'long']]],
  ['deviations', () => L('Deviations from the working method (§4.3b, §4.4f)', 'Afwijkingen van de werkwijze (§4.3b, §4.4f)'), ['open', 'resolved'], [['description', 'long', true], ['section', 'text'], ['resolution', 'long']]],
  ['representativeness', () => L('Representativeness per card and LCA phase (§4.2c)', 'Representativiteit per kaart en LCA-fase (§4.2c)'), ['draft', 'submitted', 'accepted'], [['card', 'text', true], ['argument', 'long', true], ['phases', 'list']]],
  ['alternative-cards', () => L('Alternative cards for products missing from the NMD (§4.3f)', 'Alternatieve kaarten voor producten die in de NMD ontbreken (§4.3f)'), ['proposed', 'accepted', 'rejected'], [['product', 'text', true], ['card', 'text', true], ['argument', 'long', true]]],
  ['reference-cards', () => L('Reference cards of category 1 data (§4.4d)', 'Referentiekaarten van categorie 1-gegevens (§4.4d)'), ['draft', 'final'], [['card', 'text', true], ['referenceCard', 'text', true], ['explanation', 'long']]],
  ['recommendations', () => L('Recommendations for future projects (§4.4k)', 'Aanbevelingen voor toekomstige projecten (§4.4k)'), ['draft', 'final'], [['text', 'long', true]]],
  ['energy', () => L('Yearly energy use of the maintenance period (§4.4j)', 'Jaarlijks energiegebruik in de onderhoudsperiode (§4.4j)'), ['estimated', 'measured'], [['description', 'text', true], ['yearlyConsumptionKwh', 'number', true], ['yearlyGenerationKwh', 'number'], ['substantiation', 'long', true]]],
  ['evidence', () => L('Evidence (§4.3e, §4.4c, §2.3e, §2.4)', 'Bewijs (§4.3e, §4.4c, §2.3e, §2.4)'), ['handed-over', 'accepted', 'rejected', 'pending'], [['kind', 'kind', true], ['title', 'text', true], ['handedOverOn', 'date'], ['sha256', 'text'], ['cards', 'list'], ['lines', 'list'], ['verifier', 'text'], ['reference', 'text']]],
];
const EVIDENCE_KINDS = ['lca-report', 'verification-report', 'delivery-note', 'fuel-registration', 'inspector-report', 'adjusted-lca-report', 'as-built-checklist', 'other'];

/** the first text a person recognises an entry by */
const headline = (e) => e.title || e.risk || e.description || e.text || e.product || e.card || e.kind || '';

export function registersSection(base, registers, variants, mayEdit, reload) {
  const s = h('section', { 'aria-labelledby': 'registers-h' }, h('h2', { id: 'registers-h' }, L('Registers', 'Registers')),
    h('p', {}, L('What the reports cite besides the figures. Each report freezes a copy; until then the entries can change.', 'Wat de rapportages naast de cijfers vermelden. Elke rapportage bevriest een kopie; tot dan kunnen de regels veranderen.')));
  const used = REGISTERS.filter(([name]) => (registers[name] || []).length);
  if (!used.length) add(s, h('p', { id: 'no-register-entries' }, L('No entry in any register yet.', 'Nog geen regel in een register.')));
  for (const [name, title] of used) {
    const entries = registers[name];
    const hasEffect = entries.some((e) => e.mkiEffectEuro !== undefined && e.mkiEffectEuro !== null);
    add(s, h('h3', {}, title()), table([
      { label: L('Entry', 'Regel'), rowHeader: true, cell: (e) => e.id },
      { label: L('Date', 'Datum'), cell: (e) => e.date },
      { label: L('Author', 'Auteur'), cell: (e) => e.author || '—' },
      { label: L('Status', 'Status'), cell: (e) => e.status },
      { label: L('What', 'Wat'), cell: (e) => [headline(e), e.variant ? h('span', { class: 'muted' }, ' · ', L('variant ', 'variant '), h('a', { href: '/projects/' + enc(e.variant) }, (variants.find((v) => v.id === e.variant)?.variantLabel) || e.variant)) : null] },
      hasEffect ? { label: L('MKI effect (computed)', 'MKI-effect (berekend)'), num: true, cell: (e) => e.mkiEffectEuro == null ? '—' : figure(e.mkiEffectEuro, fmt.euro(e.mkiEffectEuro), { dataset: { effect: e.id } }) } : null,
      mayEdit ? { label: h('span', { class: 'visually-hidden' }, L('Remove', 'Verwijderen')), cell: (e) => h('button', { type: 'button', class: 'button button--small button--secondary', dataset: { removeEntry: e.id }, onclick: async (ev) => {
        if (!await confirmDialog(L('Remove this entry?', 'Deze regel verwijderen?'), h('p', {}, e.id + ' — ' + headline(e) + '. ' + L('Issued reports keep their copy.', 'Uitgegeven rapportages houden hun kopie.')), L('Remove', 'Verwijderen'))) return;
        try { await api(`${base}/registers/${name}/${enc(e.id)}`, { method: 'DELETE' }); reload(L(`${e.id} removed.`, `${e.id} verwijderd.`)); } catch (err) { ev.target.after(errorNotice(err)); }
      } }, L('Remove', 'Verwijderen'), h('span', { class: 'visually-hidden' }, ' ' + e.id)) } : null,
    ].filter(Boolean), entries, { id: 'table-register-' + name }));
  }
  if (mayEdit) add(s, entryForm(base, variants, reload));
  return s;
}

function entryForm(base, variants, reload) {
  const which = field({ label: L('Register', 'Register'), name: 'register', options: REGISTERS.map(([n, t]) => [n, t()]) });
  const fields = h('div', { class: 'grid-form' });
  const form = h('form', { id: 'register-form', novalidate: true }, h('h3', {}, L('Add an entry', 'Een regel toevoegen')), which, fields,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button button--secondary', id: 'register-submit' }, L('Add the entry', 'Regel toevoegen'))));
  const kind = () => REGISTERS.find(([n]) => n === form.register.value);
  const draw = () => {
    const [, , statuses, spec] = kind();
    fields.replaceChildren(
      field({ label: L('Status', 'Status'), name: 'status', fieldPath: 'status', options: statuses }),
      field({ label: L('Date', 'Datum'), name: 'date', type: 'date', fieldPath: 'date', hint: L('Today when empty', 'Vandaag als leeg') }),
      ...spec.map(([k, type, required]) => {
        const label = k.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, (c) => c.toUpperCase());
        if (type === 'variant') return field({ label: L('Modelled as the variant', 'Gemodelleerd als de variant'), name: k, fieldPath: k, required, options: [['', L('(choose a variant)', '(kies een variant)')], ...variants.map((v) => [v.id, v.variantLabel || v.name])], hint: L('Scope change: the work with the change; measure: the work without it. The MKI effect is computed from it.', 'Scopewijziging: het werk met de wijziging; maatregel: het werk zonder. Het MKI-effect wordt eruit berekend.') });
        if (type === 'kind') return field({ label, name: k, fieldPath: k, required, options: EVIDENCE_KINDS });
        if (type === 'bool') return h('div', { class: 'checks', dataset: { field: k } }, h('label', {}, h('input', { type: 'checkbox', name: k }), L('An improvement measure', 'Een verbetermaatregel')));
        return field({ label, name: k, fieldPath: k, required, multiline: type === 'long', type: type === 'number' ? 'number' : type === 'date' ? 'date' : 'text', hint: type === 'list' ? L('Comma separated', 'Gescheiden door komma\'s') : null });
      }));
  };
  form.register.addEventListener('change', () => { clearErrors(form); draw(); });
  draw();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const [name, , , spec] = kind();
    const body = { status: form.status.value };
    if (form.date.value) body.date = form.date.value;
    for (const [k, type] of spec) {
      const v = type === 'bool' ? form[k].checked : form[k].value.trim();
      if (type === 'bool') { if (v) body[k] = true; continue; }
      if (v === '') continue;
      body[k] = type === 'number' ? Number(v) : type === 'list' ? v.split(',').map((x) => x.trim()).filter(Boolean) : v;
    }
    try {
      const entry = await api(`${base}/registers/${name}`, { method: 'POST', body });
      reload(L(`${entry.id} added to the register.`, `${entry.id} toegevoegd aan het register.`));
    } catch (err) { showProblem(form, err); }
  });
  return form;
}
