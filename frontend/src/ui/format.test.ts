import {
  formatDate,
  formatDateTime,
  formatNumber,
  instantToParis,
  isIsoDate,
  parisToInstant,
  parseDate,
  todayInParis,
} from './format';

describe('dates and times as the screens show them', () => {
  it('shows an ISO date as dd/mm/yyyy and nothing for none', () => {
    expect(formatDate('2024-03-12')).toBe('12/03/2024');
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });

  it('reads a typed dd/mm/yyyy date as the ISO date, and refuses a date that does not exist', () => {
    expect(parseDate('12/03/2024')).toBe('2024-03-12');
    expect(parseDate(' 1/3/2024 ')).toBe('2024-03-01');
    expect(parseDate('30/02/2024')).toBeNull();
    expect(parseDate('2024-03-12')).toBeNull();
    expect(parseDate('12/03/24')).toBeNull();
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
  });

  it('shows an instant in Paris time, winter and summer', () => {
    expect(formatDateTime('2024-01-15T17:30:00Z')).toBe('15/01/2024 à 18:30');
    expect(formatDateTime('2024-07-15T17:30:00Z')).toBe('15/07/2024 à 19:30');
    // the report's rule: 2024-12-31T23:30:00Z is held on 1 January 2025 in Paris
    expect(formatDateTime('2024-12-31T23:30:00Z')).toBe('01/01/2025 à 00:30');
  });

  it('turns a Paris day and time into the instant the contract takes, across the changes of time', () => {
    expect(parisToInstant('2024-04-02', '18:30')).toBe('2024-04-02T16:30:00Z');
    expect(parisToInstant('2024-12-10', '18:30')).toBe('2024-12-10T17:30:00Z');
    expect(parisToInstant('2024-03-31', '03:30')).toBe('2024-03-31T01:30:00Z');
    expect(parisToInstant('2024-10-27', '01:30')).toBe('2024-10-26T23:30:00Z');
    expect(parisToInstant('2024-02-30', '18:30')).toBeNull();
    expect(parisToInstant('2024-04-02', '25:00')).toBeNull();
  });

  it('reads an instant back as its day and time in Paris', () => {
    expect(instantToParis('2024-04-02T16:30:00Z')).toEqual({ date: '2024-04-02', time: '18:30' });
    expect(instantToParis('2024-12-31T23:30:00Z')).toEqual({ date: '2025-01-01', time: '00:30' });
    expect(instantToParis('not an instant')).toBeNull();
  });

  it('knows the day in Paris when it is already tomorrow there', () => {
    expect(todayInParis(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01-01');
  });

  it('writes numbers the French way', () => {
    expect(formatNumber(1234).replace(/\s/g, ' ')).toBe('1 234');
    expect(formatNumber(undefined)).toBe('');
  });
});
