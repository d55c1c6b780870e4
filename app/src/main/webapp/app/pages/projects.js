// 4. MKI projects and variants; a new project from a project document.
import { L, fmt } from '../i18n.js';
import { h, add, table, field, showProblem, readFile } from '../dom.js';
import { api, session } from '../api.js';

export async function render(view, args, params, { navigate }) {
  const list = await api('/api/mki/projects');
  add(view, h('h1', {}, L('MKI projects', 'MKI-projecten')),
    h('p', {}, L('Projects are calculated under the Rijkswaterstaat MKI protocol by the protocol plugin this server loaded. ', 'Projecten worden berekend volgens het MKI-protocol van Rijkswaterstaat door de protocolplug-in van deze server. '), h('a', { href: '/calculate' }, L('Calculate a document without storing it.', 'Een document berekenen zonder het op te slaan.'))),
    table([
      { label: L('Project', 'Project'), cell: (p) => [h('a', { href: '/projects/' + encodeURIComponent(p.id), class: 'project-link' }, p.name), p.illustrative ? [' ', h('span', { class: 'badge badge--warning' }, L('illustrative', 'illustratief'))] : null] },
      { label: L('Variant of', 'Variant van'), cell: (p) => p.variantOf ? h('a', { href: '/projects/' + encodeURIComponent(p.variantOf) }, p.variantLabel || L('variant', 'variant')) : '—' },
      { label: L('Lines', 'Regels'), num: true, cell: (p) => fmt.num(p.lines, 0) },
      { label: L('Revision', 'Revisie'), num: true, cell: (p) => String(p.revision) },
      { label: L('Changed', 'Gewijzigd'), cell: (p) => fmt.date(p.updatedAt) },
    ], list, { id: 'table-projects' }));
  if (session.has('calculator') || session.has('admin')) {
    const form = h('form', { id: 'project-upload', novalidate: true }, h('h2', {}, L('New project from a document', 'Nieuw project uit een document')),
      field({ label: L('Project document (JSON)', 'Projectdocument (JSON)'), name: 'file', type: 'file', fieldPath: 'file', attrs: { accept: '.json,application/json' } }),
      h('button', { type: 'submit', class: 'button' }, L('Create project', 'Project aanmaken')));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        const f = form.file.files[0];
        if (!f) throw new Error(L('Choose a file first.', 'Kies eerst een bestand.'));
        const p = await api('/api/mki/projects', { method: 'POST', body: await readFile(f) });
        navigate('/projects/' + encodeURIComponent(p.project.id));
      } catch (err) { showProblem(form, err, (x) => L('In the document, ', 'In het document, ') + x); }
    });
    add(view, form);
  }
}
