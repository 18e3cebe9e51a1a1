// What a delivery event from the live stream shows: reminders and local-outbox messages as a toast
// and a system notification, alarms ringing as well, failures as an error. Each delivery status is
// announced once per tab, also when the stream replays it after a reconnect.

import { firstSight, ring, systemNotification, toast } from './alerts.js';
import { dateTime, t } from './i18n.js';

const FAILED = ['failed', 'gone'];

export function announce({ plan, delivery, replayed }) {
  if (!plan || !delivery || delivery.status === 'sending') return;
  if (!firstSight(`${delivery.id}:${delivery.status}`)) return;
  const failed = FAILED.includes(delivery.status);
  const content = delivery.content || {};
  const payload = plan.payload || {};
  const channel = delivery.channel;
  const title = t(failed ? `live.failed.${channel}` : `live.title.${channel}`);
  let text;
  if (channel === 'notification') text = content.body || content.title || payload.title || '';
  else if (channel === 'alarm') text = `${content.label || payload.label || ''} ${dateTime(plan.scheduledFor, plan.timezone, 'time')}`.trim();
  else text = t(`live.to`, { to: delivery.recipient || payload.to || '?', text: content.subject || content.message || '' });
  if (failed && delivery.error) text = `${text} — ${delivery.error}`;
  if (delivery.provider === 'local' && (channel === 'email' || channel === 'whatsapp')) text = `${text} ${t('live.localOutbox')}`;
  if (replayed) text = `${text} ${t('live.whileAway', { time: dateTime(delivery.createdAt, plan.timezone, 'time') })}`;
  toast(text, {
    title,
    kind: failed ? 'error' : channel,
    link: { href: `#/plans/${plan.planId}`, text: t('live.open') },
  }).dataset.planId = plan.planId;
  systemNotification(title, text, `${delivery.id}:${delivery.status}`);
  if (channel === 'alarm' && !failed && !replayed) ring(title, text);
}
