/**
 * document: the backend's `GET /openapi.json` is a usable OpenAPI 3.1 description
 * of the contract. Skipped as a whole when the backend offers no document (the
 * suite then uses the kit's own operation list).
 */
import { fail, skip, type Check, type Group } from '../check.js';
import { CUSTOMER_OPERATIONS, sameTemplate } from '../contract.js';
import { danglingRefs, deref, type DocumentedOperation, type OpenApiDocument } from '../openapi.js';
import type { Suite } from '../suite.js';

function documented(suite: Suite): { doc: OpenApiDocument; operations: DocumentedOperation[] } {
  const state = suite.document;
  if (!state) skip('the backend offers no /openapi.json; the suite uses the kit’s operation list');
  if (!state.parsed || !state.operations) fail(`the document is not OpenAPI 3.1: ${state.issues}`, state.exchange);
  return { doc: state.parsed, operations: state.operations };
}

function find(operations: DocumentedOperation[], method: string, path: string): DocumentedOperation | undefined {
  return operations.find((op) => op.method === method && sameTemplate(op.path, path));
}

/** Names of operations (`GET /account`), at most `max` then "+N more". */
function names(ops: { method: string; path: string }[], max = 6): string {
  const shown = ops.slice(0, max).map((op) => `${op.method} ${op.path}`);
  return shown.join(', ') + (ops.length > max ? ` (+${ops.length - max} more)` : '');
}

function isSecured(doc: OpenApiDocument, op: DocumentedOperation): boolean {
  const security = op.operation?.security ?? doc.security ?? [];
  return security.some((requirement) => Object.keys(requirement).length > 0);
}

function hasProblemContent(doc: OpenApiDocument, response: unknown): boolean {
  const content = deref(doc, response)?.content as Record<string, unknown> | undefined;
  return Boolean(content && Object.keys(content).some((type) => /problem\+json/i.test(type)));
}

const checks: Check[] = [
  {
    name: 'openapi-3.1',
    title: 'GET /openapi.json is an OpenAPI 3.1 document (openapi 3.1.x, info, paths)',
    async run(suite) {
      const { operations } = documented(suite);
      const malformed = operations.filter((op) => op.operation === null);
      if (malformed.length) fail(`malformed operation objects: ${names(malformed)} (${malformed[0]!.error})`);
    },
  },
  {
    name: 'refs-resolve',
    title: 'Every $ref in the document points at something in it',
    async run(suite) {
      documented(suite);
      const dangling = danglingRefs(suite.document!.exchange.json);
      if (dangling.length) fail(`unresolved: ${dangling.slice(0, 6).join(', ')}`);
    },
  },
  {
    name: 'operation-ids',
    title: 'Every operation has an operationId, and no two share one',
    async run(suite) {
      const { operations } = documented(suite);
      const missing = operations.filter((op) => !op.operation?.operationId);
      if (missing.length) fail(`without operationId: ${names(missing)}`);
      const seen = new Map<string, DocumentedOperation>();
      for (const op of operations) {
        const id = op.operation!.operationId!;
        const other = seen.get(id);
        if (other) fail(`operationId "${id}" is used by ${names([other, op])}`);
        seen.set(id, op);
      }
    },
  },
  {
    name: 'covers-contract',
    title: 'The document describes every operation the widgets cannot do without',
    async run(suite) {
      const { operations } = documented(suite);
      const missing = CUSTOMER_OPERATIONS.filter((op) => !op.optional && !find(operations, op.method, op.path));
      if (missing.length) fail(`not documented: ${names(missing)}`);
    },
  },
  {
    name: 'success-schemas',
    title: 'Each documented widget operation gives its success body a JSON schema',
    async run(suite) {
      const { doc, operations } = documented(suite);
      const bare = CUSTOMER_OPERATIONS.filter((op) => {
        const found = op.schema && find(operations, op.method, op.path);
        if (!found?.operation) return false;
        return !Object.entries(found.operation.responses).some(([status, response]) => {
          if (!/^2/.test(status)) return false;
          const content = deref(doc, response)?.content as Record<string, { schema?: unknown }> | undefined;
          return Boolean(content?.['application/json']?.schema);
        });
      });
      if (bare.length) fail(`no application/json success schema: ${names(bare)}`);
    },
  },
  {
    name: 'problem-responses',
    title: 'Every operation describes its errors as application/problem+json',
    async run(suite) {
      const { doc, operations } = documented(suite);
      const silent = operations.filter(
        (op) =>
          op.operation &&
          !Object.entries(op.operation.responses).some(
            ([status, response]) => (/^[45]/.test(status) || status === 'default') && hasProblemContent(doc, response),
          ),
      );
      if (silent.length) fail(`no problem+json error response: ${names(silent)}`);
    },
  },
  {
    name: 'error-statuses',
    title: 'Every secured operation lists 401 among its responses',
    async run(suite) {
      const { doc, operations } = documented(suite);
      const no401 = operations.filter((op) => op.operation && isSecured(doc, op) && !op.operation.responses['401']);
      if (no401.length) fail(`${no401.length} of the secured operations omit 401: ${names(no401)}`);
    },
  },
  {
    name: 'idempotency-key',
    title: 'Every write the widgets make documents a required Idempotency-Key header',
    async run(suite) {
      const { doc, operations } = documented(suite);
      const missing = CUSTOMER_OPERATIONS.filter((op) => {
        const found = op.write ? find(operations, op.method, op.path) : undefined;
        if (!found?.operation) return false;
        return !(found.operation.parameters ?? []).some((raw) => {
          const param = deref(doc, raw);
          return param?.in === 'header' && /^idempotency-key$/i.test(String(param.name)) && param.required === true;
        });
      });
      if (missing.length) fail(`no required Idempotency-Key header: ${names(missing)}`);
    },
  },
];

export const documentGroup: Group = { name: 'document', checks };
