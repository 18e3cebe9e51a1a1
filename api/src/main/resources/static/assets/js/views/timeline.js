// Every plan of the user, newest first (GET /api/plans), filtered by status; each opens its history.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { dateTime, t } from '../i18n.js';
import { intentLabel, problemText, statusBadge, summary } from '../plans.js';

const STATUSES = ['', 'pending', 'scheduled', 'waiting_approval', 'executed', 'failed', 'cancelled'];

export function render(main, { live }) {
  const filter = h('select', { id: 'status-filter', onchange: () => load() },
    STATUSES.map((s) => h('option', { value: s }, s ? t(`status.${s}`) : t('plans.all'))));
  const body = h('div', { id: 'plans-list', 'aria-live': 'polite' });
  replace(main,
    h('h1', { id: 'view-title' }, t('plans.title')),
    h('div', { class: 'toolbar' }, h('label', { for: 'status-filter' }, t('plans.filter')), filter),
    body);

  async function load() {
    const status = filter.value;
    try {
      const { plans } = await api(`/api/plans?limit=200${status ? `&status=${status}` : ''}`);
      if (!plans.length) return replace(body, h('p', { class: 'muted' }, t('plans.none')));
      replace(body, h('table', { class: 'plans' },
        h('caption', { class: 'visually-hidden' }, t('plans.title')),
        h('thead', null, h('tr', null,
          h('th', { scope: 'col' }, t('plans.when')),
          h('th', { scope: 'col' }, t('plans.what')),
          h('th', { scope: 'col' }, t('plans.status')))),
        h('tbody', null, plans.map((plan) => h('tr', { dataset: { planId: plan.planId } },
          h('td', null, dateTime(plan.scheduledFor, plan.timezone, 'short')),
          h('td', null, h('a', { href: `#/plans/${plan.planId}` }, `${intentLabel(plan.intentType)}: `, h('bdi', null, summary(plan)))),
          h('td', null, statusBadge(plan.status)))))));
    } catch (error) {
      replace(body, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }

  const reload = () => load();
  for (const name of ['plan', 'delivery', 'resync']) live.addEventListener(name, reload);
  load();
  return () => {
    for (const name of ['plan', 'delivery', 'resync']) live.removeEventListener(name, reload);
  };
}
