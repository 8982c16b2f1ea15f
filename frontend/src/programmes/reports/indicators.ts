// The report's programmes and what each figure counts, in one line each, from docs/domain.md ("How every
// indicator is counted"). The figures' labels are the reporting service's own (its CSV), not repeated here.

export interface ReportProgramme {
  readonly id: string;
  readonly title: string;
  readonly prefix: string;
  /** The figures drawn over the years. */
  readonly charted: readonly string[];
}

/** In the activity report's order. */
export const REPORT_PROGRAMMES: readonly ReportProgramme[] = [
  {
    id: 'dla',
    title: 'Dispositif local d’accompagnement (DLA)',
    prefix: 'dla.',
    charted: [
      'dla.structuresWelcomed',
      'dla.beneficiaryStructures',
      'dla.individualDiagnostics',
      'dla.individualEngineerings',
      'dla.collectiveEngineerings',
      'dla.collectiveEngineeringBeneficiaries',
      'dla.postEngineeringFollowUps',
    ],
  },
  {
    id: 'accompaniment',
    title: 'Création / accompagnement',
    prefix: 'accompaniment.',
    charted: [
      'accompaniment.projectsWelcomed.total',
      'accompaniment.projectsAccompanied.total',
      'accompaniment.structuresCreated.total',
      'accompaniment.jobsCreated.total',
      'accompaniment.postCreationReviews.total',
    ],
  },
  {
    id: 'territory',
    title: 'Générateur BFC',
    prefix: 'territory.',
    charted: [
      'territory.territoriesAccompanied',
      'territory.initiativesLaunched',
      'territory.steeringMeetings',
      'territory.jobsCreated',
    ],
  },
  {
    id: 'events',
    title: 'Événements',
    prefix: 'events.',
    charted: ['events.held.total', 'events.participants'],
  },
];

const SEGMENTS: Record<string, string> = {
  BENEFICE_CREA: ' (programme Bénéfice Créa)',
  CRDVA: ' (CRDVA)',
  EMERGENCE: ' (programme Émergence)',
  OTHER: ' (hors programme)',
  total: ', tous programmes confondus',
};

const EXPLANATIONS: Record<string, string> = {
  'dla.structuresWelcomed': 'Structures distinctes dont un accueil est daté de l’année.',
  'dla.beneficiaryStructures':
    'Structures distinctes ayant eu dans l’année un diagnostic terminé, une ingénierie commencée ou un suivi post-ingénierie ; un accueil seul ne compte pas.',
  'dla.individualDiagnostics': 'Diagnostics partagés terminés dans l’année.',
  'dla.individualEngineerings': 'Ingénieries individuelles commencées dans l’année.',
  'dla.collectiveEngineerings': 'Ingénieries collectives commencées dans l’année.',
  'dla.collectiveEngineeringBeneficiaries':
    'Structures distinctes participant à une ingénierie collective commencée dans l’année, y compris celles ajoutées ensuite.',
  'dla.postEngineeringFollowUps':
    'Structures distinctes ayant eu au moins un rendez-vous de suivi post-ingénierie dans l’année.',
  'accompaniment.projectsWelcomed': 'Projets distincts dont l’accueil est daté de l’année',
  'accompaniment.projectsAccompanied': 'Projets distincts ayant eu au moins une rencontre d’accompagnement dans l’année',
  'accompaniment.structuresCreated': 'Projets dont la structure a été créée (immatriculée) dans l’année',
  'accompaniment.jobsCreated': 'Emplois déclarés à la création par les structures créées dans l’année',
  'accompaniment.postCreationReviews': 'Projets distincts ayant eu un bilan post-création dans l’année',
  'territory.territoriesAccompanied':
    'Territoires distincts dont une initiative a eu un comité de pilotage ou franchi une étape dans l’année.',
  'territory.initiativesLaunched': 'Initiatives arrivées au stade « lancement » (activité ouverte) dans l’année.',
  'territory.steeringMeetings': 'Comités de pilotage tenus dans l’année.',
  'territory.jobsCreated': 'Emplois déclarés par les initiatives lancées dans l’année.',
  'events.held': 'Événements de ce type marqués tenus, et non annulés, dont le jour (heure de Paris) tombe dans l’année.',
  'events.held.total': 'Tous les événements marqués tenus, et non annulés, dont le jour tombe dans l’année.',
  'events.participants':
    'Présences relevées aux événements tenus dans l’année, additionnées ; un nouveau relevé remplace le précédent.',
};

/** What a figure counts, in one line; '' for a key this application does not know yet. */
export function explanationOf(key: string): string {
  const exact = EXPLANATIONS[key];
  if (exact) {
    return exact;
  }
  const cut = key.lastIndexOf('.');
  const base = EXPLANATIONS[key.slice(0, cut)];
  const segment = key.slice(cut + 1);
  if (base && key.startsWith('accompaniment.')) {
    return `${base}${SEGMENTS[segment] ?? ''}.`;
  }
  return base ?? '';
}

/** The programme of a key. */
export function programmeOf(key: string): ReportProgramme | undefined {
  return REPORT_PROGRAMMES.find((programme) => key.startsWith(programme.prefix));
}
