// The one way the pages reach the server: the public REST API. A personal token is kept in this tab's
// sessionStorage only (never a cookie, never the URL) and sent as a bearer token.
import { L } from './i18n.js';

const TOKEN = 'kringloop.token';
const ME = 'kringloop.me';

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  me: () => JSON.parse(sessionStorage.getItem(ME) || 'null'),
  roles: () => new Set(session.me()?.roles || []),
  has: (role) => session.roles().has(role),
  signIn(token, me) { sessionStorage.setItem(TOKEN, token); sessionStorage.setItem(ME, JSON.stringify(me)); },
  signOut() { sessionStorage.removeItem(TOKEN); sessionStorage.removeItem(ME); },
};

/** An API refusal or failure, with a sentence for people and the field the server named. */
export class ApiError extends Error {
  constructor(status, problem, message) {
    super(message);
    this.status = status;
    this.problem = problem || {};
    this.field = this.problem.field || null;
    this.errors = this.problem.errors || [];
  }
}

export const serverListeners = new Set();
function serverState(ok, message) { serverListeners.forEach((f) => f(ok, message)); }

/** the detail of a problem without the field path the server puts in front ("values.A1.1[0].cas: …") */
export function detailOf(problem) {
  const d = problem.detail || problem.title || '';
  if (problem.field && d.startsWith(problem.field + ':')) return d.slice(problem.field.length + 1).trim();
  return d;
}

export async function api(path, { method = 'GET', body, contentType, headers = {}, token } = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers };
  const t = token ?? session.token();
  if (t) h.Authorization = 'Bearer ' + t;
  let payload = body;
  if (body !== undefined && !(body instanceof Blob) && typeof body !== 'string') {
    payload = JSON.stringify(body);
    h['Content-Type'] = 'application/json';
  } else if (contentType) {
    h['Content-Type'] = contentType;
  } else if (typeof body === 'string') {
    h['Content-Type'] = 'application/json';
  }
  let r;
  try {
    r = await fetch(path, { method, headers: h, body: payload });
  } catch (e) {
    const msg = L('The server cannot be reached. Check your connection or try again in a minute.',
      'De server is niet bereikbaar. Controleer de verbinding of probeer het over een minuut opnieuw.');
    serverState(false, msg);
    throw new ApiError(0, null, msg);
  }
  const type = r.headers.get('Content-Type') || '';
  if (r.ok) {
    serverState(true);
    if (r.status === 204) return null;
    return type.includes('json') ? r.json() : r.text();
  }
  let problem = null;
  if (type.includes('json')) {
    try { problem = await r.json(); } catch (e) { problem = null; }
  }
  if (r.status === 503 || r.status === 502 || r.status === 504) {
    const msg = L('The server is starting or temporarily unavailable', 'De server start op of is tijdelijk niet beschikbaar')
      + (problem?.detail ? ': ' + problem.detail : '.');
    serverState(false, msg);
    throw new ApiError(r.status, problem, msg);
  }
  serverState(true);
  if (r.status === 401) {
    throw new ApiError(401, problem, L('Sign in with your personal API token to do this.', 'Meld u aan met uw persoonlijke API-token om dit te doen.'));
  }
  if (r.status === 403) {
    throw new ApiError(403, problem, L('You are not allowed to do this', 'U mag dit niet doen') + (problem?.detail ? ': ' + problem.detail : '.'));
  }
  if (r.status === 404) {
    throw new ApiError(404, problem, L('Not found', 'Niet gevonden') + (problem?.detail ? ': ' + problem.detail : '.'));
  }
  if (r.status >= 500) {
    throw new ApiError(r.status, problem, L('The server could not finish this request', 'De server kon dit verzoek niet afmaken')
      + (problem?.incidentId ? ' (' + L('incident', 'incident') + ' ' + problem.incidentId + ').' : '.'));
  }
  throw new ApiError(r.status, problem, problem ? detailOf(problem) : L('The request was refused (HTTP ', 'Het verzoek is geweigerd (HTTP ') + r.status + ').');
}
