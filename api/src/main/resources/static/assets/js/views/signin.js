// Sign in with a token from the identity provider (e.g. Supabase), or, on a development server
// only, as its development user with one click.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { devSignIn, signIn, signInOptions, signOut } from '../session.js';

export function render(main, { message, onSignedIn }) {
  const error = h('p', { class: 'error', role: 'alert', id: 'signin-error' });
  const tokenField = h('textarea', { id: 'token', rows: 4, autocomplete: 'off', spellcheck: 'false', dir: 'ltr', required: true, 'aria-describedby': 'token-hint' });
  const dev = h('div', { id: 'dev-signin' });
  replace(main,
    h('h1', { id: 'view-title' }, t('signin.title')),
    message ? h('p', { class: 'warning', role: 'status', id: 'signin-message' }, message) : null,
    dev,
    h('form', { class: 'card', id: 'token-form', onsubmit: submit },
      h('label', { for: 'token' }, t('signin.token')),
      tokenField,
      h('p', { class: 'hint', id: 'token-hint' }, t('signin.tokenHint')),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('signin.submit'))),
      error));

  signInOptions().then((options) => {
    if (!options.devSignIn) return;
    replace(dev, h('section', { class: 'card dev' },
      h('h2', null, t('signin.devTitle')),
      h('p', { class: 'hint' }, t('signin.devHelp')),
      h('button', { type: 'button', class: 'primary', id: 'dev-signin-button', onclick: async () => {
        try {
          await devSignIn();
          onSignedIn();
        } catch (e) {
          replace(error, e.message);
        }
      } }, t('signin.devButton', { user: options.devUser }))));
  }).catch(() => {});

  async function submit(event) {
    event.preventDefault();
    replace(error);
    signIn(tokenField.value);
    try {
      await api('/api/settings'); // any authenticated call tells whether the server accepts it
      onSignedIn();
    } catch (e) {
      signOut();
      replace(error, t('signin.rejected', { detail: e.message }));
    }
  }
}
