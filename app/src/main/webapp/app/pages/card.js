// 4. One product card: its data category, unit, source, and impacts per module and indicator.
import { L, fmt } from '../i18n.js';
import { h, add, table } from '../dom.js';
import { api } from '../api.js';
import { orderModules } from './mki-result.js';

export async function render(view, [id], params) {
  const v = params.get('libraryVersion');
  const c = await api('/api/mki/cards/' + encodeURIComponent(id) + (v ? '?libraryVersion=' + encodeURIComponent(v) : ''));
  const mods = orderModules(Object.keys(c.impacts || {}));
  const indicators = [...new Set(mods.flatMap((m) => Object.keys(c.impacts[m])))];
  add(view, h('p', { class: 'muted' }, h('a', { href: '/cards' }, L('Card library', 'Kaartenbibliotheek'))), h('h1', {}, c.name || c.id),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Id'), h('dd', {}, h('code', {}, c.id)),
      h('dt', {}, L('Unit', 'Eenheid')), h('dd', {}, c.unit),
      h('dt', {}, L('Data category', 'Datacategorie')), h('dd', {}, c.dataCategory + (c.representative ? ' · ' + L('representative', 'representatief') : '')),
      h('dt', {}, L('Lifespan', 'Levensduur')), h('dd', {}, c.lifespanYears != null ? fmt.years(c.lifespanYears) : '—'),
      h('dt', {}, L('Source', 'Bron')), h('dd', {}, c.source || '—'),
      h('dt', {}, L('Library version', 'Bibliotheekversie')), h('dd', {}, c.libraryVersion || '—')),
    h('h2', {}, L('Impacts per functional unit', 'Impacts per functionele eenheid')),
    table([{ label: L('Indicator', 'Indicator'), cell: (i) => i }, ...mods.map((m) => ({ label: m, num: true, cell: (i) => c.impacts[m][i] == null ? '—' : fmt.num(c.impacts[m][i], 6) }))], indicators, { id: 'table-card' }));
}
