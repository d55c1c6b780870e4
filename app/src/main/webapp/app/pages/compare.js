// 4. Variants side by side: totals, per module and per object, and the lines that differ, with a chart.
import { L, fmt } from '../i18n.js';
import { h, add, table, figure } from '../dom.js';
import { api } from '../api.js';
import { chart, drawCharts } from '../charts.js';

const enc = encodeURIComponent;

export async function render(view, [id], params) {
  const ids = (params.get('ids') || '').split(',').filter(Boolean);
  const c = await api('/api/mki/projects/compare?ids=' + ids.map(enc).join(','));
  const names = c.variants.map((v) => v.variantLabel || L('original', 'origineel'));
  add(view, h('p', { class: 'muted' }, h('a', { href: '/projects/' + enc(id) }, L('Back to the project', 'Terug naar het project'))),
    h('h1', {}, L('Variants compared', 'Varianten vergeleken')),
    table([
      { label: L('Variant', 'Variant'), cell: (v, i) => h('a', { href: '/projects/' + enc(v.id) }, v.variantLabel || v.name) },
      { label: L('Valid', 'Geldig'), cell: (v) => v.valid ? L('yes', 'ja') : L('no', 'nee') },
      { label: L('Total MKI', 'Totale MKI'), num: true, cell: (v) => figure(v.totalMkiEuro, fmt.euro(v.totalMkiEuro), { dataset: { variantTotal: v.id } }) },
      { label: L('Difference with the first', 'Verschil met de eerste'), num: true, cell: (v) => fmt.euro(v.totalMkiEuro - c.variants[0].totalMkiEuro) },
    ], c.variants, { id: 'table-compare' }),
    chart({ name: 'compare-modules', title: L('MKI per LCA module per variant, euro', 'MKI per LCA-module per variant, euro'), labels: c.byModule.map((r) => r.key),
      datasets: names.map((n, i) => ({ label: n, data: c.byModule.map((r) => r.mkiEuro[i]) })), format: fmt.euro, tick: (x) => '€ ' + fmt.num(x, 0), labelHeader: L('Module', 'Module'), height: '18rem' }),
    h('h2', {}, L('Per object (with everything below it)', 'Per object (met alles eronder)')),
    table([{ label: L('Object', 'Object'), cell: (r) => r.name || r.key }, ...names.map((n, i) => ({ label: n, num: true, cell: (r) => r.mkiEuro[i] == null ? '—' : fmt.euro(r.mkiEuro[i]) }))], c.byObject, { id: 'table-compare-objects' }),
    h('h2', {}, L('Lines that differ', 'Regels die verschillen')),
    c.lineDifferences.length ? table([
      { label: L('Line', 'Regel'), cell: (d) => d.lineId },
      { label: L('Change', 'Wijziging'), cell: (d) => ({ added: L('added', 'toegevoegd'), removed: L('removed', 'verwijderd'), changed: L('changed', 'gewijzigd') }[d.change] || d.change) },
      ...names.map((n, i) => ({ label: n, cell: (d) => { const s = d.lines[i]; return s ? `${s.card} · ${fmt.qty(s.quantity, s.unit)} · ${fmt.euro(s.mkiEuro)}` : '—'; } })),
    ], c.lineDifferences, { id: 'table-compare-lines' }) : h('p', {}, L('No line differs.', 'Geen regel verschilt.')));
  view._afterAttach = () => drawCharts(view);
}
