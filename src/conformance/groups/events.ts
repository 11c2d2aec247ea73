/**
 * events (SPEC §5 live updates): where the backend offers `GET /events`, a change
 * reaches the stream as a valid server event. A backend without a stream (404,
 * 405, 501) is fine: the widgets poll; the group is skipped.
 */
import { serverEvent } from '../../core/schemas/events.js';
import { describeIssues, fail, skip, type Check, type Group } from '../check.js';
import { openEvents, type EventTap } from '../event-tap.js';
import type { Suite } from '../suite.js';

/** Opens account A's stream, or skips when the backend has none. */
export async function openStream(suite: Suite, client = suite.a): Promise<EventTap> {
  suite.requireOffered('GET', '/events');
  const probe = await client.send('GET', '/events', { stream: true, headers: { accept: 'text/event-stream' } });
  await probe.response?.body?.cancel().catch(() => undefined);
  if ([404, 405, 501].includes(probe.status)) skip(`GET /events answers ${probe.status}: the widgets poll instead`);
  return openEvents(client);
}

/**
 * Makes a change on account A that a stream must report: an operator grant of 1
 * (taken back by `undo`), else a purchase started (never paid). Returns how to
 * recognise its event.
 */
export async function makeChange(
  suite: Suite,
): Promise<{ test: (event: unknown) => boolean; undo: () => Promise<void> }> {
  if (suite.hasOperator) {
    const before = await suite.balance();
    await suite.adjust('grant', 1, 'a change for the event stream');
    return {
      test: (event) => {
        const e = event as {
          type?: string;
          account?: { balance?: number };
          transaction?: { amount?: number; direction?: string };
        };
        return (
          (e.type === 'account' && e.account?.balance === before + 1) ||
          (e.type === 'transaction' && e.transaction?.amount === 1 && e.transaction.direction === 'in')
        );
      },
      undo: async () => void (await suite.adjust('refund', 1, 'undo the change for the event stream')),
    };
  }
  const { id } = await suite.startPurchase();
  return { test: (event) => JSON.stringify(event).includes(JSON.stringify(id)), undo: async () => undefined };
}

/** Opens the stream, makes the change and waits for its event; returns the tap (still open). */
async function changeSeen(suite: Suite): Promise<EventTap> {
  const tap = await openStream(suite);
  try {
    const change = await makeChange(suite);
    try {
      if ((await tap.waitFor(change.test)) === undefined)
        fail(`no event reported the change within 5 s (${tap.data.length} events received)`, tap.exchange);
    } finally {
      await change.undo();
    }
    return tap;
  } catch (error) {
    tap.close();
    throw error;
  }
}

const checks: Check[] = [
  {
    name: 'stream',
    title: 'GET /events answers 200 text/event-stream for account A',
    async run(suite) {
      (await openStream(suite)).close();
    },
  },
  {
    name: 'delivers-change',
    title: 'A change to account A reaches its open stream within 5 s',
    async run(suite) {
      (await changeSeen(suite)).close();
    },
  },
  {
    name: 'valid-events',
    title: 'Every event on the stream is JSON matching the ServerEvent schema',
    async run(suite) {
      const tap = await changeSeen(suite);
      tap.close();
      for (const data of tap.data) {
        let json: unknown;
        try {
          json = JSON.parse(data);
        } catch {
          fail(`an event is not JSON: ${data.slice(0, 200)}`, tap.exchange);
        }
        const parsed = serverEvent.safeParse(json);
        if (!parsed.success)
          fail(
            `an event does not match ServerEvent: ${describeIssues(parsed.error.issues)}: ${data.slice(0, 200)}`,
            tap.exchange,
          );
      }
    },
  },
];

export const eventsGroup: Group = { name: 'events', checks };
