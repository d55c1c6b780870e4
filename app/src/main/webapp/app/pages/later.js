// Pages whose API comes with later work: portfolios and Circular Due Diligence (analyses), MKI reports.
import { L } from '../i18n.js';
import { h, add, notice } from '../dom.js';

export async function render(view) {
  const portfolio = location.pathname.startsWith('/portfolios');
  add(view, h('h1', {}, portfolio ? L('Portfolios', 'Portfolio\'s') : L('MKI reports', 'MKI-rapportages')),
    notice('info', h('p', {}, portfolio
      ? L('Portfolios, their analyses and the Circular Due Diligence report are not offered by this server yet.', 'Portfolio\'s, hun analyses en het Circular Due Diligence-rapport worden door deze server nog niet aangeboden.')
      : L('Realisation, registers and issued reports of MKI projects are not offered by this server yet.', 'Realisatie, registers en uitgegeven rapportages van MKI-projecten worden door deze server nog niet aangeboden.'))),
    h('p', {}, h('a', { href: portfolio ? '/passports' : '/projects' }, portfolio ? L('Go to the passport register', 'Naar het paspoortregister') : L('Go to the MKI projects', 'Naar de MKI-projecten'))));
}
