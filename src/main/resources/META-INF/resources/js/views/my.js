// "My registrations": each request's state, withdraw, and the join link once approved.
import { h } from '../dom.js';
import { call } from '../api.js';
import { t, label, dateTime, readerZone } from '../i18n.js';
import { busy } from '../form.js';
import { signInPrompt } from './signin.js';

const WITHDRAWABLE = new Set(['PENDING_APPROVAL', 'APPROVED', 'WAITLISTED']);

export default async function my(root, { session, rerender }) {
  root.append(h('h1', {}, t('my.title')));
  if (!session) { root.append(signInPrompt('/my')); return; }
  const list = await call('myRegistrations', {});
  if (!list.length) {
    root.append(h('p', {}, t('my.none')), h('a', { href: '#/' }, t('nav.meetings')));
    return;
  }
  const cards = h('ul', { class: 'cards' });
  root.append(cards);
  for (const r of list) cards.append(await card(r, rerender));
}

async function card(r, rerender) {
  const meetingId = r.meeting?.id || r.meeting;
  const title = r.meetingTitle || r.meeting?.title || meetingId;
  const li = h('li', { class: 'card registration', dataset: { meeting: meetingId, status: r.status } },
    h('h2', {}, h('a', { href: `#/meeting/${meetingId}` }, title)),
    h('p', {}, h('span', { class: `badge ${r.status}` }, label('status', r.status)),
      r.late ? ` · ${t('my.late')}` : '', r.organization ? ` · ${r.organization}` : ''),
    r.reason ? h('p', {}, t('my.reason', { reason: r.reason })) : null);
  const actions = h('div', { class: 'actions' });
  li.append(actions);
  if (r.status === 'APPROVED') {
    try {
      const a = await call('remoteAccess', { meeting: meetingId });
      li.insertBefore(h('p', { class: 'join' },
        h('a', { class: 'button', href: a.link, rel: 'noopener', id: `join-${meetingId}` }, t('my.join')), ' ',
        h('span', { class: 'hint' }, t('my.joinExpires', { when: dateTime(a.expiresAt, readerZone()) }))), actions);
    } catch (e) {
      li.insertBefore(h('p', { class: 'muted' }, t('my.joinUnavailable', { reason: e.message })), actions);
    }
  } else if (r.status === 'PENDING_APPROVAL') {
    li.insertBefore(h('p', { class: 'hint' }, t('my.pendingHint')), actions);
  }
  if (WITHDRAWABLE.has(r.status)) {
    const button = h('button', { type: 'button', class: 'danger', onclick: async () => {
      if (!window.confirm(t('my.confirmWithdraw', { title }))) return;
      try {
        await busy(button, () => call('withdrawRegistration', { id: r.id }));
        await rerender();
      } catch (e) { actions.append(h('p', { class: 'error', role: 'alert' }, e.message)); }
    } }, t('my.withdraw'));
    actions.append(button);
  }
  return li;
}
