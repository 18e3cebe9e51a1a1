// Language, direction and formatting. Strings live in /assets/i18n/<lang>.json (one key set for both
// languages, checked by a test). Arabic uses Arabic-Indic digits and the Gregorian calendar, which is
// what the API's times are in; times are always shown in a named IANA zone, never the browser's by accident.

export const LANGUAGES = ['en', 'ar'];
const STORE = 'romna.lang';
let lang = 'en';
let strings = {};

export function initialLanguage() {
  const saved = localStorage.getItem(STORE);
  if (LANGUAGES.includes(saved)) return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export async function useLanguage(next) {
  const response = await fetch(`/assets/i18n/${next}.json`);
  if (!response.ok) throw new Error(`strings for ${next}: HTTP ${response.status}`);
  strings = await response.json();
  lang = next;
  localStorage.setItem(STORE, next);
  document.documentElement.lang = next;
  document.documentElement.dir = dir();
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}

export function language() {
  return lang;
}

export function dir() {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The Web Speech API's recognition language for the current UI language. */
export function speechLocale() {
  return lang === 'ar' ? 'ar-SA' : 'en-US';
}

export function has(key) {
  return key in strings;
}

export function t(key, vars) {
  let text = strings[key];
  if (text === undefined) {
    console.warn(`missing string ${key}`);
    text = key;
  }
  if (vars) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? formatValue(vars[name]) : m));
  }
  return text;
}

function formatValue(value) {
  return typeof value === 'number' ? number(value) : String(value);
}

function locale() {
  return lang === 'ar' ? 'ar-u-ca-gregory-nu-arab' : 'en-GB-u-ca-gregory';
}

export function list(items) {
  return new Intl.ListFormat(locale(), { type: 'conjunction' }).format(items);
}

export function number(n) {
  return new Intl.NumberFormat(locale()).format(n);
}

/** Digits as the UI language writes them, for text the user reads (not for inputs). */
export function digits(text) {
  if (lang !== 'ar' || text === null || text === undefined) return text;
  return String(text).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[d]);
}

export function dateTime(iso, zone, style = 'long') {
  if (!iso) return '';
  const options = style === 'time'
    ? { hour: '2-digit', minute: '2-digit' }
    : { weekday: style === 'long' ? 'long' : 'short', day: 'numeric', month: style === 'long' ? 'long' : 'short',
        year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: zone }).format(new Date(iso));
}

/** A weekday's name; 0 is Sunday. */
export function weekdayName(day) {
  // 7 January 2024 was a Sunday.
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 7 + day)));
}

export function dayHeading(dateKey, style = 'long') {
  // A calendar day, not an instant: format its noon in UTC so no zone can move it to another day.
  const options = style === 'long'
    ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
    : { weekday: 'short', day: 'numeric', month: 'short' };
  return new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }).format(new Date(`${dateKey}T12:00:00Z`));
}

/** "in 5 minutes", "2 hours ago": rounded to the unit a person would say. */
export function relative(iso, now = Date.now()) {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const abs = Math.abs(seconds);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  if (abs < 45) return format.format(Math.round(seconds), 'second');
  if (abs < 45 * 60) return format.format(Math.round(seconds / 60), 'minute');
  if (abs < 22 * 3600) return format.format(Math.round(seconds / 3600), 'hour');
  return format.format(Math.round(seconds / 86400), 'day');
}

/** A countdown like "6 d 23 h" or "04:59". */
export function countdown(ms) {
  if (ms <= 0) return t('time.expired');
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const hrs = Math.floor((s % 86400) / 3600);
  const min = Math.floor((s % 3600) / 60);
  if (d > 0) return t('time.daysHours', { d, h: hrs });
  if (hrs > 0) return t('time.hoursMinutes', { h: hrs, m: min });
  const pad = (n) => String(n).padStart(2, '0');
  return digits(`${pad(min)}:${pad(s % 60)}`);
}
