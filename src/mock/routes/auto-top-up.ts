import type { Route } from '../router.js';

export const autoTopUpRoutes: Route[] = [];
