// Boot, navigation and hash routes (#/…): static hosting needs no rewrite rules, and a meeting's
// link (the QR code) works from any origin the site is published on.
import { h, clear } from './dom.js';
import { t, setLanguage, pickLanguage, loadLanguages, available, LANGS, current } from './i18n.js';
import { loadConfig, session, signOut, completeCognitoSignIn } from './auth.js';

const routes = [
  [/^\/?$/, () => import('./views/meetings.js'), 'meetings'],
  [/^\/meeting\/([\w-]+)\/register$/, () => import('./views/register.js'), 'meetings'],
  [/^\/meeting\/([\w-]+)$/, () => import('./views/meeting.js'), 'meetings'],
  [/^\/my$/, () => import('./views/my.js'), 'my'],
  [/^\/focal$/, () => import('./views/focal.js'), 'focal'],
  [/^\/secretariat$/, () => import('./views/secretariat.js'), 'secretariat'],
  [/^\/signin$/, () => import('./views/signin.js'), 'signin'],
];

function parseHash() {
  const raw = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
  const [path, query] = raw.split('?');
  return { path, params: new URLSearchParams(query || '') };
}

function renderNav(active) {
  const s = session();
  const links = [['#/', 'nav.meetings', 'meetings']];
  if (s) links.push(['#/my', 'nav.my', 'my']);
  if (s?.has('focal-point')) links.push(['#/focal', 'nav.focal', 'focal']);
  if (s?.has('secretariat')) links.push(['#/secretariat', 'nav.secretariat', 'secretariat']);
  clear(document.getElementById('nav')).append(h('ul', {}, links.map(([href, key, name]) =>
    h('li', {}, h('a', { href, 'aria-current': name === active ? 'page' : null }, t(key))))));
  const who = clear(document.getElementById('who'));
  if (s) {
    who.append(h('span', {}, t('nav.signedInAs', { name: s.name })), ' ',
      h('button', { type: 'button', class: 'link', onclick: () => { signOut(); location.hash = '#/'; render(); } }, t('nav.signOut')));
  } else {
    who.append(h('a', { href: `#/signin?next=${encodeURIComponent(parseHash().path)}` }, t('nav.signIn')));
  }
}

function renderLanguagePicker() {
  const sel = document.getElementById('lang');
  clear(sel).append(...available().map((l) => h('option', { value: l, selected: l === current() }, LANGS[l])));
  sel.onchange = async () => {
    localStorage.setItem('lang', sel.value);
    // keep a shareable ?lang= in step with the choice
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) { url.searchParams.set('lang', sel.value); history.replaceState(null, '', url); }
    await setLanguage(sel.value);
    await render();
  };
}

let renderSeq = 0;

export async function render() {
  const mySeq = ++renderSeq;
  const { path, params } = parseHash();
  const main = document.getElementById('main');
  const route = routes.find(([re]) => re.test(path));
  renderNav(route?.[2]);
  renderLanguagePicker();
  if (!route) {
    clear(main).append(h('h1', {}, t('error.notFoundTitle')), h('p', {}, h('a', { href: '#/' }, t('nav.meetings'))));
    return;
  }
  const match = route[0].exec(path);
  const view = await route[1]();
  const content = h('div', { class: 'view' });
  try {
    await view.default(content, { match, params, session: session(), rerender: render });
  } catch (e) {
    content.append(h('div', { class: 'alert bad', role: 'alert' }, e.message || String(e)));
  }
  if (mySeq !== renderSeq) return; // a newer navigation won
  clear(main).append(content);
  const title = content.querySelector('h1');
  document.title = title ? `${title.textContent} · ${t('app.name')}` : t('app.name');
  main.focus({ preventScroll: true });
}

async function boot() {
  await Promise.all([loadConfig(), loadLanguages()]);
  await setLanguage(pickLanguage());
  try { await completeCognitoSignIn(); } catch (e) { console.error(e); }
  window.addEventListener('hashchange', () => { render().then(() => window.scrollTo(0, 0)); });
  await render();
  document.body.dataset.ready = 'true';
}

boot();
