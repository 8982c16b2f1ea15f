// The audit trail of a record (GET …/{id}/audit, STAFF and ADMIN; docs/decisions/0019): every fact recorded on
// it, withdrawn ones included, with who recorded it and when, who withdrew it and when — and the erasures of
// personal data (who, when; nothing of what was erased). Shown by <AuditSection>, in the order recorded.
import type { components } from '@/api/generated/accompaniment-service';
import type { Confirmation } from './confirm';
import { formatDateTime } from './format';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditTrail = components['schemas']['AuditTrail'];

/** The French name of each fact the services put in an audit trail (the fact's own name when unknown). */
export const FACT_NAMES: Readonly<Record<string, string>> = {
  // accompaniment-service
  ProjectWelcomed: 'Accueil du projet',
  AccompanimentMeetingHeld: 'Rencontre',
  StructureCreated: 'Création de la structure',
  PostCreationReviewDone: 'Bilan post-création',
  ProjectClosed: 'Clôture de l’accompagnement',
  PersonalDataErased: 'Effacement des données personnelles',
  // dla-service
  StructureRegistered: 'Enregistrement de la structure',
  StructureWelcomed: 'Accueil de la structure',
  DiagnosticStarted: 'Diagnostic commencé',
  DiagnosticCompleted: 'Diagnostic terminé',
  IndividualEngineeringStarted: 'Ingénierie individuelle commencée',
  CollectiveEngineeringStarted: 'Ingénierie collective commencée',
  CollectiveEngineeringParticipantAdded: 'Structure ajoutée à une ingénierie collective',
  EngineeringCompleted: 'Ingénierie terminée',
  PostEngineeringFollowUpHeld: 'Suivi post-ingénierie',
  // territory-service
  TerritoryRegistered: 'Enregistrement du territoire',
  NeedIdentified: 'Besoin identifié',
  InitiativeStarted: 'Initiative commencée',
  InitiativeStageChanged: 'Changement d’étape',
  SteeringMeetingHeld: 'Comité de pilotage',
  MilestoneReached: 'Jalon atteint',
  // events-service
  EventScheduled: 'Programmation de l’événement',
  RegistrationReceived: 'Inscription',
  EventHeld: 'Événement tenu',
  EventCancelled: 'Annulation de l’événement',
  AttendanceRecorded: 'Présence enregistrée',
};

export interface AuditLine {
  readonly key: string;
  readonly what: string;
  /** « 12/03/2024 à 10:15 par marie.dupont », or what is known of it. */
  readonly recorded: string;
  /** « Retirée le 13/03/2024 à 09:00 par lucas.martin », or '' while it stands. */
  readonly withdrawn: string;
}

function byWhom(at: string | undefined, who: string | undefined): string {
  const when = at ? formatDateTime(at) : '';
  if (!when) return who ? `par ${who}` : 'Avant l’historique des saisies';
  return who ? `${when} par ${who}` : `${when} (auteur non conservé)`;
}

/** The trail's lines, in the order recorded (what was recorded before the audit trail first). */
export function auditLines(trail: AuditTrail): AuditLine[] {
  return [...trail.entries]
    .sort((a, b) => (a.recordedAt ?? '').localeCompare(b.recordedAt ?? ''))
    .map((entry, index) => ({
      key: `${entry.id}-${index}`,
      what: FACT_NAMES[entry.fact] ?? entry.fact,
      recorded: byWhom(entry.recordedAt, entry.recordedBy),
      withdrawn: entry.withdrawnAt ? `Retirée le ${formatDateTime(entry.withdrawnAt)}${entry.withdrawnBy ? ` par ${entry.withdrawnBy}` : ''}` : '',
    }));
}

/**
 * The confirmation before an erasure of personal data (ADMIN, docs/personal-data.md): what is erased, that the
 * facts and the figures do not change, and that it cannot be undone.
 */
export function erasureConfirmation(title: string, erased: string): Confirmation {
  return {
    title,
    changes: [erased, 'Les faits et tous les chiffres ne changent pas.', 'L’effacement est définitif : il ne peut pas être annulé.'],
    confirmLabel: 'Effacer les données personnelles',
  };
}
