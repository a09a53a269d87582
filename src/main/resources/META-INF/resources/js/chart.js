// Horizontal bar chart as inline SVG (no library): accessible name, a <title> per bar, and the
// numbers printed beside the bars so no information rests on colour or length alone.
import { t, number, percent } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const el = (name, attrs, text) => {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
};

/** data: {label: count}; labelOf(key) → display label. */
export function barChart(title, data, labelOf = (k) => k) {
  const entries = Object.entries(data || {}).sort((a, b) => b[1] - a[1]);
  const max = Math.max(1, ...entries.map(([, v]) => v));
  const rowH = 30; const labelW = 140; const barW = 170; const width = labelW + barW + 60;
  const height = Math.max(1, entries.length) * rowH + 8;
  const svg = el('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title });
  svg.append(el('title', {}, title));
  if (!entries.length) svg.append(el('text', { x: 0, y: 18 }, t('stats.noData')));
  entries.forEach(([k, v], i) => {
    const y = 4 + i * rowH;
    const w = Math.max(2, Math.round((v / max) * barW));
    const g = el('g', {});
    g.append(el('title', {}, `${labelOf(k)}: ${number(v)}`));
    g.append(el('text', { x: labelW - 6, y: y + 16, 'text-anchor': 'end' }, truncate(labelOf(k))));
    g.append(el('rect', { x: labelW, y: y + 3, width: w, height: rowH - 8, fill: '#00539b' }));
    g.append(el('text', { x: labelW + w + 6, y: y + 16 }, number(v)));
    svg.append(g);
  });
  return svg;
}

/** Women's share of those who declared a gender, as one stacked bar. */
export function shareBar(title, women, declared, serverShare) {
  const share = typeof serverShare === 'number' ? serverShare : (declared ? women / declared : 0);
  const w = 280;
  const svg = el('svg', { class: 'chart', viewBox: `0 0 ${w + 10} 50`, width: w + 10, height: 50, role: 'img', 'aria-label': `${title}: ${percent(share)}` });
  svg.append(el('title', {}, `${title}: ${percent(share)}`));
  svg.append(el('rect', { x: 0, y: 4, width: w, height: 20, fill: '#dfe3e8', stroke: '#4d5662' }));
  svg.append(el('rect', { x: 0, y: 4, width: Math.round(share * w), height: 20, fill: '#7a2e8e' }));
  svg.append(el('text', { x: 0, y: 44 }, t('stats.womenShareValue', { share: percent(share), women: number(women), declared: number(declared) })));
  return svg;
}

const truncate = (s) => (String(s).length > 22 ? `${String(s).slice(0, 21)}…` : String(s));
