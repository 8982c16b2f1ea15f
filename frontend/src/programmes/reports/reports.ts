// Reading the reports: a year's figures (JSON, typed by the contract), the French labels (the CSV's), the years
// that have activity, the CSV download.
import { api, authorizedFetch, send } from '@/api/client';
import type { components } from '@/api/generated/reporting-service';
import { parseReportCsv } from './csv';

export type YearlyReport = components['schemas']['YearlyReport'];
export type LiveChange = components['schemas']['LiveChange'];

/** How many years back the page looks for activity, and charts. */
export const YEARS_LOOKED_AT = 10;

export async function getYear(year: number): Promise<YearlyReport> {
  const report = await send(() =>
    api.reporting.GET('/api/reports/years/{year}', {
      params: { path: { year } },
      headers: { Accept: 'application/json' },
    }),
  );
  // the operation also answers text/csv (getCsv); asked for JSON, it is the YearlyReport
  return report as YearlyReport;
}

/** The CSV of a year, as the reporting service writes it. */
export async function getCsv(year: number): Promise<string> {
  const response = await authorizedFetch(`/api/reports/years/${year}`, { headers: { Accept: 'text/csv' } });
  return response.text();
}

/** The French label of every key, in the report's order (from a year's CSV). */
export async function getLabels(year: number): Promise<Map<string, string>> {
  return new Map(parseReportCsv(await getCsv(year)).map((row) => [row.key, row.label]));
}

/** Whether anything counted in a year's report. */
export function hasActivity(report: YearlyReport): boolean {
  return Object.values(report.indicators).some((value) => value !== 0);
}

/** The years from `latest` back YEARS_LOOKED_AT years, newest first. */
export function yearsBack(latest: number): number[] {
  return Array.from({ length: YEARS_LOOKED_AT + 1 }, (_, index) => latest - index);
}

/** The year to open: the latest with activity, else the current one. */
export function latestActive(reports: readonly YearlyReport[], current: number): number {
  const active = reports.filter(hasActivity).map((report) => report.year);
  return active.length > 0 ? Math.max(...active) : current;
}

/** Saves a year's CSV as a file (the browser's download). */
export async function downloadCsv(year: number): Promise<void> {
  const blob = new Blob([await getCsv(year)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `pes21-${year}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
