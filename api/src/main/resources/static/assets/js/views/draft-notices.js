// What a draft's card says besides its text: that it changed since the person read it (and what
// changed), and where the keyboard focus was before the list was drawn again.

import { h } from '../dom.js';
import { list, t } from '../i18n.js';

const FIELDS = ['to', 'subject', 'body', 'message'];

/** A notice (drawn in the page's language when shown) that the draft is now another version. */
export function changedNotice(before, now) {
  const parts = FIELDS.filter((f) => ((before.payload || {})[f] || '') !== ((now.payload || {})[f] || ''))
    .map((f) => (f === 'to' ? 'plan.to' : `content.${f}`));
  if (before.scheduledFor !== now.scheduledFor) parts.push('approvals.sendAt');
  return () => h('div', { class: 'notice changed', role: 'alert', tabindex: '-1' },
    h('strong', null, t('approvals.changed', { n: now.version })), ' ',
    parts.length ? t('approvals.changedParts', { parts: list(parts.map((key) => t(key))) }) : null, ' ',
    t('approvals.readAgain'));
}

/** The card and kind of button that has the keyboard focus, so a redraw can give it back. */
export function focusedButton() {
  const el = document.activeElement;
  const article = el && el.closest && el.closest('article.draft');
  if (!article || el.tagName !== 'BUTTON') return null;
  return { planId: article.dataset.planId, kind: ['approve', 'edit', 'cancel'].find((c) => el.classList.contains(c)) };
}

export function refocus(container, focused) {
  if (!focused || !focused.kind) return;
  const el = container.querySelector(`article.draft[data-plan-id='${focused.planId}'] button.${focused.kind}`);
  if (el) el.focus();
}
