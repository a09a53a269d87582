// Form fields with labels, hints and an error slot each; errors (the client's or the server's
// problem+json errors[]) are shown next to the field whose name matches errors[].field.
import { h, announce } from './dom.js';
import { t } from './i18n.js';

let seq = 0;
const idOf = (name) => `f-${name.replace(/[^\w-]/g, '_')}-${++seq}`;

/** A labelled input/select/textarea. opts: {name, label, type, value, required, hint, options:[[v,label]], attrs} */
export function field(opts) {
  const id = idOf(opts.name);
  const errId = `${id}-err`;
  const hintId = opts.hint ? `${id}-hint` : null;
  const common = {
    id, name: opts.name, required: !!opts.required, 'aria-describedby': [hintId, errId].filter(Boolean).join(' '), ...(opts.attrs || {}),
  };
  let control;
  if (opts.type === 'select') {
    control = h('select', common, (opts.options || []).map(([v, l]) => h('option', { value: v, selected: String(v) === String(opts.value ?? '') }, l)));
  } else if (opts.type === 'textarea') {
    control = h('textarea', { ...common, value: opts.value ?? '' });
  } else if (opts.type === 'checkbox') {
    control = h('input', { ...common, type: 'checkbox', checked: !!opts.value });
    return h('div', { class: 'field', dataset: { field: opts.name } },
      h('label', { class: 'inline', for: id }, control, opts.label),
      hintId ? h('p', { class: 'hint', id: hintId }, opts.hint) : null,
      h('p', { class: 'error', id: errId, hidden: true }));
  } else {
    control = h('input', { ...common, type: opts.type || 'text', value: opts.value ?? '' });
  }
  return h('div', { class: 'field', dataset: { field: opts.name } },
    h('label', { for: id }, opts.label, opts.required ? h('span', { 'aria-hidden': 'true' }, ' *') : null),
    hintId ? h('p', { class: 'hint', id: hintId }, opts.hint) : null,
    control,
    h('p', { class: 'error', id: errId, hidden: true }));
}

export function clearErrors(form) {
  for (const p of form.querySelectorAll('.error')) { p.hidden = true; p.textContent = ''; }
  for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
  const summary = form.querySelector('.form-errors');
  if (summary) summary.remove();
}

/**
 * Shows errors [{field, message}] beside their fields; those naming no field on the form go in a
 * summary at the top. Focus moves to the first invalid field so keyboard users land on it.
 */
export function showErrors(form, errors, detail) {
  clearErrors(form);
  const loose = [];
  let first = null;
  for (const e of errors) {
    const wrap = findField(form, e.field);
    if (!wrap) { loose.push(e); continue; }
    const p = wrap.querySelector('.error');
    p.hidden = false;
    p.textContent = p.textContent ? `${p.textContent}; ${e.message}` : e.message;
    const control = wrap.querySelector('input, select, textarea');
    if (control) { control.setAttribute('aria-invalid', 'true'); first = first || control; }
  }
  if (loose.length || (!errors.length && detail)) {
    const box = h('div', { class: 'alert bad form-errors', role: 'alert', tabindex: '-1' },
      h('p', {}, detail || t('form.fix')),
      loose.length ? h('ul', {}, loose.map((e) => h('li', {}, e.field && e.field !== 'body' ? `${e.field}: ${e.message}` : e.message))) : null);
    form.prepend(box);
    if (!first) box.focus();
  }
  if (first) first.focus();
  announce(t('form.errors', { n: errors.length || 1 }));
}

function findField(form, name) {
  if (!name) return null;
  const exact = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
  if (exact) return exact;
  // "options.fellowship" may be rendered as "fellowship"; "deadlines[0].date" as "deadlines"
  const tail = name.split('.').pop();
  return form.querySelector(`[data-field="${CSS.escape(tail)}"]`) || form.querySelector(`[data-field="${CSS.escape(name.replace(/\[\d+\].*$/, ''))}"]`);
}

export const value = (form, name) => {
  const el = form.elements.namedItem(name);
  if (!el) return undefined;
  if (el.type === 'checkbox') return el.checked;
  return el.value.trim();
};

/** Runs [field, test(value) → message|null] rules; returns the errors found. */
export function check(form, rules) {
  const errors = [];
  for (const [name, test] of rules) {
    const msg = test(value(form, name));
    if (msg) errors.push({ field: name, message: msg });
  }
  return errors;
}

export const rules = {
  required: (v) => (v === undefined || v === '' ? t('validation.required') : null),
  max: (n) => (v) => (v && v.length > n ? t('validation.max', { n }) : null),
  pattern: (re, msg) => (v) => (v && !re.test(v) ? msg : null),
  email: (v) => (v && !/^[^@\s]+@[^@\s]+$/.test(v) ? t('validation.email') : null),
  positive: (v) => (v && !(Number.isInteger(+v) && +v > 0) ? t('validation.positive') : null),
  all: (...fs) => (v) => fs.map((f) => f(v)).find(Boolean) || null,
};

/** Disables a button while an async action runs; returns what the action returns. */
export async function busy(button, action) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try { return await action(); } finally { button.disabled = false; button.removeAttribute('aria-busy'); }
}
