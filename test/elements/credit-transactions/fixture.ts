/**
 * History test fixture: a provider over a reference server the test holds, and
 * a second client of the same server (`api`) that sets data up and reads the
 * ledger the way any host would: the REST contract and the admin API, never
 * the server's storage. Changes made through `api` reach the element as server
 * events, like changes from another device or the operator.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-transactions/define.js';
import { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import { DEMO_ADMIN_TOKEN, demoToken, type PresetName } from '../../../src/core/presets.js';
import type { TopUp, Transaction, TransactionQuery } from '../../../src/core/schemas/index.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import type { CreditTransactions } from '../../../src/elements/credit-transactions/credit-transactions.js';
import { createMockServer, type MockServerOptions } from '../../../src/mock/index.js';
import { randomKey } from '../../../src/util/keys.js';
import { NORTHWIND_DE } from '../../helpers/buyers.js';
import { parts } from '../../helpers/elements.js';

export const CARDS = {
  ok: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
  pending: '4000 0025 0000 3155',
} as const;

export interface HistoryOptions {
  preset?: PresetName;
  lang?: string;
  pageSize?: number;
  width?: string;
  server?: MockServerOptions;
  /** Wraps the element's adapter (spies, failures); the fixture's own client stays as it is. */
  wrap?: (adapter: HttpAdapter) => HttpAdapter;
}

/** A client of the reference server: setup and checks through its HTTP API. */
export function ledgerClient(adapter: HttpAdapter) {
  let billing: Promise<unknown> | undefined;
  return {
    adapter,
    /** Every entry, newest first. */
    async entries(query: Omit<TransactionQuery, 'cursor' | 'limit'> = {}): Promise<Transaction[]> {
      const all: Transaction[] = [];
      let cursor: string | null = null;
      do {
        const page = await adapter.listTransactions({ ...query, limit: 2000, ...(cursor ? { cursor } : {}) });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
    grant: (amount: number, note = 'Goodwill') => adapter.admin!.grantCredits({ amount, note }),
    /** Usage of `amount` minor units, with the host's reference and description. */
    async usage(amount: number, reference: string, description: string): Promise<Transaction> {
      const result = (await adapter.admin!.recordUsage(
        { type: 'amount', amount, reference, description },
        randomKey(),
      )) as { transaction: Transaction };
      return result.transaction;
    },
    /** A card top-up paid with `card` (billing details are filed first). */
    async topUp(amount: number, card: string = CARDS.ok): Promise<TopUp> {
      await (billing ??= adapter.saveBillingDetails(NORTHWIND_DE, { idempotencyKey: randomKey() }));
      const started = await adapter.startTopUp({ amount, method: 'card' }, { idempotencyKey: randomKey() });
      return adapter.completeTopUp(
        started.id,
        { cardNumber: card.replace(/\s+/g, '') },
        { idempotencyKey: randomKey() },
      );
    },
    /** Completes a pending top-up (the customer finished authentication elsewhere). */
    settle: (topUpId: string) => adapter.completeTopUp(topUpId, {}, { idempotencyKey: randomKey() }),
  };
}

export async function historyPage(options: HistoryOptions = {}) {
  const preset = options.preset ?? 'usage-billing';
  const server = createMockServer({ presets: [preset], basePath: '/api', ...options.server });
  const client = (): HttpAdapter =>
    new HttpAdapter({
      baseUrl: 'https://mock.test/api',
      token: demoToken(preset),
      adminToken: DEMO_ADMIN_TOKEN,
      fetch: (r) => server.fetch(r),
    });
  const adapter = options.wrap ? options.wrap(client()) : client();
  const root = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'en'} style=${options.width ? `width:${options.width}` : ''}>
      <credit-provider .adapter=${adapter}
        ><credit-transactions page-size=${options.pageSize ?? 50}></credit-transactions
      ></credit-provider>
    </div>`,
  );
  const provider = root.querySelector<CreditProvider>('credit-provider')!;
  const el = root.querySelector<CreditTransactions>('credit-transactions')!;
  await waitUntil(() => provider.store.status === 'ready', 'account never loaded', { timeout: 5000 });
  await waitUntil(() => !el.hasAttribute('loading'), 'history never loaded', { timeout: 5000 });
  return { root, provider, el, adapter, api: ledgerClient(client()) };
}

/** Row ids as rendered (newest first). */
export function rowIds(el: CreditTransactions): string[] {
  return parts(el, 'row').map((r) => r.dataset.id!);
}

/** Captures blobs handed to `<a download>` (URL.createObjectURL) during `run`. */
export async function captureDownload(run: () => unknown, until = 4000): Promise<{ blob: Blob; filename: string }> {
  const original = URL.createObjectURL;
  const originalClick = HTMLAnchorElement.prototype.click;
  let captured: { blob: Blob; filename: string } | undefined;
  let lastBlob: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    lastBlob = blob as Blob;
    return original.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && lastBlob) captured = { blob: lastBlob, filename: this.download };
  };
  try {
    await run();
    await waitUntil(() => captured, 'nothing was downloaded', { timeout: until });
    return captured!;
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = originalClick;
  }
}

/** Text drawn in a pdf-lib PDF: inflates content streams, decodes `<hex> Tj`. */
export async function pdfText(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const raw = Array.from(bytes, (b) => String.fromCharCode(b)).join('');
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream\n', at);
    if (start < 0) break;
    const end = raw.indexOf('endstream', start);
    let content = '';
    // The newline before `endstream` is not part of the data (unless the data ends in one).
    for (const stop of [end - 1, end]) {
      try {
        const stream = new Blob([bytes.slice(start + 7, stop)])
          .stream()
          .pipeThrough(new DecompressionStream('deflate'));
        content = Array.from(new Uint8Array(await new Response(stream).arrayBuffer()), (b) =>
          String.fromCharCode(b),
        ).join('');
        break;
      } catch {
        // try the other end
      }
    }
    for (const m of content.matchAll(/<([0-9A-Fa-f]*)>\s*Tj/g))
      out.push(m[1]!.replace(/../g, (h) => String.fromCharCode(parseInt(h, 16))));
    at = end + 9;
  }
  return out.join('\n');
}
