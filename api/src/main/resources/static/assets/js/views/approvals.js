// Drafts waiting for the user's approval (GET /api/plans?status=waiting_approval): the full message and
// its recipient, when it would go out, how long the approval stays open; approve (after seeing exactly
// what will be sent and when) or cancel.
// Editing a draft comes with PATCH /api/plans/{id} (issue 10); approving will then name the version.

import { api } from '../api.js';
import { facts, h, replace } from '../dom.js';
import { countdown, t } from '../i18n.js';
import { confirmDialog, intentLabel, messageFacts, problemText, when } from '../plans.js';
import { toast } from '../alerts.js';

export function render(main, { live, refreshBadge }) {
  const list = h('div', { id: 'approvals-list', 'aria-live': 'polite' });
  replace(main, h('h1', { id: 'view-title' }, t('approvals.title')), h('p', { class: 'hint' }, t('approvals.help')), list);

  async function load() {
    try {
      const { plans } = await api('/api/plans?status=waiting_approval&limit=200');
      plans.sort((a, b) => String(a.approvalExpiresAt).localeCompare(String(b.approvalExpiresAt)));
      replace(list, plans.length ? plans.map(card) : h('p', { class: 'muted', id: 'approvals-empty' }, t('approvals.none')));
      tick();
    } catch (error) {
      replace(list, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }

  function card(plan) {
    return h('article', { class: 'card draft', dataset: { planId: plan.planId }, 'aria-labelledby': `d-${plan.planId}` },
      h('h2', { id: `d-${plan.planId}` }, intentLabel(plan.intentType)),
      facts([
        ...messageFacts(plan.intentType, plan.payload),
        [t('approvals.sendAt'), sendTime(plan)],
        [t('approvals.expiresIn'), h('span', { class: 'countdown', dataset: { expires: plan.approvalExpiresAt || '' } })],
      ]),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary approve', onclick: () => approve(plan) }, t('action.approve')),
        h('button', { type: 'button', class: 'danger cancel', onclick: () => cancel(plan) }, t('action.cancel')),
        h('a', { href: `#/plans/${plan.planId}` }, t('approvals.history'))));
  }

  async function approve(plan) {
    const ok = await confirmDialog({
      title: t(`approvals.confirm.${plan.intentType}`),
      body: [
        facts([...messageFacts(plan.intentType, plan.payload), [t('approvals.sendAt'), sendTime(plan)]], { id: 'confirm-facts' }),
        h('p', { class: 'hint' }, t('approvals.outbox')),
      ],
      yes: due(plan) ? t('approvals.approveNow') : t('approvals.approveAt'),
    });
    if (!ok) return;
    try {
      const result = await api(`/api/plans/${plan.planId}/approve`, { method: 'POST' });
      toast(t('approvals.approved', { status: t(`status.${result.status}`) }), { kind: 'success' });
    } catch (error) {
      toast(problemText(error), { kind: 'error' });
    }
    refreshBadge();
    load();
  }

  async function cancel(plan) {
    const ok = await confirmDialog({
      title: t('approvals.cancelTitle'),
      body: facts(messageFacts(plan.intentType, plan.payload)),
      yes: t('action.cancelPlan'),
    });
    if (!ok) return;
    try {
      await api(`/api/plans/${plan.planId}/cancel`, { method: 'POST' });
      toast(t('approvals.cancelled'), { kind: 'info' });
    } catch (error) {
      toast(problemText(error), { kind: 'error' });
    }
    refreshBadge();
    load();
  }

  function tick() {
    for (const el of list.querySelectorAll('[data-expires]')) {
      const expires = el.dataset.expires ? new Date(el.dataset.expires).getTime() : NaN;
      el.textContent = Number.isNaN(expires) ? '—' : countdown(expires - Date.now());
      el.classList.toggle('soon', expires - Date.now() < 3600 * 1000);
    }
  }

  const timer = setInterval(tick, 1000);
  const onPlan = () => load();
  live.addEventListener('plan', onPlan);
  live.addEventListener('resync', onPlan);
  load();
  return () => {
    clearInterval(timer);
    live.removeEventListener('plan', onPlan);
    live.removeEventListener('resync', onPlan);
  };
}

function due(plan) {
  return new Date(plan.scheduledFor).getTime() <= Date.now();
}

/** When approving would send it: at its time, or at once when that time has passed. */
function sendTime(plan) {
  return due(plan) ? t('approvals.sendNow') : when(plan.scheduledFor, plan.timezone);
}
