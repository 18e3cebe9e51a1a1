// A history entry in the page's language. The API gives each note a code and its values (times as
// ISO-8601); a provider's error stays in its own words, marked as English. A note without a code
// (from a newer engine, say) is shown as written, in English.

import { h } from './dom.js';
import { dateTime, digits, has, t } from './i18n.js';

const TIMES = ['at', 'until', 'next', 'skipped'];

export function eventNote(event, zone) {
  if (!event.note) return null;
  const key = `event.${event.code}`;
  if (!event.code || !has(key)) return h('bdi', { class: 'note', lang: 'en', dir: 'ltr' }, event.note);
  const params = event.params || {};
  const values = {};
  for (const [name, value] of Object.entries(params)) {
    if (TIMES.includes(name)) values[name] = dateTime(value, zone);
    else if (name === 'provider') values[name] = value === 'local' ? t('event.localOutbox') : value;
    else if (name === 'status') values[name] = has(`delivery.${value}`) ? t(`delivery.${value}`) : value;
    else values[name] = digits(value);
  }
  return h('span', { class: 'note', dataset: { code: event.code } }, t(key, values),
    params.error ? [' ', h('bdi', { class: 'technical', lang: 'en', dir: 'ltr' }, params.error)] : null);
}
