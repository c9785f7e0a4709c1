/**
 * Mounts one built control on a preview page: binds its manifest properties to the form
 * record's columns and its data-sets to subgrid sources, runs it through pcf-host's lifecycle
 * (the one the jest tests run), renders a virtual control's element with the platform's
 * ReactDOM, watches the container's size, and writes changed outputs to the form record and
 * the host log. Everything a control sees comes from pcf-host.
 */
import * as React from "react";
import * as ReactDOM from "react-dom";
import { checkBinding, rawValueOf, storedValueOf } from "../../pcf-host/columns";
import { createPlatformContext, type PlatformContext } from "../../pcf-host/context";
import { SubgridDataset } from "../../pcf-host/dataset";
import { designStateFor } from "../../pcf-host/designStates";
import { formattingFor } from "../../pcf-host/formatting";
import { ControlLifecycle } from "../../pcf-host/lifecycle";
import { columnProperty, textProperty, wholeNumberProperty } from "../../pcf-host/properties";
import { createResources } from "../../pcf-host/resources";
import { subgridColumns, viewSorting, type DatasetView } from "../../pcf-host/subgridColumns";
import type { StoreColumn, StoreTable } from "../data/schema";
import type { Row } from "../data/types";
import type { StoreDatasetSource } from "./datasetSource";
import type { ThemeName } from "./designThemes";
import type { HostLog } from "./hostLog";
import type { LoadedControl } from "./loader";

const previewUser = { id: "6f3c2d1e-0000-4000-8000-00000000a11c", name: "Preview Supervisor" };

export interface DatasetBinding {
  /** Property-set name → column. */
  propertySets: Readonly<Record<string, string>>;
  view: DatasetView;
  viewId: string;
  title: string;
  pageSize: number;
  source: StoreDatasetSource;
}

/** A static value of an input property, as a form or dashboard gives it (`<rowCap static="true">`). */
export type StaticValue = string | number | boolean | null;

export interface ControlBinding {
  /** Folder under out/controls/. */
  control: string;
  /** Manifest property name → column of the current record. */
  properties?: Readonly<Record<string, string>>;
  /**
   * Manifest property name → the static value the form or dashboard XML gives it. An input
   * property neither bound nor given a value gets a property whose raw value is null, as the
   * platform hands an unconfigured input.
   */
  inputs?: Readonly<Record<string, StaticValue>>;
  /**
   * Where the control sits: on a form (the default: the record is the form's) or on a
   * dashboard, which has no record: context.mode.contextInfo and context.page name none.
   */
  place?: "form" | "dashboard";
  dataSets?: Readonly<Record<string, DatasetBinding>>;
  /** Height the form gives the control, in pixels; the platform reports -1 when it does not fix one. */
  height?: number;
}

export interface HostSettings {
  languageId: number;
  isRTL: boolean;
  theme: ThemeName;
  disabled: boolean;
}

export interface FormRecord {
  table: StoreTable;
  /** Empty for a new, unsaved record. */
  id: string;
  values: Readonly<Row>;
}

export interface MountOptions {
  binding: ControlBinding;
  record: FormRecord;
  settings: HostSettings;
  webAPI: ComponentFramework.WebApi;
  log: HostLog;
  /** A bound output changed: the form takes the new value (it becomes unsaved). */
  onOutput(column: string, value: Row[string]): void;
  /** openForm for a record of this app: the preview switches to it. */
  onOpenRecord(table: string, id: string): void;
  /** Delay before a dataset answers a page it already holds. */
  pageDelay(): Promise<void>;
}

type AnyControl =
  ComponentFramework.StandardControl<unknown, unknown> | ComponentFramework.ReactControl<unknown, unknown>;
type Parameters = Record<string, ComponentFramework.PropertyTypes.Property | SubgridDataset>;

/** Timings of the latest updateView (with its render), for the benchmark. */
export interface UpdateTiming {
  updatedProperties: string[];
  milliseconds: number;
}

export class ControlHost {
  readonly name: string;
  private readonly lifecycle: ControlLifecycle<unknown, unknown>;
  private readonly context: PlatformContext<unknown>;
  private readonly parameters: Parameters = {};
  private readonly datasets = new Map<string, SubgridDataset>();
  private readonly formatting: ComponentFramework.Formatting;
  private resizeObserver: ResizeObserver | undefined;
  private record: FormRecord;
  private updateStartedAt = 0;
  updateCount = 0;
  /** Time spent in updateView and the synchronous render of its element, summed over every call. */
  totalUpdateMs = 0;
  /** performance.now() when the latest updateView and its synchronous render returned. */
  lastUpdateEndedAt = 0;
  lastUpdate: UpdateTiming | undefined;
  /** performance.now() just before the control's constructor ran: where a control's own time starts. */
  readonly constructedAt: number;

  constructor(
    private readonly loaded: LoadedControl,
    private readonly container: HTMLDivElement,
    private readonly options: MountOptions,
  ) {
    this.name = loaded.name;
    this.record = options.record;
    this.formatting = formattingFor(options.settings.languageId);
    this.bindProperties();
    this.bindDataSets();
    this.context = this.createContext();
    this.constructedAt = performance.now();
    const control: AnyControl = new loaded.construct();
    this.lifecycle = new ControlLifecycle(control, this.context, {
      render: (result) => this.render(result),
      // The platform batches changes into one updateView on a later task.
      defer: (run) => setTimeout(run, 0),
      echoOutput: (name, value, current) => this.echoOutput(name, value, current),
      beforeUpdate: () => {
        this.context.mode.allocatedWidth = this.container.clientWidth || this.context.mode.allocatedWidth;
        this.updateStartedAt = performance.now();
      },
      onError: (error) =>
        this.options.log.add(this.name, "controlError", error instanceof Error ? error.message : String(error)),
    });
  }

  /** init, then the first updateView; datasets start loading as the platform's do. */
  start(): void {
    for (const dataset of this.datasets.values()) dataset.refresh();
    this.lifecycle.start(this.container);
  }

  /** The record's values changed in place (an output, a save, a refresh from the server). */
  setRecord(record: FormRecord): void {
    const previous = this.record.values;
    this.record = record;
    const changed: string[] = [];
    for (const [name, column] of Object.entries(this.options.binding.properties ?? {})) {
      if (previous[column] !== record.values[column]) {
        this.parameters[name] = this.propertyFor(name, column);
        changed.push(name);
      }
    }
    if (changed.length > 0) this.lifecycle.requestUpdate(changed);
  }

  setTheme(theme: ThemeName): void {
    this.context.fluentDesignLanguage = designStateFor(theme);
    this.lifecycle.requestUpdate([]);
  }

  /** Re-queries every dataset, as a subgrid refresh does. */
  refreshDatasets(): void {
    for (const dataset of this.datasets.values()) dataset.refresh();
  }

  /** Runs updateView at once with the given names (the benchmark times this). */
  updateNow(updatedProperties: string[]): UpdateTiming | undefined {
    this.lifecycle.updateNow(updatedProperties);
    return this.lastUpdate;
  }

  /** Replaces bound values and runs updateView at once; returns its timing. */
  replaceRecordNow(record: FormRecord): UpdateTiming | undefined {
    const changed: string[] = [];
    for (const [name, column] of Object.entries(this.options.binding.properties ?? {})) {
      if (this.record.values[column] !== record.values[column]) changed.push(name);
    }
    this.record = record;
    for (const name of changed)
      this.parameters[name] = this.propertyFor(name, this.options.binding.properties?.[name] ?? "");
    this.context.mode.contextInfo.entityId = record.id;
    return this.updateNow(changed);
  }

  /** True while an updateView is scheduled or a dataset is loading. */
  busy(): boolean {
    return this.lifecycle.updatePending || [...this.datasets.values()].some((dataset) => dataset.loading);
  }

  /** A bound dataset, for tests and the benchmark to watch its loading. */
  datasetNamed(name: string): SubgridDataset | undefined {
    return this.datasets.get(name);
  }

  destroy(): void {
    this.resizeObserver?.disconnect();
    this.lifecycle.destroy();
    if (this.loaded.manifest.controlType === "virtual") ReactDOM.unmountComponentAtNode(this.container);
  }

  private render(result: unknown): void {
    if (this.loaded.manifest.controlType === "virtual") ReactDOM.render(result as React.ReactElement, this.container);
    this.lastUpdateEndedAt = performance.now();
    const milliseconds = this.lastUpdateEndedAt - this.updateStartedAt;
    this.updateCount += 1;
    this.totalUpdateMs += milliseconds;
    this.lastUpdate = { updatedProperties: this.context.updatedProperties, milliseconds };
  }

  /** A changed output becomes an unsaved change of the form record, in the column's stored form. */
  private echoOutput(
    name: string,
    value: unknown,
    current: ComponentFramework.PropertyTypes.Property,
  ): ComponentFramework.PropertyTypes.Property {
    const columnName = this.options.binding.properties?.[name];
    if (!columnName) return current;
    const column = this.columnOf(columnName);
    const stored = storedValueOf(column, value);
    if (stored === (this.record.values[columnName] ?? null)) return current;
    this.options.log.add(
      this.name,
      "output",
      `${name} → ${columnName} = ${stored === null ? "null" : JSON.stringify(stored)}`,
    );
    // The record the form passes back next already holds the value, so it is no second change.
    this.record = { ...this.record, values: { ...this.record.values, [columnName]: stored } };
    this.options.onOutput(columnName, stored);
    return this.propertyFor(name, columnName);
  }

  private columnOf(column: string): StoreColumn {
    const found = this.record.table.columns.get(column);
    if (!found) throw new Error(`${this.name}: ${this.record.table.logicalName} has no column ${column}`);
    return found;
  }

  private typesOf(property: { ofType?: string; ofTypeGroup?: string }): string[] {
    if (property.ofType) return [property.ofType];
    return this.loaded.manifest.typeGroups[property.ofTypeGroup ?? ""] ?? [];
  }

  private propertyFor(name: string, columnName: string): ComponentFramework.PropertyTypes.Property {
    const manifestProperty = this.loaded.manifest.properties.find((property) => property.name === name);
    if (!manifestProperty) throw new Error(`${this.name} has no property named ${name}`);
    const column = this.columnOf(columnName);
    const types = this.typesOf(manifestProperty);
    checkBinding(this.name, name, types, column);
    const definition = this.record.table.definition.columns.find((candidate) => candidate.logicalName === columnName);
    return columnProperty(types[0], column, rawValueOf(column, this.record.values[columnName]), {
      formatting: this.formatting,
      required: definition?.required === "required",
      editable: !this.options.settings.disabled,
    });
  }

  private bindProperties(): void {
    const bindings = this.options.binding.properties ?? {};
    for (const property of this.loaded.manifest.properties) {
      const column = bindings[property.name];
      if (column) {
        this.parameters[property.name] = this.propertyFor(property.name, column);
      } else if (property.usage === "bound" && property.required) {
        throw new Error(`${this.name}: required bound property ${property.name} is not bound to a column`);
      }
    }
    for (const name of Object.keys(bindings)) {
      if (!this.loaded.manifest.properties.some((property) => property.name === name))
        throw new Error(`${this.name} has no property named ${name}`);
    }
    const inputs = this.options.binding.inputs ?? {};
    for (const name of Object.keys(inputs)) {
      const property = this.loaded.manifest.properties.find((candidate) => candidate.name === name);
      if (!property) throw new Error(`${this.name} has no property named ${name}`);
      if (property.usage !== "input") throw new Error(`${this.name}: ${name} is ${property.usage}, not an input`);
      if (bindings[name]) throw new Error(`${this.name}: ${name} is both bound to a column and given a value`);
    }
    for (const property of this.loaded.manifest.properties) {
      if (property.usage !== "input" || bindings[property.name]) continue;
      this.parameters[property.name] = this.staticProperty(property.name, inputs[property.name] ?? null);
    }
  }

  /** An input property holding a static value, typed by the manifest (its of-type, or its group's first). */
  private staticProperty(name: string, value: StaticValue): ComponentFramework.PropertyTypes.Property {
    const manifestProperty = this.loaded.manifest.properties.find((property) => property.name === name);
    const type = manifestProperty ? (this.typesOf(manifestProperty)[0] ?? "SingleLine.Text") : "SingleLine.Text";
    const options = { formatting: this.formatting };
    if (value === null) return { ...textProperty(null, options), type } as ComponentFramework.PropertyTypes.Property;
    if (type.startsWith("Whole.") || type === "Decimal" || type === "FP" || type === "Currency") {
      const number = typeof value === "number" ? value : Number(value);
      if (!Number.isFinite(number) || (type.startsWith("Whole.") && !Number.isInteger(number)))
        throw new Error(`${this.name}: ${name} takes a number of type ${type}, not ${JSON.stringify(value)}`);
      return { ...wholeNumberProperty(number, options), type } as ComponentFramework.PropertyTypes.Property;
    }
    if (type === "TwoOptions") {
      const flag = value === true || value === "true" || value === "1" || value === 1;
      return {
        ...textProperty(flag ? "1" : "0", options),
        raw: flag,
        type,
      } as ComponentFramework.PropertyTypes.Property;
    }
    return { ...textProperty(String(value), options), type } as ComponentFramework.PropertyTypes.Property;
  }

  private bindDataSets(): void {
    const bindings = this.options.binding.dataSets ?? {};
    for (const dataSet of this.loaded.manifest.dataSets) {
      const binding = bindings[dataSet.name];
      if (!binding) throw new Error(`${this.name}: data-set ${dataSet.name} is not bound`);
      const table = binding.source.table;
      for (const propertySet of dataSet.propertySets) {
        const column = binding.propertySets[propertySet.name];
        if (!column) {
          if (propertySet.required) throw new Error(`${this.name}: property-set ${propertySet.name} is not bound`);
          continue;
        }
        const storeColumn = table.columns.get(column);
        if (!storeColumn) throw new Error(`${this.name}: ${table.logicalName} has no column ${column}`);
        checkBinding(this.name, `${dataSet.name}.${propertySet.name}`, this.typesOf(propertySet), storeColumn);
      }
      const dataset = new SubgridDataset({
        entityName: table.logicalName,
        columns: subgridColumns(table, binding.view, binding.propertySets),
        sorting: viewSorting(binding.view),
        pageSize: binding.pageSize,
        source: binding.source,
        formatting: this.formatting,
        title: binding.title,
        viewId: binding.viewId,
        onOpen: (reference) => {
          this.options.log.add(
            this.name,
            "openRecord",
            `openDatasetItem ${reference.etn ?? ""} ${reference.id.guid} (${reference.name})`,
          );
        },
        pageDelay: this.options.pageDelay,
      });
      this.datasets.set(dataSet.name, dataset);
      this.parameters[dataSet.name] = dataset;
    }
  }

  private createContext(): PlatformContext<unknown> {
    const { settings, log, binding } = this.options;
    const { record } = this;
    const name = this.name;
    return createPlatformContext<unknown>({
      parameters: this.parameters,
      label: name,
      languageId: settings.languageId,
      isRTL: settings.isRTL,
      user: previewUser,
      resources: createResources({
        strings: [this.loaded.strings.get(settings.languageId), this.loaded.strings.get(1033)],
        readResource: (id) => this.readResource(id),
      }),
      webAPI: this.options.webAPI,
      // A dashboard has no record: nothing names one.
      record:
        binding.place === "dashboard"
          ? { entityId: "", entityTypeName: "", entityRecordName: "" }
          : {
              entityId: record.id,
              entityTypeName: record.table.logicalName,
              entityRecordName: String(record.values[record.table.primaryNameAttribute] ?? ""),
            },
      allocatedWidth: this.container.clientWidth || -1,
      allocatedHeight: binding.height ?? -1,
      isControlDisabled: settings.disabled,
      fluentDesignLanguage: designStateFor(settings.theme),
      hooks: {
        navigate: (message) => log.add(name, "navigation", message),
        openRecord: (table, id) => this.options.onOpenRecord(table, id),
        requestRender: () => this.lifecycle.requestUpdate([]),
        trackContainerResize: (track) => this.trackResize(track),
        entityMetadata: (entityName) => {
          try {
            return Promise.resolve(this.entityMetadata(entityName));
          } catch (error) {
            return Promise.reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
      },
    });
  }

  /** A resource of the control's folder as base64, as getResource hands it over. */
  private async readResource(id: string): Promise<string> {
    const response = await fetch(this.loaded.baseUrl + id);
    if (!response.ok) throw new Error(`${id}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    let binary = "";
    bytes.forEach((byte) => {
      binary += String.fromCharCode(byte);
    });
    return btoa(binary);
  }

  private entityMetadata(entityName: string): ComponentFramework.PropertyHelper.EntityMetadata {
    const tables = [
      this.record.table,
      ...Object.values(this.options.binding.dataSets ?? {}).map((binding) => binding.source.table),
    ];
    const table = tables.find((candidate) => candidate.logicalName === entityName);
    if (!table) throw new Error(`The preview has no metadata for ${entityName}`);
    const attributes = [...table.columns.values()].map((column) => ({
      LogicalName: column.logicalName,
      DisplayName: column.displayName,
      MaxLength: column.maxLength,
    }));
    return {
      LogicalName: table.logicalName,
      EntitySetName: table.entitySetName,
      PrimaryIdAttribute: table.primaryIdAttribute,
      PrimaryNameAttribute: table.primaryNameAttribute,
      DisplayName: table.definition.displayName,
      Attributes: {
        get: (attribute: string) => attributes.find((candidate) => candidate.LogicalName === attribute),
        getAll: () => attributes,
      },
    };
  }

  private trackResize(track: boolean): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    if (!track) return;
    let lastWidth = this.container.clientWidth;
    this.resizeObserver = new ResizeObserver(() => {
      const width = this.container.clientWidth;
      if (width === lastWidth) return;
      lastWidth = width;
      this.context.mode.allocatedWidth = width;
      this.lifecycle.requestUpdate(["layout"]);
    });
    this.resizeObserver.observe(this.container);
  }
}
