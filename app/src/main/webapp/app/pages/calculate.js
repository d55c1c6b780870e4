// 4. Upload a project document and see its MKI without storing it (POST /api/mki/calculate).
import { L } from '../i18n.js';
import { h, add, clear, field, showProblem, clearErrors, readFile } from '../dom.js';
import { api } from '../api.js';
import { summary, moduleChart, objectTree, linesView, drawCharts } from './mki-result.js';

export async function render(view) {
  const out = h('div', { id: 'calc-result' });
  const form = h('form', { id: 'calc-form', novalidate: true },
    field({ label: L('Project document (JSON file)', 'Projectdocument (JSON-bestand)'), name: 'file', type: 'file', fieldPath: 'file', attrs: { accept: '.json,application/json' } }),
    field({ label: L('…or paste the document', '…of plak het document'), name: 'text', fieldPath: 'text', multiline: true }),
    h('button', { type: 'submit', class: 'button', id: 'calc-submit' }, L('Calculate', 'Berekenen')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearErrors(form);
    try {
      const f = form.file.files[0];
      const doc = f ? await readFile(f) : form.text.value;
      if (!doc.trim()) throw new Error(L('Choose a file or paste a document.', 'Kies een bestand of plak een document.'));
      const result = await api('/api/mki/calculate', { method: 'POST', body: doc });
      let parsed = null;
      try { parsed = JSON.parse(doc); } catch (x) { parsed = null; }
      const state = { object: '', section: '', severity: '', text: '', sort: null, dir: 'asc', open: null };
      const draw = () => { clear(out, h('h2', {}, result.name || L('Result', 'Resultaat')), summary(result), moduleChart(result),
        h('div', { class: 'two-col' }, h('div', {}, h('h3', {}, L('Objects', 'Objecten')), objectTree(result, state.object, (o) => { state.object = o; draw(); })),
          h('div', {}, h('h3', {}, L('Lines', 'Regels')), linesView(result, parsed, state, { onChange: (s) => { Object.assign(state, s); draw(); } })))); drawCharts(out); };
      draw();
    } catch (err) { showProblem(form, err, (x) => L('In the document, ', 'In het document, ') + x); }
  });
  add(view, h('h1', {}, L('Calculate a document', 'Document berekenen')),
    h('p', {}, L('The same JSON document a project exports: cards, objects, lines. Nothing is stored.', 'Hetzelfde JSON-document dat een project exporteert: kaarten, objecten, regels. Er wordt niets opgeslagen.')), form, out);
}
