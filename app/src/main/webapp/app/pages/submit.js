// 2. Submitters: the organisation's drafts and published passports, a new passport, upload of JSON documents.
import { L, fmt } from '../i18n.js';
import { h, add, table, notice, errorNotice, field, showProblem, readFile } from '../dom.js';
import { api, session } from '../api.js';

export async function render(view, args, params, { navigate }) {
  add(view, h('h1', {}, L('My passports', 'Mijn paspoorten')));
  if (!session.has('submitter')) {
    add(view, notice('info', h('p', {}, L('This page is for submitters of an organisation. ', 'Deze pagina is voor aanleveraars van een organisatie. '), h('a', { href: '/signin?next=/submit' }, L('Sign in with your personal token.', 'Meld u aan met uw persoonlijke token.')))));
    return;
  }
  const mine = await api('/api/passports/mine');
  add(view, h('div', { class: 'actions' }, h('a', { class: 'button', href: '/submit/new', id: 'new-passport' }, L('New passport', 'Nieuw paspoort'))),
    mine.length ? table([
      { label: L('Product', 'Product'), cell: (p) => h('a', { href: '/submit/' + encodeURIComponent(p.id) }, p.name) },
      { label: L('Product id', 'Product-id'), cell: (p) => h('code', {}, p.productId || '—') },
      { label: L('Published version', 'Gepubliceerde versie'), num: true, cell: (p) => p.latestPublishedVersion ? h('a', { href: '/passports/' + encodeURIComponent(p.id) }, String(p.latestPublishedVersion)) : '—' },
      { label: L('Draft', 'Concept'), cell: (p) => p.draftVersion ? h('span', { class: 'badge badge--warning' }, L('draft of version ', 'concept van versie ') + p.draftVersion) : '—' },
      { label: L('Last change', 'Laatste wijziging'), cell: (p) => fmt.date(p.draftUpdatedAt || p.publishedAt) },
    ], mine, { id: 'my-passports' }) : h('p', {}, L('Your organisation has no passports yet.', 'Uw organisatie heeft nog geen paspoorten.')));

  // upload: one JSON document (a draft) or an array (an import, optionally published at once)
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { id: 'upload-form' },
    h('h2', {}, L('Upload passport documents', 'Paspoortdocumenten uploaden')),
    h('p', {}, L('A JSON file with one passport document (becomes a draft) or an array of up to 1,000 (imported all or nothing). The register accepts passport documents as JSON; spreadsheets (CSV, XLSX) are not accepted for passports yet.',
      'Een JSON-bestand met één paspoortdocument (wordt een concept) of een lijst van maximaal 1.000 (alles of niets geïmporteerd). Het register neemt paspoortdocumenten aan als JSON; spreadsheets (CSV, XLSX) nog niet voor paspoorten.')),
    field({ label: L('File', 'Bestand'), name: 'file', type: 'file', fieldPath: 'file', attrs: { accept: '.json,application/json' } }),
    h('div', { class: 'field checks' }, h('label', {}, h('input', { type: 'checkbox', name: 'publish' }), L('Publish each as version 1 (arrays only)', 'Elk publiceren als versie 1 (alleen lijsten)'))),
    h('div', { class: 'actions' }, h('button', { class: 'button button--secondary', type: 'submit', id: 'upload-submit' }, L('Upload', 'Uploaden'))), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const file = form.file.files[0];
    if (!file) { showProblem(form, Object.assign(new Error(L('Choose a file first.', 'Kies eerst een bestand.')))); return; }
    try {
      const text = await readFile(file);
      let parsed;
      try { parsed = JSON.parse(text); } catch (x) { throw new Error(L('The file is not valid JSON: ', 'Het bestand is geen geldige JSON: ') + x.message); }
      if (Array.isArray(parsed)) {
        const r = await api('/api/passports/import' + (form.publish.checked ? '?publish=true' : ''), { method: 'POST', body: text });
        result.replaceChildren(notice('ok', h('p', {}, L(`${r.count} passports imported`, `${r.count} paspoorten geïmporteerd`) + (r.published ? L(' and published.', ' en gepubliceerd.') : '.'))));
      } else {
        const p = await api('/api/passports', { method: 'POST', body: text });
        navigate('/submit/' + encodeURIComponent(p.id));
      }
    } catch (err) {
      showProblem(form, err, (f) => L('In the file, ', 'In het bestand, ') + f);
    }
  });
  add(view, form);
}
