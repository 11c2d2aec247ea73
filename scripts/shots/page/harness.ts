/**
 * The element harness page: mounts one fixture (scripts/shots/fixture.ts) the way
 * a host page would — `<credit-provider>` with an adapter property and the
 * element's markup — over the reference server, with backend rules for loading
 * and error states. Only public surface: the kit's tags, the `creditkit/adapter`
 * and `creditkit/mock` exports, the adapter's methods and its admin API.
 */
import '../../../src/creditkit.js';
import { HttpAdapter, type CreditsAdapter } from '../../../src/adapter/index.js';
import { createMockServer } from '../../../src/mock/index.js';
import type { BackendRule, Fixture, SetupOp } from '../fixture.js';
import { installPageTools } from './page-tools.js';

const BASE = 'https://shots.creditkit.invalid/api';
const ADMIN_TOKEN = 'shots-admin-token';

function respond(rule: BackendRule, request: Request): Promise<Response> {
  const r = rule.respond;
  if (r === 'hang') {
    return new Promise((_, reject) =>
      request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
    );
  }
  if (r === 'network') return Promise.reject(new TypeError('Failed to fetch'));
  if (r === 'error') {
    const body = { type: 'about:blank', title: 'Internal error', status: 500, code: 'internal_error' };
    return Promise.resolve(
      new Response(JSON.stringify(body), { status: 500, headers: { 'content-type': 'application/problem+json' } }),
    );
  }
  return Promise.resolve(
    new Response(JSON.stringify(r.json), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
}

type Server = ReturnType<typeof createMockServer>;

function createServer(fixture: Fixture): Server {
  return createMockServer({
    presets: [fixture.preset],
    basePath: '/api',
    publicUrl: BASE,
    adminToken: ADMIN_TOKEN,
    ...(fixture.seedEntries ? { seedEntries: fixture.seedEntries } : {}),
  });
}

/** The HTTP adapter over the in-page reference server, answering `rules` first. */
function createAdapter(fixture: Fixture, server: Server, ruleList: BackendRule[]): HttpAdapter {
  const rules = ruleList.map((rule) => ({ rule, re: new RegExp(rule.match) }));
  return new HttpAdapter({
    baseUrl: BASE,
    token: `demo-${fixture.preset}`,
    adminToken: ADMIN_TOKEN,
    retries: 0,
    timeoutMs: 60_000,
    fetch: (request) => {
      const path = new URL(request.url).pathname.replace(/^\/api/, '');
      const hit = rules.find(({ re }) => re.test(`${request.method} ${path}`));
      return hit ? respond(hit.rule, request) : server.fetch(request);
    },
  });
}

const BUYERS: Record<string, { company: string; street: string; postalCode: string; city: string; vat: string }> = {
  DE: { company: 'Northwind GmbH', street: 'Hauptstraße 1', postalCode: '10115', city: 'Berlin', vat: 'DE123456789' },
  FR: { company: 'Lumière SARL', street: '12 rue de Rivoli', postalCode: '75001', city: 'Paris', vat: 'FR40303265045' },
  US: { company: 'Acme Inc.', street: '1 Market St', postalCode: '94105', city: 'San Francisco', vat: '' },
};

let lastRequestId: string | undefined;

/** Runs one setup step through the adapter's public methods or its admin API. */
async function run(adapter: CreditsAdapter, step: SetupOp): Promise<unknown> {
  const admin = adapter.admin!;
  const key = () => crypto.randomUUID();
  switch (step.op) {
    case 'billing': {
      const b = BUYERS[step.country] ?? BUYERS.DE!;
      return adapter.saveBillingDetails(
        {
          company: b.company,
          street: b.street,
          postalCode: b.postalCode,
          city: b.city,
          country: step.country,
          vatNumber: step.vatNumber ?? b.vat,
          invoiceLanguage: document.documentElement.lang.startsWith('de') ? 'de' : 'en',
          invoiceEmail: 'billing@example.com',
        },
        { idempotencyKey: key() },
      );
    }
    case 'refund':
      return admin.refundCredits({ amount: step.amount, note: 'Shots' });
    case 'refundTo': {
      const account = await adapter.getAccount();
      return admin.refundCredits({ amount: Math.max(0, account.balance - step.balance), note: 'Shots' });
    }
    case 'grant':
      return admin.grantCredits({ amount: step.amount, note: step.note ?? 'Goodwill credit' });
    case 'payments':
      return admin.setCreditPayments(step.enabled);
    case 'request': {
      const item = step.packageId ? { packageId: step.packageId } : { quantity: step.quantity ?? 100 };
      const request = await adapter.createCreditRequest({ ...item, method: step.method }, { idempotencyKey: key() });
      lastRequestId = request.id;
      return request;
    }
    case 'decide': {
      // The request created last by a setup step, else the newest pending one (created in the page).
      const id = lastRequestId ?? (await adapter.listCreditRequests()).find((r) => r.status === 'pending')?.id;
      if (!id) throw new Error('no credit request to decide');
      lastRequestId = undefined;
      return admin.decideCreditRequest(id, { accept: step.accept, ...(step.note ? { note: step.note } : {}) });
    }
    case 'pay':
      return adapter.payWithCredits({ itemType: step.itemType, itemId: step.itemId }, { idempotencyKey: key() });
    case 'autoTopUp':
      return adapter.saveAutoTopUp(step.settings as never, { idempotencyKey: key() });
    case 'usage':
      return admin.recordUsage(step.input, key());
    case 'expire':
      return admin.expireCredits();
  }
}

async function mount(): Promise<void> {
  installPageTools();
  const params = new URLSearchParams(location.search);
  const fixture = JSON.parse(params.get('f') ?? 'null') as Fixture | null;
  document.documentElement.lang = params.get('lang') ?? 'en';
  document.documentElement.dataset.theme = params.get('theme') ?? 'light';
  if (!fixture) throw new Error('no fixture in the URL');
  const stage = document.getElementById('stage')!;
  if (fixture.width) {
    stage.classList.add('fixed-width');
    stage.style.width = `${fixture.width}px`;
  }
  const server = createServer(fixture);
  const adapter = createAdapter(fixture, server, fixture.rules ?? []);
  // Setup happens before the page "opens", as if done earlier in another session,
  // on the same server but past the rules (a backend that hangs now answered then).
  const direct = fixture.rules?.length ? createAdapter(fixture, server, []) : adapter;
  for (const step of fixture.setup ?? []) await run(direct, step);
  const provider = document.createElement('credit-provider');
  provider.adapter = adapter;
  const template = document.createElement('template');
  template.innerHTML = fixture.html;
  provider.append(template.content);
  stage.append(provider);
  Object.assign(window.__shots, {
    provider,
    run: (step: SetupOp) => run(direct, step),
  });
}

mount().then(
  () => (document.body.dataset.ready = 'true'),
  (error: unknown) => {
    document.body.dataset.ready = 'error';
    document.body.dataset.error = String(error);
    console.error(error);
  },
);
