// A series' rule (RFC 5545 as the API gives it: FREQ, INTERVAL, BYDAY, BYHOUR, BYMINUTE, COUNT,
// UNTIL) in the reader's words: "every day at 08:00", "كل يوم الساعة ٠٨:٠٠". A rule with a part
// these words cannot say is shown as it is, so nothing is ever described wrongly.

import { h } from './dom.js';
import { dateTime, digits, list, t, weekdayName } from './i18n.js';

const UNITS = { MINUTELY: 'minute', HOURLY: 'hour', DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' };
const DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
const KNOWN = ['FREQ', 'INTERVAL', 'BYDAY', 'BYHOUR', 'BYMINUTE', 'COUNT', 'UNTIL'];

/** The rule in words, or null when it says something the words cannot. */
export function ruleText(rule, zone) {
  const parts = Object.fromEntries(String(rule).split(';').map((p) => p.split('=')));
  const unit = UNITS[parts.FREQ];
  const n = Number(parts.INTERVAL || 1);
  const days = parts.BYDAY ? parts.BYDAY.split(',') : [];
  if (!unit || Object.keys(parts).some((k) => !KNOWN.includes(k)) || !days.every((d) => DAYS.includes(d))) return null;
  if (days.length && (unit !== 'week' || n !== 1)) return null;
  const words = [days.length ? t('rule.onDays', { days: list(days.map((d) => weekdayName(DAYS.indexOf(d)))) })
    : n === 1 ? t(`rule.every.${unit}`) : t(`rule.everyN.${unit}`, { n })];
  const pad = (v) => String(v).padStart(2, '0');
  if (parts.BYHOUR !== undefined) words.push(t('rule.at', { time: digits(`${pad(parts.BYHOUR)}:${pad(parts.BYMINUTE || 0)}`) }));
  if (parts.COUNT) words.push(t('rule.count', { n: Number(parts.COUNT) }));
  if (parts.UNTIL) {
    const u = parts.UNTIL;
    words.push(t('rule.until', { date: dateTime(`${u.slice(0, 4)}-${u.slice(4, 6)}-${u.slice(6, 8)}T${u.slice(9, 11)}:${u.slice(11, 13)}:00Z`, zone) }));
  }
  return words.join(' ');
}

/** The rule as the page shows it: in words, the rule itself kept in its title. */
export function ruleView(rule, zone) {
  const words = ruleText(rule, zone);
  return h('span', { class: 'rule', title: rule, dataset: { rule } }, words || h('code', null, rule));
}
