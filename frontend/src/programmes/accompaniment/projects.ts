// The accompaniment API as the screens use it (docs/api/accompaniment-service.json), and a project's history:
// every recorded fact in date order, with what withdrawing it changes.
import { api, send } from '@/api/client';
import type { components } from '@/api/generated/accompaniment-service';
import { formatDate, formatNumber } from '@/ui/format';
import { labelOf } from '@/ui/labels';
import { erasureConfirmation, type AuditTrail } from '@/ui/audit';
import type { Confirmation } from '@/ui/confirm';
import type { Page } from '@/ui/usePagedList';

type Schemas = components['schemas'];
export type ProjectSummary = Schemas['ProjectSummary'];
export type ProjectView = Schemas['ProjectView'];
export type NewProject = Schemas['NewProject'];
export type NewMeeting = Schemas['NewMeeting'];
export type NewCreation = Schemas['NewCreation'];
export type NewPostCreationReview = Schemas['NewPostCreationReview'];
export type NewClosure = Schemas['NewClosure'];
export type Programme = Schemas['Programme'];

export interface ProjectSearch extends Record<string, string> {
  name: string;
  commune: string;
  holder: string;
  programme: string;
}

export function listProjects(page: number, size: number, search: ProjectSearch): Promise<Page<ProjectSummary>> {
  const query = {
    page,
    size,
    ...(search.name ? { name: search.name } : {}),
    ...(search.commune ? { commune: search.commune } : {}),
    ...(search.holder ? { holder: search.holder } : {}),
    ...(search.programme ? { programme: search.programme as Programme } : {}),
  };
  return send(() => api.accompaniment.GET('/api/accompaniment/projects', { params: { query } }));
}

export function getProject(id: string): Promise<ProjectView> {
  return send(() => api.accompaniment.GET('/api/accompaniment/projects/{id}', { params: { path: { id } } }));
}

export function welcomeProject(body: NewProject, key: string) {
  return send(() =>
    api.accompaniment.POST('/api/accompaniment/projects', { params: { header: { 'Idempotency-Key': key } }, body }),
  );
}

export function recordMeeting(id: string, body: NewMeeting, key: string) {
  return send(() =>
    api.accompaniment.POST('/api/accompaniment/projects/{id}/meetings', {
      params: { path: { id }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

export function recordCreation(id: string, body: NewCreation, key: string) {
  return send(() =>
    api.accompaniment.POST('/api/accompaniment/projects/{id}/creation', {
      params: { path: { id }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

export function recordReview(id: string, body: NewPostCreationReview, key: string) {
  return send(() =>
    api.accompaniment.POST('/api/accompaniment/projects/{id}/post-creation-reviews', {
      params: { path: { id }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

export function closeProject(id: string, body: NewClosure, key: string) {
  return send(() =>
    api.accompaniment.POST('/api/accompaniment/projects/{id}/closure', {
      params: { path: { id }, header: { 'Idempotency-Key': key } },
      body,
    }),
  );
}

/** One line of a project's history. */
export interface HistoryEntry {
  readonly id: string;
  readonly date: string;
  readonly kind: 'welcome' | 'meeting' | 'creation' | 'review' | 'closure';
  readonly title: string;
  /** The confirmation's question. */
  readonly question: string;
  readonly details: string;
  /** The contract operation that withdraws it. */
  readonly withdrawal: 'withdrawProject' | 'withdrawMeeting' | 'withdrawCreation' | 'withdrawPostCreationReview' | 'withdrawClosure';
  /** What withdrawing it changes (the confirmation names them). */
  readonly changes: readonly string[];
  readonly withdraw: () => Promise<unknown>;
}

const ORDER = { welcome: 0, meeting: 1, creation: 2, review: 3, closure: 4 } as const;

function yearOf(date: string): string {
  return date.slice(0, 4);
}

/** Every fact of the project, oldest first (same day: in the order a project goes through them). */
export function historyOf(project: ProjectView): HistoryEntry[] {
  const id = project.id;
  const programme = labelOf('Programme', project.programme);
  const entries: HistoryEntry[] = [];
  entries.push({
    id: `welcome-${id}`,
    date: project.welcomedOn,
    kind: 'welcome',
    title: 'Accueil du projet',
    question: `Retirer le projet « ${project.name} » et tout ce qui y est enregistré ?`,
    details: `${programme}, ${project.commune}${project.sector ? `, secteur ${project.sector}` : ''}`,
    withdrawal: 'withdrawProject',
    changes: withdrawProjectChanges(project),
    withdraw: () =>
      send(() => api.accompaniment.DELETE('/api/accompaniment/projects/{id}', { params: { path: { id } } })),
  });
  for (const meeting of project.meetings) {
    const kind = labelOf('MeetingKind', meeting.kind);
    entries.push({
      id: meeting.id,
      date: meeting.date,
      kind: 'meeting',
      title: `Rencontre : ${kind.toLowerCase()}`,
      question: `Retirer la rencontre du ${formatDate(meeting.date)} ?`,
      details: meeting.notes ?? '',
      withdrawal: 'withdrawMeeting',
      changes: [
        `La rencontre « ${kind} » du ${formatDate(meeting.date)} est retirée.`,
        `« Projets accompagnés » de ${yearOf(meeting.date)} (${programme}) recule si c’était la seule rencontre du projet cette année-là.`,
      ],
      withdraw: () =>
        send(() =>
          api.accompaniment.DELETE('/api/accompaniment/projects/{id}/meetings/{meetingId}', {
            params: { path: { id, meetingId: meeting.id } },
          }),
        ),
    });
  }
  if (project.creation) {
    const creation = project.creation;
    entries.push({
      id: creation.id,
      date: creation.date,
      kind: 'creation',
      title: 'Création de la structure',
      question: `Retirer la création de la structure du ${formatDate(creation.date)} ?`,
      details: `${creation.legalForm}, ${formatNumber(creation.jobsCreated)} emploi${creation.jobsCreated > 1 ? 's' : ''} créé${creation.jobsCreated > 1 ? 's' : ''}`,
      withdrawal: 'withdrawCreation',
      changes: [
        `La création de la structure du ${formatDate(creation.date)} est retirée.`,
        `« Structures créées » de ${yearOf(creation.date)} (${programme}) recule de 1 et « Emplois créés » de ${formatNumber(creation.jobsCreated)}.`,
      ],
      withdraw: () =>
        send(() =>
          api.accompaniment.DELETE('/api/accompaniment/projects/{id}/creation', { params: { path: { id } } }),
        ),
    });
  }
  for (const review of project.postCreationReviews) {
    entries.push({
      id: review.id,
      date: review.date,
      kind: 'review',
      title: 'Bilan post-création',
      question: `Retirer le bilan post-création du ${formatDate(review.date)} ?`,
      details: review.notes ?? '',
      withdrawal: 'withdrawPostCreationReview',
      changes: [
        `Le bilan post-création du ${formatDate(review.date)} est retiré.`,
        `« Bilans post-création » de ${yearOf(review.date)} (${programme}) recule si c’était le seul bilan du projet cette année-là.`,
      ],
      withdraw: () =>
        send(() =>
          api.accompaniment.DELETE('/api/accompaniment/projects/{id}/post-creation-reviews/{reviewId}', {
            params: { path: { id, reviewId: review.id } },
          }),
        ),
    });
  }
  if (project.closure) {
    const closure = project.closure;
    entries.push({
      id: closure.id,
      date: closure.date,
      kind: 'closure',
      title: 'Clôture de l’accompagnement',
      question: `Retirer la clôture du ${formatDate(closure.date)} ?`,
      details: labelOf('ClosureOutcome', closure.outcome),
      withdrawal: 'withdrawClosure',
      changes: [
        `La clôture du ${formatDate(closure.date)} est retirée : le projet est de nouveau suivi et peut recevoir de nouvelles saisies.`,
        'Aucun chiffre du rapport ne change.',
      ],
      withdraw: () =>
        send(() => api.accompaniment.DELETE('/api/accompaniment/projects/{id}/closure', { params: { path: { id } } })),
    });
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || ORDER[a.kind] - ORDER[b.kind]);
}

function withdrawProjectChanges(project: ProjectView): string[] {
  const facts = [
    project.meetings.length > 0 ? `${project.meetings.length} rencontre${project.meetings.length > 1 ? 's' : ''}` : '',
    project.creation ? 'la création de la structure' : '',
    project.postCreationReviews.length > 0
      ? `${project.postCreationReviews.length} bilan${project.postCreationReviews.length > 1 ? 's' : ''} post-création`
      : '',
    project.closure ? 'la clôture' : '',
  ].filter(Boolean);
  return [
    `Le projet « ${project.name} » est retiré, avec tout ce qui y est enregistré${facts.length ? ` : ${facts.join(', ')}` : ''}.`,
    'Ses porteur·ses sont effacé·es.',
    `Tous les chiffres de ce projet reculent, à commencer par « Projets accueillis » de ${yearOf(project.welcomedOn)} (${labelOf('Programme', project.programme)}).`,
  ];
}

/** Its audit trail (STAFF, ADMIN): who recorded or withdrew what, and when. */
export function getProjectAudit(id: string): Promise<AuditTrail> {
  return send(() => api.accompaniment.GET('/api/accompaniment/projects/{id}/audit', { params: { path: { id } } }));
}
/** Erases its holders and the notes of its meetings and reviews (ADMIN; facts and figures unchanged). */
export function eraseProjectPersonalData(id: string, key: string): Promise<void> {
  return send(() =>
    api.accompaniment.POST('/api/accompaniment/projects/{id}/personal-data-erasure', { params: { path: { id }, header: { 'Idempotency-Key': key } } }),
  ) as Promise<void>;
}
/** The confirmation of a project's erasure: what goes, the figures stay, no undoing. */
export function projectErasureConfirmation(name: string): Confirmation {
  return erasureConfirmation(
    `Effacer les données personnelles du projet ${name} ?`,
    'Les porteur·ses (noms, e-mails, téléphones) et les notes de chaque rencontre et de chaque bilan sont effacés.',
  );
}
