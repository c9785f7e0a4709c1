/**
 * The in-memory tables behind the preview: rows keyed by id, writes checked against the
 * table description (column names, lengths, choice values) the way Dataverse checks them,
 * and change notifications so the preview can refresh what it shows.
 */
import { deliveryAttributesRelationship } from "../../domain/tables";
import { RecordNotFoundError, SampleWebApiError, ValidationError } from "./odata/errors";
import {
  createdOnColumn,
  modifiedOnColumn,
  partitionIdColumn,
  storeTables,
  type StoreColumn,
  type StoreTable,
} from "./schema";
import { relatedStoreTables } from "./relatedStoreTables";
import type { Row, RowValue, SampleData } from "./types";

interface TableRows {
  table: StoreTable;
  rows: Row[];
  byId: Map<string, Row>;
}

export type StoreChange = { table: string; id: string; kind: "create" | "update" | "delete" };
export type StoreListener = (change: StoreChange) => void;

/** Ids compare without braces and case, as Dataverse compares GUIDs. */
export function normalizeId(id: string): string {
  return id
    .trim()
    .replace(/^\{|\}$/g, "")
    .toLowerCase();
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Date and time columns hold whole seconds, written yyyy-MM-ddTHH:mm:ssZ. */
function normalizeDate(value: string | number | Date): string {
  const time = value instanceof Date ? value.getTime() : typeof value === "number" ? value : Date.parse(value);
  if (Number.isNaN(time)) throw new ValidationError(`'${String(value)}' is not a valid date and time`);
  return new Date(Math.floor(time / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export class SampleStore {
  private readonly tables = new Map<string, TableRows>();
  private readonly listeners = new Set<StoreListener>();
  private sequence = 0;
  private readonly clock: () => number;

  /** `related`: rows of the tables deliveries name by id; without it the store lacks those tables, as an environment without them does. */
  constructor(
    data: Pick<SampleData, "deliveries" | "attributes"> & Partial<Pick<SampleData, "related">>,
    clock: () => number = () => Date.now(),
  ) {
    this.clock = clock;
    const [deliveries, attributes] = storeTables;
    this.load(deliveries, data.deliveries);
    this.load(attributes, data.attributes);
    if (data.related) {
      for (const table of relatedStoreTables) this.load(table, data.related[table.logicalName] ?? []);
    }
  }

  private load(table: StoreTable, rows: readonly Row[]): void {
    const entry: TableRows = { table, rows: [], byId: new Map() };
    this.tables.set(table.logicalName, entry);
    for (const row of rows) this.add(entry, { ...row });
  }

  private add(entry: TableRows, row: Row): void {
    const id = normalizeId(String(row[entry.table.primaryIdAttribute]));
    row[entry.table.primaryIdAttribute] = id;
    if (entry.byId.has(id))
      throw new ValidationError(`A record with id ${id} already exists in ${entry.table.logicalName}`);
    entry.rows.push(row);
    entry.byId.set(id, row);
  }

  /** The table by logical name; the Web API takes logical names, not entity set names. */
  entry(logicalName: string): TableRows {
    const entry = this.tables.get(logicalName);
    if (entry) return entry;
    const bySet = [...this.tables.values()].find((candidate) => candidate.table.entitySetName === logicalName);
    const hint = bySet ? ` (use the logical name ${bySet.table.logicalName}, not the entity set name)` : "";
    throw new SampleWebApiError(
      `The entity type '${logicalName}' does not exist in the preview's sample data${hint}`,
      -2147217150,
      404,
    );
  }

  table(logicalName: string): StoreTable {
    return this.entry(logicalName).table;
  }

  rows(logicalName: string): readonly Row[] {
    return this.entry(logicalName).rows;
  }

  get(logicalName: string, id: string): Row | undefined {
    return this.entry(logicalName).byId.get(normalizeId(id));
  }

  getOrFail(logicalName: string, id: string): Row {
    const row = this.get(logicalName, id);
    if (!row) throw new RecordNotFoundError(logicalName, normalizeId(id));
    return row;
  }

  /**
   * The row retrieveRecord finds. A row whose writer set a custom partitionid is keyed by its
   * id and that partition together, as on an elastic table: without the matching partitionId
   * it does not exist (a query filtering on the id still finds it).
   */
  getInPartition(logicalName: string, id: string, partitionId: string | undefined): Row {
    const row = this.getOrFail(logicalName, id);
    if ((row[partitionIdColumn] ?? undefined) !== partitionId)
      throw new RecordNotFoundError(logicalName, normalizeId(id));
    return row;
  }

  /** A version tag for an etag: bumps on every write. */
  nextVersion(): number {
    this.sequence += 1;
    return this.sequence;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(change: StoreChange): void {
    for (const listener of this.listeners) listener(change);
  }

  /** Adds rows without the Web API's checks (the benchmark's bulk attributes). */
  addRows(logicalName: string, rows: readonly Row[]): void {
    const entry = this.entry(logicalName);
    for (const row of rows) this.add(entry, { ...row });
  }

  create(logicalName: string, data: Readonly<Record<string, unknown>>): string {
    const entry = this.entry(logicalName);
    const { table } = entry;
    const row: Row = {};
    for (const column of table.columns.values()) row[column.logicalName] = null;
    const givenId = data[table.primaryIdAttribute];
    const id = typeof givenId === "string" ? normalizeId(givenId) : this.newId();
    if (!guidPattern.test(id)) throw new ValidationError(`'${String(givenId)}' is not a valid id`);
    Object.assign(row, this.checkedValues(table, data, true));
    const now = normalizeDate(this.clock());
    row[table.primaryIdAttribute] = id;
    row[createdOnColumn] = now;
    row[modifiedOnColumn] = now;
    this.add(entry, row);
    this.notify({ table: logicalName, id, kind: "create" });
    return id;
  }

  update(logicalName: string, id: string, data: Readonly<Record<string, unknown>>): void {
    const table = this.table(logicalName);
    const row = this.getOrFail(logicalName, id);
    const values = this.checkedValues(table, data, false);
    Object.assign(row, values, { [modifiedOnColumn]: normalizeDate(this.clock()) });
    this.notify({ table: logicalName, id: normalizeId(id), kind: "update" });
  }

  delete(logicalName: string, id: string): void {
    const entry = this.entry(logicalName);
    const key = normalizeId(id);
    this.getOrFail(logicalName, key);
    // The relationship's own cascade rule decides what happens to the attributes.
    const relationship = deliveryAttributesRelationship;
    if (relationship.referencedEntity === logicalName && relationship.cascade.delete === "Cascade") {
      const children = this.entry(relationship.referencingEntity);
      for (const child of children.rows.filter((row) => row[relationship.referencingAttribute] === key)) {
        this.delete(relationship.referencingEntity, String(child[children.table.primaryIdAttribute]));
      }
    }
    entry.byId.delete(key);
    const index = entry.rows.findIndex((row) => row[entry.table.primaryIdAttribute] === key);
    entry.rows.splice(index, 1);
    this.notify({ table: logicalName, id: key, kind: "delete" });
  }

  private newId(): string {
    // Ids of created rows: deterministic per store, never clashing with generated (version 4) ids.
    this.sequence += 1;
    return `00000000-0000-0000-0000-${this.sequence.toString(16).padStart(12, "0")}`;
  }

  private checkedValues(table: StoreTable, data: Readonly<Record<string, unknown>>, creating: boolean): Row {
    const values: Row = {};
    for (const [key, value] of Object.entries(data)) {
      if (key.startsWith("@")) continue;
      const bind = /^(.+)@odata\.bind$/.exec(key);
      if (bind) {
        const column = table.columns.get(bind[1]);
        if (column?.kind !== "lookup")
          throw new ValidationError(`'${bind[1]}' is not a lookup of ${table.logicalName}`);
        values[column.logicalName] = this.bindTarget(column, value);
        continue;
      }
      if (key === table.primaryIdAttribute && creating) continue;
      const column = table.columns.get(key);
      if (!column)
        throw new ValidationError(
          `Invalid property '${key}' was found in entity 'Microsoft.Dynamics.CRM.${table.logicalName}'.`,
        );
      if (column.system) throw new ValidationError(`${key} is set by the platform and cannot be written`);
      if (column.kind === "lookup")
        throw new ValidationError(`Set the lookup ${key} with "${key}@odata.bind": "/<entity set>(<id>)"`);
      values[key] = checkValue(table, column, value);
    }
    return values;
  }

  private bindTarget(column: StoreColumn, value: unknown): RowValue {
    if (value === null) return null;
    const match = typeof value === "string" ? /^\/?([a-z_]+)\(\{?([0-9a-fA-F-]{36})\}?\)$/.exec(value) : null;
    if (!match)
      throw new ValidationError(
        `${column.logicalName}@odata.bind must look like /<entity set>(<id>), not '${String(value)}'`,
      );
    const target = this.entry(column.target ?? "");
    if (match[1] !== target.table.entitySetName)
      throw new ValidationError(`${column.logicalName} refers to ${target.table.entitySetName}, not ${match[1]}`);
    const id = normalizeId(match[2]);
    if (!target.byId.has(id)) throw new RecordNotFoundError(target.table.logicalName, id);
    return id;
  }
}

function checkValue(table: StoreTable, column: StoreColumn, value: unknown): RowValue {
  if (value === null || value === undefined) return null;
  switch (column.kind) {
    case "text": {
      if (typeof value !== "string") throw new ValidationError(`${column.logicalName} takes text, not ${typeof value}`);
      const limit = column.maxLength ?? 0;
      if (value.length > limit) {
        throw new ValidationError(
          `A validation error occurred. The length of the '${column.logicalName}' attribute of the '${table.logicalName}' entity exceeded the maximum allowed length of '${limit}'.`,
        );
      }
      return value;
    }
    case "datetime":
      if (typeof value !== "string" && typeof value !== "number" && !(value instanceof Date))
        throw new ValidationError(`${column.logicalName} takes a date and time`);
      return normalizeDate(value);
    case "choice": {
      const options = column.options ?? [];
      if (typeof value !== "number" || !options.some((option) => option.value === value)) {
        throw new ValidationError(
          `${String(value)} is not a valid value for ${column.logicalName}; valid: ${options.map((option) => option.value).join(", ")}`,
        );
      }
      return value;
    }
    case "integer": {
      if (
        typeof value !== "number" ||
        !Number.isInteger(value) ||
        value < (column.min ?? -Infinity) ||
        value > (column.max ?? Infinity)
      ) {
        throw new ValidationError(
          `${String(value)} is not a valid whole number for ${column.logicalName} (${column.min}..${column.max})`,
        );
      }
      return value;
    }
    case "guid":
    case "lookup":
      throw new ValidationError(`${column.logicalName} cannot be written directly`);
  }
}
