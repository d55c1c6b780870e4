// 1. Public register: search published passports (text, product group, manufacturer, material, CRM, ZZS), paged.
import { L, fmt } from '../i18n.js';
import { h, add, field, table, errorNotice } from '../dom.js';
import { api } from '../api.js';

const FILTERS = ['text', 'productGroup', 'manufacturer', 'material', 'crm', 'zzs'];

export async function render(view, args, params, { navigate }) {
  const labels = {
    text: [L('Search text', 'Zoektekst'), L('In name, model, manufacturer, product id or group', 'In naam, model, fabrikant, product-id of productgroep')],
    productGroup: [L('Product group', 'Productgroep'), L('Exact, e.g. ICT hardware', 'Exact, bijv. ICT hardware')],
    manufacturer: [L('Manufacturer', 'Fabrikant'), null],
    material: [L('Contains material', 'Bevat materiaal'), L('Material name or CAS number (A1.1)', 'Materiaalnaam of CAS-nummer (A1.1)')],
    crm: [L('Contains critical raw material', 'Bevat kritieke grondstof'), L('e.g. cobalt, palladium, or "any"', 'bijv. kobalt (cobalt), palladium, of "any"')],
    zzs: [L('Contains substance of very high concern', 'Bevat zeer zorgwekkende stof (ZZS)'), L('CAS number or name, or "any"', 'CAS-nummer of naam, of "any"')],
  };
  const form = h('form', { role: 'search', id: 'search-form', 'aria-label': L('Search passports', 'Paspoorten zoeken') },
    h('div', { class: 'grid-form' }, FILTERS.map((f) => field({ label: labels[f][0], hint: labels[f][1], name: f, type: f === 'text' ? 'search' : 'text', value: params.get(f) || '' }))),
    h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'search-submit' }, L('Search', 'Zoeken'))));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    FILTERS.forEach((f) => { const v = form[f].value.trim(); if (v) q.set(f, v); });
    navigate('/passports' + (q.toString() ? '?' + q : ''));
  });
  const results = h('section', { 'aria-labelledby': 'results-h' });
  add(view, h('h1', {}, L('Passport register', 'Paspoortregister')),
    h('p', {}, L('Published circular product passports, readable by anyone (guideline condition 18).', 'Gepubliceerde circulaire productpaspoorten, voor iedereen leesbaar (leidraad voorwaarde 18).')),
    form, results);

  const q = new URLSearchParams();
  FILTERS.forEach((f) => params.get(f) && q.set(f, params.get(f)));
  const offset = Number(params.get('offset') || 0);
  q.set('offset', offset);
  q.set('limit', 20);
  try {
    const page = await api('/api/passports?' + q);
    const pageLink = (o) => { const p = new URLSearchParams(params); p.set('offset', o); return '/passports?' + p; };
    add(results, h('h2', { id: 'results-h' }, L('Results', 'Resultaten'),
      h('span', { class: 'muted' }, ' (' + (page.items.length ? `${fmt.num(offset + 1)}–${fmt.num(offset + page.items.length)}` : '0') + ')')),
      page.items.length ? table([
        { label: L('Product', 'Product'), cell: (p) => h('a', { href: '/passports/' + encodeURIComponent(p.id), class: 'passport-link' }, p.name) },
        { label: L('Manufacturer', 'Fabrikant'), cell: (p) => p.manufacturer || '—' },
        { label: L('Product group', 'Productgroep'), cell: (p) => p.productGroup || '—' },
        { label: L('Product id', 'Product-id'), cell: (p) => h('code', {}, p.productId || '—') },
        { label: L('Version', 'Versie'), num: true, cell: (p) => String(p.latestPublishedVersion) },
        { label: L('Published', 'Gepubliceerd'), cell: (p) => fmt.date(p.publishedAt) },
      ], page.items, { id: 'results' }) : h('p', { id: 'no-results' }, L('No published passport matches.', 'Geen gepubliceerd paspoort voldoet.')),
      h('nav', { class: 'pager', 'aria-label': L('Result pages', 'Resultaatpagina\'s') },
        offset > 0 ? h('a', { href: pageLink(Math.max(0, offset - 20)) }, L('Previous page', 'Vorige pagina')) : null,
        page.nextOffset != null ? h('a', { href: pageLink(page.nextOffset), id: 'next-page' }, L('Next page', 'Volgende pagina')) : null));
  } catch (e) {
    add(results, h('h2', { id: 'results-h' }, L('Results', 'Resultaten')), errorNotice(e));
  }
}
