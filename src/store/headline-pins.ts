/**
 * Headline pins: an analyst's choice of the claim that heads a crisis's category, with a note,
 * who pinned it and when (table `headline_pins`, migration 9). At most one pin per crisis and
 * category; pinning again replaces it. The tally reads the pins on every request (one small
 * query), so a pin shows at once without touching the reconciled tallies; a pin's write marks
 * only the store changed (see revisions.ts), so that kept API answers are renewed.
 */
import { CATEGORIES, type Category } from '../domain.js';
import { recordAudit } from './audit.js';
import { InvalidInputError, NotFoundError } from './errors.js';
import type { Store } from './index.js';
import { markChanged } from './revisions.js';

export interface HeadlinePin {
  crisisId: number;
  category: Category;
  claimId: number;
  note: string;
  pinnedBy: string;
  /** ISO timestamp. */
  pinnedAt: string;
}

interface PinRow {
  crisis_id: number | string;
  category: string;
  claim_id: number | string;
  note: string;
  pinned_by: string;
  pinned_at: Date | string;
}

const toPin = (r: PinRow): HeadlinePin => ({
  crisisId: Number(r.crisis_id),
  category: r.category as Category,
  claimId: Number(r.claim_id),
  note: r.note,
  pinnedBy: r.pinned_by,
  pinnedAt: new Date(r.pinned_at).toISOString(),
});

export async function headlinePins(store: Store, crisisId: number): Promise<HeadlinePin[]> {
  const { rows } = await store.db.query<PinRow>('SELECT crisis_id, category, claim_id, note, pinned_by, pinned_at FROM headline_pins WHERE crisis_id = $1', [
    crisisId,
  ]);
  return rows.map(toPin);
}

/**
 * Pins a claim as the headline of its category in a crisis. The claim must be a figure of that
 * crisis (one of its documents) and category, and not rejected.
 */
export async function pinHeadline(
  store: Store,
  input: { crisis: string; category: Category; claimId: number; by: string; note?: string },
): Promise<HeadlinePin> {
  const by = input.by.trim();
  if (!by) throw new InvalidInputError('a pin needs the name of the analyst who pins it');
  if (!(CATEGORIES as readonly string[]).includes(input.category))
    throw new InvalidInputError(`unknown category "${input.category}" (use ${CATEGORIES.join(', ')})`);
  const crisis = await store.getCrisis(input.crisis);
  if (!crisis) throw new NotFoundError(`no crisis named "${input.crisis}" (see "tally crisis list")`);
  const claim = await store.getClaim(input.claimId);
  if (!claim) throw new NotFoundError(`claim ${input.claimId} does not exist`);
  if (claim.category !== input.category)
    throw new InvalidInputError(`claim ${input.claimId} counts ${claim.category}, not ${input.category}: pin it on its own category's card`);
  if (claim.reviewStatus === 'rejected') throw new InvalidInputError(`claim ${input.claimId} was rejected in review: accept or edit it before pinning it`);
  const { rows: member } = await store.db.query('SELECT 1 FROM crisis_documents WHERE crisis_id = $1 AND document_id = $2', [crisis.id, claim.documentId]);
  if (!member.length) throw new InvalidInputError(`claim ${input.claimId} comes from a document outside "${crisis.name}"`);
  const { rows } = await store.db.transaction(async (tx) => {
    const { rows: was } = await tx.query<PinRow>(
      'SELECT crisis_id, category, claim_id, note, pinned_by, pinned_at FROM headline_pins WHERE crisis_id = $1 AND category = $2',
      [crisis.id, input.category],
    );
    const pinned = await tx.query<PinRow>(
      `INSERT INTO headline_pins (crisis_id, category, claim_id, note, pinned_by, pinned_at) VALUES ($1, $2, $3, $4, $5, now())
     ON CONFLICT (crisis_id, category) DO UPDATE SET claim_id = EXCLUDED.claim_id, note = EXCLUDED.note, pinned_by = EXCLUDED.pinned_by, pinned_at = EXCLUDED.pinned_at
     RETURNING crisis_id, category, claim_id, note, pinned_by, pinned_at`,
      [crisis.id, input.category, input.claimId, (input.note ?? '').trim(), by],
    );
    await recordAudit(tx, {
      actor: by,
      action: 'pin',
      targetType: 'pin',
      targetId: `${crisis.name}/${input.category}`,
      crisis: crisis.name,
      before: was[0] ? pinValues(toPin(was[0])) : null,
      after: pinValues(toPin(pinned.rows[0]!)),
    });
    await markChanged(tx);
    return pinned;
  });
  return toPin(rows[0]!);
}

const pinValues = (p: HeadlinePin) => ({ claimId: p.claimId, note: p.note, pinnedBy: p.pinnedBy });

/** Removes the pin of a crisis's category; false when there was none. `by`: who (audit log). */
export async function unpinHeadline(store: Store, crisisName: string, category: Category, by?: string): Promise<boolean> {
  const crisis = await store.getCrisis(crisisName);
  if (!crisis) throw new NotFoundError(`no crisis named "${crisisName}" (see "tally crisis list")`);
  const { rows } = await store.db.transaction(async (tx) => {
    const removed = await tx.query<PinRow>(
      'DELETE FROM headline_pins WHERE crisis_id = $1 AND category = $2 RETURNING crisis_id, category, claim_id, note, pinned_by, pinned_at',
      [crisis.id, category],
    );
    if (removed.rows[0]) {
      await recordAudit(tx, {
        actor: by ?? '',
        action: 'unpin',
        targetType: 'pin',
        targetId: `${crisis.name}/${category}`,
        crisis: crisis.name,
        before: pinValues(toPin(removed.rows[0])),
        after: null,
      });
    }
    await markChanged(tx);
    return removed;
  });
  return rows.length > 0;
}
