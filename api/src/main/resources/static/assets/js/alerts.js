// How a delivery reaches the person at the screen: a toast in the page (always, and read out by
// screen readers), a system notification when they allowed them, and for alarms a ringing tone and
// a dialog until they stop it.

import { h } from './dom.js';
import { dir, language, t } from './i18n.js';

const SEEN = 'romna.live.seen';
const RING_LIMIT_MS = 60000;
const MAX_TOASTS = 3;
let audio = null;
let ringing = null;

/** Web Audio may only start after the user touched the page; the first touch unlocks it. */
export function unlockSoundOnFirstTouch() {
  const unlock = () => {
    if (!audio && window.AudioContext) audio = new AudioContext();
    if (audio && audio.state === 'suspended') audio.resume();
  };
  window.addEventListener('pointerdown', unlock, { capture: true });
  window.addEventListener('keydown', unlock, { capture: true });
}

export function notificationsSupported() {
  return 'Notification' in window;
}

export function notificationsAllowed() {
  return notificationsSupported() && Notification.permission === 'granted';
}

export async function askForNotifications() {
  if (!notificationsSupported()) return 'unsupported';
  return Notification.requestPermission();
}

/** True the first time a (delivery, status) pair is seen in this tab, replays included. */
export function firstSight(key) {
  const seen = JSON.parse(sessionStorage.getItem(SEEN) || '[]');
  if (seen.includes(key)) return false;
  seen.push(key);
  sessionStorage.setItem(SEEN, JSON.stringify(seen.slice(-300)));
  return true;
}

export function forgetSeen() {
  sessionStorage.removeItem(SEEN);
  sessionStorage.removeItem('romna.live.cursor');
}

export function toast(text, { kind = 'info', title, link } = {}) {
  const box = document.getElementById('toasts');
  const item = h('div', { class: `toast ${kind}`, role: kind === 'error' ? 'alert' : null },
    title ? h('strong', null, title) : null,
    h('span', { dir: 'auto' }, text),
    link ? h('a', { href: link.href }, link.text) : null,
    h('button', { type: 'button', class: 'quiet', 'aria-label': t('toast.dismiss'), onclick: () => item.remove() }, '×'));
  box.append(item);
  // A few at a time: a pile of old toasts would cover the page the person is working on.
  while (box.children.length > MAX_TOASTS) box.firstElementChild.remove();
  setTimeout(() => item.remove(), kind === 'error' ? 20000 : 12000);
  return item;
}

export function systemNotification(title, body, tag) {
  if (!notificationsAllowed()) return null;
  try {
    return new Notification(title, { body, tag, lang: language(), dir: dir() });
  } catch {
    return null;
  }
}

/** Rings until stopped (or a minute passes) and shows the alarm dialog. */
export function ring(title, text) {
  stopRinging();
  const dialog = document.getElementById('alarm');
  document.getElementById('alarm-title').textContent = title;
  document.getElementById('alarm-text').textContent = text;
  const stop = document.getElementById('alarm-stop');
  stop.textContent = t('alarm.stop');
  stop.onclick = () => stopRinging();
  if (!dialog.open) dialog.showModal();
  // Escape closes the dialog too; the tone stops with it.
  dialog.addEventListener('close', stopRinging, { once: true });
  stop.focus();
  const started = Date.now();
  const beep = () => {
    if (Date.now() - started > RING_LIMIT_MS) return stopRinging();
    if (!audio || audio.state !== 'running') return;
    for (const offset of [0, 0.25, 0.5]) {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 880;
      gain.gain.setValueAtTime(0.0001, audio.currentTime + offset);
      gain.gain.exponentialRampToValueAtTime(0.3, audio.currentTime + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + offset + 0.2);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(audio.currentTime + offset);
      oscillator.stop(audio.currentTime + offset + 0.22);
    }
  };
  beep();
  ringing = setInterval(beep, 1500);
}

export function stopRinging() {
  if (ringing) clearInterval(ringing);
  ringing = null;
  const dialog = document.getElementById('alarm');
  if (dialog && dialog.open) dialog.close();
}
