// 4. The card library: browse and search by library version, import CSV / XLSX.
import { L, fmt } from '../i18n.js';
import { h, add, table, notice, field, showProblem, clearErrors, readFile } from '../dom.js';
import { api, session } from '../api.js';

export async function render(view, args, params, { navigate }) {
  const versions = await api('/api/mki/cards/versions');
  const q = new URLSearchParams();
  ['q', 'dataCategory', 'unit', 'libraryVersion'].forEach((k) => params.get(k) && q.set(k, params.get(k)));
  const offset = Number(params.get('offset') || 0);
  q.set('offset', offset); q.set('limit', 50);
  const cards = await api('/api/mki/cards?' + q);
  const form = h('form', { role: 'search', id: 'card-search' }, h('div', { class: 'grid-form' },
    field({ label: L('Name or id contains', 'Naam of id bevat'), name: 'q', type: 'search', value: params.get('q') }),
    field({ label: L('Library version', 'Bibliotheekversie'), name: 'libraryVersion', value: params.get('libraryVersion') || '', options: [['', L('all', 'alle')], ...versions.map((v) => [v.libraryVersion, `${v.libraryVersion} (${fmt.num(v.cards, 0)})`])] }),
    field({ label: L('Data category', 'Datacategorie'), name: 'dataCategory', value: params.get('dataCategory') || '', options: [['', L('all', 'alle')], '1', '2', '3', '3a'] }),
    field({ label: L('Unit', 'Eenheid'), name: 'unit', value: params.get('unit') })),
    h('button', { type: 'submit', class: 'button' }, L('Search', 'Zoeken')));
  form.addEventListener('submit', (e) => { e.preventDefault(); const p = new URLSearchParams(); ['q', 'dataCategory', 'unit', 'libraryVersion'].forEach((k) => form[k].value && p.set(k, form[k].value)); navigate('/cards?' + p); });
  const page = (o) => { const p = new URLSearchParams(params); p.set('offset', o); return '/cards?' + p; };
  add(view, h('h1', {}, L('Card library', 'Kaartenbibliotheek')), form,
    cards.length ? table([
      { label: L('Card', 'Kaart'), cell: (c) => h('a', { href: '/cards/' + encodeURIComponent(c.id) + '?libraryVersion=' + encodeURIComponent(c.libraryVersion) }, c.name || c.id) },
      { label: 'Id', cell: (c) => h('code', {}, c.id) },
      { label: L('Unit', 'Eenheid'), cell: (c) => c.unit },
      { label: L('Category', 'Categorie'), cell: (c) => c.dataCategory },
      { label: L('Library version', 'Bibliotheekversie'), cell: (c) => c.libraryVersion },
    ], cards, { id: 'table-cards' }) : h('p', {}, L('No card matches.', 'Geen kaart voldoet.')),
    h('nav', { class: 'pager', 'aria-label': L('Result pages', 'Resultaatpagina\'s') }, offset > 0 ? h('a', { href: page(Math.max(0, offset - 50)) }, L('Previous page', 'Vorige pagina')) : null, cards.length === 50 ? h('a', { href: page(offset + 50) }, L('Next page', 'Volgende pagina')) : null));
  if (session.has('calculator') || session.has('admin')) {
    const result = h('div', { 'aria-live': 'polite' });
    const imp = h('form', { id: 'card-import', novalidate: true }, h('h2', {}, L('Import cards', 'Kaarten importeren')),
      field({ label: L('Library version', 'Bibliotheekversie'), name: 'libraryVersion', fieldPath: 'libraryVersion', required: true, hint: L('e.g. NMD 3.8 (2025-01)', 'bijv. NMD 3.8 (2025-01)') }),
      field({ label: L('File (CSV, XLSX or JSON)', 'Bestand (CSV, XLSX of JSON)'), name: 'file', type: 'file', fieldPath: 'file', attrs: { accept: '.csv,.xlsx,.json' } }),
      h('button', { type: 'submit', class: 'button button--secondary' }, L('Import', 'Importeren')), result);
    imp.addEventListener('submit', async (e) => {
      e.preventDefault();
      clearErrors(imp);
      try {
        const f = imp.file.files[0];
        if (!f) throw new Error(L('Choose a file first.', 'Kies eerst een bestand.'));
        const n = f.name.toLowerCase();
        const type = n.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : n.endsWith('.json') ? 'application/json' : 'text/csv';
        const r = await api('/api/mki/cards?libraryVersion=' + encodeURIComponent(imp.libraryVersion.value), { method: 'POST', body: new Blob([await readFile(f, false)]), contentType: type });
        result.replaceChildren(notice('ok', h('p', {}, L(`${r.imported} cards imported into ${r.libraryVersion}.`, `${r.imported} kaarten geïmporteerd in ${r.libraryVersion}.`))));
      } catch (err) { showProblem(imp, err, (x) => L('In the file, ', 'In het bestand, ') + x); }
    });
    add(view, imp);
  }
}
