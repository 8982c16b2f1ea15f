// The DLA API as the screens use it (docs/api/dla-service.json), and a structure's pathway: every step in date
// order (welcomes by year, diagnostics with their needs, engineerings with consultant and days, follow-ups), each
// with what withdrawing it changes.
import { api, send } from '@/api/client';
import type { components } from '@/api/generated/dla-service';
import { formatDate, formatNumber } from '@/ui/format';
import { labelOf } from '@/ui/labels';
import { inDateOrder, type TimelineEntry } from '@/ui/timeline';
import type { AuditTrail } from '@/ui/audit';
import type { Page } from '@/ui/usePagedList';

type Schemas = components['schemas'];
export type StructureSummary = Schemas['StructureSummary'];
export type StructureView = Schemas['StructureView'];
export type EngineeringView = Schemas['EngineeringView'];
export type NewStructure = Schemas['NewStructure'];
export type NewWelcome = Schemas['NewWelcome'];
export type NewDiagnostic = Schemas['NewDiagnostic'];
export type NewFollowUp = Schemas['NewFollowUp'];
export type NewEngineering = Schemas['NewEngineering'];
export type NewParticipant = Schemas['NewParticipant'];
export type NewCompletion = Schemas['NewDiagnosticCompletion'];

/** The most the API gives in one page (docs/api/dla-service.json). */
export const ALL = 200;

const key = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

export function listStructures(page: number, size: number): Promise<Page<StructureSummary>> {
  return send(() => api.dla.GET('/api/dla/structures', { params: { query: { page, size } } })) as Promise<
    Page<StructureSummary>
  >;
}

/** Every structure (the API has no search: the screens search what it answers). */
export async function allStructures(): Promise<StructureSummary[]> {
  const found: StructureSummary[] = [];
  for (let page = 0; ; page++) {
    const answer = await listStructures(page, ALL);
    found.push(...answer.items);
    if (found.length >= answer.total || answer.items.length === 0) return found;
  }
}

/** Whether a structure matches a search: every word in its name, commune or SIRET, ignoring case and accents. */
export function matches(structure: StructureSummary, search: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const haystack = fold(`${structure.name} ${structure.commune} ${structure.siret ?? ''}`);
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word.replace(/\s/g, '')));
}

/** A SIRET as it is read: 123 456 789 00012. */
export function formatSiret(siret: string | null | undefined): string {
  if (!siret) return '';
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}

export function getStructure(id: string): Promise<StructureView> {
  return send(() => api.dla.GET('/api/dla/structures/{id}', { params: { path: { id } } }));
}

export function registerStructure(body: NewStructure, idempotencyKey: string) {
  return send(() => api.dla.POST('/api/dla/structures', { params: { header: key(idempotencyKey) }, body }));
}

export function recordWelcome(id: string, body: NewWelcome, idempotencyKey: string) {
  return send(() =>
    api.dla.POST('/api/dla/structures/{id}/welcome', { params: { path: { id }, header: key(idempotencyKey) }, body }),
  );
}

export function startDiagnostic(id: string, body: NewDiagnostic, idempotencyKey: string) {
  return send(() =>
    api.dla.POST('/api/dla/structures/{id}/diagnostics', { params: { path: { id }, header: key(idempotencyKey) }, body }),
  );
}

export function completeDiagnostic(id: string, body: NewCompletion, idempotencyKey: string) {
  return send(() =>
    api.dla.POST('/api/dla/diagnostics/{id}/completion', { params: { path: { id }, header: key(idempotencyKey) }, body }),
  );
}

export function recordFollowUp(id: string, body: NewFollowUp, idempotencyKey: string) {
  return send(() =>
    api.dla.POST('/api/dla/structures/{id}/follow-ups', { params: { path: { id }, header: key(idempotencyKey) }, body }),
  );
}

export function listEngineerings(page: number, size: number): Promise<Page<EngineeringView>> {
  return send(() => api.dla.GET('/api/dla/engineerings', { params: { query: { page, size } } })) as Promise<
    Page<EngineeringView>
  >;
}

export function getEngineering(id: string): Promise<EngineeringView> {
  return send(() => api.dla.GET('/api/dla/engineerings/{id}', { params: { path: { id } } }));
}

export function startEngineering(body: NewEngineering, idempotencyKey: string) {
  return send(() => api.dla.POST('/api/dla/engineerings', { params: { header: key(idempotencyKey) }, body }));
}

export function addParticipant(id: string, body: NewParticipant, idempotencyKey: string) {
  return send(() =>
    api.dla.POST('/api/dla/engineerings/{id}/participants', { params: { path: { id }, header: key(idempotencyKey) }, body }),
  );
}

export function completeEngineering(id: string, body: NewCompletion, idempotencyKey: string) {
  return send(() =>
    api.dla.POST('/api/dla/engineerings/{id}/completion', { params: { path: { id }, header: key(idempotencyKey) }, body }),
  );
}

export function withdrawEngineering(id: string) {
  return send(() => api.dla.DELETE('/api/dla/engineerings/{id}', { params: { path: { id } } }));
}

export function withdrawEngineeringCompletion(id: string) {
  return send(() => api.dla.DELETE('/api/dla/engineerings/{id}/completion', { params: { path: { id } } }));
}

export function withdrawParticipant(id: string, participationId: string) {
  return send(() =>
    api.dla.DELETE('/api/dla/engineerings/{id}/participants/{participationId}', { params: { path: { id, participationId } } }),
  );
}

/** « 3 jours », « 1,5 jour ». */
export function formatDays(days: number): string {
  return `${formatNumber(days)} jour${days >= 2 ? 's' : ''}`;
}

export function engineeringTitle(kind: string, topic: string): string {
  return `Ingénierie ${labelOf('EngineeringKind', kind).toLowerCase()} : ${topic}`;
}

const year = (date: string) => date.slice(0, 4);

/** One step of a structure's pathway. */
export type PathwayEntry = TimelineEntry & {
  readonly kind: 'welcome' | 'diagnostic' | 'diagnostic-completed' | 'engineering' | 'joined' | 'engineering-completed' | 'follow-up';
};

const ORDER = ['welcome', 'diagnostic', 'diagnostic-completed', 'engineering', 'joined', 'engineering-completed', 'follow-up'];

/** Every step of the structure's pathway, oldest first (the same day: in the order a pathway goes). */
export function pathwayOf(structure: StructureView): PathwayEntry[] {
  const id = structure.id;
  const entries: PathwayEntry[] = [];
  for (const welcome of structure.welcomes) {
    entries.push({
      id: welcome.id,
      date: welcome.date,
      kind: 'welcome',
      title: `Accueil ${year(welcome.date)}`,
      question: `Retirer l’accueil du ${formatDate(welcome.date)} ?`,
      changes: [
        `L’accueil du ${formatDate(welcome.date)} est retiré.`,
        `« Structures accueillies » de ${year(welcome.date)} (DLA) recule de 1.`,
      ],
      withdrawal: 'withdrawWelcome',
      withdraw: () =>
        send(() =>
          api.dla.DELETE('/api/dla/structures/{id}/welcomes/{welcomeId}', { params: { path: { id, welcomeId: welcome.id } } }),
        ),
    });
  }
  for (const diagnostic of structure.diagnostics) {
    const needs = diagnostic.needs ?? [];
    entries.push({
      id: diagnostic.id,
      date: diagnostic.startedOn,
      kind: 'diagnostic',
      title: 'Diagnostic partagé',
      details: needs.length > 0 ? `Besoins : ${needs.join(' ; ')}` : 'Aucun besoin noté.',
      question: `Retirer le diagnostic commencé le ${formatDate(diagnostic.startedOn)} ?`,
      changes: [
        `Le diagnostic commencé le ${formatDate(diagnostic.startedOn)} est retiré${diagnostic.completedOn ? ', avec son achèvement' : ''}.`,
        `« Diagnostics individuels » de ${year(diagnostic.completedOn ?? diagnostic.startedOn)} (DLA) recule s’il y était compté.`,
      ],
      withdrawal: 'withdrawDiagnostic',
      withdraw: () => send(() => api.dla.DELETE('/api/dla/diagnostics/{id}', { params: { path: { id: diagnostic.id } } })),
    });
    if (diagnostic.completedOn) {
      entries.push({
        id: `${diagnostic.id}-completed`,
        date: diagnostic.completedOn,
        kind: 'diagnostic-completed',
        title: 'Diagnostic terminé',
        question: `Retirer l’achèvement du diagnostic au ${formatDate(diagnostic.completedOn)} ?`,
        changes: [
          `Le diagnostic redevient en cours.`,
          `« Diagnostics individuels » de ${year(diagnostic.completedOn)} (DLA) recule de 1.`,
        ],
        withdrawal: 'withdrawDiagnosticCompletion',
        withdraw: () =>
          send(() => api.dla.DELETE('/api/dla/diagnostics/{id}/completion', { params: { path: { id: diagnostic.id } } })),
      });
    }
  }
  for (const engineering of structure.engineerings) {
    const collective = engineering.kind === 'COLLECTIVE';
    const details = `Consultant·e : ${engineering.consultant} — ${formatDays(engineering.days)}`;
    const link = `/dla/ingenieries/${engineering.id}`;
    if (engineering.joinedAtStart) {
      entries.push({
        id: engineering.id,
        date: engineering.startedOn,
        kind: 'engineering',
        title: engineeringTitle(engineering.kind, engineering.topic),
        details,
        link,
        linkLabel: 'L’ingénierie et ses participantes',
        question: `Retirer l’ingénierie « ${engineering.topic} » ?`,
        changes: [
          `L’ingénierie « ${engineering.topic} » est retirée${collective ? ' pour toutes les structures qui y participent' : ''}${engineering.completedOn ? ', avec son achèvement' : ''}.`,
          `« Ingénieries ${collective ? 'collectives' : 'individuelles'} » de ${year(engineering.startedOn)} (DLA) recule de 1${collective ? ', et ses structures bénéficiaires avec elle' : ''}.`,
        ],
        withdrawal: 'withdrawEngineering',
        withdraw: () => withdrawEngineering(engineering.id),
      });
    } else {
      entries.push({
        id: engineering.participationId,
        date: engineering.joinedOn,
        kind: 'joined',
        title: `Entrée dans l’${engineeringTitle(engineering.kind, engineering.topic).charAt(0).toLowerCase()}${engineeringTitle(engineering.kind, engineering.topic).slice(1)}`,
        details: `${details} — commencée le ${formatDate(engineering.startedOn)}`,
        link,
        linkLabel: 'L’ingénierie et ses participantes',
        question: `Retirer la participation à l’ingénierie « ${engineering.topic} » ?`,
        changes: [
          `La structure ne participe plus à l’ingénierie « ${engineering.topic} ».`,
          `« Bénéficiaires d’ingénieries collectives » de ${year(engineering.joinedOn)} (DLA) recule de 1.`,
        ],
        withdrawal: 'withdrawParticipant',
        withdraw: () => withdrawParticipant(engineering.id, engineering.participationId),
      });
    }
    if (engineering.completedOn) {
      entries.push({
        id: `${engineering.id}-completed`,
        date: engineering.completedOn,
        kind: 'engineering-completed',
        title: `Ingénierie terminée : ${engineering.topic}`,
        question: `Retirer l’achèvement de l’ingénierie « ${engineering.topic} » ?`,
        changes: [`L’ingénierie « ${engineering.topic} » redevient en cours${collective ? ' pour toutes ses structures' : ''}.`],
        withdrawal: 'withdrawEngineeringCompletion',
        withdraw: () => withdrawEngineeringCompletion(engineering.id),
      });
    }
  }
  for (const followUp of structure.followUps) {
    entries.push({
      id: followUp.id,
      date: followUp.date,
      kind: 'follow-up',
      title: labelOf('FollowUpKind', followUp.kind),
      question: `Retirer le suivi du ${formatDate(followUp.date)} ?`,
      changes: [
        `Le suivi du ${formatDate(followUp.date)} est retiré.`,
        `« Suivis post-ingénierie » de ${year(followUp.date)} (DLA) recule de 1.`,
      ],
      withdrawal: 'withdrawFollowUp',
      withdraw: () =>
        send(() =>
          api.dla.DELETE('/api/dla/structures/{id}/follow-ups/{followUpId}', { params: { path: { id, followUpId: followUp.id } } }),
        ),
    });
  }
  return inDateOrder(entries, ORDER);
}

/** The welcomes grouped by year, latest year first (a structure that comes back has one per pathway). */
export function welcomeYears(structure: StructureView): string[] {
  return [...new Set(structure.welcomes.map((welcome) => year(welcome.date)))].sort().reverse();
}

/** Whether an engineering of this kind may start with these structures (INDIVIDUAL: one; COLLECTIVE: two or more). */
export function structuresProblem(kind: string, chosen: readonly string[]): string | null {
  if (kind === 'INDIVIDUAL' && chosen.length !== 1) return 'Une ingénierie individuelle concerne une seule structure.';
  if (kind === 'COLLECTIVE' && chosen.length < 2) return 'Une ingénierie collective réunit au moins deux structures.';
  return null;
}

/** A structure's audit trail (STAFF, ADMIN): who recorded or withdrew what, and when. */
export function getStructureAudit(id: string): Promise<AuditTrail> {
  return send(() => api.dla.GET('/api/dla/structures/{id}/audit', { params: { path: { id } } }));
}
