/**
 * `GET /events`: server-sent events for the caller's account. The stream opens
 * with the account as it stands, then carries every change published for it, plus
 * a comment heartbeat every 15 s so proxies keep the connection open. It ends
 * cleanly when the client goes away (the request's signal aborts).
 */
import { serverEvent, type ServerEvent } from '../../core/schemas/index.js';
import { accountView } from '../ledger-ops.js';
import type { Route } from '../router.js';

export const HEARTBEAT_MS = 15_000;

export const eventsRoutes: Route[] = [
  {
    method: 'GET',
    path: '/events',
    doc: {
      summary: 'Server-sent events: account, transaction, top-up and credit request changes',
      tags: ['events'],
      contentType: 'text/event-stream',
      response: serverEvent,
      problems: ['unauthorized'],
    },
    async handler(ctx) {
      const accountId = ctx.accountId;
      const server = ctx.server;
      const initial = await ctx.read((tx) => accountView(tx, ctx.now()));
      const signal = ctx.request.signal;
      const encoder = new TextEncoder();
      let cleanup = (): void => {};
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          const send = (text: string) => {
            try {
              controller.enqueue(encoder.encode(text));
            } catch {
              cleanup(); // the reader is gone
            }
          };
          const sendEvent = (event: ServerEvent) => send(`data: ${JSON.stringify(event)}\n\n`);
          // Tell EventSource how long to wait before reconnecting, then the current state.
          send('retry: 3000\n\n');
          sendEvent({ type: 'account', account: initial });
          const unsubscribe = server.events.subscribe(accountId, sendEvent);
          const heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
          // Node keeps the process alive for an open interval; a stream must not.
          (heartbeat as { unref?: () => void }).unref?.();
          let closed = false;
          cleanup = () => {
            if (closed) return;
            closed = true;
            unsubscribe();
            clearInterval(heartbeat);
            signal.removeEventListener('abort', onAbort);
            try {
              controller.close();
            } catch {
              // already closed or errored
            }
          };
          const onAbort = () => cleanup();
          if (signal.aborted) cleanup();
          else signal.addEventListener('abort', onAbort);
        },
        cancel() {
          cleanup();
        },
      });
      return new Response(stream, {
        headers: {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          'x-accel-buffering': 'no',
        },
      });
    },
  },
];
