// The signed-in user's token lives in sessionStorage: it survives reloads and the live stream's
// reconnects in this tab, ends with the tab, is not shared with other tabs or sites, and, unlike a
// cookie, is never sent by the browser on its own, so other sites cannot make requests with it.
// (Any script on the page could read it; the console's content security policy admits only its own.)

const KEY = 'romna.token';

export function token() {
  return sessionStorage.getItem(KEY);
}

export function signIn(value) {
  sessionStorage.setItem(KEY, value.trim());
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The token's claims, read for display only; the server is the one that verifies them. */
export function claims(value = token()) {
  if (!value) return null;
  const parts = value.split('.');
  if (parts.length !== 3) return null;
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    return JSON.parse(json);
  } catch {
    return null;
  }
}

export function expired(value = token()) {
  const c = claims(value);
  return !c || typeof c.exp !== 'number' || c.exp * 1000 <= Date.now();
}

export async function signInOptions() {
  const response = await fetch('/console/sign-in-options', { headers: { Accept: 'application/json' } });
  return response.ok ? response.json() : { devSignIn: false };
}

export async function devSignIn() {
  const response = await fetch('/console/dev-token', { headers: { Accept: 'application/json' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = await response.json();
  signIn(body.token);
  return body;
}
