// Meetings list: upcoming first, filter by study group, paged with the function's cursor.
import { h } from '../dom.js';
import { get } from '../api.js';
import { t, dateRange, label } from '../i18n.js';
import { field } from '../form.js';

export default async function meetings(root, { params }) {
  const group = params.get('group') || '';
  const past = params.get('past') === '1';
  const today = new Date().toISOString().slice(0, 10);
  root.append(h('h1', {}, t('meetings.title')));

  const form = h('form', { class: 'panel', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const q = new URLSearchParams();
    const g = form.elements.group.value.trim().toUpperCase();
    if (g) q.set('group', g);
    if (form.elements.past.checked) q.set('past', '1');
    location.hash = `#/?${q}`;
  } },
  field({ name: 'group', label: t('meetings.group'), value: group, hint: t('meetings.groupHint'), attrs: { autocomplete: 'off' } }),
  field({ name: 'past', type: 'checkbox', label: t('meetings.includePast'), value: past }),
  h('button', { type: 'submit' }, t('meetings.filter')));
  root.append(form);

  const list = h('ul', { class: 'cards', 'aria-label': t('meetings.title') });
  root.append(list);
  const more = h('div', { class: 'actions' });
  root.append(more);

  async function page(cursor) {
    const res = await get('meetings', past ? { group, to: today, order: 'desc', limit: 20, cursor } : { group, from: today, order: 'asc', limit: 20, cursor });
    for (const m of res.items) list.append(card(m));
    more.replaceChildren();
    if (!list.children.length) list.replaceWith(h('p', {}, t('meetings.none')));
    if (res.next) {
      more.append(h('button', { type: 'button', class: 'secondary', onclick: () => page(res.next) }, t('meetings.more')));
    }
  }
  await page(null);
}

function card(m) {
  const reg = (m.deadlines || []).find((d) => d.kind === 'REGISTRATION');
  return h('li', { class: 'card' },
    h('h2', {}, h('a', { href: `#/meeting/${m.id}` }, m.title)),
    h('p', {}, `${m.group} · ${dateRange(m.start, m.end)} · ${label('mode', m.mode)}${m.place ? ` · ${m.place}` : ''}`),
    reg ? h('p', {}, h('span', { class: `badge ${reg.open ? 'open' : 'closed'}` },
      reg.open ? t('meetings.registrationOpen') : t('meetings.registrationClosed'))) : null);
}
