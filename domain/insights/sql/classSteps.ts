import type { SqlDialect } from "./dialect";
import type { ClassifiedColumn } from "./kinds";
import { column, select } from "./query";
import {
  bucketKeyOf,
  bucketTextOf,
  groupKeyOf,
  groupKindOf,
  groupTextOf,
  kindOf,
  normalised,
  recordIdOf,
  trimmed,
} from "./textRules";
import type { ViewContext } from "./viewContext";

/**
 * The steps of the deliveries view that read a text column: its distinct stored texts, each
 * read once (a table holds a handful of statuses however many rows it has), as
 * `<prefix>_classes` with the text as stored ('' for none) and what it reads as. The rows join
 * back on the stored text. (T-SQL's DISTINCT and = ignore trailing spaces, so two texts that
 * differ only in those are one class there; they read the same, trailing spaces being trimmed.)
 */
export const storedOf = (d: SqlDialect, name: string): string => `COALESCE(${name}, ${d.text("")})`;

function distinctValuesSteps(context: ViewContext, stored: string, prefix: string): [string, string][] {
  return [[`${prefix}_values`, `SELECT DISTINCT ${storedOf(context.dialect, stored)} AS stored\nFROM source`]];
}

/** A classified column (status, result, dial mode): kind, bucket key and bucket text. */
export function classifiedSteps(
  context: ViewContext,
  which: ClassifiedColumn,
  stored: string,
  prefix: string,
): [string, string][] {
  const d = context.dialect;
  return [
    ...distinctValuesSteps(context, stored, prefix),
    [
      `${prefix}_texts`,
      select({
        columns: [
          column("stored"),
          column(trimmed(d, "stored"), "trimmed_text"),
          column(normalised(d, "stored"), "normalised_text"),
        ],
        from: `${prefix}_values`,
      }),
    ],
    [
      `${prefix}_kinds`,
      select({
        columns: [
          column("stored"),
          column("trimmed_text"),
          column(kindOf(d, which, "trimmed_text", "normalised_text"), "kind"),
        ],
        from: `${prefix}_texts`,
      }),
    ],
    [
      `${prefix}_classes`,
      select({
        columns: [
          column("stored"),
          column("kind"),
          column(bucketKeyOf(d, "kind", "trimmed_text"), "bucket_key"),
          column(bucketTextOf(d, "kind", "trimmed_text"), "bucket_text"),
        ],
        from: `${prefix}_kinds`,
      }),
    ],
  ];
}

/** An id column (configuration, queue): the group identity of domain/insights/groups.ts. */
export function groupSteps(context: ViewContext, stored: string, prefix: string): [string, string][] {
  const d = context.dialect;
  return [
    ...distinctValuesSteps(context, stored, prefix),
    [
      `${prefix}_texts`,
      select({ columns: [column("stored"), column(trimmed(d, "stored"), "trimmed_text")], from: `${prefix}_values` }),
    ],
    [
      `${prefix}_ids`,
      select({
        columns: [column("stored"), column("trimmed_text"), column(recordIdOf(d, "trimmed_text"), "id")],
        from: `${prefix}_texts`,
      }),
    ],
    [
      `${prefix}_kinds`,
      select({
        columns: [
          column("stored"),
          column("trimmed_text"),
          column("id"),
          column(groupKindOf(d, "trimmed_text", "id"), "kind"),
        ],
        from: `${prefix}_ids`,
      }),
    ],
    [
      `${prefix}_classes`,
      select({
        columns: [
          column("stored"),
          column("kind"),
          column(groupKeyOf(d, "kind", "id", "trimmed_text"), "group_key"),
          column("id"),
          column(groupTextOf(d, "kind", "id", "trimmed_text"), "group_text"),
        ],
        from: `${prefix}_kinds`,
      }),
    ],
  ];
}
