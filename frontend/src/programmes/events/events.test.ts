import { agendaOf, cancellationChanges, isMonth, monthName, placesOf, registrationGroups, shiftMonth, type EventSummary, type RegistrationView } from './events';

const event = (id: string, date: string, startsAt: string): EventSummary =>
  ({ id, date, startsAt, title: id, kind: 'CLUB_EVENING', status: 'SCHEDULED', confirmed: 0, waitlisted: 0, capacity: 2 }) as EventSummary;

const registration = (id: string, status: RegistrationView['status'], receivedOn: string): RegistrationView => ({
  id, status, receivedOn, receivedAt: `${receivedOn}T09:00:00Z`, receivedBy: null, name: `Personne ${id}`,
  email: `${id}@example.org`, eventId: 'e1', movedUpOn: null,
});

describe('the agenda', () => {
  it('shows a month\'s events by their day in Paris, earliest first', () => {
    const events = [
      event('late', '2024-11-21', '2024-11-21T18:00:00Z'),
      event('early', '2024-11-21', '2024-11-21T08:00:00Z'),
      // 30 November 23:30 UTC is 1 December in Paris: the day the service gives decides
      event('december', '2024-12-01', '2024-11-30T23:30:00Z'),
      event('first', '2024-11-04', '2024-11-04T17:00:00Z'),
    ];

    expect(agendaOf(events, '2024-11').map((day) => `${day.day}: ${day.events.map((e) => e.id).join(',')}`)).toEqual([
      '2024-11-04: first',
      '2024-11-21: early,late',
    ]);
    expect(agendaOf(events, '2024-12')[0]!.events[0]!.id).toBe('december');
  });

  it('moves from month to month across the years', () => {
    expect(shiftMonth('2024-12', 1)).toBe('2025-01');
    expect(shiftMonth('2024-01', -1)).toBe('2023-12');
    expect(monthName('2024-08')).toBe('août 2024');
    expect(isMonth('2024-13')).toBe(false);
    expect(isMonth('2024-09')).toBe(true);
  });

  it('says the places taken, or that they are unlimited', () => {
    expect(placesOf({ confirmed: 2, capacity: 2 })).toBe('2 / 2 places');
    expect(placesOf({ confirmed: 5, capacity: null as unknown as number })).toBe('5 inscrit·es (places illimitées)');
  });
});

describe('an event\'s registrations at the door', () => {
  const registrations = [
    registration('c', 'WAITLISTED', '2024-11-03'),
    registration('a', 'CONFIRMED', '2024-11-01'),
    registration('d', 'WAITLISTED', '2024-11-04'),
    registration('b', 'CONFIRMED', '2024-11-02'),
    registration('x', 'CANCELLED', '2024-11-01'),
  ];

  it('lists the confirmed, then the waiting list in the order it moves up', () => {
    const groups = registrationGroups(registrations);

    expect(groups.confirmed.map((r) => r.id)).toEqual(['a', 'b']);
    expect(groups.waiting.map(({ registration: r, rank }) => `${rank}:${r.id}`)).toEqual(['1:c', '2:d']);
    expect(groups.cancelled.map((r) => r.id)).toEqual(['x']);
  });

  it('names who gets the place when a confirmed registration is cancelled', () => {
    expect(cancellationChanges(registrations[1]!, registrations)).toEqual([
      'L’inscription de Personne a est annulée (définitivement).',
      'Personne c, première de la liste d’attente, obtient sa place.',
    ]);
    expect(cancellationChanges(registrations[0]!, registrations)).toHaveLength(1);
  });
});
