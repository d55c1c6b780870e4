// 3. One organisation: its people, their roles and tokens; authorising a person shows the new token once.
import { L, fmt } from '../i18n.js';
import { h, add, table, notice, errorNotice, field, showProblem, confirmDialog } from '../dom.js';
import { api } from '../api.js';
import { adminOnly } from './admin.js';

const enc = encodeURIComponent;
const ROLES = ['submitter', 'calculator'];
const roleLabel = (r) => ({ submitter: L('submitter', 'aanleveraar'), calculator: L('calculator', 'rekenaar'), admin: L('administrator', 'beheerder') }[r] || r);

function tokenOnce(issued) {
  return notice('ok', h('p', {}, h('strong', {}, L(`New token for ${issued.person.name}. It is shown only now: copy it and hand it over safely.`, `Nieuw token voor ${issued.person.name}. Het wordt alleen nu getoond: kopieer het en geef het veilig door.`))),
    h('p', { class: 'token-once' }, h('code', { id: 'issued-token' }, issued.token)),
    h('button', { type: 'button', class: 'button button--secondary button--small', onclick: (e) => navigator.clipboard?.writeText(issued.token).then(() => { e.target.textContent = L('Copied', 'Gekopieerd'); }) }, L('Copy token', 'Token kopiëren')));
}

export async function render(view, [id], params, { navigate }) {
  if (adminOnly(view)) return;
  const base = '/api/organisations/' + enc(id);
  const [org, people] = await Promise.all([api(base), api(base + '/submitters')]);
  const issuedBox = h('div', { 'aria-live': 'polite', id: 'issued' });
  add(view, h('p', { class: 'muted' }, h('a', { href: '/admin' }, L('Administration', 'Beheer'))), h('h1', {}, org.name),
    h('dl', { class: 'facts' }, h('dt', {}, L('Identifier', 'Kenmerk')), h('dd', {}, org.identifier || '—'), h('dt', {}, L('Created', 'Aangemaakt')), h('dd', {}, fmt.date(org.createdAt))), issuedBox);

  const rows = h('div', {});
  add(view, h('section', { 'aria-labelledby': 'people-h' }, h('h2', { id: 'people-h' }, L('People', 'Personen')), rows));
  const drawPeople = (list) => rows.replaceChildren(list.length ? table([
    { label: L('Name', 'Naam'), cell: (p) => p.name },
    { label: L('Email', 'E-mail'), cell: (p) => p.email || '—' },
    { label: L('Roles', 'Rollen'), cell: (p) => {
      const boxes = ROLES.map((r) => h('label', {}, h('input', { type: 'checkbox', value: r, checked: (p.roles || []).includes(r) }), roleLabel(r)));
      const msg = h('span', { 'aria-live': 'polite' });
      return h('div', { class: 'checks', role: 'group', 'aria-label': L('Roles of ', 'Rollen van ') + p.name }, boxes, h('button', { type: 'button', class: 'button button--small button--secondary', onclick: async () => {
        const roles = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
        try { const r = await api(`${base}/submitters/${enc(p.id)}/roles`, { method: 'PUT', body: { roles } }); msg.textContent = L('saved: ', 'opgeslagen: ') + r.roles.map(roleLabel).join(', '); } catch (e) { msg.textContent = e.message; }
      } }, L('Save roles', 'Rollen opslaan')), ' ', msg);
    } },
    { label: L('State', 'Status'), cell: (p) => p.active ? h('span', { class: 'badge badge--ok' }, L('active', 'actief')) : h('span', { class: 'badge badge--muted' }, L('withdrawn', 'ingetrokken')) },
    { label: L('Tokens', 'Tokens'), cell: (p) => tokensCell(base, p, issuedBox) },
    { label: L('Authorisation', 'Machtiging'), cell: (p) => p.active ? h('button', { type: 'button', class: 'button button--small button--danger', onclick: async () => {
      if (!await confirmDialog(L(`Withdraw ${p.name}?`, `${p.name} intrekken?`), h('p', {}, L('Every token of this person stops working.', 'Elk token van deze persoon werkt dan niet meer.')), L('Withdraw', 'Intrekken'))) return;
      try { await api(`${base}/submitters/${enc(p.id)}`, { method: 'DELETE' }); drawPeople(await api(base + '/submitters')); } catch (e) { issuedBox.replaceChildren(errorNotice(e)); }
    } }, L('Withdraw', 'Intrekken')) : '—' },
  ], list, { id: 'table-people' }) : h('p', {}, L('Nobody is authorised yet.', 'Nog niemand is gemachtigd.')));
  drawPeople(people);

  const form = h('form', { id: 'person-form', novalidate: true }, h('h2', {}, L('Authorise a person', 'Persoon machtigen')), h('div', { class: 'grid-form' },
    field({ label: L('Name', 'Naam'), name: 'name', fieldPath: 'name', required: true }),
    field({ label: L('Email', 'E-mail'), name: 'email', fieldPath: 'email', type: 'email' })),
    h('fieldset', { dataset: { field: 'roles' } }, h('legend', {}, L('Roles', 'Rollen')), h('div', { class: 'checks' }, ROLES.map((r) => h('label', {}, h('input', { type: 'checkbox', name: 'roles', value: r, checked: r === 'submitter' }), roleLabel(r))))),
    h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'person-create' }, L('Authorise and issue a token', 'Machtigen en token uitgeven'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const roles = [...form.querySelectorAll('input[name=roles]:checked')].map((i) => i.value);
    try {
      const issued = await api(base + '/submitters', { method: 'POST', body: { name: form.name.value, email: form.email.value || undefined, roles } });
      form.reset();
      issuedBox.replaceChildren(tokenOnce(issued));
      drawPeople(await api(base + '/submitters'));
      issuedBox.querySelector('code').scrollIntoView();
    } catch (err) { showProblem(form, err, (f) => ({ name: L('Name', 'Naam'), email: L('Email', 'E-mail') }[f] || (f.startsWith('roles') ? L('Roles', 'Rollen') : f))); }
  });
  add(view, form);
}

function tokensCell(base, p, issuedBox) {
  const box = h('div', {});
  const load = async () => {
    try {
      const tokens = await api(`${base}/submitters/${enc(p.id)}/tokens`);
      box.replaceChildren(h('ul', {}, tokens.map((t) => h('li', {}, h('code', {}, t.prefix + '…'), ' ', t.label || '', ' ',
        t.revokedAt ? h('span', { class: 'badge badge--muted' }, L('revoked', 'ingetrokken')) : h('button', { type: 'button', class: 'button button--small button--secondary', 'aria-label': L('Revoke token ', 'Token intrekken ') + t.prefix, onclick: async () => {
          try { await api(`${base}/submitters/${enc(p.id)}/tokens/${enc(t.id)}`, { method: 'DELETE' }); load(); } catch (e) { issuedBox.replaceChildren(errorNotice(e)); }
        } }, L('Revoke', 'Intrekken'))))),
      p.active ? h('button', { type: 'button', class: 'button button--small button--secondary', onclick: async () => {
        try { const issued = await api(`${base}/submitters/${enc(p.id)}/tokens`, { method: 'POST', body: {} }); issuedBox.replaceChildren(tokenOnce(issued)); load(); } catch (e) { issuedBox.replaceChildren(errorNotice(e)); }
      } }, L('New token', 'Nieuw token')) : null);
    } catch (e) { box.replaceChildren(e.message); }
  };
  load();
  return box;
}
