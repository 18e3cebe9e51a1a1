// Plans by day or by week in the user's time zone. Unfinished plans are fetched by status (so none is
// missed however old the request); finished ones come from the 200 most recent plans.
// A repeating plan shows as a series (↻ and its rule) on the day of its next occurrence.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { dateTime, dayHeading, t } from '../i18n.js';
import { intentLabel, problemText, statusBadge, summary } from '../plans.js';
import { ruleText } from '../rule.js';
import { addDays, dayKey, firstDayOfWeek, userZone, weekday, zoneIsSaved } from '../zone.js';

const OPEN = ['pending', 'scheduled', 'waiting_approval'];
let mode = 'week';
let anchor = null;

export function render(main, { live }) {
  const zone = userZone();
  anchor = anchor || dayKey(Date.now(), zone);
  const grid = h('div', { id: 'calendar-grid', 'aria-live': 'polite' });
  const title = h('h2', { id: 'calendar-range' });
  const modeButton = (value) => h('button', { type: 'button', 'aria-pressed': String(mode === value), dataset: { mode: value },
    onclick: () => { mode = value; draw(); } }, t(`calendar.${value}`));
  const step = (days) => () => { anchor = addDays(anchor, days * (mode === 'week' ? 7 : 1)); draw(); };
  replace(main,
    h('h1', { id: 'view-title' }, t('calendar.title')),
    h('p', { class: 'hint' }, t(zoneIsSaved() ? 'calendar.zoneSaved' : 'calendar.zoneBrowser', { zone })),
    h('div', { class: 'toolbar', role: 'group', 'aria-label': t('calendar.navigation') },
      modeButton('day'), modeButton('week'),
      h('button', { type: 'button', onclick: step(-1), 'aria-label': t('calendar.previous') }, '‹'),
      h('button', { type: 'button', onclick: () => { anchor = dayKey(Date.now(), zone); draw(); } }, t('calendar.today')),
      h('button', { type: 'button', onclick: step(1), 'aria-label': t('calendar.next') }, '›')),
    title, grid);

  let plans = [];
  async function load() {
    try {
      const lists = await Promise.all([...OPEN.map((s) => `&status=${s}`), ''].map((q) => api(`/api/plans?limit=200${q}`)));
      const byId = new Map();
      for (const list of lists) for (const plan of list.plans) byId.set(plan.planId, plan);
      plans = [...byId.values()].sort((a, b) => a.scheduledFor.localeCompare(b.scheduledFor));
      draw();
    } catch (error) {
      replace(grid, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }

  function draw() {
    for (const b of main.querySelectorAll('[data-mode]')) b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
    const start = mode === 'week' ? addDays(anchor, -((weekday(anchor) - firstDayOfWeek() + 7) % 7)) : anchor;
    const days = Array.from({ length: mode === 'week' ? 7 : 1 }, (_, i) => addDays(start, i));
    title.textContent = mode === 'week'
      ? t('calendar.weekOf', { from: dayHeading(days[0], 'short'), to: dayHeading(days[6], 'short') })
      : dayHeading(anchor);
    const today = dayKey(Date.now(), zone);
    const byDay = new Map(days.map((d) => [d, []]));
    for (const plan of plans) {
      const key = dayKey(plan.scheduledFor, zone);
      if (byDay.has(key)) byDay.get(key).push(plan);
    }
    replace(grid, h('div', { class: `calendar ${mode}` }, days.map((d) => h('section', {
      class: `day${d === today ? ' today' : ''}`, 'aria-labelledby': `day-${d}`, dataset: { day: d },
    },
    h('h3', { id: `day-${d}` }, dayHeading(d, mode === 'week' ? 'short' : 'long')),
    byDay.get(d).length
      ? h('ul', null, byDay.get(d).map((plan) => h('li', { class: `entry status-${plan.status}`, dataset: { planId: plan.planId } },
        h('a', { href: `#/plans/${plan.planId}` },
          h('time', { datetime: plan.scheduledFor }, dateTime(plan.scheduledFor, zone, 'time')), ' ',
          intentLabel(plan.intentType), ': ', h('bdi', null, summary(plan))), ' ', statusBadge(plan.status),
          plan.recurrence ? [' ', h('span', { class: 'badge series', title: ruleText(plan.recurrence, zone) || plan.recurrence },
            '↻ ', t(plan.paused ? 'calendar.seriesPaused' : 'calendar.series'))] : null)))
      : h('p', { class: 'muted' }, t('calendar.nothing'))))));
  }

  const reload = () => load();
  for (const name of ['plan', 'resync']) live.addEventListener(name, reload);
  load();
  return () => {
    for (const name of ['plan', 'resync']) live.removeEventListener(name, reload);
  };
}
