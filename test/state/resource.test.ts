/**
 * The one staleness rule (Latest) and the shared resource built on it, driven by
 * a fetcher whose answers the test releases in any order.
 */
import { expect } from '@open-wc/testing';
import { CreditsError } from '../../src/adapter/errors.js';
import type { CreditsAdapter } from '../../src/adapter/types.js';
import { Latest } from '../../src/state/latest.js';
import { Resource, type ResourceOwner } from '../../src/state/resource.js';

/** A fetcher whose calls wait until the test answers them, in any order. */
function scripted<T>() {
  const calls: { signal: AbortSignal; resolve(value: T): void; reject(error: unknown): void }[] = [];
  const fetcher = (_adapter: CreditsAdapter, signal: AbortSignal) =>
    new Promise<T>((resolve, reject) => calls.push({ signal, resolve, reject }));
  return { calls, fetcher };
}

function owner(): ResourceOwner & { changes: number } {
  return {
    adapter: {} as CreditsAdapter,
    changes: 0,
    changed() {
      this.changes++;
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r));

describe('Latest (the staleness rule)', () => {
  it('lets only the newest request apply, and aborts the one it replaces', () => {
    const latest = new Latest();
    const first = latest.begin();
    const second = latest.begin();
    expect(first.current).to.equal(false);
    expect(first.signal.aborted).to.equal(true);
    expect(second.current).to.equal(true);
    latest.cancel();
    expect(second.current).to.equal(false);
    expect(second.signal.aborted).to.equal(true);
  });
});

describe('Resource', () => {
  it('shares one request between every caller, and keeps the value', async () => {
    const { calls, fetcher } = scripted<number>();
    const resource = new Resource(owner(), fetcher);
    const a = resource.load();
    const b = resource.load();
    expect(resource.status).to.equal('loading');
    expect(calls).to.have.length(1);
    calls[0]!.resolve(1);
    await Promise.all([a, b]);
    expect(resource.value).to.equal(1);
    await resource.load();
    expect(calls).to.have.length(1);
  });

  it('never lets an older answer overwrite a newer one (answers arrive out of order)', async () => {
    const { calls, fetcher } = scripted<string>();
    const resource = new Resource(owner(), fetcher);
    const first = resource.load();
    const second = resource.refresh();
    expect(calls[0]!.signal.aborted, 'the replaced request is aborted').to.equal(true);
    calls[1]!.resolve('new');
    await second;
    calls[0]!.resolve('old');
    await first;
    expect(resource.value).to.equal('new');
  });

  it("keeps a write's answer over a read that started before the write", async () => {
    const { calls, fetcher } = scripted<string>();
    const resource = new Resource(owner(), fetcher);
    const read = resource.load();
    resource.set('written');
    calls[0]!.resolve('read before the write');
    await read;
    expect(resource.value).to.equal('written');
    expect(resource.status).to.equal('ready');
  });

  it('an older failure does not replace a newer value; a failed first load is an error with a retry', async () => {
    const { calls, fetcher } = scripted<string>();
    const resource = new Resource(owner(), fetcher);
    const first = resource.load();
    calls[0]!.reject(new CreditsError('timeout', 'slow'));
    await first;
    expect(resource.status).to.equal('error');
    expect(resource.error?.code).to.equal('timeout');
    const retry = resource.refresh();
    expect(resource.status).to.equal('loading');
    calls[1]!.resolve('ok');
    await retry;
    expect(resource.status).to.equal('ready');
    expect(resource.error).to.equal(undefined);
  });

  it('a background refresh that fails keeps showing the value', async () => {
    const { calls, fetcher } = scripted<string>();
    const resource = new Resource(owner(), fetcher);
    const first = resource.load();
    calls[0]!.resolve('shown');
    await first;
    const refresh = resource.refresh();
    expect(resource.pending).to.equal(true);
    calls[1]!.reject(new CreditsError('network_error', 'offline'));
    await refresh;
    expect(resource.value).to.equal('shown');
    expect(resource.status).to.equal('ready');
    expect(resource.error?.code).to.equal('network_error');
  });

  it('is refetched at once when invalidated while shown, and on next use otherwise', async () => {
    const { calls, fetcher } = scripted<number>();
    const resource = new Resource(owner(), fetcher);
    const release = resource.use();
    calls[0]!.resolve(1);
    await tick();
    resource.invalidate();
    expect(calls, 'shown: refetched now').to.have.length(2);
    calls[1]!.resolve(2);
    await tick();
    release();
    resource.invalidate();
    expect(calls, 'not shown: not fetched').to.have.length(2);
    void resource.load();
    expect(calls, 'fetched on next use').to.have.length(3);
  });

  it('settles every waiting caller when reset, and asks nothing without an adapter', async () => {
    const { calls, fetcher } = scripted<number>();
    const host = owner();
    const resource = new Resource(host, fetcher);
    const waiting = resource.load();
    resource.reset();
    expect(resource.status).to.equal('idle');
    await waiting; // does not hang
    calls[0]!.resolve(1);
    await tick();
    expect(resource.value, 'the answer for the old backend is dropped').to.equal(undefined);
    (host as { adapter: CreditsAdapter | null }).adapter = null;
    await resource.load();
    expect(calls).to.have.length(1);
    expect(resource.status, 'no backend: nothing to show yet, not an error').to.equal('idle');
  });
});
