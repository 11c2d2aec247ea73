import type { Route } from '../router.js';

export const usageRoutes: Route[] = [];
