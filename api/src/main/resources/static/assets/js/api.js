// Calls to ROMNA's API with the user's token. Errors arrive as RFC 7807 problems; an ApiError carries
// the problem so views can say what went wrong in the user's terms.

import { token } from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.slug = (this.problem.type || '').replace('urn:romna:problem:', '');
  }
}

const listeners = new Set();

/** Called with no arguments when the server says the token is no longer good (401). */
export function onUnauthorized(fn) {
  listeners.add(fn);
}

export async function api(path, { method = 'GET', body, headers = {} } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  const current = token();
  if (current) init.headers.Authorization = `Bearer ${current}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { type: 'urn:romna:problem:unreachable', detail: e.message });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: text };
    }
  }
  if (response.status === 401) listeners.forEach((fn) => fn());
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}
