/**
 * Opening the store from the global options, closing it whatever happens. The store (and
 * PGlite's WebAssembly) loads only for the commands that need it.
 */
import type { Command } from 'commander';
import type { OpenOptions, Store } from '../store/index.js';

export interface GlobalOptions {
  dataDir: string;
  databaseUrl?: string;
}

export async function openStore(cmd: Command, tuning: Pick<OpenOptions, 'sharedBuffersMb'> = {}): Promise<Store> {
  const opts = cmd.optsWithGlobals() as GlobalOptions;
  const { Store } = await import('../store/index.js');
  return Store.open({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl || undefined, ...tuning });
}

export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>, tuning: Pick<OpenOptions, 'sharedBuffersMb'> = {}): Promise<T> {
  const store = await openStore(cmd, tuning);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
