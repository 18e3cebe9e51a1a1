// The people "email Sara" or "واتساب لأحمد" reaches (GET/POST/DELETE /api/contacts).

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { digits, t } from '../i18n.js';
import { confirmDialog, problemText } from '../plans.js';
import { toast } from '../alerts.js';
import { userZone } from '../zone.js';

export function render(main) {
  const list = h('div', { id: 'contacts-list', 'aria-live': 'polite' });
  const error = h('p', { class: 'error', role: 'alert', id: 'contact-error' });
  const field = (id, type, label, hint) => [
    h('label', { for: id }, label),
    h('input', { id, name: id, type, autocomplete: 'off', dir: 'auto', 'aria-describedby': hint ? `${id}-hint` : null }),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
  ];
  const form = h('form', { id: 'contact-form', class: 'card', onsubmit: add },
    h('h2', null, t('contacts.add')),
    field('contact-name', 'text', t('contacts.name')),
    field('contact-email', 'email', t('contacts.email')),
    field('contact-phone', 'tel', t('contacts.phone'), t('contacts.phoneHint')),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('contacts.save'))),
    error);
  replace(main, h('h1', { id: 'view-title' }, t('contacts.title')), h('p', { class: 'hint' }, t('contacts.help')), list, form);

  async function load() {
    try {
      const { contacts } = await api('/api/contacts');
      replace(list, contacts.length ? h('table', { class: 'contacts' },
        h('thead', null, h('tr', null, ['name', 'email', 'phone', 'actions'].map((c) => h('th', { scope: 'col' }, t(`contacts.${c}`))))),
        h('tbody', null, contacts.map((c) => h('tr', null,
          h('td', null, h('bdi', null, c.name)), h('td', null, h('bdi', null, c.email || '—')),
          h('td', null, h('bdi', { dir: 'ltr' }, c.phone ? digits(c.phone) : '—')),
          h('td', null, h('button', { type: 'button', class: 'danger', 'aria-label': t('contacts.deleteNamed', { name: c.name }), onclick: () => remove(c) }, t('contacts.delete')))))))
        : h('p', { class: 'muted' }, t('contacts.none')));
    } catch (e) {
      replace(list, h('p', { class: 'error', role: 'alert' }, problemText(e)));
    }
  }

  async function add(event) {
    event.preventDefault();
    const value = (id) => form.querySelector(`#${id}`).value.trim() || null;
    replace(error);
    try {
      await api('/api/contacts', { method: 'POST', body: {
        name: value('contact-name'), email: value('contact-email'), phone: value('contact-phone'), timezone: userZone(),
      } });
      form.reset();
      toast(t('contacts.saved'), { kind: 'success' });
      load();
    } catch (e) {
      replace(error, problemText(e));
    }
  }

  async function remove(contact) {
    if (!await confirmDialog({ title: t('contacts.deleteNamed', { name: contact.name }), body: h('p', null, t('contacts.deleteHelp')), yes: t('contacts.delete') })) return;
    try {
      await api(`/api/contacts/${contact.id}`, { method: 'DELETE' });
      load();
    } catch (e) {
      toast(problemText(e), { kind: 'error' });
    }
  }

  load();
}
