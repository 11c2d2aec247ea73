import type { Route } from '../router.js';

export const accountRoutes: Route[] = [];
