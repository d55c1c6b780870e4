import { L } from '../i18n.js';
import { h, add } from '../dom.js';
import { session } from '../api.js';

export async function render(view, args, params, { navigate }) {
  const tile = (href, title, text) => h('div', { class: 'panel' }, h('h2', {}, h('a', { href }, title)), h('p', {}, text));
  add(view, 
    h('h1', {}, 'Kringloop'),
    h('p', {}, L('The open register of circular product passports and the calculation server for the MKI (environmental cost indicator) of civil works. Every figure on these pages comes from the public API and names its data, rule and method.',
      'Het open register van circulaire productpaspoorten en de rekenserver voor de MKI (milieukostenindicator) van GWW-werken. Elk cijfer op deze pagina\'s komt uit de openbare API en noemt zijn gegevens, regel en methode.')),
    h('form', { role: 'search', action: '/passports', onsubmit: (e) => { e.preventDefault(); const q = e.target.text.value; navigate('/passports?text=' + encodeURIComponent(q)); } },
      h('div', { class: 'field' }, h('label', { for: 'home-q' }, L('Search the passport register', 'Zoek in het paspoortregister')),
        h('div', { class: 'actions', style: 'margin:0' }, h('input', { id: 'home-q', name: 'text', type: 'search' }), h('button', { class: 'button', type: 'submit' }, L('Search', 'Zoeken'))))),
    h('div', { class: 'cards-row' },
      tile('/passports', L('Passport register', 'Paspoortregister'), L('Read published passports: materials, critical raw materials, substances of very high concern, greenhouse gases, lifetime — with the register\'s own derivations and findings.', 'Lees gepubliceerde paspoorten: materialen, kritieke grondstoffen, ZZS, broeikasgassen, levensduur — met de afleidingen en bevindingen van het register.')),
      tile('/submit', L('Submit passports', 'Paspoorten aanleveren'), L('For suppliers: sign in with your personal token, create and publish passports, answer feedback.', 'Voor leveranciers: meld u aan met uw persoonlijke token, maak en publiceer paspoorten, beantwoord terugkoppeling.')),
      tile('/projects', L('MKI workbench', 'MKI-werkbank'), L('Projects with their object tree, lines, factors and findings under the RWS MKI protocol; variants side by side; the card library.', 'Projecten met objectboom, regels, factoren en bevindingen volgens het RWS-MKI-protocol; varianten naast elkaar; de kaartenbibliotheek.')),
      tile('/methodologies', L('Methodologies', 'Methodieken'), L('Every plugin of this server, the source section each extension implements, and its state.', 'Elke plug-in van deze server, de bronparagraaf die elke extensie implementeert, en de status.'))),
    session.me() ? null : h('p', {}, h('a', { href: '/signin' }, L('Sign in with a personal API token', 'Aanmelden met een persoonlijk API-token'))),
    h('p', { class: 'muted' }, L('For developers: ', 'Voor ontwikkelaars: '), h('a', { href: '/openapi/ui' }, L('API explorer', 'API-verkenner')), '.'));
}
