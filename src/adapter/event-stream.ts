/**
 * Live updates over server-sent events read with fetch (so bearer tokens and the
 * in-page mock work, which `EventSource` cannot do), reconnecting with backoff.
 * Where events may have been missed (the stream reconnected after a drop) it
 * says `resync`; when the backend has no event stream it says `resync` every
 * poll interval, and the store fetches again whatever elements show.
 */
import type { ServerEvent } from '../core/schemas/events.js';
import type { LiveEvent } from './types.js';

export interface EventStreamOptions {
  open(signal: AbortSignal): Promise<Response>;
  parse(data: unknown): Promise<ServerEvent>;
  pollIntervalMs: number;
  listener(event: LiveEvent): void;
}

export function subscribeToEvents(options: EventStreamOptions): () => void {
  const controller = new AbortController();
  let failures = 0;
  let pollTimer: ReturnType<typeof setInterval> | undefined;
  const resync = () => {
    if (!controller.signal.aborted) options.listener({ type: 'resync' });
  };

  const connect = async () => {
    /** Whether a stream was open before: after a drop, events may have been missed. */
    let connectedBefore = false;
    while (!controller.signal.aborted) {
      try {
        const response = await options.open(controller.signal);
        if (!response.body || !response.headers.get('content-type')?.includes('text/event-stream')) break;
        failures = 0;
        if (connectedBefore) resync();
        connectedBefore = true;
        await readEvents(response.body, controller.signal, async (data) => {
          try {
            const event = await options.parse(JSON.parse(data));
            if (!controller.signal.aborted) options.listener(event);
          } catch {
            // A malformed event is dropped; the stream goes on.
          }
        });
      } catch (error) {
        // A 404/405/501 means the backend has no event stream: poll instead.
        const status = (error as { status?: number }).status ?? 0;
        if (status === 404 || status === 405 || status === 501) break;
      }
      if (controller.signal.aborted) return;
      failures++;
      if (failures > 5) break;
      await new Promise((r) => setTimeout(r, Math.min(30_000, 500 * 2 ** failures)));
    }
    if (controller.signal.aborted) return;
    // Polling from here on; a stream that worked before may have dropped events.
    if (connectedBefore) resync();
    pollTimer = setInterval(resync, options.pollIntervalMs);
  };

  void connect();
  return () => {
    controller.abort();
    clearInterval(pollTimer);
  };
}

/** Reads the `data:` payloads of a server-sent event stream until it ends or `signal` aborts. */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  signal: AbortSignal,
  onData: (data: string) => Promise<void>,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  signal.addEventListener('abort', () => void reader.cancel().catch(() => {}), { once: true });
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let boundary: number;
    while ((boundary = buffer.search(/\r?\n\r?\n/)) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary).replace(/^\r?\n\r?\n/, '');
      const data = block
        .split(/\r?\n/)
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''))
        .join('\n');
      if (data) await onData(data);
    }
  }
}
