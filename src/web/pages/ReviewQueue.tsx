/**
 * The review queue (#/queue?crisis=…): a crisis's unreviewed claims one at a time, in order of
 * impact (behind a headline, then each source's latest figure, then the largest figures), the
 * span shown in its paragraph. Keyboard: A accept, E edit, R reject, S skip or N next (both
 * leave the claim unreviewed and move on), B back to the last skipped. Accepting, saving an
 * edit or rejecting takes the claim out of the queue, so the next one opens by itself.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Category } from '../../domain.js';
import { api, type CrisisSummary, type QueueItem } from '../api.js';
import { ClaimReview } from '../components/ClaimReview.js';
import { CategorySelect, CrisisSelect, Empty, ErrorBox, Loading, ReadOnlyNote } from '../components/common.js';
import { CATEGORY_LABELS, figureText } from '../format.js';
import { useLoad } from '../hooks.js';
import { href, setParams, type Route } from '../router.js';
import { canWrite, useSession } from '../session.js';

const REASONS: Record<QueueItem['reason'], string> = {
  headline: 'behind a headline figure',
  latest: "a source's latest figure",
  figure: 'next by size',
};

/** Keys and what they do, shown on the page and handled below. */
const SHORTCUTS = [
  ['A', 'accept'],
  ['E', 'edit'],
  ['R', 'reject'],
  ['S', 'skip'],
  ['N', 'next (leaves this one unreviewed)'],
  ['B', 'back to the last skipped'],
] as const;

/** The review panel's own buttons, pressed by the shortcuts (one review flow, not two). */
const press = (testId: string) => (document.querySelector(`[data-testid="review-panel"] [data-testid="${testId}"]`) as HTMLButtonElement | null)?.click();

export function ReviewQueuePage({
  crises,
  crisis,
  onCrisis,
  route,
}: {
  crises: CrisisSummary[];
  crisis: string;
  onCrisis: (name: string) => void;
  route: Route;
}) {
  const category = (route.params.get('category') ?? undefined) as Category | undefined;
  const [skipped, setSkipped] = useState(0);
  const writable = canWrite(useSession());
  const queue = useLoad(() => (crisis ? api.reviewQueue({ crisis, category, offset: skipped }) : Promise.resolve(null)), [crisis, category, skipped]);
  const item = queue.data?.items[0];

  useEffect(() => setSkipped(0), [crisis, category]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))) return;
      const key = e.key.toLowerCase();
      if (key === 'a') press('review-accept');
      else if (key === 'r') press('review-reject');
      else if (key === 'e') {
        press('review-edit');
        // The form opens on the next render: put the cursor in its first field.
        setTimeout(
          () => (document.querySelector('[data-testid="review-panel"] form input, [data-testid="review-panel"] form select') as HTMLElement | null)?.focus(),
          0,
        );
      } else if (key === 's' || key === 'n') setSkipped((n) => n + 1);
      else if (key === 'b') setSkipped((n) => Math.max(0, n - 1));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [item?.claim.id]);

  const q = queue.data;
  return (
    <section class="queue">
      <div class="toolbar">
        <CrisisSelect crises={crises} value={crisis} onChange={onCrisis} />
        <CategorySelect value={category} allLabel="Every category" onChange={(c) => setParams({ category: c })} />
        {q && (
          <div class="queue-progress" data-testid="queue-progress">
            <strong>
              {q.reviewed.toLocaleString('en-US')} of {q.total.toLocaleString('en-US')} reviewed
            </strong>{' '}
            in {q.crisis}
            {category ? ` (${CATEGORY_LABELS[category].toLowerCase()})` : ''}
            <progress max={q.total || 1} value={q.reviewed} />
          </div>
        )}
      </div>
      {!writable && <ReadOnlyNote what="review claims" />}
      <p class="muted shortcuts">
        Keys:{' '}
        {SHORTCUTS.filter(([k]) => writable || 'SNB'.includes(k)).map(([k, what]) => (
          <span key={k}>
            <kbd>{k}</kbd> {what}{' '}
          </span>
        ))}
        {skipped > 0 && <span>· {skipped} skipped (B to go back)</span>}
      </p>
      {!crisis && <Empty>Choose a crisis to review its claims.</Empty>}
      {queue.error && <ErrorBox error={queue.error} onRetry={queue.reload} />}
      {crisis && !q && !queue.error && <Loading what="Finding the next claim" />}
      {q && !item && (
        <Empty>
          {q.remaining === 0 ? `Every claim of ${q.crisis} is reviewed.` : `No more claims after the ${skipped} you skipped: press B to go back to them.`}
        </Empty>
      )}
      {q && item && <QueueCard key={item.claim.id} item={item} onChanged={queue.reload} />}
    </section>
  );
}

function QueueCard({ item, onChanged }: { item: QueueItem; onChanged: () => void }) {
  const { claim, paragraph } = item;
  const from = Math.max(0, claim.span.start - paragraph.start);
  const to = Math.min(paragraph.text.length, claim.span.end - paragraph.start);
  return (
    <div class="queue-layout">
      <article class="queue-claim" data-testid="queue-claim" data-claim-id={claim.id}>
        <p class="muted">
          <span class="tag">{REASONS[item.reason]}</span> {CATEGORY_LABELS[claim.category]} · <strong>{figureText(claim)}</strong> ·{' '}
          {claim.source?.name ?? 'the outlet itself'} · {claim.scope} · {claim.asOf ?? 'undated'}
        </p>
        <blockquote class="queue-paragraph" data-testid="queue-paragraph">
          {paragraph.text.slice(0, from)}
          <mark class="hl hl-claim active">{paragraph.text.slice(from, to)}</mark>
          {paragraph.text.slice(to)}
        </blockquote>
        <p class="muted">
          From <a href={href(`/documents/${claim.documentId}`, { claim: claim.id })}>{claim.documentTitle ?? `document ${claim.documentId}`}</a>
          {claim.published ? `, published ${claim.published}` : ''}
        </p>
      </article>
      <ClaimReview claim={claim} onChanged={onChanged} />
    </div>
  );
}
