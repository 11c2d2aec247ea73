import type { Route } from '../router.js';

export const transactionsRoutes: Route[] = [];
