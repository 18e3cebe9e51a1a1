// Drafts waiting for the user's approval (GET /api/plans?status=waiting_approval): the full message and
// its recipient, its version, when it would go out, how long the approval stays open; edit it, approve it
// (after seeing exactly what will be sent and when) or cancel it.
// An approval names the version on the screen: when the draft changed elsewhere the server refuses it
// (409 draft-changed), and the card shows the new text and says so instead of approving.

import { api } from '../api.js';
import { facts, h, replace } from '../dom.js';
import { countdown, number, t } from '../i18n.js';
import { confirmDialog, intentLabel, messageFacts, problemText, when } from '../plans.js';
import { toast } from '../alerts.js';
import { draftForm } from './draft-form.js';
import { changedNotice, rememberFocus, restoreFocus } from './draft-notices.js';

export function render(main, { live, refreshBadge }) {
  const list = h('div', { id: 'approvals-list', 'aria-live': 'polite' });
  replace(main, h('h1', { id: 'view-title' }, t('approvals.title')), h('p', { class: 'hint' }, t('approvals.help')), list);
  const seen = new Map(); // planId → the plan as last shown
  const notes = new Map(); // planId → () => the notice its card shows
  const editing = new Map(); // planId → its card while a form is open in it

  async function load() {
    try {
      const { plans } = await api('/api/plans?status=waiting_approval&limit=200');
      plans.sort((a, b) => String(a.approvalExpiresAt).localeCompare(String(b.approvalExpiresAt)));
      const focused = rememberFocus();
      // A draft approved or cancelled elsewhere while its form was open has nothing left to edit.
      for (const id of editing.keys()) if (!plans.some((p) => p.planId === id)) editing.delete(id);
      replace(list, plans.length ? plans.map((plan) => {
        if (editing.has(plan.planId)) return editing.get(plan.planId);
        const before = seen.get(plan.planId);
        if (before && before.version < plan.version && !notes.has(plan.planId)) notes.set(plan.planId, changedNotice(before, plan));
        return card(plan);
      }) : h('p', { class: 'muted', id: 'approvals-empty' }, t('approvals.none')));
      restoreFocus(list, focused);
      tick();
    } catch (error) {
      replace(list, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }

  function card(plan) {
    const article = h('article', { class: 'card draft', dataset: { planId: plan.planId }, 'aria-labelledby': `d-${plan.planId}` });
    draw(article, plan);
    return article;
  }

  function draw(article, plan) {
    seen.set(plan.planId, plan);
    article.dataset.version = plan.version;
    const note = notes.get(plan.planId);
    replace(article,
      heading(plan),
      note ? note() : null,
      facts([
        ...messageFacts(plan.intentType, plan.payload),
        [t('approvals.sendAt'), sendTime(plan)],
        [t('approvals.expiresIn'), h('span', { class: 'countdown', dataset: { expires: plan.approvalExpiresAt || '' } })],
      ]),
      h('div', { class: 'actions' },
        h('button', { type: 'button', class: 'primary approve', onclick: () => approve(article, plan) }, t('action.approve')),
        h('button', { type: 'button', class: 'edit', onclick: () => edit(article, plan) }, t('edit.open')),
        h('button', { type: 'button', class: 'danger cancel', onclick: () => cancel(plan) }, t('action.cancel')),
        h('a', { href: `#/plans/${plan.planId}` }, t('approvals.history'))));
    tick();
  }

  function heading(plan) {
    return h('h2', { id: `d-${plan.planId}` }, intentLabel(plan.intentType), ' ',
      h('span', { class: 'badge version' }, t('approvals.version', { n: plan.version })));
  }

  function edit(article, plan) {
    notes.delete(plan.planId);
    editing.set(plan.planId, article);
    const close = (next, message) => {
      editing.delete(plan.planId);
      if (message) notes.set(plan.planId, message);
      draw(article, next);
      article.querySelector('button.edit').focus();
    };
    const { form, focus } = draftForm(plan, {
      onCancel: () => close(plan),
      onSaved: (saved) => {
        // Saved over a version someone else made meanwhile: say so, the text shown is the server's.
        const elsewhere = saved.version > plan.version + 1;
        close(saved, () => h('p', { class: 'notice saved', role: 'status' },
          t(elsewhere ? 'edit.savedOverOther' : 'edit.saved', { n: saved.version })));
        refreshBadge();
      },
    });
    replace(article, heading(plan), form);
    focus();
  }

  async function approve(article, plan) {
    const ok = await confirmDialog({
      title: t(`approvals.confirm.${plan.intentType}`),
      body: [
        facts([
          ...messageFacts(plan.intentType, plan.payload),
          [t('approvals.sendAt'), sendTime(plan)],
          [t('approvals.versionLabel'), number(plan.version)],
        ], { id: 'confirm-facts' }),
        h('p', { class: 'hint' }, t('approvals.outbox')),
      ],
      yes: due(plan) ? t('approvals.approveNow') : t('approvals.approveAt'),
    });
    if (!ok) return;
    try {
      const result = await api(`/api/plans/${plan.planId}/approve`, { method: 'POST', body: { version: plan.version } });
      notes.delete(plan.planId);
      toast(t('approvals.approved', { status: t(`status.${result.status}`) }), { kind: 'success' });
    } catch (error) {
      if (error.slug === 'draft-changed') return reread(plan);
      toast(problemText(error), { kind: 'error' });
    }
    refreshBadge();
    load();
  }

  /** The draft changed since the page drew it: nothing was approved; show the text as it is now. */
  async function reread(plan) {
    try {
      const now = await api(`/api/plans/${plan.planId}`);
      notes.set(plan.planId, changedNotice(plan, now));
      // The card the person clicked, or the one a live update drew in its place meanwhile.
      const article = list.querySelector(`article.draft[data-plan-id='${plan.planId}']`);
      if (now.status !== 'waiting_approval' || !article || editing.has(plan.planId)) return load();
      draw(article, now);
      article.querySelector('.notice').focus();
    } catch (error) {
      toast(problemText(error), { kind: 'error' });
      load();
    }
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
