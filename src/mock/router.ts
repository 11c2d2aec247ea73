/**
 * A tiny method + path router for the mock server. Route modules export arrays of
 * `Route`s so each domain (account, top-ups, payments, …) lives in its own file.
 */
import type { z } from '../core/schemas/zod.js';
import type { RequestContext } from './context.js';

export type Handler = (ctx: RequestContext) => Promise<Response> | Response;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path below the API base, with `:name` parameters: `/top-ups/:id/complete`. */
  path: string;
  handler: Handler;
  /** Admin routes need the operator token instead of an account token. */
  admin?: boolean;
  /** Routes anyone may call without a token (OpenAPI document, webhooks, portal page). */
  public?: boolean;
  /** What the OpenAPI document says of this route (schemas are the wire schemas). */
  doc?: RouteDoc;
}

export interface RouteDoc {
  summary: string;
  tags?: string[];
  /** Query parameters schema (an object schema). */
  query?: z.ZodMiniType;
  /** JSON request body schema. */
  body?: z.ZodMiniType;
  /** JSON response schema of the success status. */
  response?: z.ZodMiniType;
  /** Success status, 200 unless given. */
  status?: number;
  /** Non-JSON success content type (`application/pdf`, `text/event-stream`, `text/csv`). */
  contentType?: string;
  /** Problem codes this route may answer with. */
  problems?: string[];
  /** Whether the route needs an Idempotency-Key header. */
  idempotent?: boolean;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
}

export class Router {
  private readonly routes: CompiledRoute[] = [];

  add(...routes: Route[]): this {
    for (const route of routes) {
      const names: string[] = [];
      const source = route.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:(\w+)/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      this.routes.push({ ...route, pattern: new RegExp(`^${source}$`), names });
    }
    return this;
  }

  /** The route for a method and path with its decoded params, or the methods the path allows. */
  match(
    method: string,
    path: string,
  ): { route: CompiledRoute; params: Record<string, string> } | { route: null; allowed: string[] } {
    const allowed = new Set<string>();
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      allowed.add(route.method);
      if (route.method !== method) continue;
      let params: Record<string, string>;
      try {
        params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      } catch {
        // A malformed %-escape names nothing that exists.
        return { route: null, allowed: [] };
      }
      return { route, params };
    }
    // Every resource answers CORS preflights (the Node server handles OPTIONS itself).
    if (allowed.size) allowed.add('OPTIONS');
    return { route: null, allowed: [...allowed] };
  }

  list(): readonly Route[] {
    return this.routes;
  }
}
