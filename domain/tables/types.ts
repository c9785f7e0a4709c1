import type { Labels } from "../languages";

/**
 * The shape of a table description. One description per table lives beside this file; the
 * solution XML, typed entities, views and sample data are all generated from it.
 */
export type RequiredLevel = "none" | "recommended" | "required" | "systemrequired";

interface ColumnBase {
  logicalName: string;
  schemaName: string;
  /** The display name in the base language (1033), as the table's metadata carries it. */
  displayName: string;
  /**
   * The display name in each language the experience's forms label their cells in (1033 the
   * same as displayName); a form cell on this column is labelled with these.
   */
  displayNames?: Labels;
  description: string;
  required: RequiredLevel;
  /** False for the columns Microsoft hides from forms (DisplayMask without ValidForForm). */
  validForForm: boolean;
}

export interface TextColumn extends ColumnBase {
  kind: "text";
  maxLength: number;
  primaryName?: boolean;
  /** The column's Format: text when not given; contact's email and phone columns say so. */
  format?: "text" | "email" | "phone";
}

export interface DateTimeColumn extends ColumnBase {
  kind: "datetime";
  format: "datetime" | "date";
  /** 1 user local, 2 date only, 3 time zone independent. */
  behavior: 1 | 2 | 3;
  canChangeBehavior: boolean;
}

export interface LookupColumn extends ColumnBase {
  kind: "lookup";
  target: string;
}

export interface ChoiceColumn extends ColumnBase {
  kind: "choice";
  /** Name of the global choice (option set) the column is bound to. */
  optionSet: string;
  defaultValue: number;
}

export interface IntegerColumn extends ColumnBase {
  kind: "integer";
  min: number;
  max: number;
}

export type ColumnDefinition = TextColumn | DateTimeColumn | LookupColumn | ChoiceColumn | IntegerColumn;

export interface TableDefinition {
  logicalName: string;
  schemaName: string;
  displayName: string;
  displayCollectionName: string;
  description: string;
  entitySetName: string;
  primaryIdAttribute: string;
  primaryNameAttribute: string;
  ownership: "UserOwned";
  /** Contact Center creates these tables as elastic tables. */
  elastic: boolean;
  columns: ColumnDefinition[];
  /** Columns every elastic table carries; the platform creates them, solutions do not. */
  elasticSystemColumns: ColumnDefinition[];
  /**
   * Set on a table the platform itself defines (contact). No solution creates it: ours only add
   * a form to it, as a shell, and describe only the columns that form names, with their real
   * metadata. Such a table and its columns are the platform's, never a missing dependency.
   */
  platform?: {
    /** Its fixed object type code. A shell export writes none (see solution/xml/entity.ts). */
    objectTypeCode: number;
  };
}

export interface ChoiceOption {
  value: number;
  label: string;
}

export interface GlobalChoiceDefinition {
  name: string;
  displayName: string;
  description: string;
  options: ChoiceOption[];
}

export type CascadeType = "Cascade" | "NoCascade" | "RemoveLink" | "Restrict" | "Active" | "UserOwned";

export interface OneToManyRelationship {
  schemaName: string;
  referencedEntity: string;
  referencingEntity: string;
  referencingAttribute: string;
  cascade: {
    assign: CascadeType;
    delete: CascadeType;
    reparent: CascadeType;
    share: CascadeType;
    unshare: CascadeType;
    merge: CascadeType;
    rollupView: CascadeType;
  };
  menu: {
    behavior: "UseCollectionName" | "UseLabel" | "DoNotDisplay";
    group: "Details" | "Sales" | "Service" | "Marketing";
    order: number;
  };
  isCustomizable: boolean;
  isValidForAdvancedFind: boolean;
}
