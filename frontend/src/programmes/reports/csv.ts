// The report's CSV (`Accept: text/csv`): `indicateur;libellé;valeur` lines, `;`-separated, quotes doubled.

export interface CsvRow {
  key: string;
  label: string;
  value: number;
}

export function parseReportCsv(text: string): CsvRow[] {
  const lines: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ';') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      fields.push(field.replace(/\r$/, ''));
      lines.push(fields);
      fields = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field.replace(/\r$/, ''));
    lines.push(fields);
  }
  return lines
    .slice(1)
    .filter((line) => line.length === 3)
    .map(([key, label, value]) => ({ key: key!, label: label!, value: Number(value) }));
}
