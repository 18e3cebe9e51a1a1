// "Which one?": a voice command that matched several plans acts on the one the user picks, through
// the same plan endpoints the command would have used (cancel, snooze, reschedule).

import { api } from '../api.js';
import { t } from '../i18n.js';
import { intentLabel } from '../plans.js';

export const CHOOSABLE = ['cancel', 'snooze', 'reschedule'];

/** "Cancel · Reminder": what the command does, and to which kind of plan when it was said. */
export function commandLabel(command) {
  const action = t(`command.${command.action}`);
  return command.target ? `${action} · ${intentLabel(command.target)}` : action;
}

/** Does what the command said to the chosen plan; resolves with the plan's status afterwards. */
export async function actOn(planId, command) {
  const path = `/api/plans/${encodeURIComponent(planId)}`;
  const post = (action, body) => api(`${path}/${action}`, { method: 'POST', body });
  switch (command.action) {
    case 'cancel':
      return post('cancel');
    case 'snooze':
      return post('snooze', { duration: `PT${command.delaySeconds || 600}S` });
    default:
      // "move my 9 o'clock to 10": `to` is the new time; "move it to 10": the one time said is.
      return post('reschedule', { scheduledFor: command.to || command.at });
  }
}
