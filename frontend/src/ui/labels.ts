// The French label of every value of every enumeration of the contract. The type makes the build fail when
// the contract gains a value without a label here (the one place to add it).
import { enumerations, type EnumName } from '@/api/generated/contract';

type Labels = { readonly [E in EnumName]: Readonly<Record<(typeof enumerations)[E][number], string>> };

export const enumLabels = {
  // accompaniment-service
  ClosureOutcome: { CREATED: 'Structure créée', ABANDONED: 'Abandon', REDIRECTED: 'Réorientation' },
  MeetingKind: { INTAKE: 'Accueil', FOLLOW_UP: 'Suivi', SITE_VISIT: 'Visite sur site', WORKSHOP: 'Atelier' },
  Programme: { BENEFICE_CREA: 'Bénéfice Créa', CRDVA: 'CRDVA', EMERGENCE: 'Émergence', OTHER: 'Hors programme' },
  // dla-service
  AttemptOutcome: {
    SUCCEEDED: 'Réussie',
    REFUSED: 'Refusée',
    GONE: 'Destinataire disparu',
    TIMED_OUT: 'Délai dépassé',
    UNREACHABLE: 'Injoignable',
    FORBIDDEN_TARGET: 'Adresse interdite',
  },
  DeliveryStatus: { PENDING: 'En attente', SUCCEEDED: 'Livrée', FAILED: 'Échouée', CANCELLED: 'Annulée' },
  EngineeringKind: { INDIVIDUAL: 'Individuelle', COLLECTIVE: 'Collective' },
  FollowUpKind: { POST_ENGINEERING: 'Suivi post-ingénierie' },
  PathwayStepKind: {
    WELCOMED: 'Accueil',
    DIAGNOSTIC_STARTED: 'Diagnostic commencé',
    DIAGNOSTIC_COMPLETED: 'Diagnostic terminé',
    INDIVIDUAL_ENGINEERING_STARTED: 'Ingénierie individuelle commencée',
    COLLECTIVE_ENGINEERING_STARTED: 'Ingénierie collective commencée',
    COLLECTIVE_ENGINEERING_JOINED: 'Entrée dans une ingénierie collective',
    ENGINEERING_COMPLETED: 'Ingénierie terminée',
    POST_ENGINEERING_FOLLOW_UP: 'Suivi post-ingénierie',
  },
  SubscriptionStatus: { ACTIVE: 'Active', DISABLED: 'Désactivée', STOPPED: 'Arrêtée' },
  // events-service
  EventKind: {
    CLUB_EVENING: 'Soirée du Club des Entrepreneurs',
    EXPERT_TALK: 'Rendez-vous Paroles d’Experts',
    CFGA_WORKSHOP: 'Atelier CFGA',
    COURSE: 'Cours',
    PITCH_CONTEST: 'Concours de pitch',
    CONFERENCE: 'Conférence',
    WORKSHOP: 'Atelier',
    WEBINAR: 'Webinaire',
    OTHER: 'Autre',
  },
  EventStatus: { SCHEDULED: 'Programmé', HELD: 'Tenu', CANCELLED: 'Annulé' },
  RegistrationStatus: {
    CONFIRMED: 'Confirmée',
    WAITLISTED: 'En liste d’attente',
    CANCELLED: 'Annulée',
    CANCELLED_BY_EVENT: 'Annulée avec l’événement',
  },
  // reporting-service
  RebuildStatus: { RUNNING: 'En cours', COMPLETED: 'Terminée', FAILED: 'Échouée' },
  // territory-service
  InitiativeMeetingKind: { STEERING: 'Comité de pilotage' },
  InitiativeStage: {
    EMERGENCE: 'Émergence',
    FEASIBILITY: 'Faisabilité',
    CREATION: 'Création',
    LAUNCHED: 'Lancement',
    STOPPED: 'Arrêtée',
  },
  MilestoneKind: {
    FOUNDING_ASSEMBLY: 'Assemblée constitutive',
    STATUTES: 'Statuts',
    APPROVAL: 'Agrément',
    PREMISES: 'Locaux',
    FUNDING: 'Financement',
    FIRST_HIRE: 'Première embauche',
    OPENING: 'Ouverture',
    INAUGURATION: 'Inauguration',
    OTHER: 'Autre',
  },
  TerritoryKind: { EPCI: 'EPCI', COMMUNE: 'Commune', PETR: 'PETR', METROPOLE: 'Métropole' },
} as const satisfies Labels;

/** The French label of a value of an enumeration (the value itself if the contract is newer than this file). */
export function labelOf<E extends EnumName>(enumeration: E, value: string | null | undefined): string {
  if (value == null) {
    return '';
  }
  const labels = enumLabels[enumeration] as Readonly<Record<string, string>>;
  return labels[value] ?? value;
}

/** The values of an enumeration with their labels, in the contract's order (for a select). */
export function optionsOf(enumeration: EnumName): { value: string; label: string }[] {
  return (enumerations[enumeration] as readonly string[]).map((value) => ({
    value,
    label: labelOf(enumeration, value),
  }));
}
