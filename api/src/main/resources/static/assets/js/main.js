// The console's shell: language, sign-in, navigation between views (hash routes, so the server only
// ever serves static files), the live stream and what it shows.

import { api, onUnauthorized } from './api.js';
import { h, replace } from './dom.js';
import { initialLanguage, language, number, t, useLanguage } from './i18n.js';
import { claims, expired, signOut, token } from './session.js';
import { startLive } from './live.js';
import { announce } from './announce.js';
import { askForNotifications, forgetSeen, notificationsSupported, stopRinging, unlockSoundOnFirstTouch } from './alerts.js';
import { setSavedZone } from './zone.js';
import * as say from './views/say.js';
import * as approvals from './views/approvals.js';
import * as timeline from './views/timeline.js';
import * as plan from './views/plan.js';
import * as calendar from './views/calendar.js';
import * as contacts from './views/contacts.js';
import * as devices from './views/devices.js';
import * as settings from './views/settings.js';
import * as signin from './views/signin.js';

const VIEWS = { say, approvals, plans: timeline, calendar, contacts, devices, settings };
const NAV = ['say', 'approvals', 'plans', 'calendar', 'contacts', 'devices', 'settings'];
const main = document.getElementById('main');
const live = new EventTarget();
let entered = false;
let cleanup = null;
let stopLive = null;
let waiting = 0;

async function boot() {
  await useLanguage(initialLanguage());
  unlockSoundOnFirstTouch();
  document.getElementById('lang-switch').addEventListener('click', switchLanguage);
  document.getElementById('sign-out').addEventListener('click', () => leave());
  document.getElementById('notify-enable').addEventListener('click', enableNotifications);
  onUnauthorized(() => entered && leave(t('signin.ended')));
  window.addEventListener('hashchange', route);
  drawHeader();
  if (token() && !expired()) await enter();
  else showSignIn(token() ? t('signin.ended') : null);
}

async function enter() {
  entered = true;
  try {
    const saved = await api('/api/settings');
    setSavedZone(saved.timezone);
  } catch {
    // the views say what is wrong; the browser's zone stands meanwhile
  }
  stopLive = startLive({
    onEvent: (name, data) => {
      if (name === 'delivery') announce(data);
      if (name === 'plan') refreshBadge();
      live.dispatchEvent(new CustomEvent(name, { detail: data }));
    },
    onState: showLiveState,
    onUnauthorized: () => leave(t('signin.ended')),
  });
  drawHeader();
  refreshBadge();
  route();
}

function leave(message) {
  entered = false;
  if (stopLive) stopLive();
  stopLive = null;
  stopRinging();
  signOut();
  forgetSeen();
  drawHeader();
  showSignIn(message);
}

function showSignIn(message) {
  if (cleanup) cleanup();
  cleanup = null;
  document.title = `${t('signin.title')} · ROMNA`;
  signin.render(main, { message, onSignedIn: () => enter() });
}

function route() {
  if (!entered) return;
  const hash = location.hash || '#/say';
  if (!hash.startsWith('#/')) return; // e.g. the skip link's #main
  const [name, id] = hash.slice(2).split('/');
  const view = name === 'plans' && id ? plan : VIEWS[name] || say;
  if (cleanup) cleanup();
  cleanup = view.render(main, { id, live, refreshBadge }) || null;
  for (const link of document.querySelectorAll('#nav a')) {
    if (link.dataset.view === (VIEWS[name] ? name : 'say')) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const heading = document.getElementById('view-title');
  document.title = `${heading ? heading.textContent : ''} · ROMNA`;
  if (heading && document.activeElement !== document.body) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

function drawHeader() {
  const nav = document.getElementById('nav');
  nav.hidden = !entered;
  nav.setAttribute('aria-label', t('nav.label'));
  replace(nav, h('ul', null, NAV.map((name) => h('li', null, h('a', { href: `#/${name}`, dataset: { view: name } },
    t(`nav.${name}`), name === 'approvals' ? h('span', { class: 'count', id: 'approvals-count', hidden: !waiting }, number(waiting)) : null)))));
  const other = language() === 'ar' ? 'en' : 'ar';
  const switcher = document.getElementById('lang-switch');
  switcher.textContent = other === 'ar' ? 'العربية' : 'English';
  switcher.lang = other;
  switcher.title = t('lang.switch');
  const out = document.getElementById('sign-out');
  out.hidden = !entered;
  out.textContent = t('signin.out');
  const c = entered ? claims() : null;
  document.getElementById('who').textContent = c && c.sub ? t('signin.as', { user: c.sub }) : '';
  const notify = document.getElementById('notify-enable');
  notify.textContent = t('notify.enable');
  notify.hidden = !entered || !notificationsSupported() || Notification.permission !== 'default';
  if (!entered) showLiveState('off');
}

async function switchLanguage() {
  await useLanguage(language() === 'ar' ? 'en' : 'ar');
  drawHeader();
  refreshCount();
  showLiveState(liveState);
  if (entered) route();
  else showSignIn();
}

async function enableNotifications() {
  const answer = await askForNotifications();
  if (answer === 'denied') announceText(t('notify.denied'));
  drawHeader();
}

function announceText(text) {
  document.getElementById('live-status').textContent = text;
}

let liveState = 'off';
function showLiveState(state) {
  liveState = state;
  const el = document.getElementById('live-status');
  el.className = `live-status ${state}`;
  el.dataset.state = state;
  el.textContent = state === 'off' ? '' : t(`live.${state}`);
}

async function refreshBadge() {
  if (!entered) return;
  try {
    const { plans } = await api('/api/plans?status=waiting_approval&limit=200');
    waiting = plans.length;
  } catch {
    return;
  }
  refreshCount();
}

function refreshCount() {
  const count = document.getElementById('approvals-count');
  if (!count) return;
  count.hidden = !waiting;
  count.textContent = number(waiting);
  count.setAttribute('aria-label', t('nav.waiting', { n: waiting }));
}

boot().catch((e) => {
  replace(main, h('p', { class: 'error', role: 'alert' }, `ROMNA: ${e.message}`));
});
