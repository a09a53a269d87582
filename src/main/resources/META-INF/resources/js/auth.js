// Who is signed in. The token lives in sessionStorage (gone when the tab closes).
// Dev and test: a picker of sample identities that calls POST /devSignIn.
// AWS: the Cognito hosted UI, authorization code with PKCE, configured by /config.json:
//   {"auth": {"mode": "cognito", "domain": "https://<prefix>.auth.<region>.amazoncognito.com",
//             "clientId": "…", "redirectUri": "https://<site>/", "scopes": "openid email profile"}}
// The ID token is sent to the API: it carries cognito:groups and custom:organization.

const KEY = 'meetingdesk.session';
let config = { auth: { mode: 'dev' } };

export async function loadConfig() {
  try {
    const r = await fetch('config.json', { cache: 'no-cache' });
    if (r.ok) config = await r.json();
  } catch { /* keep dev defaults */ }
  return config;
}

export const authMode = () => config.auth?.mode || 'dev';

/** Where the functions are: the same origin locally; '/api' behind CloudFront (config.json's apiBase). */
export const apiBase = () => (config.apiBase || '').replace(/\/$/, '');

function decode(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = decodeURIComponent(Array.from(atob(part), (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join(''));
    return JSON.parse(json);
  } catch { return {}; }
}

/** The signed-in person as the UI needs it (the server reads the same claims from the verified token). */
export function session() {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const c = decode(token);
  if (c.exp && c.exp * 1000 < Date.now()) { sessionStorage.removeItem(KEY); return null; }
  const groups = c.groups || c['cognito:groups'] || [];
  return {
    token, subject: c.sub, name: c.name || c.email || c.sub, email: c.email,
    organization: c.organization || c['custom:organization'] || '', groups,
    has: (g) => groups.includes(g),
  };
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  if (authMode() === 'cognito') {
    const a = config.auth;
    location.assign(`${a.domain}/logout?client_id=${encodeURIComponent(a.clientId)}&logout_uri=${encodeURIComponent(a.logoutUri || a.redirectUri)}`);
  }
}

export async function devSignIn(identity) {
  const r = await fetch('/devSignIn', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(identity) });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) { const e = new Error(body.detail || `HTTP ${r.status}`); e.problem = body; throw e; }
  sessionStorage.setItem(KEY, body.token);
  return session();
}

// ---- Cognito hosted UI (authorization code + PKCE, RFC 7636) ----
// Not exercisable here (no Cognito); written against Cognito's documented /oauth2 endpoints.

function random(bytes) {
  const a = crypto.getRandomValues(new Uint8Array(bytes));
  return b64url(a);
}

function b64url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function cognitoSignIn(returnTo) {
  const a = config.auth;
  const verifier = random(48);
  const state = random(16);
  const challenge = b64url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem('pkce', JSON.stringify({ verifier, state, returnTo }));
  const q = new URLSearchParams({
    response_type: 'code', client_id: a.clientId, redirect_uri: a.redirectUri,
    scope: a.scopes || 'openid email profile', state, code_challenge: challenge, code_challenge_method: 'S256',
  });
  location.assign(`${a.domain}/oauth2/authorize?${q}`);
}

/** On return from the hosted UI (?code=…&state=…): exchange the code, then clean the address bar. */
export async function completeCognitoSignIn() {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  if (authMode() !== 'cognito' || !code) return false;
  const saved = JSON.parse(sessionStorage.getItem('pkce') || '{}');
  sessionStorage.removeItem('pkce');
  if (!saved.state || saved.state !== params.get('state')) throw new Error('sign-in state does not match; try again');
  const a = config.auth;
  const r = await fetch(`${a.domain}/oauth2/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', client_id: a.clientId, code, redirect_uri: a.redirectUri, code_verifier: saved.verifier,
    }),
  });
  if (!r.ok) throw new Error(`sign-in failed (${r.status})`);
  const tokens = await r.json();
  sessionStorage.setItem(KEY, tokens.id_token);
  history.replaceState(null, '', `${location.pathname}${saved.returnTo || '#/'}`);
  return true;
}
