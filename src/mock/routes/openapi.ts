/**
 * `GET /openapi.json`: the contract as OpenAPI 3.1, generated from the live route
 * table. The generator (with zod's JSON Schema converter) loads on the first
 * request for the document, never with the in-page mock.
 */
import { z } from '../../core/schemas/zod.js';
import { json, problem } from '../http.js';
import type { Route } from '../router.js';

/** The shape of the document itself (an OpenAPI 3.1 object; the full schema is the OpenAPI specification's). */
export const openApiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.record(z.string(), z.unknown()),
});

let cached: { routes: readonly Route[]; basePath: string; doc: unknown } | undefined;

export const openapiRoutes: Route[] = [
  {
    method: 'GET',
    path: '/openapi.json',
    public: true,
    doc: { summary: 'This OpenAPI document', tags: ['meta'], response: openApiDocument },
    async handler(ctx) {
      const router = ctx.server.router;
      if (!router) return problem(500, 'internal_error', 'No route table to describe.');
      const basePath = ctx.server.options.basePath ?? '';
      const routes = router.list();
      // The route table never changes after start: build once per server shape.
      if (!cached || cached.routes !== routes || cached.basePath !== basePath) {
        const { buildOpenApi } = await import('../openapi.js');
        cached = { routes, basePath, doc: buildOpenApi(routes, { basePath }) };
      }
      return json(cached.doc, 200, { 'cache-control': 'no-cache' });
    },
  },
];
