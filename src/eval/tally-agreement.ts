/**
 * The tally agreement of the demo: the demo corpus loaded as `tally demo` loads it (extraction,
 * store, tally), each crisis's category headline against the range an analyst accepts
 * (`../shared/corpus/tallies.json`). Unlike test/tally/headlines.test.ts, which builds the
 * crises from the gold claims to test the headline rule alone, this measures what a user sees:
 * extraction and rule together.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadDemo } from '../cli/demo.js';
import type { Report } from '../domain.js';
import { Store } from '../store/index.js';
import { tallyForCrisis } from '../tally/index.js';

const TalliesSchema = z.object({
  crises: z.array(
    z.object({
      name: z.string(),
      categories: z.record(z.string(), z.object({ headline: z.tuple([z.number(), z.number()]) })),
    }),
  ),
});

export interface HeadlineCheck {
  category: string;
  range: [number, number];
  /** The tally's headline, or null when it has none. */
  estimate: number | null;
  source: string | null;
  inRange: boolean;
}

export interface CrisisAgreement {
  crisis: string;
  checks: HeadlineCheck[];
}

/**
 * Loads the demo into a temporary embedded store and checks every headline `talliesFile` gives.
 * `extracted` may give reports already extracted from an item's text.
 */
export async function demoTallyAgreement(talliesFile: string, extracted?: (text: string) => Report | undefined): Promise<CrisisAgreement[]> {
  const parsed = TalliesSchema.safeParse(JSON.parse(readFileSync(talliesFile, 'utf8')));
  if (!parsed.success) throw new Error(`${talliesFile} is not in the tallies.json format: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  const dir = mkdtempSync(join(tmpdir(), 'tally-eval-'));
  const store = await Store.open({ dataDir: dir });
  try {
    await loadDemo(store, extracted);
    const out: CrisisAgreement[] = [];
    for (const crisis of parsed.data.crises) {
      const tally = await tallyForCrisis(store, crisis.name);
      const checks = Object.entries(crisis.categories).map(([category, expected]): HeadlineCheck => {
        const h = tally.categories.find((c) => c.category === category)?.conservative ?? null;
        const [low, high] = expected.headline;
        return {
          category,
          range: [low, high],
          estimate: h?.estimate ?? null,
          source: h?.source ?? null,
          inRange: !!h && h.estimate >= low && h.estimate <= high,
        };
      });
      out.push({ crisis: crisis.name, checks });
    }
    return out;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const rangeText = ([low, high]: [number, number]) => (low === high ? String(low) : `${low}–${high}`);

/** The agreement as the eval prints it: per crisis, the headlines in range and each miss. */
export function agreementText(crises: CrisisAgreement[]): string {
  const lines: string[] = [];
  let inRange = 0;
  let all = 0;
  for (const c of crises) {
    const ok = c.checks.filter((x) => x.inRange).length;
    inRange += ok;
    all += c.checks.length;
    const misses = c.checks
      .filter((x) => !x.inRange)
      .map((x) => `${x.category} ${x.estimate ?? 'none'}${x.source ? ` (${x.source})` : ''} vs ${rangeText(x.range)}`);
    lines.push(`${c.crisis.padEnd(38)} ${`${ok}/${c.checks.length}`.padStart(5)}${misses.length ? `   ${misses.join('; ')}` : ''}`);
  }
  lines.push('', `tally: headlines in range ${inRange}/${all}`);
  return lines.join('\n');
}
