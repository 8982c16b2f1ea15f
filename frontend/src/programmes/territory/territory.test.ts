import { allowedMoves, initiativeHistory, progressOf, type InitiativeView } from './territory';

const boucle: InitiativeView = {
  id: 'i1',
  name: 'La Boucle',
  territoryId: 't1',
  needId: 'n1',
  startedOn: '2023-10-02',
  stage: 'LAUNCHED',
  stageSince: '2024-09-15',
  jobs: 3,
  stages: [
    { id: 's1', date: '2024-01-20', stage: 'FEASIBILITY', previousStage: 'EMERGENCE', jobs: null as unknown as number, initiativeId: 'i1', path: '' },
    { id: 's3', date: '2024-09-15', stage: 'LAUNCHED', previousStage: 'CREATION', jobs: 3, initiativeId: 'i1', path: '' },
    { id: 's2', date: '2024-05-06', stage: 'CREATION', previousStage: 'FEASIBILITY', jobs: null as unknown as number, initiativeId: 'i1', path: '' },
  ],
  milestones: [{ id: 'm1', date: '2024-06-01', kind: 'STATUTES', label: 'Statuts de la SCIC', initiativeId: 'i1', path: '' }],
  meetings: [
    { id: 'c2', date: '2024-05-06', kind: 'STEERING', initiativeId: 'i1', path: '' },
    { id: 'c1', date: '2024-02-12', kind: 'STEERING', initiativeId: 'i1', path: '' },
  ],
};

describe('an initiative\'s stage', () => {
  it('may move one stage forward or stop, and no more once launched or stopped', () => {
    expect(allowedMoves('EMERGENCE')).toEqual(['FEASIBILITY', 'STOPPED']);
    expect(allowedMoves('CREATION')).toEqual(['LAUNCHED', 'STOPPED']);
    expect(allowedMoves('LAUNCHED')).toEqual([]);
    expect(allowedMoves('STOPPED')).toEqual([]);
  });

  it('shows as a progress line with the day each stage was reached', () => {
    expect(progressOf({ stage: 'FEASIBILITY', startedOn: '2023-10-02', stages: boucle.stages.slice(0, 1) })).toEqual([
      { stage: 'EMERGENCE', label: 'Émergence', state: 'done', since: '2023-10-02' },
      { stage: 'FEASIBILITY', label: 'Faisabilité', state: 'current', since: '2024-01-20' },
      { stage: 'CREATION', label: 'Création', state: 'todo' },
      { stage: 'LAUNCHED', label: 'Lancement', state: 'todo' },
    ]);
  });

  it('ends with « Arrêtée » after the stages passed when the initiative stopped', () => {
    const stopped = progressOf({
      stage: 'STOPPED',
      startedOn: '2023-10-02',
      stages: [
        boucle.stages[0]!,
        { ...boucle.stages[2]!, id: 'x', date: '2024-07-01', stage: 'STOPPED', previousStage: 'FEASIBILITY' },
      ],
    });

    expect(stopped.map((step) => `${step.stage}:${step.state}`)).toEqual(['EMERGENCE:done', 'FEASIBILITY:done', 'STOPPED:stopped']);
    expect(stopped[2]!.since).toBe('2024-07-01');
  });
});

describe('an initiative\'s history', () => {
  it('lists stage changes, steering meetings and milestones in date order', () => {
    expect(initiativeHistory(boucle).map((entry) => `${entry.date} ${entry.kind}`)).toEqual([
      '2024-01-20 stage',
      '2024-02-12 meeting',
      '2024-05-06 stage',
      '2024-05-06 meeting',
      '2024-06-01 milestone',
      '2024-09-15 stage',
    ]);
  });

  it('offers to withdraw only the latest stage change, naming the launch\'s figures', () => {
    const stages = initiativeHistory(boucle).filter((entry) => entry.kind === 'stage');

    expect(stages.map((entry) => entry.withdrawable)).toEqual([false, false, true]);
    expect(stages[2]!.details).toBe('3 emplois au lancement');
    expect(stages[2]!.changes).toEqual([
      'L’initiative revient à l’étape « Création ».',
      '« Initiatives lancées » de 2024 (Générateur BFC) recule de 1 et « Emplois créés » de 3.',
    ]);
  });

  it('shows the starting stage, which goes only with the initiative', () => {
    const starting = { id: 's0', date: '2023-10-02', stage: 'EMERGENCE' as const, previousStage: null as unknown as 'EMERGENCE', jobs: null as unknown as number, initiativeId: 'i1', path: '' };
    const [first] = initiativeHistory({ ...boucle, stages: [starting], milestones: [], meetings: [] });

    expect(first!.details).toBe('Étape de départ');
    expect(first!.withdrawable).toBe(false);
  });
});
