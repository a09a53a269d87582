// Registration form: only the options this meeting offers; Member-State-only options only when the
// chosen organization is a Member State. The server enforces every rule again and its field errors
// are shown beside the fields.
import { h } from '../dom.js';
import { get, call, ApiError } from '../api.js';
import { t, label, dateRange, dateTime, readerZone } from '../i18n.js';
import { field, check, rules, showErrors, clearErrors, busy, value } from '../form.js';

export default async function register(root, { match, session }) {
  const id = match[1];
  const m = await get('meeting', { id });
  root.append(h('p', { class: 'muted' }, h('a', { href: `#/meeting/${id}` }, m.title)),
    h('h1', {}, t('register.title')),
    h('p', {}, `${m.title} · ${dateRange(m.start, m.end)}`));
  if (!session) {
    root.append(h('div', { class: 'alert' }, h('p', {}, t('register.signInFirst')),
      h('a', { class: 'button', href: `#/signin?next=${encodeURIComponent(`/meeting/${id}/register`)}` }, t('nav.signIn'))));
    return;
  }
  const reg = (m.deadlines || []).find((d) => d.kind === 'REGISTRATION');
  if (reg && !reg.open && !m.lateRegistration) {
    root.append(closed(m, reg));
    return;
  }
  if (reg?.open) {
    root.append(h('p', { class: 'hint' }, t('register.closesAt', { when: dateTime(reg.closesAt, readerZone()) })));
  }

  let orgs = [];
  try { orgs = await call('organizations', {}); } catch { orgs = []; }
  const categoryOf = (orgId) => orgs.find((o) => o.id === orgId)?.category;

  const orgField = orgs.length
    ? field({ name: 'organization', type: 'select', label: t('register.organization'), required: true, value: session.organization,
      options: [['', t('register.chooseOrganization')], ...orgs.map((o) => [o.id, `${o.name} (${label('category', o.category)}${o.country ? `, ${o.country}` : ''})`])] })
    : field({ name: 'organization', label: t('register.organization'), required: true, value: session.organization, attrs: { autocomplete: 'organization' } });

  const languages = m.languages || [];
  const offered = [];
  if (m.mode !== 'ON_SITE') offered.push(field({ name: 'remoteParticipation', type: 'checkbox', label: t('register.remote'), value: m.mode === 'VIRTUAL', hint: t('register.remoteHint') }));
  if (m.interpretation) offered.push(field({ name: 'interpretation', type: 'checkbox', label: t('register.interpretation') }));
  if (m.visaSupport && m.mode !== 'VIRTUAL') offered.push(field({ name: 'visaLetter', type: 'checkbox', label: t('register.visaLetter') }));
  const memberState = h('fieldset', { id: 'member-state-options' }, h('legend', {}, t('register.memberStateOnly')),
    field({ name: 'headOfDelegation', type: 'checkbox', label: t('register.headOfDelegation') }),
    m.fellowships ? field({ name: 'fellowship', type: 'checkbox', label: t('register.fellowship') }) : null);

  const form = h('form', { novalidate: true, class: 'panel', 'aria-labelledby': 'reg-h' },
    h('h2', { id: 'reg-h' }, t('register.details')),
    field({ name: 'name', label: t('register.name'), required: true, value: session.name, attrs: { autocomplete: 'name', maxlength: '200' } }),
    orgField,
    field({ name: 'role', label: t('register.role'), hint: t('register.roleHint'), attrs: { maxlength: '200' } }),
    field({ name: 'gender', type: 'select', label: t('register.gender'), hint: t('register.genderHint'),
      options: [['', t('register.genderNone')], ...['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'].map((g) => [g, label('gender', g)])] }),
    languages.length > 1 ? field({ name: 'language', type: 'select', label: t('register.language'),
      options: [['', t('register.languageNone')], ...languages.map((l) => [l, label('languages', l)])] }) : null,
    offered.length ? h('fieldset', {}, h('legend', {}, t('register.options')), offered) : null,
    memberState,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('register.submit'))));
  root.append(form);

  const orgControl = form.elements.organization;
  const syncMemberState = () => {
    const isMs = categoryOf(orgControl.value) === 'MEMBER_STATE';
    memberState.hidden = !isMs;
    if (!isMs) for (const c of memberState.querySelectorAll('input')) c.checked = false;
  };
  orgControl.addEventListener('change', syncMemberState);
  syncMemberState();

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // mirrors the server's checks; the server is the judge
    const errors = check(form, [
      ['name', rules.all(rules.required, rules.max(200))],
      ['organization', rules.required],
      ['role', rules.max(200)],
    ]);
    if (errors.length) { showErrors(form, errors); return; }
    clearErrors(form);
    const opt = (n) => (form.elements.namedItem(n) ? value(form, n) : false);
    const input = {
      meeting: id, name: value(form, 'name'), organization: value(form, 'organization'),
      role: value(form, 'role') || null, gender: value(form, 'gender') || null,
      language: form.elements.namedItem('language') ? value(form, 'language') || null : null,
      options: {
        remoteParticipation: opt('remoteParticipation'), interpretation: opt('interpretation'),
        fellowship: !memberState.hidden && opt('fellowship'), visaLetter: opt('visaLetter'),
        headOfDelegation: !memberState.hidden && opt('headOfDelegation'),
      },
    };
    try {
      const r = await busy(form.querySelector('button[type=submit]'), () => call('register', input));
      form.replaceWith(outcome(r, id));
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.type === 'registration-closed') { form.replaceWith(closed(m, reg)); return; }
      if (err.type === 'already-registered') {
        showErrors(form, [], t('register.already'));
        form.querySelector('.form-errors').append(h('a', { href: '#/my' }, t('nav.my')));
        return;
      }
      showErrors(form, err.errors, err.errors.length ? null : err.message);
    }
  });
}

function closed(m, reg) {
  return h('div', { class: 'alert bad', id: 'registration-result', dataset: { status: 'CLOSED' }, role: 'status' },
    h('h2', {}, t('register.closedTitle')),
    h('p', {}, reg ? t('register.closedText', { when: dateTime(reg.closesAt, readerZone()) }) : t('register.closedTitle')),
    m.contact?.email ? h('p', {}, t('register.contact'), ' ', h('a', { href: `mailto:${m.contact.email}` }, m.contact.email)) : null);
}

const KIND = { APPROVED: 'ok', PENDING_APPROVAL: 'warn', WAITLISTED: 'warn', REJECTED: 'bad' };

function outcome(r, id) {
  const box = h('div', { class: `alert ${KIND[r.status] || ''}`, id: 'registration-result', dataset: { status: r.status }, role: 'status', tabindex: '-1' },
    h('h2', {}, label('status', r.status)),
    h('p', {}, t(`register.outcome.${r.status}`)),
    r.late ? h('p', {}, t('register.late')) : null,
    h('div', { class: 'actions' }, h('a', { class: 'button', href: '#/my' }, t('nav.my')), h('a', { class: 'button secondary', href: `#/meeting/${id}` }, t('register.back'))));
  setTimeout(() => box.focus(), 0);
  return box;
}
