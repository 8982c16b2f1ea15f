import { formatSiret, matches, pathwayOf, structuresProblem, welcomeYears, type StructureSummary, type StructureView } from './dla';
import { linesOf } from '@/ui/forms/lines';

const plume: StructureView = {
  id: 's1',
  name: 'Le Cri de la Plume',
  commune: 'Dijon',
  legalForm: 'Association',
  siret: '12345678900012',
  employeesFte: 3.5,
  engineeringRecorded: true,
  firstEngineeringOn: '2024-05-02',
  pathway: [],
  welcomes: [
    { id: 'w2', date: '2024-01-15', structureId: 's1' },
    { id: 'w1', date: '2022-03-01', structureId: 's1' },
  ],
  diagnostics: [{ id: 'd1', startedOn: '2024-02-01', completedOn: '2024-03-10', needs: ['Modèle économique', 'Gouvernance'], structureId: 's1' }],
  engineerings: [
    {
      id: 'e1', participationId: 'p1', kind: 'INDIVIDUAL', topic: 'Modèle économique', consultant: 'Cabinet Tilleul', days: 4,
      startedOn: '2024-05-02', joinedOn: '2024-05-02', joinedAtStart: true, completedOn: '2024-09-30',
    },
    {
      id: 'e2', participationId: 'p9', kind: 'COLLECTIVE', topic: 'Mutualiser l’emploi', consultant: 'Coop Conseil', days: 6,
      startedOn: '2024-04-01', joinedOn: '2024-06-12', joinedAtStart: false, completedOn: null as unknown as string,
    },
  ],
  followUps: [{ id: 'f1', date: '2024-12-05', kind: 'POST_ENGINEERING', structureId: 's1' }],
};

describe('a DLA structure\'s pathway', () => {
  it('lists every step in date order: welcomes, diagnostic and its completion, engineerings, follow-up', () => {
    expect(pathwayOf(plume).map((entry) => `${entry.date} ${entry.kind}`)).toEqual([
      '2022-03-01 welcome',
      '2024-01-15 welcome',
      '2024-02-01 diagnostic',
      '2024-03-10 diagnostic-completed',
      '2024-05-02 engineering',
      '2024-06-12 joined',
      '2024-09-30 engineering-completed',
      '2024-12-05 follow-up',
    ]);
  });

  it('shows a diagnostic\'s needs and an engineering\'s consultant and days', () => {
    const steps = pathwayOf(plume);

    expect(steps.find((step) => step.kind === 'diagnostic')!.details).toBe('Besoins : Modèle économique ; Gouvernance');
    expect(steps.find((step) => step.kind === 'engineering')!.details).toBe('Consultant·e : Cabinet Tilleul — 4 jours');
    expect(steps.find((step) => step.kind === 'engineering')!.link).toBe('/dla/ingenieries/e1');
  });

  it('withdraws a collective engineering joined later as a participation, naming the figure that moves back', () => {
    const joined = pathwayOf(plume).find((step) => step.kind === 'joined')!;

    expect(joined.withdrawal).toBe('withdrawParticipant');
    expect(joined.changes).toContain('« Bénéficiaires d’ingénieries collectives » de 2024 (DLA) recule de 1.');
  });

  it('names the welcome\'s year in its title and its figure in the confirmation', () => {
    const welcome = pathwayOf(plume).find((step) => step.id === 'w2')!;

    expect(welcome.title).toBe('Accueil 2024');
    expect(welcome.changes[1]).toBe('« Structures accueillies » de 2024 (DLA) recule de 1.');
    expect(welcomeYears(plume)).toEqual(['2024', '2022']);
  });
});

describe('structures', () => {
  const summary = { id: 's1', name: 'Le Cri de la Plume', commune: 'Châtillon-sur-Seine', siret: '12345678900012' } as StructureSummary;

  it('are found by every word of the search in name, commune or SIRET, ignoring case and accents', () => {
    expect(matches(summary, 'plume chatillon')).toBe(true);
    expect(matches(summary, '123456789')).toBe(true);
    expect(matches(summary, 'plume dijon')).toBe(false);
    expect(matches(summary, '')).toBe(true);
  });

  it('show their SIRET grouped as it is read', () => {
    expect(formatSiret('12345678900012')).toBe('123 456 789 00012');
    expect(formatSiret(null)).toBe('');
  });
});

describe('starting an engineering', () => {
  it('takes one structure when individual and two or more when collective', () => {
    expect(structuresProblem('INDIVIDUAL', ['a'])).toBeNull();
    expect(structuresProblem('INDIVIDUAL', ['a', 'b'])).toMatch(/une seule structure/);
    expect(structuresProblem('COLLECTIVE', ['a'])).toMatch(/au moins deux/);
    expect(structuresProblem('COLLECTIVE', ['a', 'b'])).toBeNull();
  });
});

describe('a list typed one per line', () => {
  it('keeps the trimmed lines that are not empty', () => {
    expect(linesOf(' Gouvernance \n\n  Emploi\r\n')).toEqual(['Gouvernance', 'Emploi']);
  });
});
