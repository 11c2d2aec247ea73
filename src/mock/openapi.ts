/**
 * The OpenAPI 3.1 document of the REST contract, generated from the routes' docs
 * and the same zod schemas that validate the wire, so a host implementing its own
 * backend reads exactly what the widgets accept.
 */
import { z } from '../core/schemas/zod.js';
import * as schemas from '../core/schemas/index.js';
import { PROBLEM_STATUS } from './problem-status.js';
import type { Route, RouteDoc } from './router.js';

export { PROBLEM_STATUS };

type JsonSchema = Record<string, unknown>;

/** Wire schemas published as named components (referenced wherever they appear). */
const NAMED: Record<string, z.ZodMiniType> = {
  Problem: schemas.problem,
  Account: schemas.account,
  AccountSettings: schemas.accountSettings,
  CreditPackage: schemas.creditPackage,
  PackageList: schemas.packageList,
  QuoteRequest: schemas.quoteRequest,
  Quote: schemas.quote,
  BillingDetails: schemas.billingDetails,
  StartTopUpRequest: schemas.startTopUpRequest,
  CompleteTopUpRequest: schemas.completeTopUpRequest,
  TopUp: schemas.topUp,
  CreateCreditRequest: schemas.createCreditRequest,
  CreditRequest: schemas.creditRequest,
  Transaction: schemas.transaction,
  TransactionPage: schemas.transactionPage,
  Payability: schemas.payability,
  Payment: schemas.payment,
  AutoTopUpSettings: schemas.autoTopUpSettings,
  AutoTopUpState: schemas.autoTopUpState,
  ServerEvent: schemas.serverEvent,
};

/** Admin writes on one account honour an Idempotency-Key when sent (records are kept per account). */
function takesOptionalKey(route: Route): boolean {
  return Boolean(route.admin && route.method !== 'GET' && route.path.includes(':accountId') && !route.doc?.idempotent);
}

/**
 * Every problem code a route can answer: its own, plus those the server adds to
 * every route of its kind (authentication, path lookups, idempotency keys, JSON
 * bodies), so the document lists every status a client can meet.
 */
export function problemsOf(route: Route): string[] {
  const doc = route.doc;
  const codes = new Set(doc?.problems ?? []);
  if (!route.public) codes.add('unauthorized');
  if (/:\w+/.test(route.path)) codes.add('not_found');
  if (doc?.idempotent || takesOptionalKey(route)) {
    if (doc?.idempotent) codes.add('idempotency_key_required');
    codes.add('idempotency_conflict');
    // A malformed Idempotency-Key.
    codes.add('validation_failed');
  }
  if (doc?.body) {
    codes.add('unsupported_media_type');
    codes.add('validation_failed');
    codes.add('payload_too_large');
  }
  if (doc?.query) codes.add('validation_failed');
  return [...codes];
}

const REF = (name: string) => `#/components/schemas/${name}`;

const IDEMPOTENCY_KEY_SCHEMA = {
  type: 'string',
  minLength: 1,
  maxLength: 255,
  pattern: '^[\\x21-\\x7e][\\x20-\\x7e]*$',
};
const IDEMPOTENCY_RULES =
  'A unique key per intended write (a UUID is ideal), 1–255 visible ASCII characters. The same key with the same ' +
  'request returns the first response (header `Idempotent-Replayed: true`) and applies the write once; the same key ' +
  'with a different request is refused with 409 `idempotency_conflict`. Keys are scoped to the account and the ' +
  'operation, and remembered for at least 24 hours; after that a key may be used again. A problem answer (4xx) is ' +
  'not remembered: fix the request and retry with the same key. A 5xx is not remembered either.';

export interface OpenApiOptions {
  /** Base path the API is served under (`/api/credits`). */
  basePath?: string;
  title?: string;
  version?: string;
}

export function buildOpenApi(routes: readonly Route[], options: OpenApiOptions = {}): JsonSchema {
  const registry = z.registry<{ id: string }>();
  const names = new Map<unknown, string>();
  for (const [name, schema] of Object.entries(NAMED)) {
    registry.add(schema, { id: name });
    names.set(schema, name);
  }
  const components = z.toJSONSchema(registry, { uri: REF, unrepresentable: 'any' }).schemas as Record<
    string,
    JsonSchema
  >;
  for (const schema of Object.values(components)) {
    delete schema.$schema;
    delete schema.$id;
  }

  const convert = (schema: z.ZodMiniType, io: 'input' | 'output'): JsonSchema => {
    const name = names.get(schema);
    if (name) return { $ref: REF(name) };
    const out = z.toJSONSchema(schema, { metadata: registry, io, unrepresentable: 'any' }) as JsonSchema;
    delete out.$schema;
    delete out.$defs;
    // Named sub-schemas come back as local $defs; point them at the components.
    return JSON.parse(
      JSON.stringify(out).replace(/"#\/\$defs\/([^"]+)"/g, (_m, id: string) => JSON.stringify(REF(id))),
    ) as JsonSchema;
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const doc: RouteDoc = route.doc ?? { summary: `${route.method} ${route.path}` };
    const openPath = route.path.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    if (doc.query) {
      const query = convert(doc.query, 'input');
      const resolved = (query.$ref ? components[String(query.$ref).split('/').pop()!] : query) ?? {};
      const required = new Set((resolved.required as string[] | undefined) ?? []);
      for (const [name, schema] of Object.entries(
        (resolved.properties as Record<string, JsonSchema> | undefined) ?? {},
      )) {
        parameters.push({ name, in: 'query', required: required.has(name), schema });
      }
    }
    if (doc.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });
    else if (takesOptionalKey(route)) parameters.push({ $ref: '#/components/parameters/IdempotencyKeyOptional' });

    const success = String(doc.status ?? 200);
    const responses: Record<string, unknown> = {};
    if (doc.contentType === 'text/event-stream' && doc.response) {
      responses[success] = {
        description: `${doc.summary}. Each event's \`data:\` line is one ServerEvent as JSON.`,
        content: {
          [doc.contentType]: {
            schema: {
              type: 'string',
              description: 'Server-sent events (text/event-stream); every `data:` line holds a ServerEvent.',
              contentMediaType: 'application/json',
              contentSchema: convert(doc.response, 'output'),
            },
          },
        },
      };
    } else if (doc.contentType) {
      const binary = !/^text\//.test(doc.contentType);
      responses[success] = {
        description: doc.summary,
        content: {
          [doc.contentType]: {
            schema: binary ? { type: 'string', contentMediaType: doc.contentType } : { type: 'string' },
          },
        },
      };
    } else if (doc.response) {
      responses[success] = {
        description: doc.summary,
        content: { 'application/json': { schema: convert(doc.response, 'output') } },
      };
    } else {
      responses[success] = { description: doc.summary };
    }
    const byStatus = new Map<number, string[]>();
    for (const code of problemsOf(route)) {
      const status = PROBLEM_STATUS[code] ?? 422;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
    for (const [status, codes] of [...byStatus].sort((a, b) => a[0] - b[0])) {
      responses[String(status)] = {
        description: `Problem: ${codes.map((c) => `\`${c}\``).join(', ')}`,
        content: { 'application/problem+json': { schema: { $ref: REF('Problem') } } },
      };
    }
    responses.default = { $ref: '#/components/responses/Problem' };

    const operation: Record<string, unknown> = {
      operationId: operationId(route),
      summary: doc.summary,
      tags: doc.tags ?? [route.admin ? 'admin' : 'other'],
      ...(parameters.length ? { parameters } : {}),
      ...(doc.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: convert(doc.body, 'input') } } } }
        : {}),
      responses,
      security: route.public ? [] : route.admin ? [{ operatorToken: [] }] : [{ bearerAuth: [] }, { cookieAuth: [] }],
    };
    (paths[openPath] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.0',
    info: {
      title: options.title ?? 'creditkit REST contract',
      version: options.version ?? '1.0.0',
      description:
        'Prepaid credits and balances: the backend contract the creditkit elements talk to. Amounts are integers in minor units; errors are RFC 9457 problem details with a stable `code`. Statuses: 400 a missing Idempotency-Key, 401 unauthenticated, 403 credit payments disabled or forbidden, 404 not found, 405 a method the resource does not allow (with `Allow`), 409 state conflicts (insufficient credits, already paid, idempotency conflict), 413 a body over 1 MB, 415 a body that is not JSON, 422 every validation failure (billing details required included).',
    },
    servers: [{ url: options.basePath || '/' }],
    paths,
    components: {
      schemas: components,
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: IDEMPOTENCY_RULES,
          schema: IDEMPOTENCY_KEY_SCHEMA,
        },
        IdempotencyKeyOptional: {
          name: 'Idempotency-Key',
          in: 'header',
          required: false,
          description: `Honoured when sent. ${IDEMPOTENCY_RULES}`,
          schema: IDEMPOTENCY_KEY_SCHEMA,
        },
      },
      responses: {
        Problem: {
          description: 'Problem details (RFC 9457)',
          content: { 'application/problem+json': { schema: { $ref: REF('Problem') } } },
        },
      },
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The account token.' },
        cookieAuth: {
          type: 'apiKey',
          in: 'cookie',
          name: 'creditkit_token',
          description: 'The account token as a cookie (credentials: include).',
        },
        operatorToken: { type: 'http', scheme: 'bearer', description: 'The operator token of the admin API.' },
      },
    },
  };
}

function operationId(route: Route): string {
  const words = route.path
    .split('/')
    .filter(Boolean)
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .join('-')
    .split(/[-_]/)
    .filter(Boolean);
  return [route.method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}
