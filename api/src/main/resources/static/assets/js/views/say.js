// Say or type a request, see what ROMNA understood (POST /api/voice/interpret changes nothing), fix
// the words (the time above all) and only then create the plan (POST /api/voice/decide).
// The API takes a time only as words in the sentence, so fixing the time means changing those words:
// by editing, or by choosing a date and time that replaces the selected words.

import { api } from '../api.js';
import { debounce, facts, h, replace } from '../dom.js';
import { list, speechLocale, t } from '../i18n.js';
import { intentLabel, messageFacts, problemText, statusBadge, when } from '../plans.js';
import { userZone, wallTime } from '../zone.js';
import { timePhrase } from './time-phrase.js';
import { CHOOSABLE, actOn, commandLabel } from './choose.js';
import { ruleView } from '../rule.js';

const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;

export function render(main) {
  const zone = userZone();
  const transcript = h('textarea', {
    id: 'transcript', rows: 3, maxlength: 1000, dir: 'auto', spellcheck: 'false',
    'aria-describedby': 'transcript-hint', autocomplete: 'off',
  });
  const understood = h('section', { id: 'understood', class: 'card', 'aria-live': 'polite', hidden: true });
  const created = h('section', { id: 'created', 'aria-live': 'polite' });
  const micNote = h('p', { class: 'hint', id: 'mic-note' });
  let spoken = false;
  let last = null; // { text, result, key }
  let sequence = 0;

  async function interpret() {
    const text = transcript.value.trim();
    if (!text) {
      understood.hidden = true;
      last = null;
      return;
    }
    const mine = ++sequence;
    replace(understood, h('p', { class: 'muted' }, t('say.reading')));
    understood.hidden = false;
    try {
      const result = await api('/api/voice/interpret', { method: 'POST', body: request(text) });
      if (mine !== sequence) return;
      last = { text, result, key: crypto.randomUUID() };
      showUnderstood(result);
    } catch (error) {
      if (mine !== sequence) return;
      last = null;
      replace(understood, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }
  const interpretSoon = debounce(interpret, 600);

  function request(text) {
    const body = { transcript: text, timezone: zone };
    // Typed text: the server tells the language from the words. Speech: the recogniser's language.
    if (spoken) body.locale = speechLocale();
    return body;
  }

  function showUnderstood(r) {
    const pairs = [
      r.command ? [t('say.command'), commandLabel(r.command)] : [t('say.intent'), r.intent ? intentLabel(r.intentType) : t('say.noIntent')],
      [t('say.about'), r.command ? r.command.about : null],
      [t('say.when'), r.scheduledFor ? when(r.scheduledFor, zone) : null],
      [t('say.recipientName'), r.recipientName],
      ...messageFacts(r.intentType, r.payload),
      [t('say.recurrence'), r.recurrence ? ruleView(r.recurrence, zone) : null],
      [t('say.missing'), r.missing && r.missing.length ? list(r.missing.map((m) => t(`missing.${m}`))) : null],
      [t('say.recipientProblem'), r.recipientProblem],
      [t('say.readBy'), r.interpretedBy ? t(`say.by.${r.interpretedBy}`) : null],
    ];
    const reply = r.reply ? h('p', { class: 'reply', id: 'reply' },
      h('span', { dir: 'auto' }, r.reply),
      window.speechSynthesis ? h('button', { type: 'button', class: 'quiet', onclick: () => speak(r.reply) }, t('say.readAloud')) : null) : null;
    // A name with no matching contact would only be refused by the server: fix it first.
    const create = h('button', { type: 'button', class: 'primary', id: 'create', onclick: decide,
      disabled: !(r.understood || r.command) || Boolean(r.recipientProblem) },
      r.command ? t('say.doCommand') : r.intentType === 'email' || r.intentType === 'whatsapp' ? t('say.createDraft') : t('say.create'));
    replace(understood,
      h('h2', null, r.understood || r.command ? t('say.understood') : t('say.notUnderstood')),
      reply,
      facts(pairs, { id: 'understood-facts' }),
      r.command ? h('p', { class: 'hint' }, t('say.commandNote')) : null,
      r.intentType === 'email' || r.intentType === 'whatsapp' ? h('p', { class: 'hint' }, t('say.approvalNote')) : null,
      h('div', { class: 'actions' }, create),
      fixTime(r));
    if (r.reply && spoken) speak(r.reply);
  }

  function fixTime(r) {
    if (!r.intent) return null;
    const input = h('input', { type: 'datetime-local', id: 'fix-when', value: r.scheduledFor ? wallTime(r.scheduledFor, zone) : '' });
    const note = h('p', { class: 'hint', id: 'fix-note', 'aria-live': 'polite' });
    const use = () => {
      const start = transcript.selectionStart;
      const end = transcript.selectionEnd;
      if (!input.value) return replace(note, t('say.fixPick'));
      if (start === end) return replace(note, t('say.fixSelect'));
      const text = transcript.value;
      transcript.value = text.slice(0, start) + timePhrase(input.value, text) + text.slice(end);
      replace(note, '');
      transcript.focus();
      interpret();
    };
    return h('details', { class: 'fix-time' },
      h('summary', null, t('say.fixTitle')),
      h('p', { class: 'hint' }, t('say.fixHelp')),
      h('label', { for: 'fix-when' }, t('say.fixWhen', { zone })),
      input,
      h('button', { type: 'button', id: 'fix-use', onclick: use }, t('say.fixUse')),
      note);
  }

  async function decide() {
    if (!last || last.text !== transcript.value.trim()) return interpret();
    const button = document.getElementById('create');
    button.disabled = true;
    try {
      // The same key for this reading: a double click or a retry never makes two plans.
      const plan = await api('/api/voice/decide', {
        method: 'POST', body: request(last.text), headers: { 'Idempotency-Key': last.key },
      });
      showCreated(plan);
    } catch (error) {
      button.disabled = false;
      // "Which one?" and "nothing matches" answer a command with a reply and the plans to choose from.
      const choices = error.problem && error.problem.plans;
      const command = last.result.command;
      const choosable = command && CHOOSABLE.includes(command.action);
      replace(created, h('div', { role: 'alert' },
        h('p', { class: choices ? 'reply' : 'error', dir: 'auto' }, error.problem && error.problem.reply ? error.problem.reply : problemText(error)),
        choices ? h('ul', { id: 'command-choices' }, choices.map((p) => h('li', { dataset: { planId: p.planId } },
          h('a', { href: `#/plans/${p.planId}` }, intentLabel(p.intentType), ': ', h('bdi', null, p.title || ''), ' · ',
            when(p.scheduledFor, zone)), ' ',
          choosable ? h('button', { type: 'button', class: 'choose', onclick: () => choose(p, command) },
            t(`say.choice.${command.action}`)) : null))) : null));
    }
  }

  async function choose(p, command) {
    try {
      const done = await actOn(p.planId, command);
      showDone({ reply: t(`say.chosen.${command.action}`, { what: p.title || intentLabel(p.intentType) }),
        planId: p.planId, status: done.status });
    } catch (error) {
      replace(created, h('p', { class: 'error', role: 'alert' }, problemText(error)));
    }
  }

  function showDone(answer) {
    replace(created, h('div', { class: 'card created', id: 'command-done' },
      h('p', { class: 'reply', id: 'created-reply', dir: 'auto' }, answer.reply),
      answer.planId ? h('p', null, statusBadge(answer.status), ' ', h('a', { href: `#/plans/${answer.planId}` }, t('say.openTimeline'))) : null,
      answer.plans ? h('ul', { id: 'command-plans' }, answer.plans.map((p) => h('li', null,
        h('a', { href: `#/plans/${p.planId}` }, intentLabel(p.intentType), ': ', h('bdi', null, p.title || ''), ' · ',
          when(p.scheduledFor, zone))))) : null));
    transcript.value = '';
    understood.hidden = true;
    last = null;
    spoken = false;
  }

  function showCreated(plan) {
    if (plan.command) return showDone(plan);
    const waiting = plan.status === 'waiting_approval';
    replace(created, h('div', { class: 'card created', id: 'created-plan', dataset: { planId: plan.planId } },
      h('h2', null, t('say.created')),
      h('p', null, statusBadge(plan.status), ' ', intentLabel(plan.intentType), ' · ', when(plan.scheduledFor, zone)),
      plan.reply ? h('p', { class: 'reply', id: 'created-reply', dir: 'auto' }, plan.reply) : null,
      plan.recurrence ? h('p', null, `${t('say.recurrence')}: `, ruleView(plan.recurrence, zone)) : null,
      h('p', { class: 'actions' },
        h('a', { href: `#/plans/${plan.planId}` }, t('say.openTimeline')),
        waiting ? h('a', { href: '#/approvals', class: 'button primary' }, t('say.reviewApprove')) : null)));
    transcript.value = '';
    understood.hidden = true;
    last = null;
    spoken = false;
  }

  const mic = Recognition ? microphone(transcript, micNote, (text) => {
    spoken = true;
    transcript.value = text;
    interpret();
  }) : null;
  if (!Recognition) micNote.textContent = t('say.noMic');

  transcript.addEventListener('input', () => {
    spoken = false;
    replace(created);
    interpretSoon();
  });
  const form = h('form', { id: 'say-form', onsubmit: (e) => { e.preventDefault(); interpretSoon.cancel(); interpret(); } },
    h('label', { for: 'transcript' }, t('say.label')),
    transcript,
    h('p', { class: 'hint', id: 'transcript-hint' }, t('say.hint')),
    h('div', { class: 'actions' }, mic ? mic.button : null, h('button', { type: 'submit', id: 'understand' }, t('say.understand'))),
    micNote);
  transcript.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  replace(main, h('h1', { id: 'view-title' }, t('say.title')), form, understood, created);
  return () => {
    interpretSoon.cancel();
    if (mic) mic.stop();
  };
}

function microphone(transcript, note, onFinal) {
  let recognition = null;
  const button = h('button', { type: 'button', id: 'mic', 'aria-pressed': 'false' }, t('say.mic'));
  const stop = () => {
    if (recognition) recognition.abort();
    recognition = null;
    button.setAttribute('aria-pressed', 'false');
    button.textContent = t('say.mic');
  };
  button.addEventListener('click', () => {
    if (recognition) return stop();
    recognition = new Recognition();
    recognition.lang = speechLocale();
    recognition.interimResults = true;
    recognition.maxAlternatives = 1;
    recognition.onresult = (event) => {
      const text = Array.from(event.results).map((r) => r[0].transcript).join(' ');
      transcript.value = text;
      if (event.results[event.results.length - 1].isFinal) {
        stop();
        onFinal(text.trim());
      }
    };
    recognition.onerror = (event) => {
      note.textContent = t(event.error === 'not-allowed' ? 'say.micBlocked' : 'say.micFailed');
      stop();
    };
    recognition.onend = () => stop();
    button.setAttribute('aria-pressed', 'true');
    button.textContent = t('say.listening');
    note.textContent = '';
    recognition.start();
  });
  return { button, stop };
}

function speak(text) {
  if (!window.speechSynthesis) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = speechLocale();
  window.speechSynthesis.speak(utterance);
}
