// A recorded thing's history (a DLA structure's pathway, an initiative's life): its facts in date order, each
// with what withdrawing it changes. The programme builds the entries (dla.ts, territory.ts); Timeline.vue shows
// them with a withdrawal offered by role; `withdrawEntry` asks, withdraws and says what happened.
import type { OperationId } from '@/api/generated/contract';
import { messageOf } from '@/api/problem';
import { confirmWithdrawal } from './confirm';
import { formatDate } from './format';

export interface TimelineEntry {
  readonly id: string;
  readonly date: string;
  /** A key for tests and styles, e.g. `welcome`. */
  readonly kind: string;
  readonly title: string;
  readonly details?: string;
  /** A page about it (an engineering). */
  readonly link?: string;
  readonly linkLabel?: string;
  /** The confirmation's question. */
  readonly question: string;
  /** What withdrawing it changes, one line each. */
  readonly changes: readonly string[];
  /** The contract operation that withdraws it (offered only when the role may call it). */
  readonly withdrawal: OperationId;
  readonly withdraw: () => Promise<unknown>;
  /** False when the rules allow withdrawing only another one first (an initiative's latest stage). */
  readonly withdrawable?: boolean;
}

/** Oldest first; the same day, in the order given by `order` of their kinds. */
export function inDateOrder<E extends TimelineEntry>(entries: E[], order: readonly string[]): E[] {
  const rank = (kind: string) => {
    const index = order.indexOf(kind);
    return index < 0 ? order.length : index;
  };
  return entries.sort((a, b) => a.date.localeCompare(b.date) || rank(a.kind) - rank(b.kind));
}

/** Confirms, withdraws and answers the notice to show (or throws nothing: the error's message). */
export async function withdrawEntry(entry: TimelineEntry): Promise<{ done: boolean; message: string }> {
  const confirmed = await confirmWithdrawal({ title: entry.question, changes: entry.changes, confirmLabel: 'Retirer' });
  if (!confirmed) return { done: false, message: '' };
  try {
    await entry.withdraw();
    return { done: true, message: `${entry.title} du ${formatDate(entry.date)} : retiré.` };
  } catch (failure) {
    return { done: false, message: messageOf(failure) };
  }
}
