// The user's settings (GET/PUT /api/settings): default country code; time zone and location for
// prayer times where the server keeps them; how long before a draft expires to be reminded. The page
// shows what the API returns and sends every field back on save (PUT replaces), then says plainly if
// the server did not keep one of them. A field typed in before the settings arrive keeps what was typed.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { language, t } from '../i18n.js';
import { problemText } from '../plans.js';
import { toast } from '../alerts.js';
import { browserZone, setSavedZone } from '../zone.js';

export function render(main) {
  const status = h('div', { id: 'settings-status', 'aria-live': 'polite' });
  const form = h('form', { id: 'settings-form', class: 'card', onsubmit: save });
  replace(main, h('h1', { id: 'view-title' }, t('settings.title')), form, status);

  const code = h('input', { id: 'set-country', type: 'text', inputmode: 'numeric', dir: 'ltr', autocomplete: 'off', 'aria-describedby': 'set-country-hint' });
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [browserZone()];
  const zone = h('select', { id: 'set-zone', 'aria-describedby': 'set-zone-hint' },
    h('option', { value: '' }, t('settings.zoneUnset', { zone: browserZone() })),
    zones.map((z) => h('option', { value: z }, z)));
  const lat = h('input', { id: 'set-lat', type: 'number', step: 'any', min: -90, max: 90, dir: 'ltr' });
  const lon = h('input', { id: 'set-lon', type: 'number', step: 'any', min: -180, max: 180, dir: 'ltr' });
  const locate = h('button', { type: 'button', id: 'set-locate', onclick: here }, t('settings.useLocation'));
  const reminder = h('select', { id: 'set-reminder', 'aria-describedby': 'set-reminder-hint' },
    REMINDERS.map((value) => h('option', { value }, reminderLabel(value))));
  const touched = new Set();
  for (const field of [code, zone, lat, lon, reminder]) field.addEventListener('input', () => touched.add(field));

  replace(form,
    h('label', { for: 'set-country' }, t('settings.country')), code,
    h('p', { class: 'hint', id: 'set-country-hint' }, t('settings.countryHint')),
    h('label', { for: 'set-zone' }, t('settings.zone')), zone,
    h('p', { class: 'hint', id: 'set-zone-hint' }, t('settings.zoneHint')),
    h('fieldset', null, h('legend', null, t('settings.location')),
      h('p', { class: 'hint' }, t('settings.locationHint')),
      h('label', { for: 'set-lat' }, t('settings.latitude')), lat,
      h('label', { for: 'set-lon' }, t('settings.longitude')), lon,
      'geolocation' in navigator ? locate : null),
    h('label', { for: 'set-reminder' }, t('settings.reminder')), reminder,
    h('p', { class: 'hint', id: 'set-reminder-hint' }, t('settings.reminderHint')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('settings.save'))));

  function fill(settings) {
    const set = (field, value) => { if (!touched.has(field)) field.value = value; };
    set(code, settings.defaultCountryCode || '');
    if (settings.timezone && !zones.includes(settings.timezone)) zone.append(h('option', { value: settings.timezone }, settings.timezone));
    set(zone, settings.timezone || '');
    set(lat, settings.location ? settings.location.latitude : '');
    set(lon, settings.location ? settings.location.longitude : '');
    const lead = settings.approvalReminder || DEFAULT_REMINDER;
    if (![...reminder.options].some((o) => o.value === lead)) reminder.append(h('option', { value: lead }, reminderLabel(lead)));
    set(reminder, lead);
    touched.clear();
    setSavedZone(settings.timezone);
  }

  async function load() {
    try {
      fill(await api('/api/settings'));
    } catch (e) {
      replace(status, h('p', { class: 'error', role: 'alert' }, problemText(e)));
    }
  }

  function here() {
    navigator.geolocation.getCurrentPosition(
      (p) => { lat.value = p.coords.latitude.toFixed(4); lon.value = p.coords.longitude.toFixed(4); },
      () => replace(status, h('p', { class: 'error', role: 'alert' }, t('settings.locationFailed'))));
  }

  async function save(event) {
    event.preventDefault();
    replace(status);
    if ((lat.value === '') !== (lon.value === '')) {
      return replace(status, h('p', { class: 'error', role: 'alert' }, t('settings.locationBoth')));
    }
    const sent = {
      defaultCountryCode: code.value.trim() || null,
      timezone: zone.value || null,
      location: lat.value === '' ? null : { latitude: Number(lat.value), longitude: Number(lon.value) },
      approvalReminder: reminder.value,
    };
    try {
      const kept = await api('/api/settings', { method: 'PUT', body: sent });
      touched.clear(); // what the server kept is now the truth
      fill(kept);
      const lost = Object.keys(sent).filter((k) => sent[k] !== null && (kept[k] === undefined || kept[k] === null));
      if (lost.length) {
        replace(status, h('p', { class: 'warning', role: 'status' }, t('settings.notKept', { fields: lost.map((k) => t(`settings.field.${k}`)).join(', ') })));
      } else {
        toast(t('settings.saved'), { kind: 'success' });
      }
    } catch (e) {
      replace(status, h('p', { class: 'error', role: 'alert' }, problemText(e)));
    }
  }

  load();
}

// The API's own wire values (ISO-8601 leads, or "off"); a lead set elsewhere is added as it comes.
const DEFAULT_REMINDER = 'PT1H';
const REMINDERS = ['off', 'PT15M', 'PT30M', 'PT1H', 'PT2H', 'PT6H', 'PT24H'];

function reminderLabel(value) {
  if (value === 'off') return t('settings.reminderOff');
  const [, hours = 0, minutes = 0] = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(value) || [];
  const total = Number(hours) * 60 + Number(minutes);
  if (!total) return value;
  const [unit, n] = total % 60 ? ['minutes', total] : ['hours', total / 60];
  // Arabic counts in five forms (ساعة، ساعتين، ٣ ساعات، ١١ ساعة ...); the browser knows which.
  return t(`settings.reminder.${unit}.${new Intl.PluralRules(language()).select(n)}`, { n });
}
