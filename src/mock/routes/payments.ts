import type { Route } from '../router.js';

export const paymentsRoutes: Route[] = [];
