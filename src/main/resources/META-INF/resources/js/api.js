// Calls the functions (same origin): POST /<name> with JSON, or GET /<name>?query. Errors come back
// as RFC 9457 problem details and are thrown as ApiError so forms can show errors[] by field.
import { apiBase, session } from './auth.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.type = (this.problem.type || '').split('/').pop();
    this.errors = Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
  /** True when the function itself is not deployed (the router's 404), not a missing record. */
  get noFunction() { return this.status === 405 || (this.status === 404 && /no function/.test(this.problem.detail || '')); }
}

function headers(json) {
  const h = { Accept: 'application/json, application/problem+json' };
  if (json) h['Content-Type'] = 'application/json';
  const token = session()?.token;
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

async function answer(r) {
  const text = await r.text();
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = { detail: text }; }
  if (!r.ok) throw new ApiError(r.status, body);
  return body;
}

export async function call(name, input = {}) {
  const r = await fetch(`${apiBase()}/${name}`, { method: 'POST', headers: headers(true), body: JSON.stringify(input) });
  return answer(r);
}

export async function get(name, query = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  const s = q.toString();
  const r = await fetch(`${apiBase()}/${name}${s ? `?${s}` : ''}`, { headers: headers(false) });
  return answer(r);
}
