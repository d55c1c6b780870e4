import { L } from '../i18n.js';
import { h, add, field, showProblem, clearErrors } from '../dom.js';
import { api, session } from '../api.js';

export async function render(view, args, params, { navigate }) {
  const form = h('form', { id: 'signin-form', novalidate: true },
    field({ label: L('Personal API token', 'Persoonlijk API-token'), name: 'token', type: 'password', fieldPath: 'token', required: true,
      hint: L('Paste the token the governance administrator gave you. It is kept in this browser tab only and forgotten when you close it or sign out.',
        'Plak het token dat u van de beheerder kreeg. Het blijft alleen in dit browsertabblad en wordt vergeten als u het sluit of zich afmeldt.'),
      attrs: { autocomplete: 'off', spellcheck: 'false' } }),
    h('div', { class: 'actions' }, h('button', { class: 'button', type: 'submit', id: 'signin-submit' }, L('Sign in', 'Aanmelden'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    const token = form.token.value.trim();
    try {
      if (!token) throw Object.assign(new Error(L('Enter your token.', 'Vul uw token in.')), {});
      const me = await api('/api/me', { token });
      session.signIn(token, me);
      const next = params.get('next');
      navigate(next && next.startsWith('/') ? next : me.roles.includes('admin') ? '/admin' : me.roles.includes('submitter') ? '/submit' : '/projects');
    } catch (err) {
      if (err.status === 401) err.message = L('This token is not valid (or has been revoked).', 'Dit token is niet geldig (of ingetrokken).');
      err.field = 'token';
      err.problem = { field: 'token', detail: err.message };
      err.errors = [];
      showProblem(form, err, () => L('Token', 'Token'));
    }
  });
  add(view, h('h1', {}, L('Sign in', 'Aanmelden')), form);
}
