// The events API as the screens use it (docs/api/events-service.json), the agenda by month (days in Paris), and
// an event's registrations: the confirmed ones, then the waiting list in the order it moves up.
import { api, send } from '@/api/client';
import type { components } from '@/api/generated/events-service';
import { erasureConfirmation, type AuditTrail } from '@/ui/audit';
import type { Confirmation } from '@/ui/confirm';
import type { Page } from '@/ui/usePagedList';

type Schemas = components['schemas'];
export type EventSummary = Schemas['EventSummary'];
export type EventView = Schemas['EventView'];
export type RegistrationView = Schemas['RegistrationView'];
export type NewEvent = Schemas['NewEvent'];
export type NewRegistration = Schemas['NewRegistration'];
export type NewAttendance = Schemas['NewAttendance'];
export type NewCancellation = Schemas['NewCancellation'];

const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });
const ALL = 200;

/** Every event whose day (in Paris) is in the year. */
export async function eventsOfYear(year: number): Promise<EventSummary[]> {
  const found: EventSummary[] = [];
  for (let page = 0; ; page++) {
    const answer = (await send(() => api.events.GET('/api/events', { params: { query: { page, size: ALL, year } } }))) as Page<EventSummary>;
    found.push(...answer.items);
    if (found.length >= answer.total || answer.items.length === 0) return found;
  }
}

export function getEvent(id: string): Promise<EventView> {
  return send(() => api.events.GET('/api/events/{id}', { params: { path: { id } } }));
}

export function scheduleEvent(body: NewEvent, idempotencyKey: string) {
  return send(() => api.events.POST('/api/events', { params: { header: key(idempotencyKey) }, body }));
}

export function register(id: string, body: NewRegistration, idempotencyKey: string) {
  return send(() => api.events.POST('/api/events/{id}/registrations', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}

export function cancelRegistration(id: string, registrationId: string) {
  return send(() => api.events.DELETE('/api/events/{id}/registrations/{registrationId}', { params: { path: { id, registrationId } } }));
}

export function markHeld(id: string, idempotencyKey: string) {
  return send(() => api.events.POST('/api/events/{id}/held', { params: { path: { id }, header: key(idempotencyKey) } }));
}

export function recordAttendance(id: string, body: NewAttendance, idempotencyKey: string) {
  return send(() => api.events.POST('/api/events/{id}/attendance', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}

export function cancelEvent(id: string, body: NewCancellation, idempotencyKey: string) {
  return send(() => api.events.POST('/api/events/{id}/cancellation', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}

export function withdrawEvent(id: string) {
  return send(() => api.events.DELETE('/api/events/{id}', { params: { path: { id } } }));
}
export function withdrawHeld(id: string) {
  return send(() => api.events.DELETE('/api/events/{id}/held', { params: { path: { id } } }));
}
export function withdrawAttendance(id: string) {
  return send(() => api.events.DELETE('/api/events/{id}/attendance', { params: { path: { id } } }));
}
export function withdrawCancellation(id: string) {
  return send(() => api.events.DELETE('/api/events/{id}/cancellation', { params: { path: { id } } }));
}

/** `2024-11` → `2024-12`; `2024-01`, -1 → `2023-12`. */
export function shiftMonth(month: string, by: number): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  const total = year * 12 + (index - 1) + by;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** `2024-11` → « novembre 2024 ». */
export function monthName(month: string): string {
  const [year, index] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[index - 1]} ${year}`;
}

/** Whether a month is written `yyyy-mm`. */
export function isMonth(text: unknown): text is string {
  return typeof text === 'string' && /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The month's events by day (in Paris), earliest first. */
export function agendaOf(events: readonly EventSummary[], month: string): { day: string; events: EventSummary[] }[] {
  const days = new Map<string, EventSummary[]>();
  for (const event of [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    if (!event.date.startsWith(`${month}-`)) continue;
    days.set(event.date, [...(days.get(event.date) ?? []), event]);
  }
  return [...days.entries()].map(([day, list]) => ({ day, events: list }));
}

/** « 12 / 30 places », « 12 inscrit·es (places illimitées) ». */
export function placesOf(event: Pick<EventSummary, 'confirmed' | 'capacity'>): string {
  return event.capacity == null
    ? `${event.confirmed} inscrit·e${event.confirmed > 1 ? 's' : ''} (places illimitées)`
    : `${event.confirmed} / ${event.capacity} places`;
}

/** The registrations as the door sees them: confirmed, the waiting list in its order (with its rank), the cancelled. */
export function registrationGroups(registrations: readonly RegistrationView[]) {
  const byReceipt = [...registrations].sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
  return {
    confirmed: byReceipt.filter((registration) => registration.status === 'CONFIRMED'),
    waiting: byReceipt
      .filter((registration) => registration.status === 'WAITLISTED')
      .map((registration, index) => ({ registration, rank: index + 1 })),
    cancelled: byReceipt.filter((registration) => registration.status === 'CANCELLED' || registration.status === 'CANCELLED_BY_EVENT'),
  };
}

/** What a cancellation of this registration changes (the confirmation names them). */
export function cancellationChanges(registration: RegistrationView, registrations: readonly RegistrationView[]): string[] {
  const changes = [`L’inscription de ${registration.name} est annulée (définitivement).`];
  if (registration.status === 'CONFIRMED') {
    const next = registrationGroups(registrations).waiting[0];
    changes.push(next ? `${next.registration.name}, première de la liste d’attente, obtient sa place.` : 'Une place se libère.');
  }
  return changes;
}

/** An event's audit trail (STAFF, ADMIN): who recorded or withdrew what, and when. */
export function getEventAudit(id: string): Promise<AuditTrail> {
  return send(() => api.events.GET('/api/events/{id}/audit', { params: { path: { id } } }));
}
/** Erases a registration's name and e-mail (ADMIN; the registration, the facts and the figures unchanged). */
export function eraseRegistrantPersonalData(id: string, registrationId: string, idempotencyKey: string): Promise<void> {
  return send(() =>
    api.events.POST('/api/events/{id}/registrations/{registrationId}/personal-data-erasure', {
      params: { path: { id, registrationId }, header: key(idempotencyKey) },
    }),
  ) as Promise<void>;
}
/** The confirmation of a registrant's erasure: what goes, the figures stay, no undoing. */
export function registrantErasureConfirmation(name: string): Confirmation {
  return erasureConfirmation(
    `Effacer les données personnelles de ${name} ?`,
    'Son nom et son adresse e-mail sont effacés ; l’inscription reste, avec sa place ou son rang et sa présence.',
  );
}
