// The live stream (GET /api/live, Server-Sent Events) read with fetch(), which can send the
// Authorization header that EventSource cannot, so the token never goes into a URL. Reconnects with
// a growing pause when the stream ends (a restart of the service, a network change, the server's
// periodic re-authentication) and sends Last-Event-ID so the server replays deliveries it missed.

import { token } from './session.js';

const CURSOR = 'romna.live.cursor';
// The server sends a keep-alive every 20 s; a longer silence means the connection is dead.
const SILENCE_MS = 45000;

export function startLive({ onEvent, onState, onUnauthorized }) {
  let stopped = false;
  let controller = null;
  let pause = 1000;

  async function connect() {
    while (!stopped) {
      onState('connecting');
      controller = new AbortController();
      let watchdog;
      const feed = () => {
        clearTimeout(watchdog);
        watchdog = setTimeout(() => controller.abort(), SILENCE_MS);
      };
      try {
        const headers = { Accept: 'text/event-stream, application/problem+json', Authorization: `Bearer ${token()}` };
        const cursor = sessionStorage.getItem(CURSOR);
        if (cursor) headers['Last-Event-ID'] = cursor;
        feed();
        const response = await fetch('/api/live', { headers, signal: controller.signal, cache: 'no-store' });
        if (response.status === 401) {
          stopped = true;
          onUnauthorized();
          break;
        }
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        await read(response.body, (event) => {
          feed();
          if (event.id) sessionStorage.setItem(CURSOR, event.id);
          if (event.name === 'ready') {
            pause = 1000;
            onState('live');
          }
          if (event.name) onEvent(event.name, event.data ? JSON.parse(event.data) : null);
        }, feed);
      } catch (e) {
        // ended or unreachable: try again below
      } finally {
        clearTimeout(watchdog);
      }
      if (stopped) break;
      onState('reconnecting');
      await new Promise((resolve) => setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 10000);
    }
  }

  connect();
  return () => {
    stopped = true;
    if (controller) controller.abort();
    onState('off');
  };
}

/** Parses an event stream (the WHATWG "text/event-stream" format) into {name, data, id} events. */
async function read(body, onEvent, onBytes) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let event = { name: '', data: [], id: '' };
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    onBytes();
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (event.data.length || event.name) {
          onEvent({ name: event.name || 'message', data: event.data.join('\n'), id: event.id });
        }
        event = { name: '', data: [], id: '' };
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let text = colon < 0 ? '' : line.slice(colon + 1);
      if (text.startsWith(' ')) text = text.slice(1);
      if (field === 'event') event.name = text;
      else if (field === 'data') event.data.push(text);
      else if (field === 'id') event.id = text;
    }
  }
}
