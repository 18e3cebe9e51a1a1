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

/**
 * Where the keyboard focus is inside a draft's card, so that drawing the list again (a live update)
 * gives it back: to the same field with the same selection when its card was kept (a form being
 * filled in), else to the same kind of button on the card drawn anew.
 */
export function rememberFocus() {
  const el = document.activeElement;
  const article = el && el.closest && el.closest('article.draft');
  if (!article) return null;
  const kind = ['approve', 'edit', 'cancel'].find((c) => el.classList.contains(c));
  const typing = typeof el.selectionStart === 'number';
  return { el, planId: article.dataset.planId, kind, start: typing ? el.selectionStart : null, end: typing ? el.selectionEnd : null };
}

export function restoreFocus(container, saved) {
  if (!saved) return;
  if (saved.el.isConnected) {
    saved.el.focus();
    if (saved.start !== null) saved.el.setSelectionRange(saved.start, saved.end);
    return;
  }
  if (!saved.kind) return;
  const el = container.querySelector(`article.draft[data-plan-id='${saved.planId}'] button.${saved.kind}`);
  if (el) el.focus();
}
