import type { Route } from '../router.js';

export const requestsRoutes: Route[] = [];
