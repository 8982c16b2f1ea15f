// Administration (ADMIN): the DLA's webhook subscriptions (docs/api/dla-service.json: created with a secret shown
// once, their delivery log, a retry) and the rebuild of the reports' read models (docs/api/reporting-service.json)
// with its progress.
import { api, send } from '@/api/client';
import type { components as Dla } from '@/api/generated/dla-service';
import type { components as Reporting } from '@/api/generated/reporting-service';
import { formatDateTime, formatNumber } from '@/ui/format';
import { labelOf } from '@/ui/labels';
import type { Page } from '@/ui/usePagedList';

export type SubscriptionView = Dla['schemas']['SubscriptionView'];
export type SubscriptionWithSecret = Dla['schemas']['SubscriptionWithSecret'];
export type DeliveryView = Dla['schemas']['DeliveryView'];
export type AttemptView = Dla['schemas']['AttemptView'];
export type NewSubscription = Dla['schemas']['NewSubscription'];
export type RebuildView = Reporting['schemas']['RebuildView'];

const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

export function listSubscriptions(page: number, size: number): Promise<Page<SubscriptionView>> {
  return send(() => api.dla.GET('/api/dla/webhooks', { params: { query: { page, size } } })) as Promise<Page<SubscriptionView>>;
}
export function getSubscription(id: string): Promise<SubscriptionView> {
  return send(() => api.dla.GET('/api/dla/webhooks/{id}', { params: { path: { id } } }));
}
export function subscribe(body: NewSubscription, idempotencyKey: string): Promise<SubscriptionWithSecret> {
  return send(() => api.dla.POST('/api/dla/webhooks', { params: { header: key(idempotencyKey) }, body }));
}
export function stopSubscription(id: string) {
  return send(() => api.dla.DELETE('/api/dla/webhooks/{id}', { params: { path: { id } } }));
}
export function listDeliveries(id: string, page: number, size: number): Promise<Page<DeliveryView>> {
  return send(() => api.dla.GET('/api/dla/webhooks/{id}/deliveries', { params: { path: { id }, query: { page, size } } })) as Promise<
    Page<DeliveryView>
  >;
}
export function retryDelivery(id: string, deliveryId: string, idempotencyKey: string): Promise<DeliveryView> {
  return send(() =>
    api.dla.POST('/api/dla/webhooks/{id}/deliveries/{deliveryId}/retry', { params: { path: { id, deliveryId }, header: key(idempotencyKey) } }),
  );
}
export function startRebuild(idempotencyKey: string): Promise<RebuildView> {
  return send(() => api.reporting.POST('/api/reports/rebuild', { params: { header: key(idempotencyKey) } }));
}
export function getRebuild(id: string): Promise<RebuildView> {
  return send(() => api.reporting.GET('/api/reports/rebuilds/{id}', { params: { path: { id } } }));
}

/** A rebuild's progress: the share of facts read (0–100) and what to say of it. */
export function rebuildProgress(rebuild: RebuildView): { percent: number; text: string } {
  const percent = rebuild.total > 0 ? Math.min(100, Math.floor((rebuild.processed * 100) / rebuild.total)) : rebuild.status === 'COMPLETED' ? 100 : 0;
  const counted = `${formatNumber(rebuild.processed)} fait${rebuild.processed > 1 ? 's' : ''} sur ${formatNumber(rebuild.total)}`;
  const skipped = rebuild.skipped > 0 ? `, ${formatNumber(rebuild.skipped)} écarté${rebuild.skipped > 1 ? 's' : ''}` : '';
  switch (rebuild.status) {
    case 'RUNNING':
      return { percent, text: `En cours : ${counted}${skipped} (${percent} %).` };
    case 'COMPLETED':
      return { percent, text: `Terminée le ${formatDateTime(rebuild.finishedAt)} : ${counted}${skipped}.` };
    default:
      return { percent, text: `Échouée${rebuild.finishedAt ? ` le ${formatDateTime(rebuild.finishedAt)}` : ''} : ${rebuild.error ?? 'raison inconnue'}.` };
  }
}

/** Whether a delivery may be retried by hand (the service refuses while it is being attempted). */
export function retriable(delivery: Pick<DeliveryView, 'status'>): boolean {
  return delivery.status === 'FAILED' || delivery.status === 'PENDING';
}

/** One attempt in a line: « 12/03/2024 à 10:15 — Refusée (HTTP 500, 120 ms) ». */
export function attemptLine(attempt: AttemptView): string {
  const details = [attempt.statusCode ? `HTTP ${attempt.statusCode}` : '', attempt.durationMs != null ? `${formatNumber(attempt.durationMs)} ms` : '', attempt.error ?? '']
    .filter(Boolean)
    .join(', ');
  return `${formatDateTime(attempt.at)} — ${labelOf('AttemptOutcome', attempt.outcome)}${details ? ` (${details})` : ''}`;
}
