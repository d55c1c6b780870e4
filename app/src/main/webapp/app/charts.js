// Charts with Chart.js (WebJar, loaded by index.html). Every chart is a figure with a caption, a canvas with a
// text summary for screen readers, and the same figures as a table (WCAG 1.1.1: a table alternative).
import { h, uid } from './dom.js';
import { L } from './i18n.js';

// distinguishable on white with at least 3:1 contrast (WCAG 1.4.11)
export const PALETTE = ['#154273', '#ca005d', '#39870c', '#8f4c00', '#007bc7', '#5c2d91', '#b3000c', '#275d0b', '#6b6b6b', '#01689b'];

/**
 * @param spec {title, type: 'bar'|'line'|'doughnut', labels, datasets: [{label, data}], format(x) -> text, horizontal}
 */
export function chart(spec) {
  const id = uid('chart');
  const canvas = h('canvas', { role: 'img', 'aria-label': summary(spec) });
  const fig = h('figure', { class: 'chart', id, 'aria-labelledby': id + '-cap', dataset: { chart: spec.name || '' } },
    h('figcaption', { id: id + '-cap' }, spec.title),
    h('div', { class: 'chart__canvas', style: spec.height ? `height:${spec.height}` : null }, canvas),
    h('details', { open: spec.tableOpen || null },
      h('summary', {}, L('Figures as a table', 'Cijfers als tabel')),
      dataTable(spec)));
  fig._draw = () => {
    const existing = window.Chart?.getChart(canvas);
    if (existing) existing.destroy();
    if (!window.Chart) {
      fig.querySelector('.chart__canvas').replaceChildren(h('p', { class: 'muted' }, L('Charts could not be loaded; the table below has the figures.', 'Grafieken konden niet worden geladen; de tabel hieronder heeft de cijfers.')));
      return;
    }
    const multi = spec.datasets.length > 1;
    new window.Chart(canvas, {
      type: spec.type || 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map((d, i) => ({
          label: d.label,
          data: d.data,
          backgroundColor: spec.type === 'doughnut' ? spec.labels.map((_, j) => PALETTE[j % PALETTE.length]) : PALETTE[i % PALETTE.length],
          // a line chart (figures over the reports) draws its series as lines, one colour each
          borderColor: spec.type === 'line' ? PALETTE[i % PALETTE.length] : undefined,
          borderWidth: spec.type === 'doughnut' ? 1 : spec.type === 'line' ? 2 : 0,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        plugins: {
          legend: { display: multi || spec.type === 'doughnut', position: 'bottom' },
          tooltip: { callbacks: { label: (c) => (c.dataset.label ? c.dataset.label + ': ' : '') + spec.format(c.parsed?.y ?? c.parsed?.x ?? c.parsed) } },
        },
        scales: spec.type === 'doughnut' ? {} : {
          [spec.horizontal ? 'x' : 'y']: { ticks: { callback: (v) => (spec.tick || spec.format)(v) } },
        },
      },
    });
  };
  return fig;
}

function dataTable(spec) {
  return h('table', {},
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, spec.labelHeader || ''), spec.datasets.map((d) => h('th', { scope: 'col', class: 'num' }, d.label || spec.valueHeader || L('Value', 'Waarde'))))),
    h('tbody', {}, spec.labels.map((label, i) => h('tr', {},
      h('th', { scope: 'row' }, label),
      spec.datasets.map((d) => h('td', { class: 'num', dataset: { value: String(d.data[i]) } }, d.data[i] === null || d.data[i] === undefined ? '—' : spec.format(d.data[i])))))));
}

function summary(spec) {
  const parts = spec.labels.slice(0, 12).map((l, i) => l + ' ' + spec.datasets.map((d) => spec.format(d.data[i])).join(' / '));
  return spec.title + ': ' + parts.join('; ') + (spec.labels.length > 12 ? '; …' : '');
}

/** draws every chart under root, then records when the page's charts were drawn (the browser tests read it) */
export function drawCharts(root) {
  root.querySelectorAll('figure.chart').forEach((f) => f._draw && f._draw());
  requestAnimationFrame(() => {
    document.documentElement.dataset.chartsDrawnMs = String(Math.round(performance.now()));
  });
}
