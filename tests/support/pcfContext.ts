/**
 * One mock of the PCF context for every control test, and a harness that drives a control
 * through its real lifecycle: init, updateView (rendering the returned React element),
 * notifyOutputChanged/getOutputs and destroy.
 *
 * resources.getString reads the control's real resx file from disk, so a test that renders
 * a string also proves the resx holds it; keys the control asked for but the file lacks are
 * collected in `missingStringKeys`.
 */
import { act, render, type RenderResult } from "@testing-library/react";
import type * as React from "react";
import type { MockDataset } from "./pcfDataset";
import { loadResx } from "./resx";

export { createDataset, type MockColumnSpec, type MockDataset, type MockDatasetSpec, type MockRecordSpec } from "./pcfDataset";
export { dateProperty, optionSetProperty, textProperty, wholeNumberProperty, type PropertyOptions } from "./pcfProperties";

export const testUserId = "6f3c2d1e-0000-4000-8000-00000000a11c";

export interface WebApiMock {
  retrieveRecord: jest.Mock<Promise<ComponentFramework.WebApi.Entity>, [string, string, string?]>;
  retrieveMultipleRecords: jest.Mock<Promise<ComponentFramework.WebApi.RetrieveMultipleResponse>, [string, string?, number?]>;
  createRecord: jest.Mock<Promise<ComponentFramework.LookupValue>, [string, ComponentFramework.WebApi.Entity]>;
  updateRecord: jest.Mock<Promise<ComponentFramework.LookupValue>, [string, string, ComponentFramework.WebApi.Entity]>;
  deleteRecord: jest.Mock<Promise<ComponentFramework.LookupValue>, [string, string]>;
}

export interface MockContextOptions {
  /** Folder and file name under controls/: resources come from controls/<name>/strings/<name>.<lcid>.resx. */
  controlName: string;
  /** Strings to use instead of the resx files; only for test-only controls that have none. */
  strings?: Record<string, string>;
  /** Manifest property name to property (see textProperty, dateProperty, createDataset ...). */
  parameters?: Record<string, ComponentFramework.PropertyTypes.Property | MockDataset>;
  languageId?: number;
  isRTL?: boolean;
  userId?: string;
  isControlDisabled?: boolean;
  allocatedWidth?: number;
  allocatedHeight?: number;
  /** The current row; null models a new, unsaved record (no id yet). */
  entityId?: string | null;
  entityTypeName?: string;
  fluentDesignLanguage?: ComponentFramework.FluentDesignState;
  updatedProperties?: string[];
}

export interface MockContext<TInputs> extends ComponentFramework.Context<TInputs> {
  webAPI: ComponentFramework.WebApi & WebApiMock;
  /** String keys the control asked for that the resx file does not define. */
  missingStringKeys: Set<string>;
  mode: ComponentFramework.Mode & {
    trackContainerResize: jest.Mock<void, [boolean]>;
    setControlState: jest.Mock<boolean, [ComponentFramework.Dictionary]>;
    setFullScreen: jest.Mock<void, [boolean]>;
    contextInfo: { entityId: string; entityTypeName: string; entityRecordName: string };
  };
  factory: ComponentFramework.Factory & { requestRender: jest.Mock<void, []> };
}

function unconfigured<TResult, TArgs extends unknown[]>(name: string): jest.Mock<Promise<TResult>, TArgs> {
  return jest.fn<Promise<TResult>, TArgs>(() => Promise.reject(new Error(`webAPI.${name} was called but the test did not configure it`)));
}

function createResources(options: MockContextOptions, languageId: number, missing: Set<string>): ComponentFramework.Resources {
  const controlName = options.controlName;
  const strings = options.strings ? new Map(Object.entries(options.strings)) : (loadResx(controlName, languageId) ?? loadResx(controlName, 1033));
  if (!strings) {
    throw new Error(`No resx for ${controlName} (language ${languageId} or 1033)`);
  }
  return {
    getString: (key: string) => {
      const value = strings.get(key);
      if (value === undefined) {
        missing.add(key);
        return key;
      }
      return value;
    },
    getResource: jest.fn(),
  };
}

function createFormatting(languageId: number): ComponentFramework.Formatting {
  const locale = languageId === 1031 ? "de-DE" : "en-US";
  const number = (value: number, digits?: number): string =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits ?? 3 }).format(value);
  const date = (value: Date, options: Intl.DateTimeFormatOptions): string => new Intl.DateTimeFormat(locale, { timeZone: "UTC", ...options }).format(value);
  return {
    formatCurrency: (value, precision, symbol) => `${symbol ?? "$"}${number(value, precision ?? 2)}`,
    formatDecimal: (value, precision) => number(value, precision),
    formatInteger: (value) => number(value, 0),
    formatLanguage: (value) => String(value),
    formatTime: (value) => date(value, { hour: "2-digit", minute: "2-digit" }),
    formatDateAsFilterStringInUTC: (value) => value.toISOString(),
    formatDateLong: (value) => date(value, { dateStyle: "long" }),
    formatDateLongAbbreviated: (value) => date(value, { dateStyle: "medium" }),
    formatDateShort: (value, includeTime) => date(value, includeTime ? { dateStyle: "short", timeStyle: "short" } : { dateStyle: "short" }),
    formatDateYearMonth: (value) => date(value, { year: "numeric", month: "long" }),
    getWeekOfYear: () => 1,
  };
}

/** Every mock webAPI made in the current test, for the after-each check of the queries sent. */
export const webApisOfThisTest: WebApiMock[] = [];

export function createMockContext<TInputs>(options: MockContextOptions): MockContext<TInputs> {
  const languageId = options.languageId ?? 1033;
  const missingStringKeys = new Set<string>();
  const webAPI: WebApiMock = {
    retrieveRecord: unconfigured("retrieveRecord"),
    retrieveMultipleRecords: unconfigured("retrieveMultipleRecords"),
    createRecord: unconfigured("createRecord"),
    updateRecord: unconfigured("updateRecord"),
    deleteRecord: unconfigured("deleteRecord"),
  };
  webApisOfThisTest.push(webAPI);
  const context = {
    parameters: (options.parameters ?? {}) as unknown as TInputs,
    updatedProperties: options.updatedProperties ?? [],
    missingStringKeys,
    mode: {
      allocatedWidth: options.allocatedWidth ?? 600,
      allocatedHeight: options.allocatedHeight ?? -1,
      isControlDisabled: options.isControlDisabled ?? false,
      isVisible: true,
      label: options.controlName,
      setControlState: jest.fn(() => true),
      setFullScreen: jest.fn(),
      trackContainerResize: jest.fn(),
      contextInfo: {
        entityId: options.entityId ?? (options.entityId === null ? "" : "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01"),
        entityTypeName: options.entityTypeName ?? "msdyn_proactive_delivery",
        entityRecordName: "",
      },
    },
    resources: createResources(options, languageId, missingStringKeys),
    userSettings: {
      languageId,
      isRTL: options.isRTL ?? false,
      userId: `{${(options.userId ?? testUserId).toUpperCase()}}`,
      userName: "Test User",
      securityRoles: [],
      dateFormattingInfo: {} as ComponentFramework.UserSettingApi.DateFormattingInfo,
      numberFormattingInfo: {} as ComponentFramework.UserSettingApi.NumberFormattingInfo,
      getTimeZoneOffsetMinutes: () => 0,
    },
    formatting: createFormatting(languageId),
    webAPI,
    navigation: {
      openAlertDialog: jest.fn(() => Promise.resolve()),
      openConfirmDialog: jest.fn(() => Promise.resolve({ confirmed: true })),
      openErrorDialog: jest.fn(() => Promise.resolve()),
      openFile: jest.fn(() => Promise.resolve()),
      openForm: jest.fn(() => Promise.resolve({ savedEntityReference: [] })),
      openUrl: jest.fn(),
      openWebResource: jest.fn(),
    },
    utils: {
      getEntityMetadata: jest.fn(() => Promise.resolve({})),
      hasEntityPrivilege: jest.fn(() => true),
      lookupObjects: jest.fn(() => Promise.resolve([])),
    },
    client: {
      disableScroll: false,
      getClient: () => "Web",
      getFormFactor: () => 1,
      isOffline: () => false,
      isNetworkAvailable: () => true,
    },
    device: {},
    factory: { requestRender: jest.fn(), getPopupService: jest.fn() },
    fluentDesignLanguage: options.fluentDesignLanguage,
    events: {},
    copilot: {},
  };
  return context as unknown as MockContext<TInputs>;
}

/** A minimal Fluent v9 design state, as a model-driven app passes it in fluentDesignLanguage. */
export function fluentDesign(variant: "light" | "dark" | "highContrast", tokens: Record<string, string> = {}): ComponentFramework.FluentDesignState {
  const palettes: Record<typeof variant, Record<string, string>> = {
    light: { colorNeutralBackground1: "#ffffff", colorNeutralForeground1: "#242424", colorNeutralForeground2: "#424242", colorBrandBackground: "#0f6cbd" },
    dark: { colorNeutralBackground1: "#292929", colorNeutralForeground1: "#ffffff", colorNeutralForeground2: "#d6d6d6", colorBrandBackground: "#115ea3" },
    highContrast: { colorNeutralBackground1: "Canvas", colorNeutralForeground1: "CanvasText", colorNeutralForeground2: "CanvasText", colorBrandBackground: "Highlight" },
  };
  const brand: Record<number, string> = {};
  [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160].forEach((step, index) => {
    const level = (index * 15).toString(16).padStart(2, "0");
    brand[step] = `#00${level}ff`;
  });
  return {
    tokenTheme: { ...palettes[variant], ...tokens },
    brand: brand as ComponentFramework.BrandVariants,
    isDarkTheme: variant === "dark",
  };
}

type ReactControlClass<TInputs, TOutputs> = new () => ComponentFramework.ReactControl<TInputs, TOutputs>;

export interface ContextChange {
  /** Properties to replace, by manifest name; they are listed in updatedProperties unless given. */
  parameters?: Record<string, ComponentFramework.PropertyTypes.Property | MockDataset>;
  updatedProperties?: string[];
  allocatedWidth?: number;
  isControlDisabled?: boolean;
  entityId?: string;
  fluentDesignLanguage?: ComponentFramework.FluentDesignState;
}

export interface ControlHarness<TInputs, TOutputs> {
  control: ComponentFramework.ReactControl<TInputs, TOutputs>;
  context: MockContext<TInputs>;
  notifyOutputChanged: jest.Mock<void, []>;
  rendered: RenderResult;
  /** Applies a change the host would make and runs updateView, re-rendering the new element. */
  update(change?: ContextChange): void;
  outputs(): TOutputs | undefined;
  /** Lets pending promises (Web API answers, deferred host updates) settle inside act. */
  settle(): Promise<void>;
  destroy(): void;
}

export interface MountOptions {
  /**
   * Mirrors the host: after notifyOutputChanged it calls getOutputs, stores the outputs as
   * the bound properties' new raw values and runs updateView with them. On by default.
   */
  echoOutputs?: boolean;
}

/** Runs a virtual (React) control's real lifecycle against a mock context. */
export function mountControl<TInputs, TOutputs>(
  ControlClass: ReactControlClass<TInputs, TOutputs>,
  context: MockContext<TInputs>,
  options: MountOptions = {},
): ControlHarness<TInputs, TOutputs> {
  const control = new ControlClass();
  const parameters = context.parameters as unknown as Record<string, ComponentFramework.PropertyTypes.Property | MockDataset>;
  const container = document.createElement("div");
  document.body.appendChild(container);
  let rendered: RenderResult | undefined;

  const runUpdateView = (): void => {
    const element: React.ReactElement = control.updateView(context);
    if (rendered) {
      rendered.rerender(element);
    } else {
      rendered = render(element);
    }
  };

  const update = (change: ContextChange = {}): void => {
    const changedNames = Object.keys(change.parameters ?? {});
    Object.assign(parameters, change.parameters);
    if (change.allocatedWidth !== undefined) {
      context.mode.allocatedWidth = change.allocatedWidth;
    }
    if (change.isControlDisabled !== undefined) {
      context.mode.isControlDisabled = change.isControlDisabled;
    }
    if (change.entityId !== undefined) {
      context.mode.contextInfo.entityId = change.entityId;
    }
    if (change.fluentDesignLanguage !== undefined) {
      context.fluentDesignLanguage = change.fluentDesignLanguage;
    }
    const layout = change.allocatedWidth !== undefined ? ["layout"] : [];
    context.updatedProperties = change.updatedProperties ?? [...changedNames, ...layout];
    runUpdateView();
  };

  const hostUpdateLater = (names: string[]): void => {
    // The host answers asynchronously, never inside the control's own event handler.
    queueMicrotask(() => {
      act(() => update({ updatedProperties: names }));
    });
  };

  for (const [name, property] of Object.entries(parameters)) {
    if ("paging" in property) {
      property.onChange = () => hostUpdateLater([name]);
    }
  }
  context.factory.requestRender.mockImplementation(() => hostUpdateLater([]));

  const notifyOutputChanged = jest.fn(() => {
    if (options.echoOutputs === false) {
      return;
    }
    const outputs = (control.getOutputs?.() ?? {}) as Record<string, unknown>;
    const names = Object.keys(outputs).filter((name) => name in parameters);
    for (const name of names) {
      const property = parameters[name] as ComponentFramework.PropertyTypes.Property;
      const raw = outputs[name] ?? null;
      parameters[name] = { ...property, raw, formatted: raw === null ? "" : String(raw) };
    }
    hostUpdateLater(names);
  });

  control.init(context, notifyOutputChanged, {}, container);
  runUpdateView();
  context.updatedProperties = [];

  return {
    control,
    context,
    notifyOutputChanged,
    get rendered(): RenderResult {
      return rendered as RenderResult;
    },
    update: (change) => {
      act(() => update(change));
    },
    outputs: () => control.getOutputs?.(),
    settle: async () => {
      await act(async () => {
        for (let round = 0; round < 5; round += 1) {
          await Promise.resolve();
        }
      });
    },
    destroy: () => {
      control.destroy();
      rendered?.unmount();
      container.remove();
    },
  };
}

/** Shortcut for the common case: a mock context and the mounted control in one call. */
export function mountWithContext<TInputs, TOutputs>(
  ControlClass: ReactControlClass<TInputs, TOutputs>,
  options: MockContextOptions,
  mountOptions?: MountOptions,
): ControlHarness<TInputs, TOutputs> {
  return mountControl(ControlClass, createMockContext<TInputs>(options), mountOptions);
}
