/**
 * `zod/mini` as the kit uses it. In a browser, zod runs jitless: its JIT compiles
 * object parsers with `new Function`, and even its probe for that ability is
 * reported as a violation by a strict CSP (`script-src 'self'`) or Trusted Types
 * page, which the kit must run on silently. The setting is zod's global one, so a
 * host app that bundles the same zod shares it (parsing stays correct, only the
 * JIT is off). Every module imports `z` from here, so this runs before any schema
 * is built (zod reads the setting when a schema is created).
 */
import * as z from 'zod/mini';

if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
