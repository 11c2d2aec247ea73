import type { Route } from '../router.js';

export const openapiRoutes: Route[] = [];
