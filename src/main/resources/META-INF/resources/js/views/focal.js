// Focal point: pending requests of the own organization (approve / reject with a reason), the
// automatic-approval switch (TSB Circular 118), and the organization's participants.
import { h } from '../dom.js';
import { call } from '../api.js';
import { t } from '../i18n.js';
import { field, busy, showErrors, clearErrors, value } from '../form.js';
import { meetingPicker, participantsView } from '../participants.js';
import { signInPrompt } from './signin.js';

export default async function focal(root, { session }) {
  root.append(h('h1', {}, t('focal.title')));
  if (!session) { root.append(signInPrompt('/focal')); return; }
  const org = session.organization;
  root.append(h('p', {}, t('focal.intro', { org })));
  root.append(await pendingSection(org));
  root.append(autoApprovalSection(org));
  root.append(await participantsSection(org));
}

async function pendingSection(org) {
  const section = h('section', { 'aria-labelledby': 'pending-h', id: 'pending' }, h('h2', { id: 'pending-h' }, t('focal.pending')));
  const list = h('ul', { class: 'cards' });
  const load = async () => {
    const items = await call('pendingRegistrations', { organization: org });
    list.replaceChildren(...items.map((r) => request(r, load)));
    if (!items.length) list.replaceChildren(h('li', { class: 'muted' }, t('focal.nonePending')));
  };
  section.append(list);
  try { await load(); } catch (e) { section.append(h('p', { class: 'alert bad' }, e.message)); }
  return section;
}

function request(r, reload) {
  const meetingId = r.meeting?.id || r.meeting;
  const reasonField = field({ name: 'reason', label: t('focal.reason'), hint: t('focal.reasonHint'), attrs: { maxlength: '500' } });
  const form = h('form', { novalidate: true }, reasonField);
  const decide = async (decision, button) => {
    clearErrors(form);
    try {
      await busy(button, () => call('decideRegistration', { id: r.id, decision, reason: value(form, 'reason') || null }));
      await reload();
    } catch (e) { showErrors(form, e.errors || [], e.errors?.length ? null : e.message); }
  };
  const opts = Object.entries(r.options || {}).filter(([, v]) => v).map(([k]) => t(`register.optionLabel.${k}`));
  const approve = h('button', { type: 'button', onclick: () => decide('APPROVE', approve), dataset: { action: 'approve' } }, t('focal.approve'));
  const reject = h('button', { type: 'button', class: 'danger', onclick: () => decide('REJECT', reject), dataset: { action: 'reject' } }, t('focal.reject'));
  form.append(h('div', { class: 'actions' }, approve, reject));
  return h('li', { class: 'card pending-request', dataset: { id: r.id, meeting: meetingId } },
    h('h3', {}, r.name),
    h('p', {}, h('a', { href: `#/meeting/${meetingId}` }, r.meetingTitle || meetingId), r.role ? ` · ${r.role}` : '', r.late ? ` · ${t('my.late')}` : ''),
    opts.length ? h('p', { class: 'hint' }, `${t('register.options')}: ${opts.join(', ')}`) : null,
    form);
}

function autoApprovalSection(org) {
  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'auto-h', id: 'auto-approval' },
    h('h2', { id: 'auto-h' }, t('focal.auto')),
    h('p', { class: 'hint' }, t('focal.autoHint')),
    field({ name: 'scope', type: 'select', label: t('focal.scope'), value: 'ALL',
      options: ['ALL', 'GROUP', 'MEETING'].map((s) => [s, t(`focal.scopes.${s}`)]) }),
    field({ name: 'group', label: t('focal.group'), hint: t('meetings.groupHint') }),
    field({ name: 'meeting', label: t('focal.meeting'), hint: t('focal.meetingHint') }),
    field({ name: 'enabled', type: 'checkbox', label: t('focal.enabled') }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('common.save'))));
  const sync = () => {
    const scope = value(form, 'scope');
    form.querySelector('[data-field="group"]').hidden = scope !== 'GROUP';
    form.querySelector('[data-field="meeting"]').hidden = scope !== 'MEETING';
  };
  form.elements.scope.addEventListener('change', sync);
  sync();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const scope = value(form, 'scope');
    const errors = [];
    if (scope === 'GROUP' && !value(form, 'group')) errors.push({ field: 'group', message: t('validation.required') });
    if (scope === 'MEETING' && !value(form, 'meeting')) errors.push({ field: 'meeting', message: t('validation.required') });
    if (errors.length) { showErrors(form, errors); return; }
    try {
      await busy(form.querySelector('button[type=submit]'), () => call('setAutoApproval', {
        organization: org, scope, group: scope === 'GROUP' ? value(form, 'group').toUpperCase() : null,
        meeting: scope === 'MEETING' ? value(form, 'meeting') : null, enabled: value(form, 'enabled'),
      }));
      clearErrors(form);
      form.append(h('p', { class: 'alert ok', role: 'status' }, t(value(form, 'enabled') ? 'focal.autoOn' : 'focal.autoOff')));
    } catch (err) { showErrors(form, err.errors || [], err.errors?.length ? null : err.message); }
  });
  return form;
}

async function participantsSection(org) {
  const section = h('section', { 'aria-labelledby': 'part-h', id: 'participants' }, h('h2', { id: 'part-h' }, t('focal.participants')));
  const { select, wrap } = await meetingPicker('participants-meeting', t('focal.meeting'));
  const out = h('div', {});
  const show = async () => {
    try { out.replaceChildren(participantsView(await call('participants', { meeting: select.value, organization: org }))); } catch (e) { out.replaceChildren(h('p', { class: 'muted' }, e.message)); }
  };
  section.append(h('form', { onsubmit: (e) => { e.preventDefault(); show(); } }, wrap,
    h('button', { type: 'submit', class: 'secondary' }, t('focal.show'))), out);
  return section;
}

