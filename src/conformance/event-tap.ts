/**
 * A listener on `GET /events` for the events and isolation checks: collects every
 * `data:` payload and lets a check wait, for a bounded time, until one matches.
 */
import { readEvents } from '../adapter/event-stream.js';
import { fail } from './check.js';
import type { Client, Exchange } from './http.js';

/** How long a check waits for an event after a write. */
export const EVENT_WAIT_MS = 5_000;

export interface EventTap {
  exchange: Exchange;
  /** Every `data:` payload, as text. */
  readonly data: string[];
  /** The first payload (parsed JSON, or the raw text when it is not JSON) matching `test`, or undefined after `ms`. */
  waitFor(test: (event: unknown) => boolean, ms?: number): Promise<unknown>;
  close(): void;
}

/** A payload as JSON, or as its text when it is not JSON. */
export function parseEvent(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** Opens the stream; fails the check unless it answers 200 text/event-stream. */
export async function openEvents(client: Client): Promise<EventTap> {
  const controller = new AbortController();
  const exchange = await client.send('GET', '/events', {
    stream: true,
    signal: controller.signal,
    headers: { accept: 'text/event-stream' },
  });
  const body = exchange.response?.body;
  if (exchange.status !== 200 || !/^text\/event-stream\b/i.test(exchange.contentType) || !body) {
    controller.abort();
    fail(`expected 200 text/event-stream, got ${exchange.status || exchange.error} ${exchange.contentType}`, exchange);
  }
  const data: string[] = [];
  const waiters = new Set<() => void>();
  void readEvents(body, controller.signal, async (payload) => {
    data.push(payload);
    for (const wake of waiters) wake();
  }).catch(() => undefined);
  return {
    exchange,
    data,
    waitFor(test, ms = EVENT_WAIT_MS) {
      return new Promise((resolve) => {
        let seen = 0;
        const look = () => {
          for (; seen < data.length; seen++) {
            const event = parseEvent(data[seen]!);
            if (test(event)) return done(event);
          }
        };
        const timer = setTimeout(() => done(undefined), ms);
        const done = (event: unknown) => {
          clearTimeout(timer);
          waiters.delete(look);
          resolve(event);
        };
        waiters.add(look);
        look();
      });
    },
    close: () => controller.abort(),
  };
}
