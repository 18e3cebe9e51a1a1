// Where reminders and alarms are pushed (GET/POST/DELETE /api/devices). The API never shows a token in
// full (it works like a password for that phone), so removing one needs the token itself.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { dateTime, t } from '../i18n.js';
import { problemText } from '../plans.js';
import { toast } from '../alerts.js';
import { userZone } from '../zone.js';

export function render(main) {
  const list = h('div', { id: 'devices-list', 'aria-live': 'polite' });
  const addError = h('p', { class: 'error', role: 'alert' });
  const removeError = h('p', { class: 'error', role: 'alert' });
  const add = h('form', { class: 'card', id: 'device-form', onsubmit: register },
    h('h2', null, t('devices.add')),
    h('label', { for: 'device-token' }, t('devices.token')),
    h('textarea', { id: 'device-token', rows: 2, autocomplete: 'off', spellcheck: 'false', dir: 'ltr', required: true }),
    h('label', { for: 'device-platform' }, t('devices.platform')),
    h('select', { id: 'device-platform' }, ['android', 'ios', 'web'].map((p) => h('option', { value: p }, t(`platform.${p}`)))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('devices.register'))),
    addError);
  const remove = h('form', { class: 'card', id: 'device-remove', onsubmit: unregister },
    h('h2', null, t('devices.remove')),
    h('label', { for: 'device-remove-token' }, t('devices.token')),
    h('textarea', { id: 'device-remove-token', rows: 2, autocomplete: 'off', spellcheck: 'false', dir: 'ltr', required: true }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'danger' }, t('devices.removeButton'))),
    removeError);
  replace(main, h('h1', { id: 'view-title' }, t('devices.title')), h('p', { class: 'hint' }, t('devices.help')), list, add, remove);

  async function load() {
    try {
      const { devices } = await api('/api/devices');
      replace(list, devices.length ? h('ul', { class: 'plain' }, devices.map((d) => h('li', null,
        h('code', { dir: 'ltr' }, d.token), ' · ', d.platform ? t(`platform.${d.platform}`) : '—', ' · ',
        t('devices.since', { date: dateTime(d.registeredAt, userZone(), 'short') }))))
        : h('p', { class: 'muted' }, t('devices.none')));
    } catch (e) {
      replace(list, h('p', { class: 'error', role: 'alert' }, problemText(e)));
    }
  }

  async function register(event) {
    event.preventDefault();
    replace(addError);
    try {
      await api('/api/devices', { method: 'POST', body: { token: add.querySelector('#device-token').value.trim(), platform: add.querySelector('#device-platform').value } });
      add.reset();
      toast(t('devices.registered'), { kind: 'success' });
      load();
    } catch (e) {
      replace(addError, problemText(e));
    }
  }

  async function unregister(event) {
    event.preventDefault();
    replace(removeError);
    try {
      await api(`/api/devices/${encodeURIComponent(remove.querySelector('#device-remove-token').value.trim())}`, { method: 'DELETE' });
      remove.reset();
      toast(t('devices.removed'), { kind: 'success' });
      load();
    } catch (e) {
      replace(removeError, problemText(e));
    }
  }

  load();
}
