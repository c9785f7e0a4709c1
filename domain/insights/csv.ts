/**
 * CSV for any figure table (RFC 4180): a header row, records ended by CRLF, a field in double
 * quotes when it holds a comma, a quote, CR or LF, a quote inside doubled.
 *
 * A text cell that starts with = + - @ (or a tab or CR, as OWASP lists) gets a leading
 * apostrophe, so a spreadsheet shows it as text instead of running it as a formula: stored
 * texts such as disposition codes come from integrations and agents (formula injection).
 * Number cells are written as numbers, never prefixed: a negative number is no formula.
 */
export type CsvCell = string | number | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  // Locale-free digits with a dot; NaN and infinities have no CSV spelling and stay empty.
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = formulaStart.test(cell) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const line = (cells: readonly CsvCell[]): string => `${cells.map(csvField).join(",")}\r\n`;
  return line(header) + rows.map(line).join("");
}
