// Message catalogue: one JSON file per language under /i18n/. A language is added by dropping its
// file there (e.g. i18n/fr.json, same keys as en.json; missing keys fall back to English) and adding
// its code to i18n/languages.json. Arabic (and any right-to-left language) sets dir="rtl".

export const LANGS = { en: 'English', zh: '中文', fr: 'Français', es: 'Español', ru: 'Русский', ar: 'العربية' };
const RTL = new Set(['ar']);
let AVAILABLE = ['en'];

let lang = 'en';
let messages = {};
let fallback = {};

/** ?lang= wins (a shareable link), then the choice made on this site, then the browser's preference. */
export async function loadLanguages() {
  try {
    const r = await fetch('i18n/languages.json');
    if (r.ok) AVAILABLE = (await r.json()).filter((l) => l in LANGS);
  } catch { /* English only */ }
  if (!AVAILABLE.includes('en')) AVAILABLE.unshift('en');
}

export function pickLanguage() {
  const forced = new URLSearchParams(location.search).get('lang');
  if (forced && AVAILABLE.includes(forced)) return forced;
  const chosen = localStorage.getItem('lang');
  if (chosen && AVAILABLE.includes(chosen)) return chosen;
  for (const l of navigator.languages || [navigator.language || 'en']) {
    const base = l.toLowerCase().split('-')[0];
    if (AVAILABLE.includes(base)) return base;
  }
  return 'en';
}

export function available() { return AVAILABLE; }

async function load(l) {
  const r = await fetch(`i18n/${l}.json`);
  if (!r.ok) throw new Error(`no catalogue for ${l}`);
  return r.json();
}

export async function setLanguage(l) {
  if (!Object.keys(fallback).length) fallback = await load('en');
  messages = l === 'en' ? fallback : await load(l);
  lang = l;
  document.documentElement.lang = l;
  document.documentElement.dir = RTL.has(l) ? 'rtl' : 'ltr';
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

export function current() { return lang; }

/** t('a.b', {n: 3}) → the message with {n} filled in; the English text, then the key, when missing. */
export function t(key, params) {
  let s = lookup(messages, key) ?? lookup(fallback, key) ?? key;
  if (params) s = s.replace(/\{(\w+)\}/g, (m, k) => (params[k] ?? m));
  return s;
}

function lookup(obj, key) {
  const v = key.split('.').reduce((o, k) => (o && typeof o === 'object' ? o[k] : undefined), obj);
  return typeof v === 'string' ? v : undefined;
}

/** A message that may be absent (for enum labels from the server): the raw value otherwise. */
export function label(group, value) {
  if (value === null || value === undefined) return '';
  return lookup(messages, `${group}.${value}`) ?? lookup(fallback, `${group}.${value}`) ?? String(value);
}

const locale = () => (lang === 'zh' ? 'zh-CN' : lang);

export const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** A calendar date (YYYY-MM-DD, no zone) in the reader's language. */
export function date(iso, style = 'long') {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { dateStyle: style, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant shown in a given zone, with the zone's name. */
export function dateTime(instant, zone) {
  if (!instant) return '';
  return new Intl.DateTimeFormat(locale(), {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
    timeZone: zone, timeZoneName: 'short',
  }).format(new Date(instant));
}

/** Date range of a meeting in one string ("7–8 September 2020"). */
export function dateRange(start, end) {
  if (!end || start === end) return date(start);
  const f = new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' });
  const d = (s) => { const [y, m, dd] = s.split('-').map(Number); return new Date(Date.UTC(y, m - 1, dd)); };
  return f.formatRange ? f.formatRange(d(start), d(end)) : `${f.format(d(start))} – ${f.format(d(end))}`;
}

export function number(n) { return new Intl.NumberFormat(locale()).format(n); }
export function percent(x) { return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(x); }

/** ISO-8601 duration (PT1234H5M6S, P3DT4H…) → "12 days 4 hours" in the reader's language. */
export function remaining(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(iso || '');
  if (!m) return iso || '';
  let secs = (+(m[1] || 0)) * 86400 + (+(m[2] || 0)) * 3600 + (+(m[3] || 0)) * 60 + Math.floor(+(m[4] || 0));
  if (secs <= 0) return t('deadline.closed');
  const days = Math.floor(secs / 86400); secs -= days * 86400;
  const hours = Math.floor(secs / 3600); secs -= hours * 3600;
  const minutes = Math.floor(secs / 60);
  const parts = [];
  const unit = (n, u) => new Intl.NumberFormat(locale(), { style: 'unit', unit: u, unitDisplay: 'long' }).format(n);
  if (days) parts.push(unit(days, 'day'));
  if (hours || days) parts.push(unit(hours, 'hour'));
  if (!days) parts.push(unit(minutes, 'minute'));
  return new Intl.ListFormat ? new Intl.ListFormat(locale(), { style: 'narrow', type: 'unit' }).format(parts) : parts.join(' ');
}
