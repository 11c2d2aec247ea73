/**
 * The contract as the widgets see it: every operation the kit's HTTP adapter calls
 * (src/adapter/http-adapter.ts), with the zod schema it validates the success body
 * with, and the admin operations the suite uses to set up balances.
 *
 * Why the zod schemas and not ajv over the backend's document: these schemas are
 * exactly what the widgets accept at the boundary, so a body that passes here is a
 * body the widgets render; a backend's own document may itself be wrong (the
 * document group checks it separately), and ajv would be one more runtime
 * dependency of the package for no extra strictness (zod checks integers, ISO
 * timestamps and enums the same way).
 */
import type { z } from '../core/schemas/zod.js';
import * as s from '../core/schemas/index.js';

export interface ContractOperation {
  method: 'GET' | 'POST' | 'PUT';
  /** OpenAPI path template below the API base. */
  path: string;
  /** Schema of the JSON success body; absent for non-JSON bodies (PDF, SSE). */
  schema?: z.ZodMiniType;
  /** Needs an Idempotency-Key. */
  write?: boolean;
  /** Operator operation (admin API). */
  admin?: boolean;
  /** The widgets cope without it (the account's settings turn the feature off, or they poll). */
  optional?: boolean;
}

export const OPERATIONS: readonly ContractOperation[] = [
  { method: 'GET', path: '/account', schema: s.account },
  { method: 'GET', path: '/packages', schema: s.packageList, optional: true },
  { method: 'GET', path: '/quote', schema: s.quote },
  { method: 'GET', path: '/billing-details', schema: s.billingDetailsResponse },
  { method: 'PUT', path: '/billing-details', schema: s.billingDetails, write: true },
  { method: 'POST', path: '/top-ups', schema: s.topUp, write: true },
  { method: 'GET', path: '/top-ups/{id}', schema: s.topUp },
  { method: 'POST', path: '/top-ups/{id}/complete', schema: s.topUp, write: true },
  { method: 'GET', path: '/credit-requests', schema: s.creditRequestList, optional: true },
  { method: 'POST', path: '/credit-requests', schema: s.creditRequest, write: true, optional: true },
  { method: 'GET', path: '/payability', schema: s.payability },
  { method: 'POST', path: '/payments', schema: s.payment, write: true },
  { method: 'GET', path: '/transactions', schema: s.transactionPage },
  { method: 'GET', path: '/usage/summary', schema: s.usageSummary, optional: true },
  { method: 'GET', path: '/credit-blocks', schema: s.creditBlockList, optional: true },
  { method: 'GET', path: '/invoices/{id}.pdf', optional: true },
  { method: 'GET', path: '/auto-top-up', schema: s.autoTopUpState, optional: true },
  { method: 'PUT', path: '/auto-top-up', schema: s.autoTopUpState, write: true, optional: true },
  { method: 'GET', path: '/billing-portal', schema: s.billingPortal, optional: true },
  { method: 'GET', path: '/events', optional: true },
  { method: 'GET', path: '/admin/accounts/{accountId}', schema: s.account, admin: true },
  { method: 'POST', path: '/admin/accounts/{accountId}/grants', schema: s.account, admin: true },
  { method: 'POST', path: '/admin/accounts/{accountId}/refunds', schema: s.account, admin: true },
  { method: 'POST', path: '/admin/accounts/{accountId}/credit-payments', schema: s.account, admin: true },
];

/** The customer operations (what the widgets call). */
export const CUSTOMER_OPERATIONS = OPERATIONS.filter((op) => !op.admin);

function templateRegExp(path: string): RegExp {
  const source = path
    .split(/\{[^}]+\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]+');
  return new RegExp(`^${source}$`);
}

const MATCHERS = OPERATIONS.map((op) => ({ op, pattern: templateRegExp(op.path) }));

/** The operation a request is for (`GET /top-ups/tu_1?x` → `GET /top-ups/{id}`). */
export function operationFor(method: string, pathWithQuery: string): ContractOperation | undefined {
  const path = pathWithQuery.split('?')[0]!;
  return MATCHERS.find((m) => m.op.method === method && m.pattern.test(path))?.op;
}

/** Same template, whatever the parameter names (`/top-ups/{topUpId}` ≡ `/top-ups/{id}`). */
export function sameTemplate(a: string, b: string): boolean {
  const norm = (p: string) => p.replace(/\{[^}]+\}/g, '{}');
  return norm(a) === norm(b);
}

/** The HTTP status of each problem situation in SPEC §6. */
export const SPEC_STATUS = {
  unauthorized: 401,
  credit_payments_disabled: 403,
  not_found: 404,
  insufficient_credits: 409,
  already_paid: 409,
  idempotency_conflict: 409,
  not_json: 415,
  validation_failed: 422,
  billing_details_required: 422,
  amount_out_of_range: 422,
} as const;

/** A parameter value no backend has: an id that names nothing. */
export const MISSING_ID = 'ck-conformance-missing';

/** A well-formed request for an operation (ids name nothing), for probes such as "no token → 401". */
export function sampleRequest(op: ContractOperation): { path: string; body?: unknown } {
  const path = op.path.replace(/\{[^}]+\}/g, MISSING_ID);
  switch (`${op.method} ${op.path}`) {
    case 'GET /quote':
      return { path: `${path}?amount=1000` };
    case 'GET /usage/summary':
      return { path: `${path}?from=2026-01-01&to=2026-01-31&interval=week&groupBy=kind` };
    case 'GET /payability':
      return { path: `${path}?itemType=service&itemId=${MISSING_ID}` };
    case 'PUT /billing-details':
      return {
        path,
        body: {
          company: 'x',
          street: 'x',
          postalCode: 'x',
          city: 'x',
          country: 'DE',
          vatNumber: '',
          invoiceLanguage: 'en',
          invoiceEmail: 'x@example.com',
        },
      };
    case 'POST /top-ups':
      return { path, body: { amount: 1000, method: 'card' } };
    case 'POST /credit-requests':
      return { path, body: { amount: 1000, method: 'bank_transfer' } };
    case 'POST /payments':
      return { path, body: { itemType: 'service', itemId: MISSING_ID } };
    case 'PUT /auto-top-up':
      return {
        path,
        body: {
          enabled: false,
          threshold: null,
          expiryDays: null,
          purchase: { type: 'amount', amount: 1000 },
          monthlyCap: null,
          paymentMethodId: null,
        },
      };
    default:
      return op.method === 'GET' ? { path } : { path, body: {} };
  }
}
