/**
 * What the suite needs to know of a backend's OpenAPI document: its 3.1 skeleton
 * (checked with a small zod schema, not the full meta-schema), its operations, and
 * whether every local `$ref` resolves.
 */
import { z } from '../core/schemas/zod.js';

const record = z.record(z.string(), z.unknown());

const operation = z.object({
  operationId: z.optional(z.string()),
  parameters: z.optional(z.array(record)),
  responses: z.record(z.string(), record),
  security: z.optional(z.array(record)),
});

/** The skeleton of an OpenAPI 3.1 document (everything else is free-form). */
export const openApiDocument = z.object({
  openapi: z.string().check(z.regex(/^3\.1\.\d+$/, 'openapi must be 3.1.x')),
  info: z.object({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), record),
  components: z.optional(record),
  security: z.optional(z.array(record)),
});
export type OpenApiDocument = z.infer<typeof openApiDocument>;

/** What the suite found at `GET /openapi.json`. */
export interface DocumentState {
  exchange: import('./http.js').Exchange;
  /** The document when it has the 3.1 skeleton, else null. */
  parsed: OpenApiDocument | null;
  /** Its operations (null when it did not parse: then the kit's operation list applies). */
  operations: DocumentedOperation[] | null;
  /** Why it did not parse. */
  issues?: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface DocumentedOperation {
  method: string;
  path: string;
  /** The raw operation object (validated for `responses`, `parameters`). */
  operation: z.infer<typeof operation> | null;
  /** Why the operation object is malformed, when it is. */
  error?: string;
}

export function documentedOperations(doc: OpenApiDocument): DocumentedOperation[] {
  const out: DocumentedOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      if (!(method in item)) continue;
      const parsed = operation.safeParse(item[method]);
      out.push({
        method: method.toUpperCase(),
        path,
        operation: parsed.success ? parsed.data : null,
        ...(parsed.success ? {} : { error: parsed.error.issues[0]?.message ?? 'invalid' }),
      });
    }
  }
  return out;
}

/** Follows a local `$ref` (`#/components/parameters/X`); undefined when it does not resolve. */
export function resolveRef(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** An object, or what its `$ref` points to. */
export function deref(doc: unknown, value: unknown): Record<string, unknown> | undefined {
  const node = value as Record<string, unknown> | undefined;
  if (node && typeof node.$ref === 'string') return deref(doc, resolveRef(doc, node.$ref));
  return node && typeof node === 'object' ? node : undefined;
}

/** Every `$ref` in the document that does not resolve (external refs count as unresolved). */
export function danglingRefs(doc: unknown): string[] {
  const bad = new Set<string>();
  const walk = (node: unknown, depth: number): void => {
    if (depth > 64 || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && resolveRef(doc, value) === undefined) bad.add(value);
      else walk(value, depth + 1);
    }
  };
  walk(doc, 0);
  return [...bad];
}
