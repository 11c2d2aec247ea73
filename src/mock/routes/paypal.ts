import type { Route } from '../router.js';

export const paypalRoutes: Route[] = [];
