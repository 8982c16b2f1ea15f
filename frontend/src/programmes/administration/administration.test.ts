import { formatNumber } from '@/ui/format';
import { attemptLine, rebuildProgress, retriable, type RebuildView } from './administration';

const rebuild = (view: Partial<RebuildView>): RebuildView =>
  ({ id: 'r1', status: 'RUNNING', processed: 0, skipped: 0, total: 0, startedAt: '2024-03-12T09:00:00Z', ...view }) as RebuildView;

describe('a rebuild\'s progress', () => {
  it('is the share of facts read while it runs', () => {
    expect(rebuildProgress(rebuild({ processed: 250, total: 1000 }))).toEqual({ percent: 25, text: `En cours : 250 faits sur ${formatNumber(1000)} (25 %).` });
  });

  it('says when it finished, and the facts it set aside', () => {
    const done = rebuildProgress(rebuild({ status: 'COMPLETED', processed: 1000, total: 1000, skipped: 2, finishedAt: '2024-03-12T09:01:30Z' }));

    expect(done).toEqual({ percent: 100, text: `Terminée le 12/03/2024 à 10:01 : ${formatNumber(1000)} faits sur ${formatNumber(1000)}, 2 écartés.` });
  });

  it('says why it failed', () => {
    expect(rebuildProgress(rebuild({ status: 'FAILED', error: 'broker unreachable' })).text).toBe('Échouée : broker unreachable.');
  });

  it('counts a rebuild of nothing as complete', () => {
    expect(rebuildProgress(rebuild({ status: 'COMPLETED', total: 0 })).percent).toBe(100);
  });
});

describe('a webhook delivery', () => {
  it('may be retried when it failed or waits, not once delivered or cancelled', () => {
    expect(retriable({ status: 'FAILED' })).toBe(true);
    expect(retriable({ status: 'PENDING' })).toBe(true);
    expect(retriable({ status: 'SUCCEEDED' })).toBe(false);
    expect(retriable({ status: 'CANCELLED' })).toBe(false);
  });

  it('shows each attempt in one line, in French and Paris time', () => {
    expect(attemptLine({ at: '2024-07-01T08:15:00Z', outcome: 'REFUSED', statusCode: 500, durationMs: 1200, error: null as unknown as string })).toBe(
      `01/07/2024 à 10:15 — Refusée (HTTP 500, ${formatNumber(1200)} ms)`,
    );
  });
});
