import type { Route } from '../router.js';

export const invoicesRoutes: Route[] = [];
