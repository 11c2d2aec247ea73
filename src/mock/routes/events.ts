import type { Route } from '../router.js';

export const eventsRoutes: Route[] = [];
