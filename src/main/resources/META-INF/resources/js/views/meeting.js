// A meeting's page: the facts of the letter, deadlines (Geneva time and the reader's zone), agenda
// with versions and what changed, calendar file, QR code to this page, documents for members.
import { h, facts, table } from '../dom.js';
import { get, call, ApiError } from '../api.js';
import { apiBase } from '../auth.js';
import { t, label, date, dateTime, dateRange, remaining, readerZone, current } from '../i18n.js';

export default async function meeting(root, { match, session }) {
  const id = match[1];
  const m = await get('meeting', { id });
  const zone = m.zone || 'Europe/Zurich';
  const reg = (m.deadlines || []).find((d) => d.kind === 'REGISTRATION');
  const canRegister = !reg || reg.open || m.lateRegistration;

  root.append(
    h('p', { class: 'muted' }, h('a', { href: '#/' }, t('nav.meetings')), ' › ', m.group),
    h('h1', {}, m.title),
    h('p', { class: 'lead' }, `${dateRange(m.start, m.end)} · ${label('mode', m.mode)}${m.place ? ` · ${m.place}` : ''}`),
    h('div', { class: 'actions' },
      canRegister
        ? h('a', { class: 'button', href: `#/meeting/${id}/register` }, t('meeting.register'))
        : h('span', { class: 'badge closed' }, t('meetings.registrationClosed')),
      h('a', { class: 'button secondary', href: `${apiBase()}/calendar?meeting=${encodeURIComponent(id)}`, download: `${id}.ics` }, t('meeting.calendar'))));

  const c = m.contact || {};
  const web = c.web ? (/^https?:/.test(c.web) ? c.web : `https://${c.web}`) : null;
  root.append(h('div', { class: 'grid' },
    h('section', { class: 'panel', 'aria-labelledby': 'facts-h' },
      h('h2', { id: 'facts-h' }, t('meeting.facts')),
      facts([
        [t('meeting.letter'), m.letter ? `${m.letter.reference}, ${date(m.letter.date)}` : null],
        [t('meeting.group'), m.group],
        [t('meeting.dates'), dateRange(m.start, m.end)],
        [t('meeting.hours'), m.openingTime ? t('meeting.hoursValue', { from: m.openingTime, to: m.closingTime || '', zone: zoneName(zone) }) : null],
        [t('meeting.opensAt'), m.opensAt ? dateTime(m.opensAt, readerZone()) : null],
        [t('meeting.mode'), label('mode', m.mode)],
        [t('meeting.place'), m.place],
        [t('meeting.languages'), (m.languages || []).map((l) => label('languages', l)).join(', ')],
        [t('meeting.interpretation'), yes(m.interpretation)],
        [t('meeting.fellowships'), yes(m.fellowships)],
        [t('meeting.visaSupport'), yes(m.visaSupport)],
        [t('meeting.chair'), m.chair],
        [t('meeting.capacity'), m.capacity ? String(m.capacity) : null],
        [t('meeting.contact'), contact(c, web)],
      ]),
      m.purpose ? [h('h3', {}, t('meeting.purpose')), h('p', {}, m.purpose)] : null),
    h('section', { class: 'panel', 'aria-labelledby': 'qr-h' },
      h('h2', { id: 'qr-h' }, t('meeting.qr')),
      h('img', { class: 'qr', src: `${apiBase()}/qrcode?meeting=${encodeURIComponent(id)}`, alt: t('meeting.qrAlt', { title: m.title }), width: 160, height: 160 }),
      h('p', { class: 'hint' }, t('meeting.qrHint')))));

  root.append(await deadlinesSection(m, zone));
  root.append(await agendaSection(id));
  if (session?.has('member')) root.append(await documentsSection(id));
}

const yes = (b) => t(b ? 'common.yes' : 'common.no');
const zoneName = (z) => (z === 'Europe/Zurich' ? t('meeting.geneva') : z);

function contact(c, web) {
  const parts = [];
  if (c.tel) parts.push(h('span', {}, `${t('meeting.tel')} ${c.tel}`));
  if (c.fax) parts.push(h('span', {}, `${t('meeting.fax')} ${c.fax}`));
  if (c.email) parts.push(h('a', { href: `mailto:${c.email}` }, c.email));
  if (web) parts.push(h('a', { href: web, rel: 'noopener' }, c.web));
  return parts.length ? parts.flatMap((p, i) => (i ? [' · ', p] : [p])) : null;
}

async function deadlinesSection(m, zone) {
  const mine = readerZone();
  let list = m.deadlines || [];
  try { list = await get('deadlines', { meeting: m.id, zone: mine }); } catch { /* the meeting's own list is enough */ }
  const rows = list.map((d) => [
    h('span', {}, label('deadline', d.kind)),
    date(d.date),
    dateTime(d.closesAt, zone),
    dateTime(d.closesAt, d.localZone || mine),
    h('span', { class: `badge ${d.open ? 'open' : 'closed'}` }, d.open ? t('deadline.remaining', { left: remaining(d.remaining) }) : t('deadline.closed')),
    d.override ? h('span', { class: 'override' }, t('deadline.override', { rule: date(d.ruleDate) })) : (d.stated ? t('deadline.stated') : t('deadline.byRule')),
  ]);
  return h('section', { 'aria-labelledby': 'dl-h', id: 'deadlines' },
    h('h2', { id: 'dl-h' }, t('deadline.title')),
    h('p', { class: 'hint' }, t('deadline.explain', { zone: zoneName(zone), mine })),
    table(null, [t('deadline.kind'), t('deadline.date'), t('deadline.closesGeneva', { zone: zoneName(zone) }),
      t('deadline.closesLocal', { zone: mine }), t('deadline.state'), t('deadline.source')], rows));
}

async function agendaSection(id) {
  const section = h('section', { 'aria-labelledby': 'ag-h', id: 'agenda' }, h('h2', { id: 'ag-h' }, t('agenda.title')));
  const body = h('div', {});
  section.append(body);
  async function show(version) {
    let a;
    try {
      a = await call('agenda', { meeting: id, version, lang: current() });
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.noFunction)) { body.replaceChildren(h('p', { class: 'muted' }, t('agenda.none'))); return; }
      throw e;
    }
    const latest = section.dataset.latest ? +section.dataset.latest : a.version;
    section.dataset.latest = latest;
    const picker = h('select', { id: 'agenda-version', onchange: () => show(+picker.value) },
      Array.from({ length: latest }, (_, i) => latest - i).map((v) =>
        h('option', { value: v, selected: v === a.version }, v === latest ? t('agenda.latest', { v }) : t('agenda.version', { v }))));
    body.replaceChildren(
      h('div', { class: 'actions' }, h('label', { for: 'agenda-version' }, t('agenda.picker')), picker),
      a.source ? h('p', { class: 'hint' }, t('agenda.source', { source: a.source })) : null,
      h('div', { class: 'agenda' }, items(a.items || [])));
    if (a.version > 1) body.append(await changes(id, a.version - 1, a.version));
  }
  await show(undefined);
  return section;
}

function items(list) {
  return h('ul', { role: 'list' }, list.map((it) => h('li', {},
    h('span', { class: 'num' }, it.number || ''), it.title || '',
    it.notes ? h('p', { class: 'hint' }, it.notes) : null,
    it.documents?.length ? h('p', { class: 'hint' }, it.documents.join(', ')) : null,
    it.children?.length ? items(it.children) : null)));
}

async function changes(id, from, to) {
  const box = h('details', { class: 'panel', open: true }, h('summary', {}, t('agenda.changes', { from, to })));
  try {
    const d = await call('agendaChanges', { meeting: id, from, to });
    if (d.changelog) box.append(h('pre', { class: 'changelog' }, d.changelog));
    else box.append(h('pre', { class: 'changelog' }, JSON.stringify(d.changes, null, 2)));
  } catch (e) {
    box.append(h('p', { class: 'muted' }, e.message));
  }
  return box;
}

async function documentsSection(id) {
  const section = h('section', { 'aria-labelledby': 'doc-h', id: 'documents' }, h('h2', { id: 'doc-h' }, t('documents.title')));
  try {
    const docs = await call('documents', { meeting: id });
    if (!docs.length) section.append(h('p', { class: 'muted' }, t('documents.none')));
    else {
      section.append(table(null, [t('documents.number'), t('documents.docTitle'), t('documents.source'), t('documents.classification')],
        docs.map((d) => [
          d.downloadUrl ? h('a', { href: d.downloadUrl }, d.number) : d.number,
          d.title, Array.isArray(d.source) ? d.source.join(', ') : (d.source || ''),
          h('span', {}, label('classification', d.classification), d.accepted === false ? ` (${t('documents.notAccepted')})` : ''),
        ])));
    }
  } catch (e) {
    section.append(h('p', { class: 'muted' }, e.noFunction ? t('documents.unavailable') : e.message));
  }
  return section;
}
