import type { Labels } from "../../domain/languages";

export interface FieldInfo {
  /** The cell's label: the column's display name, per language. */
  label: Labels;
  classId: string;
}

/**
 * The system columns the platform's default forms of a new table show, with the controls an
 * export gives them (powercat-creator-kit cat_Sample card and quick view forms).
 */
export const systemFormFields: Readonly<Record<string, FieldInfo | undefined>> = {
  ownerid: { label: { 1033: "Owner" }, classId: "{270BD3DB-D9AF-4782-9025-509E298DEC0A}" },
  createdon: { label: { 1033: "Created On" }, classId: "{5B773807-9FB2-42DB-97C3-7A91EFF8ADFF}" },
  statuscode: { label: { 1033: "Status Reason" }, classId: "{5D68B988-0661-4db2-BC3E-17598AD3BE6C}" },
};
