// Test double of the functions other teams are building, shaped exactly as the contracts in the
// brief describe them. Installed into the browser (before the page's own scripts) only by
// ContractStubBrowserTest, so the page's views for those functions are exercised before the merge.
// Every other call goes to the real app. State lives in sessionStorage so it survives navigation.
(() => {
  const real = window.fetch.bind(window);
  const load = () => JSON.parse(localStorage.getItem('contract-stub') || '{"regs":[],"agenda":0}');
  const save = (s) => localStorage.setItem('contract-stub', JSON.stringify(s));
  const answer = (status, body) => new Response(JSON.stringify(body), {
    status, headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
  const problem = (status, type, detail, errors) => answer(status, {
    type: `https://meetingdesk.org/problems/${type}`, title: 'Error', status, detail, errors,
  });
  const caller = (init) => {
    const auth = init && init.headers && init.headers.Authorization;
    if (!auth) return {};
    return JSON.parse(atob(auth.split(' ')[1].split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  };
  const ORGS = [
    { id: 'PAGE-TEL', name: 'Page Telecom', category: 'SECTOR_MEMBER', country: 'CH' },
    { id: 'PAGE-MS', name: 'Page Ministry', category: 'MEMBER_STATE', country: 'FR' },
  ];
  const AGENDA = [
    [{ key: 'a1', number: '1', title: 'Opening of the meeting', notes: null, documents: [], children: [] },
      { key: 'a2', number: '2', title: 'Approval of the agenda', notes: null, documents: ['SG13-TD1'], children: [] }],
    [{ key: 'a1', number: '1', title: 'Opening of the meeting', notes: null, documents: [], children: [] },
      { key: 'a2', number: '2', title: 'Approval of the agenda', notes: null, documents: ['SG13-TD1'], children: [] },
      { key: 'a3', number: '3', title: 'Gap analysis work item', notes: null, documents: [], children: [
        { key: 'a31', number: '3.1', title: 'Liaison statements', notes: null, documents: [], children: [] }] }],
  ];
  const ZH = { 'Opening of the meeting': '会议开幕', 'Approval of the agenda': '通过议程', 'Gap analysis work item': '差距分析工作项目', 'Liaison statements': '联络声明' };
  const zh = (items) => items.map((i) => ({ ...i, title: ZH[i.title] || i.title, children: zh(i.children) }));

  window.fetch = async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input.url, location.href);
    const name = url.pathname.slice(1);
    const body = init && init.body ? JSON.parse(init.body) : Object.fromEntries(url.searchParams);
    const s = load();
    const me = caller(init);
    // a third language dropped in as one file, to show the catalogue takes it (and Arabic is right to left)
    if (name === 'i18n/languages.json') return answer(200, ['en', 'zh', 'ar']);
    if (name === 'i18n/ar.json') return answer(200, { nav: { meetings: 'الاجتماعات' }, meetings: { title: 'الاجتماعات' } });
    switch (name) {
      case 'organizations':
        return answer(200, ORGS);
      case 'register': {
        const org = ORGS.find((o) => o.id === body.organization);
        if (!org) return problem(400, 'invalid-input', '1 field(s) are invalid', [{ field: 'organization', message: 'is not a known organization' }]);
        if (org.category !== 'MEMBER_STATE' && (body.options.fellowship || body.options.headOfDelegation)) {
          return problem(400, 'invalid-input', '1 field(s) are invalid', [{ field: 'options.fellowship', message: 'only for Member States' }]);
        }
        if (body.role === 'Nobody') return problem(400, 'invalid-input', '1 field(s) are invalid', [{ field: 'role', message: 'is not a role we know (server)' }]);
        if (s.regs.some((r) => r.subject === me.sub && r.meeting === body.meeting && r.status !== 'WITHDRAWN')) return problem(409, 'already-registered', 'already registered');
        const r = { id: `reg-${s.regs.length + 1}`, meeting: body.meeting, subject: me.sub, name: body.name, organization: body.organization,
          role: body.role, status: 'PENDING_APPROVAL', late: false, options: body.options };
        s.regs.push(r); save(s);
        return answer(200, r);
      }
      case 'myRegistrations':
        return answer(200, s.regs.filter((r) => r.subject === me.sub));
      case 'pendingRegistrations':
        return answer(200, s.regs.filter((r) => r.organization === body.organization && r.status === 'PENDING_APPROVAL'));
      case 'decideRegistration': {
        const r = s.regs.find((x) => x.id === body.id);
        if (r.status !== 'PENDING_APPROVAL') return problem(409, 'already-decided', 'already decided');
        r.status = body.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED'; r.reason = body.reason; save(s);
        return answer(200, r);
      }
      case 'withdrawRegistration': {
        const r = s.regs.find((x) => x.id === body.id); r.status = 'WITHDRAWN'; save(s);
        return answer(200, r);
      }
      case 'remoteAccess':
        return answer(200, { token: 'tok', link: `https://remote.example/join/${body.meeting}?t=tok`, expiresAt: '2030-01-01T00:00:00Z' });
      case 'setAutoApproval':
        return answer(200, { organization: body.organization, scope: body.scope, enabled: body.enabled });
      case 'participants':
        return answer(200, { items: s.regs.filter((r) => !body.organization || r.organization === body.organization),
          stats: { byStatus: { APPROVED: 3, PENDING_APPROVAL: 1 }, byCategory: { MEMBER_STATE: 2, SECTOR_MEMBER: 1, ACADEMIA: 1 },
            byCountry: { CH: 2, FR: 1, CN: 1 }, declaredGender: 4, women: 2, womenShare: 0.5 } });
      case 'agenda': {
        const latest = AGENDA.length;
        const v = body.version ? Number(body.version) : latest;
        return answer(200, { meeting: body.meeting, version: v, source: v === 1 ? 'TSB Collective letter 12/13' : 'SG13-TD1139',
          items: body.lang === 'zh' ? zh(AGENDA[v - 1]) : AGENDA[v - 1], etag: `"v${v}"` });
      }
      case 'agendaChanges':
        return answer(200, { changes: [{ change: 'ADDED', number: '3' }], changelog: `+ 3 Gap analysis work item\n+ 3.1 Liaison statements` });
      case 'documents':
        return answer(200, [{ number: 'SG13-C1', title: 'Proposal for a gap analysis', source: ['PAGE-TEL'], classification: 'NORMAL', accepted: true, downloadUrl: '/documents/SG13-C1' }]);
      case 'sweepDeadlines':
        return answer(200, { meetings: ['SG13-2020-12-07'], windowsClosed: [{ meeting: 'SG13-2020-12-07', kind: 'REGISTRATION', date: '2020-11-07' }], mailsSent: 2, requestsExpired: 1 });
      case 'importLetter':
        return answer(200, {
          meeting: { group: 'SG13', title: 'ITU-T Study Group 13 virtual meeting', start: '2020-12-07', end: '2020-12-07', openingTime: '10:00', closingTime: null,
            mode: 'VIRTUAL', place: 'Geneva', languages: ['en'], interpretation: false, fellowships: false, visaSupport: false, chair: 'Mr Leo Lehmann (Switzerland)',
            contact: { tel: '+41 22 730 5126', fax: '+41 22 730 5853', email: 'tsbsg13@itu.int', web: 'www.itu.int/go/tsg13' }, purpose: 'Gap analysis',
            letter: { reference: 'TSB Collective letter 12/13', date: '2020-08-17' }, deadlines: [{ kind: 'REGISTRATION', date: '2020-11-07' }], capacity: null, lateRegistration: false },
          deadlines: [{ kind: 'REGISTRATION', date: '2020-11-07', override: false }],
          agenda: [{ number: '1', title: 'Opening of the meeting', children: [] }],
          warnings: [{ field: 'closingTime', text: '10:00', message: 'no closing time in the letter' }],
        });
      case 'publishAgenda':
        s.agenda += 1; save(s);
        return answer(200, { meeting: body.meeting, version: s.agenda + 1, items: body.items });
      default:
        return real(input, init);
    }
  };
})();
