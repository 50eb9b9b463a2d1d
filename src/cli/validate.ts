/**
 * One validation of command-line inputs for every command: dates, counts, crises. Each check
 * says what to type instead; the commands use these and nothing else.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

import { isCalendarDay } from '../calendar.js';

export { isCalendarDay };

/** A day option (`--since`, `--published`, `--start`...): undefined stays undefined. */
export function checkDay(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DAY.test(value)) throw new Error(`${name} must be a date like 2019-12-04, not "${value}"`);
  if (!isCalendarDay(value)) throw new Error(`${name} ${value} is not a day of the calendar (check the month and the day)`);
  return value;
}

/** A commander parser for a day option. */
export const day =
  (name: string) =>
  (value: string): string =>
    checkDay(name, value)!;

function wholeNumber(name: string, min: number, what: string) {
  return (value: string): number => {
    const n = /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
    if (!Number.isSafeInteger(n) || n < min) throw new Error(`${name} must be ${what}, not "${value}"`);
    return n;
  };
}

/** 1, 2, 3...: `--limit`, a document id. */
export const positiveWhole = (name: string) => wholeNumber(name, 1, 'a positive whole number (1, 2, 3...)');
/** 0, 1, 2...: `--offset`, `--port` (0: any free port). */
export const countFrom0 = (name: string) => wholeNumber(name, 0, 'a whole number, 0 or more');

export function noSuchCrisis(name: string): Error {
  return new Error(`no crisis called '${name}'; \`tally crisis list\` shows them`);
}

/** An unknown crisis is an error for every command that reads one (ingest creates it instead). */
export async function requireCrisis(store: { getCrisis(name: string): Promise<unknown> }, name: string | undefined): Promise<void> {
  if (name !== undefined && !(await store.getCrisis(name))) throw noSuchCrisis(name);
}
