import { z } from './zod.js';
import { account } from './account.js';
import { creditRequest } from './requests.js';
import { topUp } from './top-up.js';
import { transaction } from './transactions.js';

/** Server-sent events (`GET /events`): each `data:` line is one of these. */
export const serverEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('account'), account }),
  z.object({ type: z.literal('transaction'), transaction }),
  z.object({ type: z.literal('top_up'), topUp }),
  z.object({ type: z.literal('credit_request'), request: creditRequest }),
  z.object({ type: z.literal('auto_top_up_failed'), message: z.string() }),
]);
export type ServerEvent = z.infer<typeof serverEvent>;
