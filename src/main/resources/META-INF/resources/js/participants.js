// Participants of a meeting (one organization for a focal point, all for the secretariat), with
// the statistics as charts: by status, category, country, and women's share.
import { h, table } from './dom.js';
import { get } from './api.js';
import { t, label, number } from './i18n.js';
import { barChart, shareBar } from './chart.js';

/** A meeting picker filled from the meetings function. */
export async function meetingPicker(name, labelText) {
  // Meetings of the last year and the next, soonest first: the ones statistics are asked for.
  const from = new Date(Date.now() - 400 * 86400e3).toISOString().slice(0, 10);
  const to = new Date(Date.now() + 365 * 86400e3).toISOString().slice(0, 10);
  const res = await get('meetings', { from, to, order: 'asc', limit: 50 });
  const id = `pick-${name}`;
  const select = h('select', { id, name }, res.items.map((m) => h('option', { value: m.id }, `${m.id} — ${m.title}`)));
  return { select, wrap: h('div', { class: 'field' }, h('label', { for: id }, labelText), select) };
}

export function participantsView(result, { showTable = true } = {}) {
  const s = result.stats || {};
  const box = h('div', { class: 'participants' });
  if (showTable) {
    const items = result.items || [];
    box.append(items.length
      ? table(t('participants.list', { n: number(items.length) }), [t('participants.name'), t('participants.organization'), t('participants.role'), t('participants.status')],
        items.map((p) => [p.name, p.organization, p.role || '', h('span', { class: `badge ${p.status}` }, label('status', p.status))]))
      : h('p', { class: 'muted' }, t('participants.none')));
  }
  box.append(h('div', { class: 'grid' },
    figure(t('stats.byStatus'), barChart(t('stats.byStatus'), s.byStatus, (k) => label('status', k))),
    figure(t('stats.byCategory'), barChart(t('stats.byCategory'), s.byCategory, (k) => label('category', k))),
    figure(t('stats.byCountry'), barChart(t('stats.byCountry'), s.byCountry)),
    figure(t('stats.womenShare'), shareBar(t('stats.womenShare'), s.women || 0, s.declaredGender || 0, s.womenShare))));
  return box;
}

const figure = (caption, svg) => h('figure', { class: 'panel' }, h('figcaption', {}, h('strong', {}, caption)), svg);
