// The user's settings (GET/PUT /api/settings): default country code; time zone and location for
// prayer times where the server keeps them. The page shows what the API returns and sends every
// field back on save (PUT replaces), then says plainly if the server did not keep one of them.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
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
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('settings.save'))));

  let reminder = null; // not edited here; sent back as loaded so a save keeps it (PUT replaces)

  function fill(settings) {
    reminder = settings.approvalReminder || null;
    code.value = settings.defaultCountryCode || '';
    if (settings.timezone && !zones.includes(settings.timezone)) zone.append(h('option', { value: settings.timezone }, settings.timezone));
    zone.value = settings.timezone || '';
    lat.value = settings.location ? settings.location.latitude : '';
    lon.value = settings.location ? settings.location.longitude : '';
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
      approvalReminder: reminder,
    };
    try {
      const kept = await api('/api/settings', { method: 'PUT', body: sent });
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
