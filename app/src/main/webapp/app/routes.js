// Every page and its URL. Each URL can be shared and opened directly: the server answers a browser's request
// for these paths with the app shell (nl.kringloop.web.AppShellFilter, whose PAGES list the first segments).
//
// Slots for what comes with later API work: MKI reports (realisation, registers, issued reports, Annex B and PDF
// downloads) get routes under /projects/{id}/reports…, portfolios and Circular Due Diligence under
// /portfolios… — add the page module here and its menu entry in navItems; the shell already serves the paths.
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
  // issue 18 (portfolios, analyses, CDD) and issue 17 (MKI reports): placeholders until their APIs are merged
  { pattern: /^\/portfolios(?:\/([^/]+))?$/, page: page('later') },
  { pattern: /^\/projects\/([^/]+)\/reports(?:\/.*)?$/, page: page('later') },
];

/** the main menu; role: shown only to people signed in with one of these roles */
export const navItems = () => [
  { href: '/passports', label: () => L('Passport register', 'Paspoortregister') },
  { href: '/submit', label: () => L('My passports', 'Mijn paspoorten'), role: ['submitter'] },
  { href: '/projects', label: () => L('MKI projects', 'MKI-projecten') },
  { href: '/cards', label: () => L('Card library', 'Kaartenbibliotheek') },
  { href: '/calculate', label: () => L('Calculate a document', 'Document berekenen') },
  { href: '/methodologies', label: () => L('Methodologies', 'Methodieken') },
  { href: '/admin', label: () => L('Administration', 'Beheer'), role: ['admin'] },
];
