// Secretariat: paste a collective letter → review the imported draft and its warnings → publish;
// publish an agenda version; run the deadline sweep for a chosen instant; participation statistics.
import { h, facts } from '../dom.js';
import { call } from '../api.js';
import { t, label, number } from '../i18n.js';
import { field, check, rules, showErrors, clearErrors, busy, value } from '../form.js';
import { meetingPicker, participantsView } from '../participants.js';
import { signInPrompt } from './signin.js';

const KINDS = ['TRANSLATION', 'FELLOWSHIP', 'INTERPRETATION', 'REGISTRATION', 'VISA', 'CONTRIBUTION'];
const LANGUAGES = ['en', 'zh', 'fr', 'es', 'ru', 'ar'];
const GROUP = /^(SG\d{1,2}|TSAG|WP\d{1,2}\/\d{1,2})$/;

export default async function secretariat(root, { session }) {
  root.append(h('h1', {}, t('sec.title')));
  if (!session) { root.append(signInPrompt('/secretariat')); return; }
  root.append(h('nav', { 'aria-label': t('sec.sections') }, h('ul', { class: 'actions' },
    ['import', 'agenda-publish', 'sweep', 'stats'].map((s) => h('li', {}, h('a', { href: `#/secretariat`, onclick: (e) => { e.preventDefault(); document.getElementById(s).scrollIntoView(); document.getElementById(s).focus(); } }, t(`sec.nav.${s}`)))))));
  const editorSlot = h('div', {});
  root.append(importSection(editorSlot), editorSlot);
  root.append(agendaSection(), sweepSection(), await statsSection());
}

// ---- 1. import a letter, review, publish ----
function importSection(editorSlot) {
  const form = h('form', { class: 'panel', novalidate: true },
    field({ name: 'text', type: 'textarea', label: t('sec.letterText'), required: true, hint: t('sec.letterHint'), attrs: { rows: '12', spellcheck: 'false' } }),
    field({ name: 'language', type: 'select', label: t('sec.letterLanguage'), options: [['', t('sec.detect')], ...LANGUAGES.map((l) => [l, label('languages', l)])] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('sec.import')),
      h('button', { type: 'button', class: 'secondary', onclick: () => editorSlot.replaceChildren(editor({ meeting: { languages: ['en'], mode: 'VIRTUAL' }, warnings: [], agenda: [], byHand: true })) }, t('sec.byHand'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = check(form, [['text', rules.all(rules.required, rules.max(200000))]]);
    if (errors.length) { showErrors(form, errors); return; }
    clearErrors(form);
    try {
      const draft = await busy(form.querySelector('button[type=submit]'), () => call('importLetter', { text: value(form, 'text'), language: value(form, 'language') || null, publish: false }));
      editorSlot.replaceChildren(editor(draft));
      editorSlot.querySelector('h2').focus();
    } catch (err) { showErrors(form, err.errors || [], err.errors?.length ? null : err.message); }
  });
  return h('section', { id: 'import', tabindex: '-1', 'aria-labelledby': 'imp-h' }, h('h2', { id: 'imp-h' }, t('sec.importTitle')), form);
}

/** The draft meeting as a form whose field names are publishMeeting's field paths. */
function editor(draft) {
  const m = draft.meeting || {};
  const c = m.contact || {};
  const l = m.letter || {};
  const warnings = draft.warnings || [];
  const form = h('form', { class: 'panel', novalidate: true, id: 'draft' });
  form.append(
    h('h2', { tabindex: '-1' }, t('sec.review')),
    warnings.length ? h('div', { class: 'alert warn', id: 'warnings' }, h('h3', {}, t('sec.warnings', { n: warnings.length })),
      h('ul', { class: 'warnings' }, warnings.map((w) => h('li', {}, h('strong', {}, w.field || ''), ' ', w.message, w.text ? [' — ', h('q', {}, w.text)] : null))))
      : (draft.byHand ? null : h('p', { class: 'alert ok' }, t('sec.noWarnings'))),
    h('div', { class: 'grid' },
      h('div', {},
        field({ name: 'group', label: t('meeting.group'), required: true, value: m.group, hint: t('meetings.groupHint') }),
        field({ name: 'title', label: t('sec.meetingTitle'), required: true, value: m.title }),
        field({ name: 'start', type: 'date', label: t('sec.start'), required: true, value: m.start }),
        field({ name: 'end', type: 'date', label: t('sec.end'), required: true, value: m.end }),
        field({ name: 'openingTime', type: 'time', label: t('sec.openingTime'), value: m.openingTime }),
        field({ name: 'closingTime', type: 'time', label: t('sec.closingTime'), value: m.closingTime }),
        field({ name: 'zone', label: t('sec.zone'), value: m.zone || 'Europe/Zurich', hint: t('sec.zoneHint') }),
        field({ name: 'mode', type: 'select', label: t('meeting.mode'), required: true, value: m.mode, options: ['VIRTUAL', 'ON_SITE', 'HYBRID'].map((x) => [x, label('mode', x)]) }),
        field({ name: 'place', label: t('meeting.place'), value: m.place }),
        h('fieldset', { class: 'field', dataset: { field: 'languages' } }, h('legend', {}, t('meeting.languages')),
          LANGUAGES.map((x) => h('label', { class: 'inline' }, h('input', { type: 'checkbox', name: 'languages', value: x, checked: (m.languages || []).includes(x) }), label('languages', x), ' ')),
          h('p', { class: 'error', hidden: true }))),
      h('div', {},
        field({ name: 'interpretation', type: 'checkbox', label: t('meeting.interpretation'), value: m.interpretation }),
        field({ name: 'fellowships', type: 'checkbox', label: t('meeting.fellowships'), value: m.fellowships }),
        field({ name: 'visaSupport', type: 'checkbox', label: t('meeting.visaSupport'), value: m.visaSupport }),
        field({ name: 'lateRegistration', type: 'checkbox', label: t('sec.lateRegistration'), value: m.lateRegistration }),
        field({ name: 'capacity', type: 'number', label: t('meeting.capacity'), value: m.capacity ?? '', attrs: { min: '1' } }),
        field({ name: 'chair', label: t('meeting.chair'), value: m.chair }),
        field({ name: 'letter.reference', label: t('sec.letterReference'), value: l.reference }),
        field({ name: 'letter.date', type: 'date', label: t('sec.letterDate'), value: l.date }),
        field({ name: 'contact.tel', label: t('meeting.tel'), value: c.tel }),
        field({ name: 'contact.fax', label: t('meeting.fax'), value: c.fax }),
        field({ name: 'contact.email', type: 'email', label: t('sec.email'), value: c.email }),
        field({ name: 'contact.web', label: t('sec.web'), value: c.web }))),
    field({ name: 'purpose', type: 'textarea', label: t('meeting.purpose'), value: m.purpose, attrs: { rows: '4' } }),
    deadlineRows(m.deadlines || [], draft.deadlines || []),
    draft.byHand ? null : agendaPreview(draft.agenda || []),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('sec.publish'))));
  for (const w of warnings) {
    const wrap = w.field && form.querySelector(`[data-field="${CSS.escape(w.field)}"]`);
    if (wrap) wrap.append(h('p', { class: 'hint warning' }, `⚠ ${w.message}`));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); publish(form, draft); });
  return form;
}

function deadlineRows(stated, computed) {
  const box = h('fieldset', { class: 'field', dataset: { field: 'deadlines' } }, h('legend', {}, t('sec.statedDeadlines')),
    h('p', { class: 'hint' }, t('sec.statedHint')));
  const rows = h('div', {});
  const addRow = (d = {}) => {
    const i = rows.children.length;
    rows.append(h('div', { class: 'actions deadline-row' },
      field({ name: `deadlines[${i}].kind`, type: 'select', label: t('deadline.kind'), value: d.kind, options: KINDS.map((k) => [k, label('deadline', k)]) }),
      field({ name: `deadlines[${i}].date`, type: 'date', label: t('deadline.date'), value: d.date })));
  };
  stated.forEach(addRow);
  box.append(rows, h('p', { class: 'error', hidden: true }),
    h('button', { type: 'button', class: 'secondary', onclick: () => addRow() }, t('sec.addDeadline')));
  if (computed.length) {
    box.append(h('p', { class: 'hint' }, t('sec.computed')), h('ul', {}, computed.map((d) =>
      h('li', {}, `${label('deadline', d.kind)}: ${d.date}${d.override ? ` (${t('deadline.override', { rule: d.ruleDate })})` : ''}`))));
  }
  return box;
}

function agendaPreview(items) {
  if (!items.length) return h('p', { class: 'muted' }, t('sec.noAgenda'));
  const list = (xs) => h('ul', {}, xs.map((it) => h('li', {}, h('span', { class: 'num' }, it.number || ''),
    it.title || it.titles?.en || Object.values(it.titles || {})[0] || '', it.children?.length ? list(it.children) : null)));
  return h('details', { class: 'panel', open: true }, h('summary', {}, t('sec.agendaDraft', { n: items.length })), list(items));
}

function readMeeting(form) {
  const v = (n) => value(form, n) || null;
  const deadlines = [];
  for (let i = 0; form.elements.namedItem(`deadlines[${i}].kind`); i++) {
    const date = v(`deadlines[${i}].date`);
    if (date) deadlines.push({ kind: v(`deadlines[${i}].kind`), date });
  }
  const contact = { tel: v('contact.tel'), fax: v('contact.fax'), email: v('contact.email'), web: v('contact.web') };
  return {
    group: (v('group') || '').toUpperCase(), title: v('title'), start: v('start'), end: v('end'),
    openingTime: v('openingTime'), closingTime: v('closingTime'), mode: v('mode'), place: v('place'),
    languages: [...form.querySelectorAll('input[name=languages]:checked')].map((x) => x.value),
    interpretation: value(form, 'interpretation'), fellowships: value(form, 'fellowships'), visaSupport: value(form, 'visaSupport'),
    chair: v('chair'), contact: Object.values(contact).some(Boolean) ? contact : null, purpose: v('purpose'),
    letter: v('letter.reference') || v('letter.date') ? { reference: v('letter.reference'), date: v('letter.date') } : null,
    deadlines, capacity: v('capacity') ? Number(v('capacity')) : null, lateRegistration: value(form, 'lateRegistration'), zone: v('zone'),
  };
}

/** The server's own checks, mirrored so most mistakes are caught before the round trip. */
function validateMeeting(form, m) {
  const errors = check(form, [
    ['group', rules.all(rules.required, rules.pattern(GROUP, t('validation.group')))],
    ['title', rules.all(rules.required, rules.max(300))],
    ['start', rules.required], ['end', rules.required], ['mode', rules.required],
    ['place', rules.max(200)], ['chair', rules.max(300)], ['purpose', rules.max(4000)],
    ['contact.email', rules.email], ['capacity', rules.positive], ['zone', rules.max(64)],
  ]);
  if (m.start && m.end && m.end < m.start) errors.push({ field: 'end', message: t('validation.endBeforeStart') });
  if (!m.languages.length) errors.push({ field: 'languages', message: t('validation.required') });
  if (m.letter && !m.letter.reference) errors.push({ field: 'letter.reference', message: t('validation.required') });
  if (m.letter && !m.letter.date) errors.push({ field: 'letter.date', message: t('validation.required') });
  return errors;
}

async function publish(form, draft) {
  const m = readMeeting(form);
  const errors = validateMeeting(form, m);
  if (errors.length) { showErrors(form, errors); return; }
  clearErrors(form);
  const button = form.querySelector('button[type=submit]');
  try {
    const published = await busy(button, () => call('publishMeeting', m));
    const done = h('div', { class: 'alert ok', id: 'published', role: 'status', tabindex: '-1', dataset: { meeting: published.id } },
      h('h3', {}, t('sec.published')), h('p', {}, h('a', { href: `#/meeting/${published.id}` }, `${published.id} — ${published.title}`)));
    if ((draft.agenda || []).length) {
      try {
        const a = await call('publishAgenda', { meeting: published.id, source: m.letter?.reference || 'letter', sourceDate: m.letter?.date, items: agendaInput(draft.agenda) });
        done.append(h('p', {}, t('sec.agendaPublished', { v: a.version })));
      } catch (e) { done.append(h('p', { class: 'error' }, t('sec.agendaFailed', { reason: e.message }))); }
    }
    form.replaceWith(done);
    done.focus();
  } catch (err) { showErrors(form, err.errors || [], err.errors?.length ? null : err.message); }
}

/** Imported agenda items → publishAgenda items ({number, titles{lang: text}, children}). */
function agendaInput(items, lang = 'en') {
  return items.map((it) => ({
    number: it.number, titles: it.titles || { [lang]: it.title }, children: agendaInput(it.children || [], lang),
  }));
}

// ---- 2. publish an agenda version ----
function agendaSection() {
  const form = h('form', { class: 'panel', novalidate: true },
    field({ name: 'meeting', label: t('focal.meeting'), required: true, hint: t('focal.meetingHint') }),
    field({ name: 'source', label: t('sec.agendaSource'), required: true, hint: t('sec.agendaSourceHint') }),
    field({ name: 'sourceDate', type: 'date', label: t('sec.agendaSourceDate') }),
    field({ name: 'items', type: 'textarea', label: t('sec.agendaItems'), required: true, hint: t('sec.agendaItemsHint'), attrs: { rows: '10', spellcheck: 'false' } }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('sec.publishAgenda'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = check(form, [['meeting', rules.required], ['source', rules.all(rules.required, rules.max(200))], ['items', rules.required]]);
    let items = [];
    try { items = parseAgenda(value(form, 'items')); } catch (x) { errors.push({ field: 'items', message: x.message }); }
    if (errors.length) { showErrors(form, errors); return; }
    clearErrors(form);
    try {
      const a = await busy(form.querySelector('button[type=submit]'), () => call('publishAgenda', {
        meeting: value(form, 'meeting'), source: value(form, 'source'), sourceDate: value(form, 'sourceDate') || null, items,
      }));
      form.append(h('p', { class: 'alert ok', role: 'status' }, t('sec.agendaPublished', { v: a.version }), ' ',
        h('a', { href: `#/meeting/${value(form, 'meeting')}` }, t('sec.view'))));
    } catch (err) { showErrors(form, err.errors || [], err.errors?.length ? null : err.message); }
  });
  return h('section', { id: 'agenda-publish', tabindex: '-1', 'aria-labelledby': 'agp-h' }, h('h2', { id: 'agp-h' }, t('sec.agendaTitle')), form);
}

/** "1.4 | Title | 中文标题" per line; two spaces of indentation per level make children. */
export function parseAgenda(text) {
  const root = { children: [] };
  const stack = [{ depth: -1, node: root }];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const depth = Math.floor((line.match(/^ */)[0].length) / 2);
    const [number, en, zh] = line.trim().split('|').map((s) => s.trim());
    if (!en) throw new Error(t('sec.agendaLineError', { line: i + 1 }));
    const node = { number, titles: zh ? { en, zh } : { en }, children: [] };
    while (stack[stack.length - 1].depth >= depth) stack.pop();
    stack[stack.length - 1].node.children.push(node);
    stack.push({ depth, node });
  });
  return root.children;
}

// ---- 3. run the sweep at a chosen instant ----
function sweepSection() {
  const form = h('form', { class: 'panel', novalidate: true },
    field({ name: 'at', type: 'datetime-local', label: t('sec.sweepAt'), hint: t('sec.sweepHint') }),
    field({ name: 'zone', type: 'select', label: t('sec.sweepZone'), value: 'Europe/Zurich',
      options: [['Europe/Zurich', t('meeting.geneva')], ['UTC', 'UTC'], [Intl.DateTimeFormat().resolvedOptions().timeZone, t('sec.yourZone')]] }),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, t('sec.runSweep'))));
  const out = h('div', { id: 'sweep-report' });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const local = value(form, 'at');
    const at = local ? zonedToInstant(local, value(form, 'zone')) : null;
    try {
      const r = await busy(form.querySelector('button[type=submit]'), () => call('sweepDeadlines', { at }));
      out.replaceChildren(h('div', { class: 'alert ok', role: 'status' }, h('h3', {}, t('sec.sweepDone', { at: at || t('sec.now') })),
        facts([[t('sec.sweepMeetings'), Array.isArray(r.meetings) ? r.meetings.join(', ') || '—' : String(r.meetings ?? '—')],
          [t('sec.sweepMails'), number(r.mailsSent ?? 0)], [t('sec.sweepExpired'), number(r.requestsExpired ?? 0)]]),
        h('h4', {}, t('sec.sweepWindows')),
        (r.windowsClosed || []).length ? h('ul', {}, r.windowsClosed.map((w) => h('li', {}, typeof w === 'string' ? w : `${w.meeting || ''} ${label('deadline', w.kind)} ${w.date || ''}`)))
          : h('p', {}, t('sec.sweepNone'))));
    } catch (err) { showErrors(form, err.errors || [], err.errors?.length ? null : err.message); }
  });
  return h('section', { id: 'sweep', tabindex: '-1', 'aria-labelledby': 'sw-h' }, h('h2', { id: 'sw-h' }, t('sec.sweepTitle')), form, out);
}

/** "2026-11-21T10:00" read as wall-clock time in zone → ISO instant (two passes settle DST edges). */
export function zonedToInstant(local, zone) {
  const [d, tm] = local.split('T');
  const [y, mo, da] = d.split('-').map(Number);
  const [hh, mi] = tm.split(':').map(Number);
  const wall = Date.UTC(y, mo - 1, da, hh, mi);
  let guess = wall - offset(wall, zone);
  guess = wall - offset(guess, zone);
  return new Date(guess).toISOString();
}

function offset(ms, zone) {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
    .formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000;
}

// ---- 4. statistics ----
async function statsSection() {
  const section = h('section', { id: 'stats', tabindex: '-1', 'aria-labelledby': 'st-h' }, h('h2', { id: 'st-h' }, t('sec.statsTitle')));
  const { select, wrap } = await meetingPicker('stats-meeting', t('focal.meeting'));
  const out = h('div', {});
  section.append(h('form', { onsubmit: async (e) => {
    e.preventDefault();
    try { out.replaceChildren(participantsView(await call('participants', { meeting: select.value }))); } catch (err) { out.replaceChildren(h('p', { class: 'muted' }, err.message)); }
  } }, wrap, h('button', { type: 'submit', class: 'secondary' }, t('focal.show'))), out);
  return section;
}
