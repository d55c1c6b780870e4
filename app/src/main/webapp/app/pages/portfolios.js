// 5. Portfolios: the ones the reader may see (public ones, the own organisation's), and a new one.
import { L, fmt } from '../i18n.js';
import { h, add, table, field, showProblem } from '../dom.js';
import { api, session } from '../api.js';

export async function render(view, args, params, { navigate }) {
  const list = await api('/api/portfolios');
  add(view, h('h1', {}, L('Portfolios', 'Portfolio\'s')),
    h('p', {}, L('A portfolio is a named set of published passports with quantities, e.g. the ICT hardware a public buyer holds. Its analyses (guideline §3.2) and its Circular Due Diligence report are computed over all of them, weighted by quantity.',
      'Een portfolio is een benoemde verzameling gepubliceerde paspoorten met aantallen, bijv. de ICT-hardware van een publieke inkoper. De analyses (leidraad §3.2) en het Circular Due Diligence-rapport worden over alle paspoorten berekend, gewogen naar aantal.')),
    list.length ? table([
      { label: L('Portfolio', 'Portfolio'), rowHeader: true, cell: (p) => h('a', { href: '/portfolios/' + encodeURIComponent(p.id), class: 'portfolio-link' }, p.name) },
      { label: L('Visibility', 'Zichtbaarheid'), cell: (p) => p.public ? h('span', { class: 'badge badge--ok' }, L('public', 'openbaar')) : h('span', { class: 'badge badge--muted' }, L('private', 'besloten')) },
      { label: L('Items', 'Items'), num: true, cell: (p) => fmt.num(p.itemCount, 0) },
      { label: L('Changed', 'Gewijzigd'), cell: (p) => fmt.date(p.updatedAt) },
    ], list, { id: 'table-portfolios' }) : h('p', { id: 'no-portfolios' }, L('No portfolio you may see yet.', 'Nog geen portfolio dat u mag zien.')));
  if (session.has('submitter') || session.has('admin')) {
    const form = h('form', { id: 'portfolio-create', novalidate: true }, h('h2', {}, L('New portfolio', 'Nieuw portfolio')),
      field({ label: L('Name', 'Naam'), name: 'name', fieldPath: 'name', required: true, hint: L('e.g. State ICT hardware 2026', 'bijv. Rijks-ICT-hardware 2026') }),
      session.has('admin') ? field({ label: L('Organisation id (owner)', 'Organisatie-id (eigenaar)'), name: 'organisationId', fieldPath: 'organisationId', required: true }) : null,
      h('div', { class: 'checks' }, h('label', {}, h('input', { type: 'checkbox', name: 'public' }), L('Public: anyone may read it and its analyses', 'Openbaar: iedereen mag het en de analyses lezen'))),
      h('p', { class: 'hint' }, L('You add passports on the portfolio\'s page, from a search of the register.', 'Paspoorten voegt u toe op de pagina van het portfolio, vanuit een zoekopdracht in het register.')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button', id: 'portfolio-create-submit' }, L('Create portfolio', 'Portfolio aanmaken'))));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const body = { name: form.name.value, public: form.public.checked, items: [] };
      if (form.organisationId) body.organisationId = form.organisationId.value.trim();
      try {
        const p = await api('/api/portfolios', { method: 'POST', body });
        navigate('/portfolios/' + encodeURIComponent(p.id));
      } catch (err) { showProblem(form, err, (f) => ({ name: L('Name', 'Naam'), organisationId: L('Organisation id', 'Organisatie-id') }[f] || f)); }
    });
    add(view, form);
  } else {
    add(view, h('p', { class: 'muted' }, L('Sign in as a submitter to create a portfolio for your organisation.', 'Meld u aan als leverancier om een portfolio voor uw organisatie aan te maken.')));
  }
}
