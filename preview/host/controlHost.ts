/**
 * Drives one built control through its real lifecycle, as a model-driven form does: construct
 * it with the registered constructor, init with a full context, updateView on every change
 * (bound values, dataset pages, resize, theme, requestRender) with updatedProperties saying
 * what changed, render the element a virtual control returns with the platform's ReactDOM,
 * take outputs after notifyOutputChanged, and destroy.
 */
import * as React from "react";
import * as ReactDOM from "react-dom";
import type { StoreColumn, StoreTable } from "../data/schema";
import type { Row } from "../data/types";
import { PreviewDataset, type DatasetView } from "./dataset";
import type { DatasetSource } from "./datasetSource";
import { designStateFor, type ThemeName } from "./designThemes";
import type { HostLog } from "./hostLog";
import type { LoadedControl } from "./loader";
import { checkBinding, createProperty, storedValueOf } from "./properties";
import { createUserSettings, formattingFor } from "./userSettings";

export interface DatasetBinding {
  /** Property-set name → column. */
  propertySets: Readonly<Record<string, string>>;
  view: DatasetView;
  viewId: string;
  title: string;
  pageSize: number;
  source: DatasetSource;
}

export interface ControlBinding {
  /** Folder under out/controls/. */
  control: string;
  /** Manifest property name → column of the current record. */
  properties?: Readonly<Record<string, string>>;
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

type AnyControl = ComponentFramework.StandardControl<unknown, unknown> | ComponentFramework.ReactControl<unknown, unknown>;
type Parameters = Record<string, ComponentFramework.PropertyTypes.Property | PreviewDataset>;

/** Timings of the latest updateView (with its render), for the benchmark. */
export interface UpdateTiming {
  updatedProperties: string[];
  milliseconds: number;
}

export class ControlHost {
  readonly name: string;
  private readonly control: AnyControl;
  private readonly context: ComponentFramework.Context<unknown> & { updatedProperties: string[]; page: Record<string, unknown> };
  private readonly parameters: Parameters = {};
  private readonly datasets = new Map<string, PreviewDataset>();
  private readonly formatting: ComponentFramework.Formatting;
  private resizeObserver: ResizeObserver | undefined;
  private record: FormRecord;
  private destroyed = false;
  private pendingUpdate: Set<string> | undefined;
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
    this.control = new loaded.construct();
  }

  /** init, then the first updateView; datasets start loading as the platform's do. */
  start(): void {
    for (const dataset of this.datasets.values()) dataset.refresh();
    this.control.init(this.context, this.notifyOutputChanged, {}, this.container);
    this.runUpdateView([]);
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
    if (changed.length > 0) this.scheduleUpdate(changed);
  }

  setTheme(theme: ThemeName): void {
    this.context.fluentDesignLanguage = designStateFor(theme);
    this.scheduleUpdate([]);
  }

  /** Re-queries every dataset, as a subgrid refresh does. */
  refreshDatasets(): void {
    for (const dataset of this.datasets.values()) dataset.refresh();
  }

  /** Runs updateView at once with the given names (the benchmark times this). */
  updateNow(updatedProperties: string[]): UpdateTiming | undefined {
    this.runUpdateView(updatedProperties);
    return this.lastUpdate;
  }

  /** Replaces bound values and runs updateView at once; returns its timing. */
  replaceRecordNow(record: FormRecord): UpdateTiming | undefined {
    const changed: string[] = [];
    for (const [name, column] of Object.entries(this.options.binding.properties ?? {})) {
      if (this.record.values[column] !== record.values[column]) changed.push(name);
    }
    this.record = record;
    for (const name of changed) this.parameters[name] = this.propertyFor(name, this.options.binding.properties?.[name] ?? "");
    (this.context.mode as unknown as { contextInfo: { entityId: string } }).contextInfo.entityId = record.id;
    return this.updateNow(changed);
  }

  /** True while an updateView is scheduled or a dataset is loading. */
  busy(): boolean {
    return this.pendingUpdate !== undefined || [...this.datasets.values()].some((dataset) => dataset.loading);
  }

  /** A bound dataset, for tests and the benchmark to watch its loading. */
  datasetNamed(name: string): PreviewDataset | undefined {
    return this.datasets.get(name);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.resizeObserver?.disconnect();
    this.control.destroy();
    if (this.loaded.manifest.controlType === "virtual") ReactDOM.unmountComponentAtNode(this.container);
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
    return createProperty(types[0], column, this.record.values[columnName], {
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
      if (!this.loaded.manifest.properties.some((property) => property.name === name)) throw new Error(`${this.name} has no property named ${name}`);
    }
  }

  private bindDataSets(): void {
    const bindings = this.options.binding.dataSets ?? {};
    for (const dataSet of this.loaded.manifest.dataSets) {
      const binding = bindings[dataSet.name];
      if (!binding) throw new Error(`${this.name}: data-set ${dataSet.name} is not bound`);
      for (const propertySet of dataSet.propertySets) {
        const column = binding.propertySets[propertySet.name];
        if (!column) {
          if (propertySet.required) throw new Error(`${this.name}: property-set ${propertySet.name} is not bound`);
          continue;
        }
        const storeColumn = binding.source.table.columns.get(column);
        if (!storeColumn) throw new Error(`${this.name}: ${binding.source.table.logicalName} has no column ${column}`);
        checkBinding(this.name, `${dataSet.name}.${propertySet.name}`, this.typesOf(propertySet), storeColumn);
      }
      const dataset = new PreviewDataset({
        name: dataSet.name,
        propertySets: binding.propertySets,
        view: binding.view,
        pageSize: binding.pageSize,
        source: binding.source,
        formatting: this.formatting,
        title: binding.title,
        viewId: binding.viewId,
        onChange: () => this.scheduleUpdate([dataSet.name]),
        onOpen: (reference) => {
          this.options.log.add(this.name, "openRecord", `openDatasetItem ${reference.etn ?? ""} ${reference.id.guid} (${reference.name})`);
        },
        pageDelay: this.options.pageDelay,
      });
      this.datasets.set(dataSet.name, dataset);
      this.parameters[dataSet.name] = dataset;
    }
  }

  private createContext(): ComponentFramework.Context<unknown> & { updatedProperties: string[]; page: Record<string, unknown> } {
    const { settings, log } = this.options;
    const strings = this.loaded.strings.get(settings.languageId) ?? this.loaded.strings.get(1033) ?? new Map<string, string>();
    const fallback = this.loaded.strings.get(1033) ?? new Map<string, string>();
    const name = this.name;
    const navigate = (message: string): void => log.add(name, "navigation", message);
    const binding = this.options.binding;
    const context = {
      parameters: this.parameters,
      updatedProperties: [] as string[],
      mode: {
        allocatedWidth: this.container.clientWidth || -1,
        allocatedHeight: binding.height ?? -1,
        isControlDisabled: settings.disabled,
        isVisible: true,
        label: name,
        setControlState: () => true,
        setFullScreen: (value: boolean) => navigate(`setFullScreen(${String(value)})`),
        trackContainerResize: (value: boolean) => this.trackResize(value),
        contextInfo: { entityId: this.record.id, entityTypeName: this.record.table.logicalName, entityRecordName: String(this.record.values[this.record.table.primaryNameAttribute] ?? "") },
      },
      page: { entityId: this.record.id, entityTypeName: this.record.table.logicalName, appId: "00000000-0000-0000-0000-0000000000a1", isPageReadOnly: settings.disabled },
      resources: {
        getString: (key: string) => strings.get(key) ?? fallback.get(key) ?? key,
        getResource: (id: string, success: (data: string) => void, failure: () => void) => {
          void this.readResource(id).then(success, failure);
        },
      },
      userSettings: createUserSettings(settings.languageId, settings.isRTL),
      formatting: this.formatting,
      webAPI: this.options.webAPI,
      navigation: {
        openAlertDialog: (alert: ComponentFramework.NavigationApi.AlertDialogStrings) => {
          navigate(`openAlertDialog: ${alert.text}`);
          return Promise.resolve();
        },
        openConfirmDialog: (confirm: ComponentFramework.NavigationApi.ConfirmDialogStrings) => {
          navigate(`openConfirmDialog: ${confirm.text}`);
          return Promise.resolve({ confirmed: true });
        },
        openErrorDialog: (options: ComponentFramework.NavigationApi.ErrorDialogOptions) => {
          navigate(`openErrorDialog: ${options.message ?? ""}`);
          return Promise.resolve();
        },
        openFile: (file: ComponentFramework.FileObject) => {
          navigate(`openFile: ${file.fileName}`);
          return Promise.resolve();
        },
        openForm: (options: ComponentFramework.NavigationApi.EntityFormOptions) => {
          navigate(`openForm: ${options.entityName} ${options.entityId ?? "(new)"}`);
          if (options.entityId) this.options.onOpenRecord(options.entityName, options.entityId);
          return Promise.resolve({ savedEntityReference: [] });
        },
        openUrl: (url: string) => navigate(`openUrl: ${url}`),
        openWebResource: (webResourceName: string) => navigate(`openWebResource: ${webResourceName}`),
      },
      utils: {
        getEntityMetadata: (entityName: string) => {
          try {
            return Promise.resolve(this.entityMetadata(entityName));
          } catch (error) {
            return Promise.reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        hasEntityPrivilege: () => true,
        lookupObjects: () => Promise.resolve([]),
      },
      client: {
        disableScroll: false,
        getClient: () => "Web",
        getFormFactor: () => 1,
        isOffline: () => false,
        isNetworkAvailable: () => true,
      },
      device: {
        captureAudio: () => Promise.reject(new Error("No device capture in the preview")),
        captureImage: () => Promise.reject(new Error("No device capture in the preview")),
        captureVideo: () => Promise.reject(new Error("No device capture in the preview")),
        getBarcodeValue: () => Promise.reject(new Error("No device capture in the preview")),
        getCurrentPosition: () => Promise.reject(new Error("No device capture in the preview")),
        pickFile: () => Promise.resolve([]),
      },
      factory: {
        requestRender: () => this.scheduleUpdate([]),
        getPopupService: () => {
          throw new Error("The preview has no popup service");
        },
      },
      fluentDesignLanguage: designStateFor(settings.theme),
      events: {},
      copilot: {},
    };
    return context as unknown as ComponentFramework.Context<unknown> & { updatedProperties: string[]; page: Record<string, unknown> };
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

  private entityMetadata(entityName: string): Record<string, unknown> {
    const tables = [this.record.table, ...Object.values(this.options.binding.dataSets ?? {}).map((binding) => binding.source.table)];
    const table = tables.find((candidate) => candidate.logicalName === entityName);
    if (!table) throw new Error(`The preview has no metadata for ${entityName}`);
    const attributes = [...table.columns.values()].map((column) => ({ LogicalName: column.logicalName, DisplayName: column.displayName, MaxLength: column.maxLength }));
    return {
      LogicalName: table.logicalName,
      EntitySetName: table.entitySetName,
      PrimaryIdAttribute: table.primaryIdAttribute,
      PrimaryNameAttribute: table.primaryNameAttribute,
      DisplayName: table.definition.displayName,
      Attributes: { get: (name: string) => attributes.find((attribute) => attribute.LogicalName === name), getAll: () => attributes },
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
      this.scheduleUpdate(["layout"]);
    });
    this.resizeObserver.observe(this.container);
  }

  private readonly notifyOutputChanged = (): void => {
    // The platform reads outputs after the control's event handler has returned.
    queueMicrotask(() => {
      if (this.destroyed) return;
      const outputs = (this.control.getOutputs?.() ?? {}) as Record<string, unknown>;
      for (const [name, value] of Object.entries(outputs)) {
        const column = this.options.binding.properties?.[name];
        if (!column) continue;
        const stored = storedValueOf(this.columnOf(column), value);
        if (stored === (this.record.values[column] ?? null)) continue;
        this.options.log.add(this.name, "output", `${name} → ${column} = ${stored === null ? "null" : JSON.stringify(stored)}`);
        this.options.onOutput(column, stored);
      }
    });
  };

  /** Coalesces changes into one updateView on the next task, as the platform batches them. */
  private scheduleUpdate(names: string[]): void {
    if (this.destroyed) return;
    if (this.pendingUpdate) {
      names.forEach((name) => this.pendingUpdate?.add(name));
      return;
    }
    this.pendingUpdate = new Set(names);
    setTimeout(() => {
      const pending = [...(this.pendingUpdate ?? [])];
      this.pendingUpdate = undefined;
      if (!this.destroyed) this.runUpdateView(pending);
    }, 0);
  }

  private runUpdateView(updatedProperties: string[]): void {
    this.context.updatedProperties = updatedProperties;
    this.context.mode.allocatedWidth = this.container.clientWidth || this.context.mode.allocatedWidth;
    const started = performance.now();
    try {
      const result = this.control.updateView(this.context);
      if (this.loaded.manifest.controlType === "virtual") {
        ReactDOM.render(result as React.ReactElement, this.container);
      }
    } catch (error) {
      this.options.log.add(this.name, "controlError", error instanceof Error ? error.message : String(error));
      throw error;
    }
    this.lastUpdateEndedAt = performance.now();
    const milliseconds = this.lastUpdateEndedAt - started;
    this.updateCount += 1;
    this.totalUpdateMs += milliseconds;
    this.lastUpdate = { updatedProperties, milliseconds };
  }
}
