// 6. Methodologies: every plugin, its extensions and the source section each implements, its state and failure.
import { L } from '../i18n.js';
import { h, add, table, notice } from '../dom.js';
import { api } from '../api.js';

export async function render(view) {
  const m = await api('/api/methodologies');
  const failed = m.plugins.filter((p) => p.state !== 'STARTED' || (p.extensions || []).some((e) => e.state !== 'AVAILABLE'));
  add(view, h('h1', {}, L('Methodologies', 'Methodieken')),
    h('p', {}, L('Every calculation method of this server is a plugin. A plugin that fails is listed with its reason and never takes the server down.', 'Elke rekenmethode van deze server is een plug-in. Een plug-in die faalt staat hier met de reden en haalt de server nooit onderuit.')),
    failed.length ? notice('warning', h('p', {}, L(`${failed.length} plugin(s) are not fully working: `, `${failed.length} plug-in(s) werken niet volledig: `) + failed.map((p) => p.id || p.path).join(', ') + '.')) : null,
    m.plugins.map((p) => h('section', { class: 'panel', style: 'margin-bottom:1rem', dataset: { plugin: p.id || p.path } },
      h('h2', {}, (p.id || p.path) + ' ', h('span', { class: 'muted' }, p.version || ''), ' ',
        h('span', { class: 'badge badge--' + (p.state === 'STARTED' ? 'ok' : 'error') }, p.state === 'STARTED' ? L('started', 'gestart') : p.state)),
      p.description ? h('p', {}, p.description) : null,
      p.reason ? notice('error', h('p', {}, h('strong', {}, L('Failure: ', 'Fout: ')), p.reason)) : null,
      h('p', { class: 'muted' }, (p.provider ? p.provider + ' · ' : '') + (p.path || '')),
      (p.extensions || []).length ? table([
        { label: L('Extension point', 'Extensiepunt'), cell: (e) => e.extensionPoint },
        { label: L('Id and name', 'Id en naam'), cell: (e) => [h('code', {}, e.id || '—'), e.name ? ' ' + e.name : ''] },
        { label: L('Implements', 'Implementeert'), cell: (e) => (e.implementsRules || []).join(', ') || '—' },
        { label: L('State', 'Status'), cell: (e) => [h('span', { class: 'badge badge--' + (e.state === 'AVAILABLE' ? 'ok' : 'error') }, e.state), e.reason ? h('div', { class: 'muted' }, e.reason) : null] },
      ], p.extensions) : null)));
}
