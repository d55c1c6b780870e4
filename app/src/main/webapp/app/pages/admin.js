// 3. Governance administrator: organisations, guideline versions, reference lists (publish, ZZS import), plugins.
import { L, fmt } from '../i18n.js';
import { h, add, table, notice, errorNotice, field, showProblem, clearErrors, readFile } from '../dom.js';
import { api, session } from '../api.js';

const enc = encodeURIComponent;
const list = (s) => s.split(',').map((x) => x.trim()).filter(Boolean);

export function adminOnly(view) {
  if (session.has('admin')) return false;
  add(view, h('h1', {}, L('Administration', 'Beheer')), notice('info', h('p', {}, L('This page is for the governance administrator. ', 'Deze pagina is voor de beheerder van het register. '), h('a', { href: '/signin?next=' + enc(location.pathname) }, L('Sign in', 'Aanmelden')))));
  return true;
}

export async function render(view, args, params, { navigate }) {
  if (adminOnly(view)) return;
  const [orgs, guidelines, lists] = await Promise.all([api('/api/organisations'), api('/api/guideline/versions'), api('/api/reference/lists').catch((e) => e)]);
  add(view, h('h1', {}, L('Administration', 'Beheer')),
    h('nav', { 'aria-label': L('Sections of this page', 'Onderdelen van deze pagina') }, h('ul', {},
      h('li', {}, h('a', { href: '#orgs-h' }, L('Organisations and people', 'Organisaties en personen'))),
      h('li', {}, h('a', { href: '#gv-h' }, L('Guideline versions', 'Leidraadversies'))),
      h('li', {}, h('a', { href: '#ref-h' }, L('Reference lists', 'Referentielijsten'))),
      h('li', {}, h('a', { href: '/methodologies' }, L('Plugins and their state', 'Plug-ins en hun status'))))));

  // organisations
  const orgForm = h('form', { id: 'org-form', novalidate: true }, h('h3', {}, L('New organisation', 'Nieuwe organisatie')), h('div', { class: 'grid-form' },
    field({ label: L('Name', 'Naam'), name: 'name', fieldPath: 'name', required: true }),
    field({ label: L('Identifier (e.g. KvK number)', 'Kenmerk (bijv. KvK-nummer)'), name: 'identifier', fieldPath: 'identifier' })),
    h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'org-create' }, L('Create organisation', 'Organisatie aanmaken'))));
  orgForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const o = await api('/api/organisations', { method: 'POST', body: { name: orgForm.name.value, identifier: orgForm.identifier.value || undefined } });
      navigate('/admin/organisations/' + enc(o.id));
    } catch (err) { showProblem(orgForm, err, (f) => ({ name: L('Name', 'Naam'), identifier: L('Identifier', 'Kenmerk') }[f] || f)); }
  });
  add(view, h('section', { 'aria-labelledby': 'orgs-h' }, h('h2', { id: 'orgs-h' }, L('Organisations', 'Organisaties')),
    orgs.length ? table([
      { label: L('Name', 'Naam'), cell: (o) => h('a', { href: '/admin/organisations/' + enc(o.id) }, o.name) },
      { label: L('Identifier', 'Kenmerk'), cell: (o) => o.identifier || '—' },
      { label: L('Created', 'Aangemaakt'), cell: (o) => fmt.date(o.createdAt) },
    ], orgs, { id: 'table-orgs' }) : h('p', {}, L('No organisations yet.', 'Nog geen organisaties.')), orgForm));

  // guideline versions
  const gvForm = h('form', { id: 'gv-form', novalidate: true }, h('h3', {}, L('Define a guideline version', 'Leidraadversie vastleggen')), h('div', { class: 'grid-form' },
    field({ label: L('Id (e.g. 2026-1)', 'Id (bijv. 2026-1)'), name: 'id', fieldPath: 'id', required: true }),
    field({ label: L('Title', 'Titel'), name: 'title', fieldPath: 'title' })),
    field({ label: L('Required codes (comma separated)', 'Verplichte codes (kommagescheiden)'), name: 'required', fieldPath: 'required', value: (guidelines[guidelines.length - 1]?.required || []).join(', ') }),
    field({ label: L('Optional codes', 'Optionele codes'), name: 'optional', fieldPath: 'optional' }),
    field({ label: L('New codes this version adds', 'Nieuwe codes van deze versie'), name: 'added', fieldPath: 'added' }),
    field({ label: L('Notes', 'Toelichting'), name: 'notes', fieldPath: 'notes', multiline: true }),
    h('div', { class: 'actions' }, h('button', { class: 'button button--secondary', type: 'submit' }, L('Publish guideline version', 'Leidraadversie publiceren'))));
  gvForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api('/api/guideline/versions', { method: 'POST', body: { id: gvForm.id.value, title: gvForm.title.value || undefined, required: list(gvForm.required.value), optional: list(gvForm.optional.value), added: list(gvForm.added.value), notes: gvForm.notes.value || undefined } });
      navigate('/admin#gv-h', { replace: true });
    } catch (err) { showProblem(gvForm, err); }
  });
  add(view, h('section', { 'aria-labelledby': 'gv-h' }, h('h2', { id: 'gv-h' }, L('Guideline versions', 'Leidraadversies')),
    table([
      { label: 'Id', cell: (g) => g.id },
      { label: L('Title', 'Titel'), cell: (g) => g.title },
      { label: L('Required', 'Verplicht'), cell: (g) => (g.required || []).join(', ') },
      { label: L('Optional / new', 'Optioneel / nieuw'), cell: (g) => [...(g.optional || []), ...(g.added || []).map((c) => c + ' (' + L('new', 'nieuw') + ')')].join(', ') || '—' },
      { label: L('Published', 'Gepubliceerd'), cell: (g) => fmt.date(g.publishedAt) },
    ], guidelines, { id: 'table-guidelines' }), gvForm));

  // reference lists
  const ref = h('section', { 'aria-labelledby': 'ref-h' }, h('h2', { id: 'ref-h' }, L('Reference lists', 'Referentielijsten')));
  if (lists instanceof Error) add(ref, errorNotice(lists));
  else add(ref, table([
    { label: 'Id', cell: (l) => l.id },
    { label: L('Kind', 'Soort'), cell: (l) => l.kind },
    { label: L('Title and source', 'Titel en bron'), cell: (l) => [l.title, h('br'), h('span', { class: 'muted' }, l.source || '')] },
    { label: L('Entries', 'Regels'), num: true, cell: (l) => fmt.num(l.entryCount, 0) },
    { label: L('Demo excerpt', 'Demo-uittreksel'), cell: (l) => l.demo ? h('span', { class: 'badge badge--warning' }, L('demo', 'demo')) : L('no', 'nee') },
    { label: L('Published', 'Gepubliceerd'), cell: (l) => fmt.date(l.publishedAt) },
  ], lists, { id: 'table-lists' }));
  const zzsResult = h('div', { 'aria-live': 'polite' });
  const zzsForm = h('form', { id: 'zzs-form', novalidate: true }, h('h3', {}, L('Import the RIVM ZZS export', 'RIVM ZZS-export importeren')), h('div', { class: 'grid-form' },
    field({ label: L('Version (publication date)', 'Versie (publicatiedatum)'), name: 'version', fieldPath: 'version', required: true, hint: 'YYYY-MM-DD' }),
    field({ label: L('Source', 'Bron'), name: 'source', fieldPath: 'source' })),
    field({ label: L('File (CSV or XLSX)', 'Bestand (CSV of XLSX)'), name: 'file', type: 'file', fieldPath: 'file', attrs: { accept: '.csv,.xlsx' } }),
    h('div', { class: 'actions' }, h('button', { class: 'button button--secondary', type: 'submit' }, L('Import as a new ZZS list version', 'Importeren als nieuwe ZZS-lijstversie'))), zzsResult);
  zzsForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(zzsForm);
    const file = zzsForm.file.files[0];
    try {
      if (!file) throw new Error(L('Choose the CSV or XLSX file.', 'Kies het CSV- of XLSX-bestand.'));
      const bytes = new Blob([await readFile(file, false)]);
      const xlsx = file.name.toLowerCase().endsWith('.xlsx');
      const q = new URLSearchParams({ version: zzsForm.version.value });
      if (zzsForm.source.value) q.set('source', zzsForm.source.value);
      const r = await api('/api/reference/lists/zzs/import?' + q, { method: 'POST', body: bytes, contentType: xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv' });
      zzsResult.replaceChildren(notice('ok', h('p', {}, L('Imported: ', 'Geïmporteerd: ') + (r.id || '') + ' (' + fmt.num(r.entryCount ?? (r.entries || []).length, 0) + L(' substances)', ' stoffen)'))));
    } catch (err) { showProblem(zzsForm, err); }
  });
  const listForm = h('form', { id: 'list-form', novalidate: true }, h('h3', {}, L('Publish a list version (JSON)', 'Lijstversie publiceren (JSON)')),
    field({ label: L('List document', 'Lijstdocument'), name: 'doc', fieldPath: '', multiline: true, hint: L('As GET /api/reference/lists/{id} returns it: id, kind, version, title, source, entries.', 'Zoals GET /api/reference/lists/{id} het teruggeeft: id, kind, version, title, source, entries.') }),
    h('div', { class: 'actions' }, h('button', { class: 'button button--secondary', type: 'submit' }, L('Publish list version', 'Lijstversie publiceren'))));
  listForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try { await api('/api/reference/lists', { method: 'POST', body: listForm.doc.value }); navigate('/admin#ref-h', { replace: true }); } catch (err) { showProblem(listForm, err); }
  });
  add(ref, zzsForm, listForm);
  add(view, ref);
}
