// Dates `dd/mm/yyyy`, times in Europe/Paris, numbers in French: how every screen shows them, and how a date
// typed `jj/mm/aaaa` becomes the contract's ISO date.

export const TIME_ZONE = 'Europe/Paris';

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: TIME_ZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const time = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' });
const number = new Intl.NumberFormat('fr-FR');

/** An ISO date (`2024-03-12`) as `12/03/2024`; '' for none. */
export function formatDate(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** `12/03/2024` (or `12/3/2024`) as the ISO date `2024-03-12`; null when it is not a real date. */
export function parseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const iso = `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/** Whether the text is an ISO date that exists (`2024-02-30` does not). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An instant as `12/03/2024 à 18:30`, Paris time; '' for none. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) {
    return '';
  }
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.day}/${parts.month}/${parts.year} à ${parts.hour}:${parts.minute}`;
}

/** An instant's time of day in Paris, `18:30`. */
export function formatTime(instant: string | Date): string {
  return time.format(typeof instant === 'string' ? new Date(instant) : instant);
}

/** Today's date in Paris, ISO. */
export function todayInParis(now: Date = new Date()): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The offset of Paris time from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function parisOffsetMinutes(at: number): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
      .formatToParts(new Date(at))
      .map((part) => [part.type, Number(part.value)]),
  );
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - at) / 60_000);
}

/**
 * A day and a time of day in Paris (`2024-04-02`, `18:30`) as the instant the contract takes
 * (`2024-04-02T16:30:00Z`); null when either is not valid.
 */
export function parisToInstant(isoDate: string, hhmm: string): string | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!isIsoDate(isoDate) || !match || Number(match[1]) > 23 || Number(match[2]) > 59) {
    return null;
  }
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, Number(match[1]), Number(match[2]));
  // the offset at the wall-clock time read as UTC, then checked at the instant found (changes of time)
  let instant = wall - parisOffsetMinutes(wall) * 60_000;
  instant = wall - parisOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** An instant as its day (ISO) and time of day (`HH:mm`) in Paris; null for none or an invalid instant. */
export function instantToParis(instant: string | null | undefined): { date: string; time: string } | null {
  if (!instant || Number.isNaN(Date.parse(instant))) {
    return null;
  }
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A number in French (`1 234`). */
export function formatNumber(value: number | null | undefined): string {
  return value == null ? '' : number.format(value);
}
