import type { Route } from '../router.js';

export const topUpsRoutes: Route[] = [];
