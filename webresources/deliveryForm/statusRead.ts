import { idColumn, statusColumn, tableName, toAddressColumn } from "./columns";

export interface StatusAnswer {
  status: string | null;
  toAddress: string | null;
}

/** The form's record id without braces, or undefined for a record not saved yet (its id is ""). */
export function savedRecordId(form: Xrm.FormContext): string | undefined {
  return form.data.entity.getId().replace(/[{}]/g, "") || undefined;
}

/**
 * Neither column is valid for forms, so they are read here. A query on the primary key, not a
 * retrieve by id: on an elastic table a row with a custom partition id is not found by id alone.
 */
export function statusQuery(id: string): string {
  return `?$select=${statusColumn},${toAddressColumn}&$filter=${idColumn} eq ${id}&$top=1`;
}

const textOf = (value: unknown): string | null => (typeof value === "string" ? value : null);

/** Rejects with the Web API's error; undefined when no row matches (deleted, or not shared with the user). */
export async function readStatus(id: string): Promise<StatusAnswer | undefined> {
  const answer = await Xrm.WebApi.retrieveMultipleRecords(tableName, statusQuery(id));
  const row = answer.entities[0] as Record<string, unknown> | undefined;
  return row && { status: textOf(row[statusColumn]), toAddress: textOf(row[toAddressColumn]) };
}
