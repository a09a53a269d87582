// Sign-in. Dev/test: pick a sample identity (or type one) and get a token from POST /devSignIn.
// AWS: redirect to the Cognito hosted UI (authorization code + PKCE, see auth.js).
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { authMode, devSignIn, cognitoSignIn } from '../auth.js';
import { field, showErrors, value } from '../form.js';

export const SAMPLES = [
  { key: 'secretariat', subject: 'secretary', email: 'secretary@itu.example', name: 'TSB Secretariat', groups: ['secretariat', 'member'], organization: 'ITU' },
  { key: 'delegate', subject: 'alice', email: 'alice@example.org', name: 'Alice Martin', groups: ['delegate', 'member'], organization: 'ACME-TEL' },
  { key: 'focal', subject: 'fp-acme', email: 'fp-acme@example.org', name: 'Focal Point ACME', groups: ['focal-point', 'delegate'], organization: 'ACME-TEL' },
  { key: 'memberState', subject: 'bob', email: 'bob@ofcom.example', name: 'Bob Keller', groups: ['delegate', 'member'], organization: 'CH-OFCOM' },
];

export function signInPrompt(next) {
  return h('div', { class: 'alert' }, h('p', {}, t('signin.needed')),
    h('a', { class: 'button', href: `#/signin?next=${encodeURIComponent(next)}` }, t('nav.signIn')));
}

export default async function signin(root, { params, rerender }) {
  const next = params.get('next') || '/';
  root.append(h('h1', {}, t('signin.title')));
  if (authMode() === 'cognito') {
    root.append(h('p', {}, t('signin.cognito')),
      h('button', { type: 'button', onclick: () => cognitoSignIn(`#${next}`) }, t('signin.continue')));
    return;
  }
  const done = async (identity) => {
    await devSignIn(identity);
    location.hash = `#${next}`;
    if (location.hash === `#${next}`) await rerender();
  };
  root.append(h('p', {}, t('signin.devIntro')),
    h('ul', { class: 'identities' }, SAMPLES.map((s) => h('li', {},
      h('button', { type: 'button', class: 'secondary', dataset: { identity: s.subject }, onclick: () => done(s) },
        h('strong', {}, s.name), h('br'), `${t(`signin.role.${s.key}`)} · ${s.organization}`)))));

  const form = h('form', { class: 'panel', novalidate: true, 'aria-labelledby': 'custom-h' },
    h('h2', { id: 'custom-h' }, t('signin.custom')),
    field({ name: 'subject', label: t('signin.subject'), required: true, attrs: { autocomplete: 'username' } }),
    field({ name: 'name', label: t('signin.name') }),
    field({ name: 'email', label: t('signin.email'), type: 'email', attrs: { autocomplete: 'email' } }),
    field({ name: 'organization', label: t('signin.organization') }),
    field({ name: 'groups', label: t('signin.groups'), value: 'delegate member', hint: t('signin.groupsHint') }),
    h('button', { type: 'submit' }, t('nav.signIn')));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const subject = value(form, 'subject');
    if (!subject) { showErrors(form, [{ field: 'subject', message: t('validation.required') }]); return; }
    const identity = {
      subject, name: value(form, 'name') || subject, email: value(form, 'email') || `${subject}@example.org`,
      organization: value(form, 'organization'), groups: value(form, 'groups').split(/[\s,]+/).filter(Boolean),
    };
    try { await done(identity); } catch (err) { showErrors(form, err.problem?.errors || [], err.message); }
  });
  root.append(form);
}
