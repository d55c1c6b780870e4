// Every page and its URL. Each URL can be shared and opened directly: the server answers a browser's request
// for these paths with the app shell (nl.kringloop.web.AppShellFilter, whose PAGES list the first segments).
import { L } from './i18n.js';

const page = (name) => () => import('./pages/' + name + '.js');

export const routes = [
  { pattern: /^\/$/, page: page('home') },
  { pattern: /^\/signin$/, page: page('signin') },
  { pattern: /^\/passports$/, page: page('register') },
  { pattern: /^\/passports\/([^/]+)$/, page: page('passport') },
  { pattern: /^\/passports\/([^/]+)\/versions\/(\d+)$/, page: page('passport') },
  { pattern: /^\/submit$/, page: page('submit') },
  { pattern: /^\/submit\/(new)$/, page: page('passport-edit') },
  { pattern: /^\/submit\/([^/]+)$/, page: page('passport-edit') },
  { pattern: /^\/admin$/, page: page('admin') },
  { pattern: /^\/admin\/organisations\/([^/]+)$/, page: page('admin-organisation') },
  { pattern: /^\/projects$/, page: page('projects') },
  { pattern: /^\/projects\/([^/]+)\/compare$/, page: page('compare') },
  { pattern: /^\/projects\/([^/]+)$/, page: page('project') },
  { pattern: /^\/cards$/, page: page('cards') },
  { pattern: /^\/cards\/([^/]+)$/, page: page('card') },
  { pattern: /^\/calculate$/, page: page('calculate') },
  { pattern: /^\/methodologies$/, page: page('methodologies') },
  { pattern: /^\/projects\/([^/]+)\/reports$/, page: page('reports') },
  { pattern: /^\/projects\/([^/]+)\/reports\/(\d+)$/, page: page('report') },
  { pattern: /^\/portfolios$/, page: page('portfolios') },
  { pattern: /^\/portfolios\/([^/]+)$/, page: page('portfolio') },
];

/** the main menu; role: shown only to people signed in with one of these roles */
export const navItems = () => [
  { href: '/passports', label: () => L('Passport register', 'Paspoortregister') },
  { href: '/submit', label: () => L('My passports', 'Mijn paspoorten'), role: ['submitter'] },
  { href: '/projects', label: () => L('MKI projects', 'MKI-projecten') },
  { href: '/portfolios', label: () => L('Portfolios', 'Portfolio\'s') },
  { href: '/cards', label: () => L('Card library', 'Kaartenbibliotheek') },
  { href: '/calculate', label: () => L('Calculate a document', 'Document berekenen') },
  { href: '/methodologies', label: () => L('Methodologies', 'Methodieken') },
  { href: '/admin', label: () => L('Administration', 'Beheer'), role: ['admin'] },
];
