/**
 * Credit block history: the live blocks (src/core/ledger.ts) lose a block the
 * moment it is used up or expires, so every change to them is also written to a
 * record per block (what it held, what is left, how it ended), in the same
 * transaction. `blockChanges` is pure (the seed builder runs it on plain data);
 * `saveBlocks` applies a change of blocks through a storage transaction.
 */
import { addMonths, consumptionOrder, isLive, type CreditBlock } from '../core/ledger.js';
import type { CreditBlockView, Transaction, TransactionKind } from '../core/schemas/index.js';
import type { AccountState, AccountTx, BlockRecord } from './store/types.js';

/** How far an expiry-triggered auto top-up pushes the expiry of the credits it saves. */
export const EXPIRY_EXTENSION_MONTHS = 12;

const KIND_OF_SOURCE: Record<CreditBlock['source'], TransactionKind> = {
  paid: 'purchase',
  granted: 'grant',
  plan: 'plan',
};

/** A record for a block with no history yet (a new block, or one from before records were kept). */
export function recordOf(block: CreditBlock, entry?: Transaction): BlockRecord {
  return {
    id: block.id,
    source: block.source,
    kind: entry?.kind ?? KIND_OF_SOURCE[block.source],
    description: entry?.description ?? '',
    amount: block.remaining,
    remaining: block.remaining,
    grantedAt: block.createdAt,
    expiresAt: block.expiresAt,
    status: 'active',
    closedAt: null,
  };
}

export type BlockPatch = Pick<BlockRecord, 'id' | 'remaining' | 'expiresAt' | 'status' | 'closedAt'>;

/**
 * What a change of the live blocks means for their records: blocks that are new
 * (with the entry that created them, `blk_<seq>` ↔ the entry at `seq`), and
 * patches for blocks that changed or are gone: used up, or expired when an
 * expiry entry names them.
 */
export function blockChanges(
  before: readonly CreditBlock[],
  after: readonly CreditBlock[],
  entries: readonly { entry: Transaction; seq: number }[],
  at: string,
): { created: BlockRecord[]; patches: BlockPatch[] } {
  const old = new Map(before.map((b) => [b.id, b]));
  const now = new Map(after.map((b) => [b.id, b]));
  const expired = new Set(entries.filter((e) => e.entry.kind === 'expiry').map((e) => e.entry.reference));
  const created: BlockRecord[] = [];
  const patches: BlockPatch[] = [];
  for (const block of after) {
    const was = old.get(block.id);
    if (!was) {
      const source = entries.find((e) => `blk_${e.seq}` === block.id)?.entry;
      created.push(recordOf(block, source));
    } else if (was.remaining !== block.remaining || was.expiresAt !== block.expiresAt)
      patches.push({
        id: block.id,
        remaining: block.remaining,
        expiresAt: block.expiresAt,
        status: 'active',
        closedAt: null,
      });
  }
  for (const block of before) {
    if (now.has(block.id)) continue;
    patches.push(
      expired.has(block.id)
        ? { id: block.id, remaining: block.remaining, expiresAt: block.expiresAt, status: 'expired', closedAt: at }
        : { id: block.id, remaining: 0, expiresAt: block.expiresAt, status: 'used_up', closedAt: at },
    );
  }
  return { created, patches };
}

/** Applies `blockChanges` to a map of records (the seed builder's store). */
export function applyBlockChanges(
  records: Map<string, BlockRecord>,
  before: readonly CreditBlock[],
  changes: ReturnType<typeof blockChanges>,
): void {
  for (const record of changes.created) records.set(record.id, record);
  for (const patch of changes.patches) {
    const record = records.get(patch.id) ?? recordOf(before.find((b) => b.id === patch.id)!);
    records.set(patch.id, { ...record, ...patch });
  }
}

/**
 * Replaces the live blocks and records what changed. `entries` are the ledger
 * entries written with the change (they name the blocks they create or expire).
 */
export async function saveBlocks(
  tx: AccountTx,
  before: readonly CreditBlock[],
  after: readonly CreditBlock[],
  now: number,
  entries: readonly { entry: Transaction; seq: number }[] = [],
): Promise<void> {
  await tx.saveBlocks(after);
  const { created, patches } = blockChanges(before, after, entries, new Date(now).toISOString());
  for (const record of created) await tx.putBlockRecord(record);
  for (const patch of patches) {
    const record = (await tx.blockRecord(patch.id)) ?? recordOf(before.find((b) => b.id === patch.id)!);
    await tx.putBlockRecord({ ...record, ...patch });
  }
}

/** Closed blocks `GET /credit-blocks` lists besides the active ones. */
export const CLOSED_BLOCKS_SHOWN = 50;

/**
 * The block list as the wire shows it: active blocks in consumption order, then
 * closed ones, latest first. An active block past its expiry (expiry not yet
 * written) shows as expired. Where an expiry-triggered auto top-up is on, each
 * block it would save carries the expiry it would get.
 */
export function blockViews(
  records: readonly BlockRecord[],
  blocks: readonly CreditBlock[],
  account: AccountState,
  now: number,
): CreditBlockView[] {
  const live = new Map(consumptionOrder(blocks, now).map((b, i) => [b.id, i]));
  const { settings } = account.autoTopUp;
  const extending =
    settings.enabled &&
    !account.autoTopUp.paused &&
    settings.expiryDays !== null &&
    account.settings.autoTopUpAvailable;
  const views = records.map((record): CreditBlockView => {
    const block = blocks.find((b) => b.id === record.id);
    const lapsed = record.status === 'active' && (!block || !isLive(block, now));
    const status = lapsed && record.remaining > 0 ? 'expired' : record.status;
    const extendsTo =
      extending && status === 'active' && record.expiresAt !== null && record.source !== 'plan'
        ? addMonths(record.expiresAt, EXPIRY_EXTENSION_MONTHS)
        : null;
    return { ...record, status, closedAt: lapsed ? record.expiresAt : record.closedAt, extendsTo };
  });
  const rank = (v: CreditBlockView) => live.get(v.id) ?? Infinity;
  return views.sort(
    (a, b) =>
      rank(a) - rank(b) || (b.closedAt ?? '').localeCompare(a.closedAt ?? '') || b.grantedAt.localeCompare(a.grantedAt),
  );
}
