/** Opening the store from the global options, closing it whatever happens. */
import type { Command } from 'commander';
import { Store } from '../store/index.js';

export interface GlobalOptions {
  dataDir: string;
  databaseUrl?: string;
}

export async function withStore<T>(cmd: Command, fn: (store: Store) => Promise<T>): Promise<T> {
  const opts = cmd.optsWithGlobals() as GlobalOptions;
  const store = await Store.open({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl || undefined });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function checkDay(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !ISO_DAY.test(value)) throw new Error(`${name} must be a date like 2019-12-04, not "${value}"`);
  return value;
}

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, not "${value}"`);
    return n;
  };
}
