// The Générateur BFC API as the screens use it (docs/api/territory-service.json), an initiative's progress line
// (émergence → faisabilité → création → lancement, or arrêtée), the stage moves the rules allow (one stage forward
// or stopped; lancement and arrêtée are final) and its history with what withdrawing each fact changes.
import { api, send } from '@/api/client';
import type { components } from '@/api/generated/territory-service';
import { formatDate } from '@/ui/format';
import { labelOf } from '@/ui/labels';
import { inDateOrder, type TimelineEntry } from '@/ui/timeline';
import type { AuditTrail } from '@/ui/audit';
import type { Page } from '@/ui/usePagedList';

type Schemas = components['schemas'];
export type TerritorySummary = Schemas['TerritorySummary'];
export type TerritoryView = Schemas['TerritoryView'];
export type InitiativeSummary = Schemas['InitiativeSummary'];
export type InitiativeView = Schemas['InitiativeView'];
export type Stage = Schemas['InitiativeStage'];
export type NewTerritory = Schemas['NewTerritory'];
export type NewNeed = Schemas['NewNeed'];
export type NewInitiative = Schemas['NewInitiative'];
export type NewStageChange = Schemas['NewStageChange'];
export type NewMilestone = Schemas['NewMilestone'];
export type NewMeeting = Schemas['NewMeeting'];

const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

export function listTerritories(page: number, size: number): Promise<Page<TerritorySummary>> {
  return send(() => api.territory.GET('/api/territories', { params: { query: { page, size } } })) as Promise<Page<TerritorySummary>>;
}
export function listInitiatives(page: number, size: number): Promise<Page<InitiativeSummary>> {
  return send(() => api.territory.GET('/api/initiatives', { params: { query: { page, size } } })) as Promise<Page<InitiativeSummary>>;
}
export function getTerritory(id: string): Promise<TerritoryView> {
  return send(() => api.territory.GET('/api/territories/{id}', { params: { path: { id } } }));
}
export function getInitiative(id: string): Promise<InitiativeView> {
  return send(() => api.territory.GET('/api/initiatives/{id}', { params: { path: { id } } }));
}
export function registerTerritory(body: NewTerritory, idempotencyKey: string) {
  return send(() => api.territory.POST('/api/territories', { params: { header: key(idempotencyKey) }, body }));
}
export function identifyNeed(id: string, body: NewNeed, idempotencyKey: string) {
  return send(() => api.territory.POST('/api/territories/{id}/needs', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}
export function startInitiative(territoryId: string, body: NewInitiative, idempotencyKey: string) {
  return send(() =>
    api.territory.POST('/api/territories/{territoryId}/initiatives', { params: { path: { territoryId }, header: key(idempotencyKey) }, body }),
  );
}
export function changeStage(id: string, body: NewStageChange, idempotencyKey: string) {
  return send(() => api.territory.POST('/api/initiatives/{id}/stage', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}
export function recordMilestone(id: string, body: NewMilestone, idempotencyKey: string) {
  return send(() => api.territory.POST('/api/initiatives/{id}/milestones', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}
export function recordSteeringMeeting(id: string, body: NewMeeting, idempotencyKey: string) {
  return send(() => api.territory.POST('/api/initiatives/{id}/meetings', { params: { path: { id }, header: key(idempotencyKey) }, body }));
}
export function withdrawTerritory(id: string) {
  return send(() => api.territory.DELETE('/api/territories/{id}', { params: { path: { id } } }));
}
export function withdrawNeed(id: string, needId: string) {
  return send(() => api.territory.DELETE('/api/territories/{id}/needs/{needId}', { params: { path: { id, needId } } }));
}
export function withdrawInitiative(id: string) {
  return send(() => api.territory.DELETE('/api/initiatives/{id}', { params: { path: { id } } }));
}

/** The way forward, in order. */
export const PROGRESS: readonly Stage[] = ['EMERGENCE', 'FEASIBILITY', 'CREATION', 'LAUNCHED'];

/** The stages the rules allow from this one: the next, or STOPPED; none from a final stage. */
export function allowedMoves(stage: Stage): Stage[] {
  if (stage === 'LAUNCHED' || stage === 'STOPPED') return [];
  return [PROGRESS[PROGRESS.indexOf(stage) + 1]!, 'STOPPED'];
}

export interface ProgressStep {
  readonly stage: Stage;
  readonly label: string;
  readonly state: 'done' | 'current' | 'todo' | 'stopped';
  /** The day it was reached (ISO), when it was. */
  readonly since?: string;
}

/** The progress line: each stage of the way forward, done, current or to come; an initiative stopped ends with « Arrêtée ». */
export function progressOf(initiative: Pick<InitiativeView, 'stage' | 'startedOn' | 'stages'>): ProgressStep[] {
  const reached = new Map<string, string>([['EMERGENCE', initiative.startedOn]]);
  for (const change of initiative.stages) reached.set(change.stage, change.date);
  const stopped = initiative.stage === 'STOPPED';
  const last = stopped
    ? [...initiative.stages].sort((a, b) => a.date.localeCompare(b.date)).map((change) => change.previousStage as Stage | undefined).pop() ?? 'EMERGENCE'
    : initiative.stage;
  const lastIndex = PROGRESS.indexOf(last);
  const steps: ProgressStep[] = PROGRESS.map((stage, index) => ({
    stage,
    label: labelOf('InitiativeStage', stage),
    state: index < lastIndex || (stopped && index === lastIndex) ? 'done' : index === lastIndex ? 'current' : 'todo',
    ...(index <= lastIndex && reached.has(stage) ? { since: reached.get(stage)! } : {}),
  }));
  if (stopped) {
    const kept = steps.filter((step) => step.state === 'done');
    return [...kept, { stage: 'STOPPED', label: labelOf('InitiativeStage', 'STOPPED'), state: 'stopped', since: reached.get('STOPPED')! }];
  }
  return steps;
}

export type InitiativeEntry = TimelineEntry & { readonly kind: 'stage' | 'milestone' | 'meeting' };

/** The initiative's stage changes, milestones and steering meetings, oldest first; only the latest stage change may be withdrawn. */
export function initiativeHistory(initiative: InitiativeView): InitiativeEntry[] {
  const id = initiative.id;
  const year = (date: string) => date.slice(0, 4);
  const latest = [...initiative.stages].sort((a, b) => a.date.localeCompare(b.date)).pop();
  const entries: InitiativeEntry[] = [];
  for (const change of initiative.stages) {
    const launched = change.stage === 'LAUNCHED';
    entries.push({
      id: change.id,
      date: change.date,
      kind: 'stage',
      title: `Étape : ${labelOf('InitiativeStage', change.stage).toLowerCase()}`,
      details: launched
        ? `${change.jobs ?? 0} emploi${(change.jobs ?? 0) > 1 ? 's' : ''} au lancement`
        : change.previousStage
          ? `Depuis : ${labelOf('InitiativeStage', change.previousStage as string).toLowerCase()}`
          : 'Étape de départ',
      question: `Retirer le passage à l’étape « ${labelOf('InitiativeStage', change.stage)} » du ${formatDate(change.date)} ?`,
      changes: [
        `L’initiative revient à l’étape « ${labelOf('InitiativeStage', change.previousStage as string)} ».`,
        ...(launched
          ? [`« Initiatives lancées » de ${year(change.date)} (Générateur BFC) recule de 1 et « Emplois créés » de ${change.jobs ?? 0}.`]
          : []),
      ],
      withdrawal: 'withdrawStageChange',
      // the starting stage goes only with the initiative
      withdrawable: change.id === latest?.id && !!change.previousStage,
      withdraw: () =>
        send(() => api.territory.DELETE('/api/initiatives/{id}/stages/{stageChangeId}', { params: { path: { id, stageChangeId: change.id } } })),
    });
  }
  for (const milestone of initiative.milestones) {
    entries.push({
      id: milestone.id,
      date: milestone.date,
      kind: 'milestone',
      title: `Jalon : ${labelOf('MilestoneKind', milestone.kind).toLowerCase()}`,
      details: milestone.label,
      question: `Retirer le jalon « ${milestone.label} » du ${formatDate(milestone.date)} ?`,
      changes: [`Le jalon « ${milestone.label} » est retiré.`, 'Aucun chiffre du rapport ne change.'],
      withdrawal: 'withdrawMilestone',
      withdraw: () =>
        send(() => api.territory.DELETE('/api/initiatives/{id}/milestones/{milestoneId}', { params: { path: { id, milestoneId: milestone.id } } })),
    });
  }
  for (const meeting of initiative.meetings) {
    entries.push({
      id: meeting.id,
      date: meeting.date,
      kind: 'meeting',
      title: labelOf('InitiativeMeetingKind', meeting.kind),
      question: `Retirer le comité de pilotage du ${formatDate(meeting.date)} ?`,
      changes: [
        `Le comité de pilotage du ${formatDate(meeting.date)} est retiré.`,
        `« Comités de pilotage » de ${year(meeting.date)} (Générateur BFC) recule de 1.`,
      ],
      withdrawal: 'withdrawSteeringMeeting',
      withdraw: () =>
        send(() => api.territory.DELETE('/api/initiatives/{id}/meetings/{meetingId}', { params: { path: { id, meetingId: meeting.id } } })),
    });
  }
  return inDateOrder(entries, ['stage', 'meeting', 'milestone']);
}

/** An initiative's audit trail (STAFF, ADMIN): who recorded or withdrew what, and when. */
export function getInitiativeAudit(id: string): Promise<AuditTrail> {
  return send(() => api.territory.GET('/api/initiatives/{id}/audit', { params: { path: { id } } }));
}
