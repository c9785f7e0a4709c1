/**
 * The PCF context and lifecycle for control tests: pcf-host's platform, the one the preview
 * runs too, with jest spies on what a control calls, Web API calls that fail until a test
 * configures them, and a harness that renders through Testing Library inside act.
 *
 * resources.getString reads the control's real resx file from disk, so a test that renders
 * a string also proves the resx holds it; keys the control asked for but the file lacks are
 * collected in `missingStringKeys`.
 */
import { act, render, type RenderResult } from "@testing-library/react";
import * as React from "react";
import { flushSync } from "react-dom";
import { createPlatformContext, type PlatformContext } from "../../pcf-host/context";
import { designStateFor, type FluentThemeName } from "../../pcf-host/designStates";
import { ControlLifecycle, type PropertyListing } from "../../pcf-host/lifecycle";
import { createResources } from "../../pcf-host/resources";
import { isRightToLeftLanguage } from "../../pcf-host/userSettings";
import type { MockDataset } from "./pcfDataset";
import { loadResx } from "./resx";

export {
  createDataset,
  type MockColumnSpec,
  type MockDataset,
  type MockDatasetSpec,
  type MockRecordSpec,
} from "./pcfDataset";
export {
  dateProperty,
  optionSetProperty,
  textProperty,
  wholeNumberProperty,
  type PropertyOptions,
} from "./pcfProperties";

export const testUserId = "6f3c2d1e-0000-4000-8000-00000000a11c";

export interface WebApiMock {
  retrieveRecord: jest.Mock<Promise<ComponentFramework.WebApi.Entity>, [string, string, string?]>;
  retrieveMultipleRecords: jest.Mock<
    Promise<ComponentFramework.WebApi.RetrieveMultipleResponse>,
    [string, string?, number?]
  >;
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

export interface MockContext<TInputs> extends PlatformContext<TInputs> {
  webAPI: ComponentFramework.WebApi & WebApiMock;
  /** String keys the control asked for that the resx file does not define. */
  missingStringKeys: Set<string>;
  mode: PlatformContext<TInputs>["mode"] & {
    trackContainerResize: jest.Mock<void, [boolean]>;
    setControlState: jest.Mock<boolean, [ComponentFramework.Dictionary]>;
    setFullScreen: jest.Mock<void, [boolean]>;
  };
  factory: ComponentFramework.Factory & { requestRender: jest.Mock<void, []> };
}

/** Every mock webAPI made in the current test, for the after-each check of the queries sent. */
export const webApisOfThisTest: WebApiMock[] = [];

function unconfigured<TResult, TArgs extends unknown[]>(name: string): jest.Mock<Promise<TResult>, TArgs> {
  return jest.fn<Promise<TResult>, TArgs>(() =>
    Promise.reject(new Error(`webAPI.${name} was called but the test did not configure it`)),
  );
}

function createWebApiMock(): WebApiMock {
  const webAPI: WebApiMock = {
    retrieveRecord: unconfigured("retrieveRecord"),
    retrieveMultipleRecords: unconfigured("retrieveMultipleRecords"),
    createRecord: unconfigured("createRecord"),
    updateRecord: unconfigured("updateRecord"),
    deleteRecord: unconfigured("deleteRecord"),
  };
  webApisOfThisTest.push(webAPI);
  return webAPI;
}

function stringsOf(options: MockContextOptions, languageId: number): Map<string, string> {
  if (options.strings) return new Map(Object.entries(options.strings));
  const strings = loadResx(options.controlName, languageId) ?? loadResx(options.controlName, 1033);
  if (!strings) throw new Error(`No resx for ${options.controlName} (language ${languageId} or 1033)`);
  return strings;
}

/** Replaces each named function of an object by a jest spy that calls it. */
function spyOnAll<T extends object>(target: T): void {
  for (const [name, value] of Object.entries(target)) {
    if (typeof value === "function")
      (target as Record<string, unknown>)[name] = jest.fn(value as (...args: unknown[]) => unknown);
  }
}

export function createMockContext<TInputs>(options: MockContextOptions): MockContext<TInputs> {
  const languageId = options.languageId ?? 1033;
  const missingStringKeys = new Set<string>();
  const resources = createResources({
    strings: [stringsOf(options, languageId)],
    onMissing: (key) => missingStringKeys.add(key),
  });
  const context = createPlatformContext<TInputs>({
    parameters: (options.parameters ?? {}) as unknown as TInputs,
    label: options.controlName,
    languageId,
    // The platform shows a right-to-left language right to left unless a test says otherwise.
    isRTL: options.isRTL ?? isRightToLeftLanguage(languageId),
    user: { id: options.userId ?? testUserId, name: "Test User" },
    resources: { ...resources, getResource: jest.fn() },
    webAPI: createWebApiMock() as unknown as ComponentFramework.WebApi,
    record: {
      entityId: options.entityId ?? (options.entityId === null ? "" : "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01"),
      entityTypeName: options.entityTypeName ?? "msdyn_proactive_delivery",
      entityRecordName: "",
    },
    allocatedWidth: options.allocatedWidth ?? 600,
    allocatedHeight: options.allocatedHeight ?? -1,
    isControlDisabled: options.isControlDisabled ?? false,
    fluentDesignLanguage: options.fluentDesignLanguage,
    updatedProperties: options.updatedProperties,
    // Tests watch these through the spies below; the harness routes requestRender to an update.
    hooks: { navigate: () => undefined, requestRender: () => undefined, trackContainerResize: () => undefined },
  });
  for (const api of [context.mode, context.navigation, context.utils, context.factory]) spyOnAll(api);
  return Object.assign(context, { missingStringKeys }) as unknown as MockContext<TInputs>;
}

/** A model-driven app's Fluent v9 design state for a look, with a test's own tokens on top. */
export function fluentDesign(
  variant: FluentThemeName,
  tokens: Record<string, string> = {},
): ComponentFramework.FluentDesignState {
  const state = designStateFor(variant);
  return { ...state, tokenTheme: { ...state.tokenTheme, ...tokens } };
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

export interface MountOptions extends HostBehaviour {
  /**
   * Mirrors the host: after notifyOutputChanged it reads getOutputs, stores changed outputs as
   * the bound properties' new values and runs updateView with them. On by default.
   */
  echoOutputs?: boolean;
}

/** How a host other than a model-driven form calls updateView (pcf-host's lifecycle options). */
export interface HostBehaviour {
  /** What updatedProperties lists: "changed" (a form; the default), "none" or "every" name. */
  listing?: PropertyListing;
  /** updateView calls for one change; 2 is a host that calls it twice for each. */
  updatesPerChange?: number;
}

/**
 * The hosts every control is tested in besides a form, each a documented or observed way a
 * host calls updateView: a control must show every change in each and do no work for a call
 * that changes nothing.
 */
export const unusualHosts: Readonly<Record<string, HostBehaviour>> = {
  /** Lists nothing: the first calls in a model-driven app, Microsoft's test harness after loading data. */
  "lists no updatedProperties": { listing: "none" },
  /** Lists every property name on every call, changed or not. */
  "lists every property every time": { listing: "every" },
  /** Calls updateView twice for each change, both naming it. */
  "calls updateView twice per change": { updatesPerChange: 2 },
};

/**
 * The platform's component around a virtual control: it calls updateView while it renders
 * and renders the element it returns, so a state update made inside updateView is one React
 * reports as "Cannot update a component while rendering a different component".
 */
function PlatformFrame(props: { update: () => unknown }): React.ReactElement {
  return props.update() as React.ReactElement;
}

/** Applies what a host changes between updates; returns the names updatedProperties lists. */
function applyChange<TInputs>(context: MockContext<TInputs>, change: ContextChange): string[] {
  Object.assign(context.parameters as object, change.parameters);
  if (change.allocatedWidth !== undefined) context.mode.allocatedWidth = change.allocatedWidth;
  if (change.isControlDisabled !== undefined) context.mode.isControlDisabled = change.isControlDisabled;
  if (change.entityId !== undefined) context.mode.contextInfo.entityId = change.entityId;
  if (change.fluentDesignLanguage !== undefined) context.fluentDesignLanguage = change.fluentDesignLanguage;
  const layout = change.allocatedWidth !== undefined ? ["layout"] : [];
  return change.updatedProperties ?? [...Object.keys(change.parameters ?? {}), ...layout];
}

/** Runs a virtual (React) control's real lifecycle, pcf-host's, against a mock context. */
export function mountControl<TInputs, TOutputs>(
  ControlClass: ReactControlClass<TInputs, TOutputs>,
  context: MockContext<TInputs>,
  options: MountOptions = {},
): ControlHarness<TInputs, TOutputs> {
  const control = new ControlClass();
  const container = document.createElement("div");
  document.body.appendChild(container);
  let rendered: RenderResult | undefined;
  const show = (element: React.ReactElement): void => {
    if (rendered) rendered.rerender(element);
    else rendered = render(element);
  };
  const lifecycle = new ControlLifecycle(control, context, {
    render: (element) => show(element as React.ReactElement),
    // updateView runs inside the host's render, as the platform runs it; each call is a render
    // of its own (inside act, React would batch a host's two calls into one render).
    renderDuring: (update) => flushSync(() => show(React.createElement(PlatformFrame, { update }))),
    // The host answers asynchronously, never inside the control's own event handler.
    defer: (run) => queueMicrotask(() => act(run)),
    listing: options.listing,
    updatesPerChange: options.updatesPerChange,
  });
  context.factory.requestRender.mockImplementation(() => lifecycle.requestUpdate([]));
  const notifyOutputChanged = jest.fn(options.echoOutputs === false ? () => undefined : lifecycle.notifyOutputChanged);
  lifecycle.start(container, notifyOutputChanged);

  return {
    control,
    context,
    notifyOutputChanged,
    get rendered(): RenderResult {
      return rendered as RenderResult;
    },
    update: (change = {}) => {
      act(() => lifecycle.updateNow(applyChange(context, change)));
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
      lifecycle.destroy();
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
