/**
 * The mock billing portal: `GET /billing-portal` hands out a short-lived link to a
 * small HTML page standing in for Stripe's customer portal. The link carries a
 * random session id, never the bearer token.
 */
import { ProblemError } from '../http.js';
import type { RequestContext } from '../context.js';

const SESSION_TTL_MS = 60 * 60 * 1000;
const EXTRA_KEY = 'portalSessions';

type Sessions = Map<string, number>;

function sessions(extra: Record<string, unknown>): Sessions {
  let map = extra[EXTRA_KEY] as Sessions | undefined;
  if (!map) extra[EXTRA_KEY] = map = new Map();
  return map;
}

/**
 * The API base links point at. `publicUrl` may be a bare origin (the base path is
 * added) or already include the base path (used as is).
 */
function baseUrl(ctx: RequestContext): string {
  const prefix = ctx.url.pathname.slice(0, ctx.url.pathname.length - ctx.path.length);
  const publicUrl = ctx.server.options.publicUrl;
  if (!publicUrl) return `${ctx.url.origin}${prefix}`;
  const configured = new URL(publicUrl);
  const path = configured.pathname.replace(/\/$/, '');
  return `${configured.origin}${path === '' ? prefix : path}`;
}

export async function portalUrl(ctx: RequestContext): Promise<string> {
  const account = ctx.account;
  if (!account.settings.billingPortal) throw new ProblemError(404, 'not_found', 'This account has no billing portal.');
  const id = crypto.randomUUID();
  const now = ctx.now();
  await ctx.server.storage.withAccount(account.id, (acc) => {
    const map = sessions(acc.extra);
    for (const [key, expires] of map) if (expires < now) map.delete(key);
    map.set(id, now + SESSION_TTL_MS);
  });
  return `${baseUrl(ctx)}/portal?session=${id}`;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function portalPage(ctx: RequestContext): Response {
  const session = ctx.query.get('session') ?? '';
  const now = ctx.now();
  const account = ctx.server.storage.accounts().find((a) => (sessions(a.extra).get(session) ?? 0) > now);
  const body = account
    ? `<h1>Billing portal</h1><p>Account: <strong>${escape(account.name)}</strong></p>
<p>This page stands in for the payment provider's customer portal (saved cards, receipts, cancelling a plan). Nothing here moves money.</p>`
    : '<h1>Billing portal</h1><p>This link has expired. Open the portal again from your credits page.</p>';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Billing portal (mock)</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1a1a1a}</style></head>
<body>${body}</body></html>`;
  return new Response(html, {
    status: account ? 200 : 410,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
}
