// Editing a draft before approval (PATCH /api/plans/{id}). Only the fields the person changed are sent,
// so a change made elsewhere to another field is not overwritten. A refusal keeps everything typed and
// says why next to the form, in the page's language; Escape or "Stop editing" leaves the draft as it was.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { has, t } from '../i18n.js';
import { problemText } from '../plans.js';
import { instantOf, wallTime } from '../zone.js';

// Which field a problem is about, so it is marked and focused.
const FIELD_OF = {
  'invalid-recipient': 'recipient', 'recipient-not-found': 'recipient', 'country-code-required': 'recipient',
  'invalid-time': 'scheduledFor',
};

/** The form for this draft; onSaved gets the plan as the server now has it. */
export function draftForm(plan, { onSaved, onCancel }) {
  const id = plan.planId;
  const p = plan.payload || {};
  const email = plan.intentType === 'email';
  const errorId = `edit-error-${id}`;
  const error = h('p', { class: 'form-error', id: errorId, role: 'alert', hidden: true });
  const controls = {};

  const field = (name, label, control, hint) => {
    control.id = `edit-${name}-${id}`;
    control.name = name;
    controls[name] = { control, initial: control.value };
    const hintId = hint ? `${control.id}-hint` : null;
    if (hintId) control.setAttribute('aria-describedby', hintId);
    return [h('label', { for: control.id }, label), control, hint ? h('p', { class: 'hint', id: hintId }, hint) : null];
  };
  const text = (value, attrs) => h('input', { type: 'text', dir: 'auto', autocomplete: 'off', ...attrs, value: value || '' });
  const area = (value) => Object.assign(h('textarea', { rows: 6, dir: 'auto' }), { value: value || '' });

  const save = h('button', { type: 'submit', class: 'primary' }, t('edit.save'));
  const form = h('form', { class: 'draft-form', 'aria-label': t('edit.title'), novalidate: true, onsubmit: submit },
    field('recipient', t('plan.to'), text(p.to, { spellcheck: 'false' }),
      t(email ? 'edit.recipientHint.email' : 'edit.recipientHint.whatsapp')),
    email ? field('subject', t('content.subject'), text(p.subject)) : null,
    email ? field('body', t('content.body'), area(p.body)) : field('message', t('content.message'), area(p.message)),
    field('scheduledFor', t('edit.when', { zone: plan.timezone }),
      h('input', { type: 'datetime-local', value: plan.scheduledFor ? wallTime(plan.scheduledFor, plan.timezone) : '' }),
      t('edit.whenHint')),
    error,
    h('div', { class: 'actions' }, save,
      h('button', { type: 'button', class: 'stop-editing', onclick: () => onCancel() }, t('edit.stop'))));
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  });

  function show(message, name) {
    for (const { control } of Object.values(controls)) control.removeAttribute('aria-invalid');
    replace(error, message);
    error.hidden = !message;
    const bad = name && controls[name] && controls[name].control;
    if (bad) {
      bad.setAttribute('aria-invalid', 'true');
      bad.setAttribute('aria-describedby', [bad.getAttribute('aria-describedby'), errorId].filter(Boolean).join(' '));
      bad.focus();
    }
  }

  /** The fields the person changed, as the API takes them; an error message instead when one is unusable. */
  function changes() {
    const body = {};
    for (const [name, { control, initial }] of Object.entries(controls)) {
      const value = control.value.trim();
      if (value === initial.trim()) continue;
      if (!value) return { problem: t(name === 'scheduledFor' ? 'edit.noTime' : 'edit.empty'), name };
      if (name === 'scheduledFor') {
        const at = instantOf(value, plan.timezone);
        if (at.getTime() <= Date.now()) return { problem: t('edit.past'), name };
        body.scheduledFor = at.toISOString();
      } else {
        body[name] = value;
      }
    }
    return { body };
  }

  async function submit(event) {
    event.preventDefault();
    const { body, problem, name } = changes();
    if (problem) return show(problem, name);
    if (!Object.keys(body).length) return show(t('edit.unchanged'), null);
    show('', null);
    save.disabled = true;
    form.setAttribute('aria-busy', 'true');
    try {
      const saved = await api(`/api/plans/${id}`, { method: 'PATCH', body });
      onSaved(saved, Object.keys(body));
    } catch (e) {
      show(editProblem(e), FIELD_OF[e.slug]);
    } finally {
      save.disabled = false;
      form.removeAttribute('aria-busy');
    }
  }

  return { form, focus: () => controls.recipient.control.focus() };
}

/** What went wrong with an edit, in the page's language; the server's own words when there is no better. */
function editProblem(error) {
  const key = `edit.problem.${error.slug}`;
  if (!has(key)) return problemText(error);
  const version = error.problem && error.problem.version;
  return t(key, { version: version === undefined ? '?' : version, status: t(`status.${error.problem.planStatus || 'waiting_approval'}`) });
}
