import { parseReportCsv } from './csv';
import { REPORT_PROGRAMMES, explanationOf, programmeOf } from './indicators';
import { LiveFigures } from './live';
import { hasActivity, latestActive, yearsBack, type YearlyReport } from './reports';

/** Every key of docs/domain.md, "How every indicator is counted". */
const KEYS = [
  ...['structuresWelcomed', 'beneficiaryStructures', 'individualDiagnostics', 'individualEngineerings',
    'collectiveEngineerings', 'collectiveEngineeringBeneficiaries', 'postEngineeringFollowUps'].map((k) => `dla.${k}`),
  ...['projectsWelcomed', 'projectsAccompanied', 'structuresCreated', 'jobsCreated', 'postCreationReviews'].flatMap((k) =>
    ['BENEFICE_CREA', 'CRDVA', 'EMERGENCE', 'OTHER', 'total'].map((p) => `accompaniment.${k}.${p}`),
  ),
  ...['territoriesAccompanied', 'initiativesLaunched', 'steeringMeetings', 'jobsCreated'].map((k) => `territory.${k}`),
  ...['CLUB_EVENING', 'EXPERT_TALK', 'CFGA_WORKSHOP', 'COURSE', 'PITCH_CONTEST', 'CONFERENCE', 'WORKSHOP', 'WEBINAR',
    'OTHER', 'total'].map((k) => `events.held.${k}`),
  'events.participants',
];

const report = (year: number, indicators: Record<string, number>): YearlyReport => ({ year, indicators, lastEventAt: null });

describe('the reports page\'s figures', () => {
  it('explains every indicator in one line, in French, and files it under its programme', () => {
    for (const key of KEYS) {
      const explanation = explanationOf(key);
      expect(explanation, key).toMatch(/^[A-ZÉ].*\.$/);
      expect(explanation, key).not.toContain('\n');
      expect(programmeOf(key), key).toBeDefined();
    }
    expect(explanationOf('accompaniment.projectsWelcomed.CRDVA')).toBe(
      'Projets distincts dont l’accueil est daté de l’année (CRDVA).',
    );
  });

  it('charts only keys of its programme', () => {
    for (const programme of REPORT_PROGRAMMES) {
      for (const key of programme.charted) {
        expect(KEYS).toContain(key);
        expect(key.startsWith(programme.prefix)).toBe(true);
      }
    }
  });

  it('reads the report\'s CSV with its French labels, quotes and CRLF lines', () => {
    const csv = 'indicateur;libellé;valeur\r\ndla.structuresWelcomed;Structures accueillies;28\r\nevents.held.COURSE;"Cours ""donnés""; IRTS";8\r\n';

    expect(parseReportCsv(csv)).toEqual([
      { key: 'dla.structuresWelcomed', label: 'Structures accueillies', value: 28 },
      { key: 'events.held.COURSE', label: 'Cours "donnés"; IRTS', value: 8 },
    ]);
  });

  it('opens on the latest year with activity, or the current year when there is none', () => {
    const reports = [report(2026, { a: 0 }), report(2025, { a: 3 }), report(2024, { a: 1 })];

    expect(latestActive(reports, 2026)).toBe(2025);
    expect(latestActive([report(2026, { a: 0 })], 2026)).toBe(2026);
    expect(hasActivity(report(2020, { a: 0, b: 0 }))).toBe(false);
    expect(yearsBack(2027)).toHaveLength(11);
    expect(yearsBack(2027)[0]).toBe(2027);
  });

  it('reads the live stream\'s events, heartbeats and reload requests', () => {
    const changes: unknown[] = [];
    const reload = vi.fn();
    const live = new LiveFigures({ change: (change) => changes.push(change), reload, state: () => undefined });

    live.dispatch(': heartbeat');
    live.dispatch('id: 41\nevent: indicator\ndata: {"year":2024,"key":"dla.structuresWelcomed","value":29}');
    live.dispatch('id: 42\nevent: reload\ndata: {}');

    expect(changes).toEqual([{ year: 2024, key: 'dla.structuresWelcomed', value: 29 }]);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
