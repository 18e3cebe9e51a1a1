// How plans, their parts and problems are put into words, shared by every view.

import { h, replace } from './dom.js';
import { dateTime, digits, has, relative, t } from './i18n.js';

export const TERMINAL = ['executed', 'failed', 'cancelled'];

export function intentLabel(intentType) {
  return t(`intent.${intentType || 'unknown'}`);
}

export function statusLabel(status) {
  return t(`status.${status}`);
}

export function statusBadge(status) {
  return h('span', { class: `badge status-${status}` }, statusLabel(status));
}

/** One line that says what a plan does: its reminder, alarm label, or message and recipient. */
export function summary(plan) {
  const p = plan.payload || {};
  switch (plan.intentType) {
    case 'reminder':
      return p.title || t('intent.reminder');
    case 'alarm':
      return p.label || t('intent.alarm');
    case 'email':
      return t('plan.emailTo', { subject: p.subject || t('plan.noSubject'), to: p.to || '?' });
    case 'whatsapp':
      return t('plan.whatsappTo', { message: p.message || '', to: p.to || '?' });
    default:
      return '';
  }
}

/** "Wed 25 November 2026, 21:00 (Asia/Riyadh) · in 5 minutes" */
export function when(iso, zone) {
  if (!iso) return t('plan.noTime');
  return `${dateTime(iso, zone)} (${zone}) · ${relative(iso)}`;
}

/** The message exactly as it would go out: recipient, subject and the full text. */
export function messageFacts(intentType, payload) {
  const p = payload || {};
  const pairs = [];
  if (intentType === 'email' || intentType === 'whatsapp') pairs.push([t('plan.to'), digits(p.to) || '—']);
  if (p.subject) pairs.push([t('content.subject'), p.subject]);
  for (const field of ['title', 'label', 'body', 'message']) {
    if (p[field]) pairs.push([t(`content.${field}`), h('span', { class: 'message-text', dir: 'auto' }, p[field])]);
  }
  return pairs;
}

export function problemText(error) {
  if (!error) return '';
  if (error.status === 0) return t('problem.unreachable');
  const known = error.slug && has(`problem.${error.slug}`);
  const detail = error.problem && error.problem.detail;
  return known ? `${t(`problem.${error.slug}`)} ${detail || ''}`.trim() : detail || error.message;
}

/** A modal question with the given content; resolves true when the user confirms. */
export function confirmDialog({ title, body, yes, no }) {
  const dialog = document.getElementById('confirm');
  document.getElementById('confirm-title').textContent = title;
  replace(document.getElementById('confirm-body'), body);
  document.getElementById('confirm-yes').textContent = yes;
  document.getElementById('confirm-no').textContent = no || t('action.back');
  dialog.returnValue = '';
  dialog.showModal();
  document.getElementById('confirm-no').focus();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
  });
}
