// The app shell: navigation, language, sign-in state, and the router that draws each page from the API.
import { L, lang, setLang } from './i18n.js';
import { session, serverListeners } from './api.js';
import { h, clear, errorNotice, loading } from './dom.js';
import { routes, navItems } from './routes.js';

const main = document.getElementById('main');
const nav = document.getElementById('site-nav');

setLang(lang);

function renderChrome() {
  const here = location.pathname;
  clear(nav, h('ul', {}, navItems().filter((n) => !n.role || n.role.some((r) => session.has(r))).map((n) =>
    h('li', {}, h('a', { href: n.href, 'aria-current': here === n.href || here.startsWith(n.href + '/') ? 'page' : null }, n.label())))));
  nav.setAttribute('aria-label', L('Main menu', 'Hoofdmenu'));
  const me = session.me();
  clear(document.getElementById('who'), me
    ? [h('span', {}, L('Signed in: ', 'Aangemeld: '), h('strong', { id: 'who-name' }, me.name)), ' ',
      h('button', { type: 'button', class: 'button button--subtle', id: 'sign-out', onclick: signOut }, L('Sign out', 'Afmelden'))]
    : h('a', { href: '/signin', id: 'sign-in-link' }, L('Sign in', 'Aanmelden')));
  const sw = document.getElementById('lang-switch');
  sw.textContent = lang === 'nl' ? 'English' : 'Nederlands';
  sw.lang = lang === 'nl' ? 'en' : 'nl';
  document.getElementById('skip-link').textContent = L('Skip to content', 'Naar de inhoud');
  document.getElementById('footer-api').textContent = L('API explorer (OpenAPI UI)', 'API-verkenner (OpenAPI UI)');
  document.getElementById('footer-health').textContent = L('Readiness', 'Gereedheid');
  clear(document.getElementById('footer-demo'), L('The MKI demo project is ', 'Het MKI-demoproject is '),
    h('strong', {}, L('illustrative', 'illustratief (illustrative)')),
    L(': invented product cards, not real data.', ': verzonnen productkaarten, geen echte gegevens.'));
}

function signOut() {
  session.signOut();
  navigate('/');
}

serverListeners.add((ok, message) => {
  const s = document.getElementById('server-status');
  s.hidden = ok;
  s.textContent = ok ? '' : message;
});

let renderId = 0;
export async function route() {
  const id = ++renderId;
  delete document.documentElement.dataset.chartsDrawnMs;
  delete document.documentElement.dataset.pageReady;
  renderChrome();
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const params = new URLSearchParams(location.search);
  let found = null;
  for (const r of routes) {
    const m = path.match(r.pattern);
    if (m) { found = { r, args: m.slice(1).map(decodeURIComponent) }; break; }
  }
  clear(main, loading());
  try {
    if (!found) {
      clear(main, h('h1', { tabindex: '-1' }, L('Page not found', 'Pagina niet gevonden')),
        h('p', {}, L('There is no page at ', 'Er is geen pagina op '), h('code', {}, path), '. ', h('a', { href: '/' }, L('Go to the start page', 'Naar de startpagina'))));
    } else {
      const mod = await found.r.page();
      if (id !== renderId) return;
      const view = h('div', {});
      await mod.render(view, found.args, params, { navigate, isCurrent: () => id === renderId });
      if (id !== renderId) return;
      main.replaceChildren(view);
      if (view._afterAttach) view._afterAttach();
    }
  } catch (e) {
    if (id !== renderId) return;
    console.error(e);
    clear(main, h('h1', { tabindex: '-1' }, L('This page could not be shown', 'Deze pagina kon niet worden getoond')), errorNotice(e));
  }
  const h1 = main.querySelector('h1');
  document.title = (h1 ? h1.textContent + ' — ' : '') + 'Kringloop';
  if (h1 && navigated) { h1.setAttribute('tabindex', '-1'); h1.focus(); }
  document.documentElement.dataset.pageReady = path;
}

let navigated = false;
export function navigate(href, { replace } = {}) {
  navigated = true;
  if (replace) history.replaceState(null, '', href); else history.pushState(null, '', href);
  route();
}

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || a.target || a.hasAttribute('download')) return;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || url.hash && url.pathname === location.pathname) return;
  if (!routes.some((r) => r.pattern.test(url.pathname.replace(/\/+$/, '') || '/'))) return;
  e.preventDefault();
  navigate(url.pathname + url.search);
});

window.addEventListener('popstate', () => { navigated = true; route(); });
document.getElementById('lang-switch').addEventListener('click', () => {
  setLang(lang === 'nl' ? 'en' : 'nl');
  route();
});

route();
