/**
 * Query text in the shape both dialects share: WITH, SELECT, FROM, WHERE, GROUP BY. Columns,
 * conditions and the FROM item are expressions the caller built (with a dialect where the
 * engines differ); this only lays them out, one column per line.
 */
export interface Column {
  expr: string;
  as: string;
}

export interface SelectQuery {
  columns: readonly Column[];
  from: string;
  /** Conditions that all hold. */
  where?: readonly string[];
  groupBy?: readonly string[];
}

export const column = (expr: string, as: string = expr): Column => ({ expr, as });

export function select(query: SelectQuery): string {
  const lines = [
    "SELECT",
    query.columns
      .map((entry) => `  ${entry.expr === entry.as ? entry.as : `${entry.expr} AS ${entry.as}`}`)
      .join(",\n"),
    `FROM ${query.from}`,
  ];
  if (query.where?.length) lines.push(`WHERE ${query.where.map((condition) => `(${condition})`).join("\n  AND ")}`);
  if (query.groupBy?.length) lines.push(`GROUP BY ${query.groupBy.join(", ")}`);
  return lines.join("\n");
}

/** A query with named steps before it; each step may read the ones before. */
export function withSteps(steps: readonly (readonly [string, string])[], final: string): string {
  if (steps.length === 0) return final;
  const indented = (text: string): string => text.replace(/^/gm, "  ");
  return `WITH ${steps.map(([name, body]) => `${name} AS (\n${indented(body)}\n)`).join(",\n")}\n${final}`;
}

/** CASE WHEN ... THEN ... [ELSE ...] END; one branch a line when there are more than two. */
export function caseWhen(branches: readonly (readonly [string, string])[], otherwise?: string): string {
  const parts = [
    ...branches.map(([condition, value]) => `WHEN ${condition} THEN ${value}`),
    ...(otherwise === undefined ? [] : [`ELSE ${otherwise}`]),
  ];
  if (branches.length <= 2) return `CASE ${parts.join(" ")} END`;
  return `CASE\n${parts.map((part) => `  ${part.replace(/\n/g, "\n  ")}`).join("\n")}\nEND`;
}

/** The number of rows for which the condition holds (0, not NULL, over no rows). */
export const countWhere = (condition: string): string => `COUNT(CASE WHEN ${condition} THEN 1 END)`;

export const oneIf = (condition: string): string => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

export const inList = (expr: string, values: readonly string[]): string => `${expr} IN (${values.join(", ")})`;
