/**
 * What every check gets: clients for account A, account B, no token and the
 * operator; what the suite learned at start (account, document); and the few
 * shared moves checks build on (read the ledger, start a purchase, set a balance
 * and put it back). Every loop here is bounded in count; every request by the
 * transport's timeout.
 */
import { z } from '../core/schemas/zod.js';
import { expectBody, expectStatus, fail, skip } from './check.js';
import { sameTemplate } from './contract.js';
import type { Client, Exchange } from './http.js';
import type { DocumentState } from './openapi.js';
import type { ConformanceOptions } from './types.js';

const int = z.int();

/** The fields of the account the checks rely on (the schemas group validates the rest). */
export const accountInfo = z.object({
  id: z.string(),
  model: z.string(),
  currency: z.string(),
  balance: int,
  held: z.optional(int),
  creditPaymentsEnabled: z.boolean(),
  billingDetailsComplete: z.boolean(),
  settings: z.object({
    topUp: z.nullable(z.object({ min: int, max: int, presets: z.array(int) })),
    purchase: z.object({ enabled: z.boolean() }),
    billingPortal: z.optional(z.boolean()),
  }),
});
export type AccountInfo = z.infer<typeof accountInfo>;

/** The fields of a ledger entry the ledger checks use. */
export const entryInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  direction: z.enum(['in', 'out']),
  kind: z.string(),
  amount: int,
  balanceAfter: int,
  status: z.string(),
  topUpId: z.optional(z.nullable(z.string())),
  invoiceId: z.optional(z.nullable(z.string())),
});
export type EntryInfo = z.infer<typeof entryInfo>;
export const pageInfo = z.object({ items: z.array(entryInfo), nextCursor: z.nullable(z.string()) });

const idInfo = z.object({ id: z.string() });
const quoteInfo = z.object({ method: z.string() });
const packagesInfo = z.object({ packages: z.array(z.object({ id: z.string(), price: int })) });

/** Billing details the suite saves when the account has none (top-ups need them). */
export const TEST_BILLING_DETAILS = {
  company: 'creditkit conformance test',
  street: 'Teststraße 1',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
  vatNumber: 'DE123456789',
  invoiceLanguage: 'en',
  invoiceEmail: 'conformance@example.com',
} as const;

/** A purchase the suite may start (nothing is paid): its body and a different one. */
export interface Purchase {
  body: Record<string, unknown>;
  other: Record<string, unknown>;
}

/** Every success body of the run, checked against its schema as it arrives. */
export interface Sweep {
  checked: number;
  violations: { exchange: Exchange; issues: string; check: string }[];
}

/** Ledger pages the suite reads at most (× `LEDGER_PAGE` entries). */
export const LEDGER_PAGES = 50;
export const LEDGER_PAGE = 200;

export class Suite {
  /** The check running now (the write log names it). */
  current = '';
  private keys = 0;
  private readonly memo = new Map<string, Promise<unknown>>();

  constructor(
    readonly options: ConformanceOptions,
    /** Account A's token. */
    readonly a: Client,
    /** What `GET /openapi.json` gave; null when the backend offers none. */
    readonly document: DocumentState | null,
    /** Account A as found at start. */
    readonly account: AccountInfo,
    readonly runId: string,
    readonly deadline: number,
    readonly sweep: Sweep,
  ) {}

  get anon(): Client {
    return this.a.as(null);
  }

  /** Account B (checks that need it declare `accountB`). */
  get b(): Client {
    return this.a.as(this.options.accountBToken!);
  }

  /** The operator (checks that need it declare `operator`). */
  get operator(): Client {
    return this.a.as(this.options.operatorToken!);
  }

  get hasOperator(): boolean {
    return Boolean(this.options.operatorToken);
  }

  /** A fresh Idempotency-Key, unique to this run. */
  key(): string {
    return `ck-conformance-${this.runId}-${++this.keys}`;
  }

  /** Whether the backend offers an operation (its document says so; without one, every kit operation counts). */
  offers(method: string, path: string): boolean {
    const operations = this.document?.operations;
    if (!operations) return true;
    return operations.some((op) => op.method === method && sameTemplate(op.path, path));
  }

  requireOffered(method: string, path: string): void {
    if (!this.offers(method, path)) skip(`the backend's document offers no ${method} ${path}`);
  }

  /** Runs `make` once per run; later calls share its result. */
  once<T>(name: string, make: () => Promise<T>): Promise<T> {
    let value = this.memo.get(name) as Promise<T> | undefined;
    if (!value) {
      value = make();
      this.memo.set(name, value);
    }
    return value;
  }

  /** Account A now. */
  async accountNow(client: Client = this.a): Promise<AccountInfo> {
    return expectBody(await client.get('/account'), 200, accountInfo, 'the account');
  }

  async balance(client: Client = this.a): Promise<number> {
    return (await this.accountNow(client)).balance;
  }

  private adminPath(action: string): string {
    return `/admin/accounts/${encodeURIComponent(this.account.id)}/${action}`;
  }

  /** Operator grant (In) or refund (Out) of `amount` on account A. */
  async adjust(direction: 'grant' | 'refund', amount: number, note: string): Promise<Exchange> {
    const path = this.adminPath(direction === 'grant' ? 'grants' : 'refunds');
    const exchange = await this.operator.post(path, { amount, note: `creditkit conformance: ${note}` }, this.key());
    expectStatus(exchange, [200, 201]);
    return exchange;
  }

  /** Moves account A's balance to `target` with one grant or refund (operator). */
  async setBalance(target: number, note: string): Promise<void> {
    if (await this.autoTopUpOn())
      skip('account A has auto top-up turned on: a low balance would buy credits for real; turn it off for the run');
    const account = await this.accountNow();
    if ((account.held ?? 0) > 0)
      skip(`account A has ${account.held} held by running jobs; run against an account with no running jobs`);
    const delta = target - account.balance;
    if (delta > 0) await this.adjust('grant', delta, note);
    if (delta < 0) await this.adjust('refund', -delta, note);
    const now = await this.balance();
    if (now !== target) fail(`the operator set the balance to ${target} but the account shows ${now}`);
  }

  /**
   * Runs `body` with account A's balance at `target`, then puts the balance back
   * to what it was, also when `body` fails.
   */
  async withBalance<T>(target: number, note: string, body: () => Promise<T>): Promise<T> {
    const before = await this.balance();
    await this.setBalance(target, note);
    try {
      return await body();
    } finally {
      await this.setBalance(before, `${note} (restore)`);
    }
  }

  /** Whether account A buys credits by itself when its balance runs low. */
  private autoTopUpOn(): Promise<boolean> {
    return this.once('auto-top-up', async () => {
      if (!this.offers('GET', '/auto-top-up')) return false;
      const exchange = await this.a.get('/auto-top-up');
      return (
        exchange.status === 200 && (exchange.json as { settings?: { enabled?: unknown } }).settings?.enabled === true
      );
    });
  }

  /** Saves test billing details when account A has none (top-ups and purchases need them). */
  ensureBillingDetails(): Promise<void> {
    return this.once('billing', async () => {
      const current = await this.a.get('/billing-details');
      expectStatus(current, 200);
      const details = (current.json as { details?: unknown } | undefined)?.details;
      if (details) return;
      expectStatus(await this.a.put('/billing-details', TEST_BILLING_DETAILS, this.key()), 200);
    });
  }

  /** A purchase account A can start (smallest top-up, else cheapest package), or null. */
  purchase(): Promise<Purchase | null> {
    return this.once('purchase', async () => {
      const topUp = this.account.settings.topUp;
      if (topUp) {
        const amount = Math.max(topUp.min, 1);
        const method = await this.quotedMethod(`amount=${amount}`);
        const otherAmount = amount + 100 <= topUp.max ? amount + 100 : amount - 1;
        return { body: { amount, method }, other: { amount: otherAmount, method } };
      }
      if (!this.account.settings.purchase.enabled) return null;
      const list = expectBody(await this.a.get('/packages'), 200, packagesInfo, 'the package list');
      const [cheapest, next] = [...list.packages].sort((x, y) => x.price - y.price);
      if (!cheapest) return null;
      const method = await this.quotedMethod(`packageId=${encodeURIComponent(cheapest.id)}`);
      const body = { packageId: cheapest.id, method };
      return {
        body,
        other: next ? { packageId: next.id, method } : { ...body, returnUrl: 'https://example.com/other' },
      };
    });
  }

  private async quotedMethod(query: string): Promise<string> {
    return expectBody(await this.a.get(`/quote?${query}`), 200, quoteInfo, 'the quote').method;
  }

  /** The purchase, or a skip when account A can buy nothing. */
  async requirePurchase(): Promise<Purchase> {
    const purchase = await this.purchase();
    if (!purchase) skip('account A can neither top up nor buy packages');
    await this.ensureBillingDetails();
    return purchase;
  }

  /** Starts a purchase (nothing is paid) and returns its id. */
  async startPurchase(body?: Record<string, unknown>, key = this.key()): Promise<{ id: string; exchange: Exchange }> {
    const purchase = await this.requirePurchase();
    const exchange = await this.a.post('/top-ups', body ?? purchase.body, key);
    return { id: expectBody(exchange, 201, idInfo, 'the top-up').id, exchange };
  }

  /**
   * Account A's ledger, newest first, up to `LEDGER_PAGES` pages; `complete` says
   * whether it reached the oldest entry.
   */
  async ledger(client: Client = this.a): Promise<{ entries: EntryInfo[]; complete: boolean }> {
    const entries: EntryInfo[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < LEDGER_PAGES; page++) {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const got = expectBody(await client.get(`/transactions?limit=${LEDGER_PAGE}${query}`), 200, pageInfo, 'the page');
      entries.push(...got.items);
      cursor = got.nextCursor;
      if (cursor === null) return { entries, complete: true };
      if (Date.now() > this.deadline) break;
    }
    return { entries, complete: false };
  }

  /** The newest `count` entries in one request. */
  async newest(count: number, client: Client = this.a): Promise<EntryInfo[]> {
    return expectBody(await client.get(`/transactions?limit=${count}`), 200, pageInfo, 'the page').items;
  }
}
