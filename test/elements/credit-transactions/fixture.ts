/**
 * History test fixture: a provider whose adapter talks to a mock server the test
 * holds, so tests can write ledger entries, issue invoices and publish server
 * events, and watch the element react through its public surface only.
 */
import { fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/elements/credit-provider/define.js';
import '../../../src/elements/credit-transactions/define.js';
import { HttpAdapter } from '../../../src/adapter/http-adapter.js';
import type { Transaction } from '../../../src/core/schemas/index.js';
import type { CreditProvider } from '../../../src/elements/credit-provider/credit-provider.js';
import type { CreditTransactions } from '../../../src/elements/credit-transactions/credit-transactions.js';
import { postEntry, type EntryInput } from '../../../src/mock/ledger-ops.js';
import { createPresetAccounts, demoAccount } from '../../../src/mock/presets/index.js';
import { createMockServer, type MockServer, type MockServerOptions } from '../../../src/mock/server.js';
import { MemoryStorage } from '../../../src/mock/store/memory.js';
import type { ChangeListener, PresetName } from '../../../src/mock/store/types.js';
import { parts } from '../../helpers/elements.js';

export const TOKENS: Record<PresetName, string> = {
  'usage-billing': 'demo-usage-billing',
  'agency-credits': 'demo-agency-credits',
  'ai-credits': 'demo-ai-credits',
  'scan-credits': 'demo-scan-credits',
};

export interface HistoryOptions {
  preset?: PresetName;
  lang?: string;
  pageSize?: number;
  width?: string;
  server?: MockServerOptions;
  /** Wraps the adapter (spies, failures). */
  wrap?: (adapter: HttpAdapter) => HttpAdapter;
}

/**
 * A memory store whose change notices can be held back, to stand in for a server
 * that publishes nothing about a write (the element must still show it).
 */
class QuietableStorage extends MemoryStorage {
  quiet = false;
  override onChange(listener: ChangeListener): () => void {
    return super.onChange((notice) => (this.quiet ? undefined : listener(notice)));
  }
}

/** A live look at the page's account: `entries` and `settings` read afresh on access. */
export interface LiveAccount {
  id: string;
  readonly entries: Transaction[];
  readonly settings: ReturnType<MemoryStorage['inspect']>['state']['settings'];
}

export async function historyPage(options: HistoryOptions = {}) {
  const preset = options.preset ?? 'usage-billing';
  const now = options.server?.now ?? Date.now();
  const storage = new QuietableStorage(createPresetAccounts([preset], now, options.server ?? {}));
  const server = createMockServer({ presets: [preset], basePath: '/api', ...options.server, now, storage });
  let adapter = new HttpAdapter({
    baseUrl: 'https://mock.test/api',
    token: TOKENS[preset],
    adminToken: 'admin-demo-token',
    fetch: (r) => server.fetch(r),
  });
  if (options.wrap) adapter = options.wrap(adapter);
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
  const id = demoAccount(preset).id;
  const account: LiveAccount = {
    id,
    get entries() {
      return storage.entriesOf(id);
    },
    get settings() {
      return storage.inspect(id).state.settings;
    },
  };
  return { root, provider, el, server, adapter, account };
}

/** Writes an entry on the server the way a route does (in a transaction); live listeners hear of it unless `publish` is false. */
export async function serverEntry(
  server: MockServer,
  account: LiveAccount,
  input: EntryInput,
  publish = true,
): Promise<Transaction> {
  const storage = server.storage as QuietableStorage;
  storage.quiet = !publish;
  try {
    return await server.storage.transaction(account.id, (tx) => postEntry(tx, input, server.clock.now()));
  } finally {
    storage.quiet = false;
  }
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
