import { historyOf, type ProjectView } from './projects';

const project: ProjectView = {
  id: 'p1',
  name: 'Épicerie solidaire',
  programme: 'BENEFICE_CREA',
  welcomedOn: '2024-02-06',
  commune: 'Sombernon',
  sector: null,
  meetings: [
    { id: 'm2', date: '2024-05-14', kind: 'FOLLOW_UP' },
    { id: 'm1', date: '2024-02-06', kind: 'INTAKE', notes: 'Premier rendez-vous.' },
  ],
  creation: { id: 'c1', date: '2024-09-02', legalForm: 'SCIC', jobsCreated: 2 },
  postCreationReviews: [{ id: 'r1', date: '2024-12-10' }],
  closure: { id: 'x1', date: '2024-12-20', outcome: 'CREATED' },
};

describe('a project\'s history', () => {
  it('lists every fact in date order, the welcome first on its day', () => {
    expect(historyOf(project).map((entry) => `${entry.date} ${entry.kind}`)).toEqual([
      '2024-02-06 welcome',
      '2024-02-06 meeting',
      '2024-05-14 meeting',
      '2024-09-02 creation',
      '2024-12-10 review',
      '2024-12-20 closure',
    ]);
  });

  it('names what withdrawing a fact changes, figures included', () => {
    const [welcome, , , creation] = historyOf(project);

    expect(creation!.changes).toEqual([
      'La création de la structure du 02/09/2024 est retirée.',
      '« Structures créées » de 2024 (Bénéfice Créa) recule de 1 et « Emplois créés » de 2.',
    ]);
    expect(welcome!.withdrawal).toBe('withdrawProject');
    expect(welcome!.changes[0]).toBe(
      'Le projet « Épicerie solidaire » est retiré, avec tout ce qui y est enregistré : 2 rencontres, la création de la structure, 1 bilan post-création, la clôture.',
    );
  });

  it('shows a meeting\'s kind in French and its notes when the role reads them', () => {
    const meeting = historyOf(project).find((entry) => entry.id === 'm1')!;

    expect(meeting.title).toBe('Rencontre : accueil');
    expect(meeting.details).toBe('Premier rendez-vous.');
  });
});
