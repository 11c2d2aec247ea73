/**
 * ledger (SPEC §5): every change is an entry with the running balance after it,
 * the entries add up to the balance, the balance never goes negative, and cursor
 * pages cover each entry exactly once, also while writes happen.
 */
import { expectBody, fail, skip, type Check, type Group } from '../check.js';
import { LEDGER_PAGE, LEDGER_PAGES, pageInfo, type EntryInfo, type Suite } from '../suite.js';

const SNAPSHOT = 60;
const PAGE = 7;

function signed(entry: EntryInfo): number {
  if (entry.status !== 'completed') return 0;
  return entry.direction === 'in' ? entry.amount : -entry.amount;
}

function describe(entry: EntryInfo): string {
  return `${entry.id} (${entry.direction} ${entry.amount} ${entry.status}, balanceAfter ${entry.balanceAfter})`;
}

async function wholeLedger(suite: Suite): Promise<EntryInfo[]> {
  const { entries, complete } = await suite.ledger();
  if (!complete) skip(`the ledger has more than ${(LEDGER_PAGES * LEDGER_PAGE).toLocaleString('en')} entries`);
  return entries;
}

/** Pages of `PAGE` entries from the newest until `count` are read; `between` runs before every page after the first. */
async function pageThrough(suite: Suite, count: number, between?: (page: number) => Promise<void>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < Math.ceil(count / PAGE) + 1 && ids.length < count; page++) {
    if (page > 0) {
      if (cursor === null) break;
      await between?.(page);
    }
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const got = expectBody(await suite.a.get(`/transactions?limit=${PAGE}${query}`), 200, pageInfo, 'the page');
    if (got.items.length > PAGE) fail(`asked for ${PAGE} entries, got ${got.items.length}`);
    ids.push(...got.items.map((e) => e.id));
    cursor = got.nextCursor;
  }
  return ids.slice(0, count);
}

/** Compares paged ids with the snapshot taken in one request. */
function samePages(snapshot: string[], paged: string[]): void {
  const seen = new Set<string>();
  for (const id of paged) {
    if (seen.has(id)) fail(`entry ${id} came twice across pages`);
    seen.add(id);
  }
  for (let i = 0; i < snapshot.length; i++) {
    if (paged[i] !== snapshot[i])
      fail(
        `position ${i + 1}: the pages give ${paged[i] ?? 'nothing'}, one request gave ${snapshot[i]} (skipped or shifted)`,
      );
  }
}

const checks: Check[] = [
  {
    name: 'sum-equals-balance',
    title: 'The completed entries add up to the account balance',
    async run(suite) {
      const { balance } = await suite.accountNow();
      const entries = await wholeLedger(suite);
      const sum = entries.reduce((total, entry) => total + signed(entry), 0);
      if (sum !== balance) fail(`the ${entries.length} entries add up to ${sum}; the account says ${balance}`);
    },
  },
  {
    name: 'running-balance',
    title: 'Each entry’s balanceAfter follows from the one before (pending and failed entries move nothing)',
    async run(suite) {
      const { entries, complete } = await suite.ledger();
      const oldestFirst = [...entries].reverse();
      let previous: number | undefined = complete ? 0 : undefined;
      for (const entry of oldestFirst) {
        if (previous !== undefined && entry.balanceAfter !== previous + signed(entry))
          fail(`${describe(entry)} follows a balance of ${previous}; expected ${previous + signed(entry)}`);
        previous = entry.balanceAfter;
      }
    },
  },
  {
    name: 'never-negative',
    title: 'No entry leaves the balance below zero',
    async run(suite) {
      const { entries } = await suite.ledger();
      const negative = entries.find((e) => e.balanceAfter < 0);
      if (negative) fail(`${describe(negative)} is below zero`);
    },
  },
  {
    name: 'newest-first',
    title: 'Entries come newest first (createdAt never increases down the list)',
    async run(suite) {
      const { entries } = await suite.ledger();
      for (let i = 1; i < entries.length; i++) {
        if (Date.parse(entries[i]!.createdAt) > Date.parse(entries[i - 1]!.createdAt))
          fail(
            `${entries[i]!.id} (${entries[i]!.createdAt}) is listed after the older ${entries[i - 1]!.id} (${entries[i - 1]!.createdAt})`,
          );
      }
    },
  },
  {
    name: 'pages-cover-once',
    title: `Cursor pages of ${PAGE} give the same entries, once each, as one request for the newest ${SNAPSHOT}`,
    async run(suite) {
      const snapshot = (await suite.newest(SNAPSHOT)).map((e) => e.id);
      samePages(snapshot, await pageThrough(suite, snapshot.length));
    },
  },
  {
    name: 'pages-under-writes',
    title: 'Cursor pages neither skip nor repeat entries while new entries are written between pages',
    needs: ['operator'],
    async run(suite) {
      const snapshot = (await suite.newest(SNAPSHOT)).map((e) => e.id);
      if (snapshot.length <= PAGE) skip(`the ledger has ${snapshot.length} entries; paging needs more than ${PAGE}`);
      let granted = 0;
      try {
        const paged = await pageThrough(suite, snapshot.length, async (page) => {
          if (page % 2) await suite.adjust('grant', 1, 'a write between pages');
          else await suite.adjust('refund', 1, 'a write between pages');
          granted += page % 2 ? 1 : -1;
        });
        samePages(snapshot, paged);
      } finally {
        if (granted > 0) await suite.adjust('refund', granted, 'undo the writes between pages');
      }
    },
  },
  {
    name: 'every-change-is-an-entry',
    title: 'An operator grant and refund each appear at once as an entry with the new running balance',
    needs: ['operator'],
    async run(suite) {
      const before = await suite.balance();
      for (const [direction, expected] of [
        ['grant', before + 7],
        ['refund', before],
      ] as const) {
        await suite.adjust(direction, 7, 'one visible ledger entry');
        const [newest] = await suite.newest(1);
        const want = direction === 'grant' ? 'in' : 'out';
        if (!newest || newest.direction !== want || newest.amount !== 7 || newest.status !== 'completed')
          fail(`after a ${direction} of 7 the newest entry is ${newest ? describe(newest) : 'missing'}`);
        if (newest.balanceAfter !== expected)
          fail(`after a ${direction} of 7, ${describe(newest)}; expected ${expected}`);
        const balance = await suite.balance();
        if (balance !== expected) fail(`after a ${direction} of 7 the account says ${balance}; expected ${expected}`);
      }
    },
  },
  {
    name: 'filters',
    title: 'type and status filters return exactly the matching entries, newest first',
    async run(suite) {
      const all = await suite.newest(100);
      for (const [param, value, pick] of [
        ['type', 'in', (e: EntryInfo) => e.direction === 'in'],
        ['type', 'out', (e: EntryInfo) => e.direction === 'out'],
        ['status', 'completed', (e: EntryInfo) => e.status === 'completed'],
      ] as const) {
        const exchange = await suite.a.get(`/transactions?${param}=${value}&limit=100`);
        const got = expectBody(exchange, 200, pageInfo, 'the page').items;
        const stray = got.find((e) => !pick(e));
        if (stray) fail(`${param}=${value} returned ${describe(stray)}`, exchange);
        const expected = all.filter(pick).map((e) => e.id);
        const prefix = got.slice(0, expected.length).map((e) => e.id);
        if (prefix.join() !== expected.join())
          fail(`${param}=${value} does not start with the matching entries of the unfiltered list`, exchange);
      }
    },
  },
];

export const ledgerGroup: Group = { name: 'ledger', checks };
