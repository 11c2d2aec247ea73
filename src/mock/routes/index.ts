/** Every route module of the mock server, one per domain. */
import type { Route } from '../router.js';
import { accountRoutes } from './account.js';
import { transactionsRoutes } from './transactions.js';
import { eventsRoutes } from './events.js';
import { adminRoutes } from './admin.js';
import { openapiRoutes } from './openapi.js';
import { billingRoutes } from './billing.js';
import { topUpsRoutes } from './top-ups.js';
import { invoicesRoutes } from './invoices.js';
import { requestsRoutes } from './requests.js';
import { autoTopUpRoutes } from './auto-top-up.js';
import { paymentsRoutes } from './payments.js';
import { usageRoutes } from './usage.js';
import { insightsRoutes } from './insights.js';

export const allRoutes: Route[] = [
  ...accountRoutes,
  ...transactionsRoutes,
  ...eventsRoutes,
  ...adminRoutes,
  ...openapiRoutes,
  ...billingRoutes,
  ...topUpsRoutes,
  ...invoicesRoutes,
  ...requestsRoutes,
  ...autoTopUpRoutes,
  ...paymentsRoutes,
  ...usageRoutes,
  ...insightsRoutes,
];
