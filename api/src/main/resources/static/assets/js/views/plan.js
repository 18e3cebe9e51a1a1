// One plan's whole story (GET /api/plans/{id}): what it does, every status it went through, every
// delivery with its provider, attempts, receipt and error. Cancel while it is not finished; retry it
// once it failed (POST /api/plans/{id}/retry); pause, resume or skip a repeating one.

import { api } from '../api.js';
import { facts, h, replace } from '../dom.js';
import { dateTime, digits, has, t } from '../i18n.js';
import { TERMINAL, confirmDialog, intentLabel, messageFacts, problemText, statusBadge, statusLabel, summary, when } from '../plans.js';
import { toast } from '../alerts.js';
import { ruleView } from '../rule.js';
import { eventNote } from '../event-notes.js';

export function render(main, { id, live, refreshBadge }) {
  const body = h('div', { id: 'plan-detail' });
  replace(main, h('p', null, h('a', { href: '#/plans' }, t('plan.back'))), h('h1', { id: 'view-title' }, t('plan.title')), body);

  async function load() {
    try {
      show(await api(`/api/plans/${encodeURIComponent(id)}`));
    } catch (error) {
      replace(body, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }

  function show(plan) {
    const zone = plan.timezone;
    replace(body,
      h('section', { class: 'card', 'aria-labelledby': 'plan-what' },
        h('h2', { id: 'plan-what' }, intentLabel(plan.intentType), ': ', h('bdi', null, summary(plan))),
        h('p', null, statusBadge(plan.status)),
        facts([
          [t(plan.recurrence ? 'plan.nextOccurrence' : 'plan.scheduledFor'), when(plan.scheduledFor, zone)],
          [t('plan.repeats'), plan.recurrence ? [ruleView(plan.recurrence, zone), plan.paused ? [' · ', t('plan.paused')] : null] : null],
          ...messageFacts(plan.intentType, plan.payload),
          [t('plan.transcript'), plan.transcript ? h('q', { dir: 'auto' }, plan.transcript) : null],
          [t('plan.approvalExpires'), plan.status === 'waiting_approval' ? when(plan.approvalExpiresAt, zone) : null],
          [t('plan.approvedAt'), plan.approvedAt ? dateTime(plan.approvedAt, zone) : null],
          [t('plan.executedAt'), plan.executedAt ? dateTime(plan.executedAt, zone) : null],
          [t('plan.attempts'), plan.attempts ? digits(plan.attempts) : null],
          [t('plan.lastError'), plan.lastError ? h('span', { class: 'error-text' }, plan.lastError) : null],
          [t('plan.id'), h('code', null, plan.planId)],
        ]),
        plan.status === 'failed' ? h('div', { class: 'actions' },
          h('button', { type: 'button', class: 'primary', id: 'plan-retry', onclick: () => retry(plan) }, t('action.retryPlan'))) : null,
        TERMINAL.includes(plan.status) ? null : h('div', { class: 'actions' },
          plan.status === 'waiting_approval' ? h('a', { href: '#/approvals', class: 'button primary' }, t('plan.toApprovals')) : null,
          ...seriesButtons(plan),
          h('button', { type: 'button', class: 'danger', id: 'plan-cancel', onclick: () => cancel(plan) }, t('action.cancelPlan')))),
      h('section', { 'aria-labelledby': 'plan-events' },
        h('h2', { id: 'plan-events' }, t('plan.events')),
        h('ol', { class: 'events' }, (plan.events || []).map((e) => h('li', null,
          h('time', { datetime: e.at }, dateTime(e.at, zone, 'short')), ' ',
          h('strong', null, statusLabel(e.status)), e.note ? [' — ', eventNote(e, zone)] : null)))),
      h('section', { 'aria-labelledby': 'plan-deliveries' },
        h('h2', { id: 'plan-deliveries' }, t('plan.deliveries')),
        (plan.deliveries || []).length
          ? h('ul', { class: 'deliveries' }, plan.deliveries.map((d) => delivery(d, zone)))
          : h('p', { class: 'muted' }, TERMINAL.includes(plan.status) ? t('plan.noDeliveries') : t('plan.notYet'))));
  }

  async function cancel(plan) {
    const ok = await confirmDialog({ title: t('approvals.cancelTitle'), body: h('p', null, summary(plan)), yes: t('action.cancelPlan') });
    if (!ok) return;
    try {
      await api(`/api/plans/${plan.planId}/cancel`, { method: 'POST' });
      toast(t('approvals.cancelled'));
    } catch (error) {
      toast(problemText(error), { kind: 'error' });
    }
    refreshBadge();
    load();
  }

  async function retry(plan) {
    try {
      await api(`/api/plans/${plan.planId}/retry`, { method: 'POST' });
      toast(t('plan.retried'));
    } catch (error) {
      toast(problemText(error), { kind: 'error' });
    }
    load();
  }

  function seriesButtons(plan) {
    if (!plan.recurrence) return [];
    const act = (action) => async () => {
      try {
        await api(`/api/plans/${plan.planId}/series`, { method: 'POST', body: { action } });
        toast(t({ pause: 'plan.series.paused', resume: 'plan.series.resumed', skip: 'plan.series.skipped' }[action]));
      } catch (error) {
        toast(problemText(error), { kind: 'error' });
      }
      load();
    };
    return [
      h('button', { type: 'button', id: 'series-pause-resume', onclick: act(plan.paused ? 'resume' : 'pause') },
        t(plan.paused ? 'plan.series.resume' : 'plan.series.pause')),
      h('button', { type: 'button', id: 'series-skip', onclick: act('skip') }, t('plan.series.skip')),
    ];
  }

  const mine = (event) => !event.detail || !event.detail.plan || event.detail.plan.planId === id;
  const reload = (event) => mine(event) && load();
  for (const name of ['plan', 'delivery', 'resync']) live.addEventListener(name, reload);
  load();
  return () => {
    for (const name of ['plan', 'delivery', 'resync']) live.removeEventListener(name, reload);
  };
}

function delivery(d, zone) {
  const content = d.content || {};
  return h('li', { class: 'card delivery', dataset: { deliveryId: d.id } },
    h('p', null, h('strong', null, t(`channel.${d.channel}`)), ' · ', provider(d.provider), ' · ',
      h('span', { class: `badge delivery-${d.status}` }, deliveryStatus(d.status))),
    facts([
      [t('plan.at'), dateTime(d.createdAt, zone)],
      [t('plan.to'), d.recipient ? h('bdi', null, d.recipient) : null],
      ...Object.entries(content).filter(([k]) => k !== 'type').map(([k, v]) => [has(`content.${k}`) ? t(`content.${k}`) : k,
        k === 'time' ? dateTime(v, zone) : h('span', { class: 'message-text', dir: 'auto' }, String(v))]),
      [t('plan.attempts'), digits(d.attempts)],
      [t('plan.receipt'), d.providerMessageId ? h('code', null, d.providerMessageId) : null],
      [t('plan.error'), d.error ? h('span', { class: 'error-text' }, d.error) : null],
    ]));
}

function provider(name) {
  return name === 'local' ? t('provider.local') : name;
}

function deliveryStatus(status) {
  return has(`delivery.${status}`) ? t(`delivery.${status}`) : status;
}
