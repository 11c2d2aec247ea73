import type { Route } from '../router.js';

export const billingRoutes: Route[] = [];
