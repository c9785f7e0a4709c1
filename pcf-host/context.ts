/**
 * The context a control gets in init and updateView, complete as the PCF types describe it.
 * What a host does with the platform's requests (navigation, rendering on request, resize
 * tracking, metadata) is handed in, so the jest tests and the preview share every answer and
 * differ only in where the requests are reported.
 */
import { formattingFor } from "./formatting";
import { createUserSettings, type PlatformUser } from "./userSettings";

export interface RecordInfo {
  /** Empty for a new, unsaved record. */
  entityId: string;
  entityTypeName: string;
  entityRecordName: string;
}

export interface PlatformHooks {
  /** A navigation, dialog or full-screen request, worded for a log. */
  navigate(message: string): void;
  /** openForm for an existing record. */
  openRecord?(entityName: string, entityId: string): void;
  requestRender(): void;
  trackContainerResize(track: boolean): void;
  entityMetadata?(entityName: string): Promise<ComponentFramework.PropertyHelper.EntityMetadata>;
}

export interface PlatformContextOptions<TInputs> {
  parameters: TInputs;
  label: string;
  languageId: number;
  isRTL: boolean;
  user: PlatformUser;
  resources: ComponentFramework.Resources;
  webAPI: ComponentFramework.WebApi;
  record: RecordInfo;
  allocatedWidth: number;
  /** -1 when the form does not fix a height. */
  allocatedHeight: number;
  isControlDisabled: boolean;
  fluentDesignLanguage?: ComponentFramework.FluentDesignState;
  updatedProperties?: string[];
  appId?: string;
  hooks: PlatformHooks;
}

/** What the platform's context has beyond the declared types: the names updateView may read. */
export interface PlatformContext<TInputs> extends ComponentFramework.Context<TInputs> {
  updatedProperties: string[];
  mode: ComponentFramework.Mode & { contextInfo: RecordInfo };
  page: { entityId: string; entityTypeName: string; appId: string; isPageReadOnly: boolean };
}

const noDevice = (): Promise<never> => Promise.reject(new Error("This host has no device capture"));

function createNavigation(hooks: PlatformHooks): ComponentFramework.Navigation {
  const { navigate } = hooks;
  return {
    openAlertDialog: (alert) => {
      navigate(`openAlertDialog: ${alert.text}`);
      return Promise.resolve();
    },
    openConfirmDialog: (confirm) => {
      navigate(`openConfirmDialog: ${confirm.text}`);
      return Promise.resolve({ confirmed: true });
    },
    openErrorDialog: (options) => {
      navigate(`openErrorDialog: ${options.message ?? ""}`);
      return Promise.resolve();
    },
    openFile: (file) => {
      navigate(`openFile: ${file.fileName}`);
      return Promise.resolve();
    },
    openForm: (options) => {
      navigate(`openForm: ${options.entityName} ${options.entityId ?? "(new)"}`);
      if (options.entityId) hooks.openRecord?.(options.entityName, options.entityId);
      return Promise.resolve({ savedEntityReference: [] });
    },
    openUrl: (url) => navigate(`openUrl: ${url}`),
    openWebResource: (name) => navigate(`openWebResource: ${name}`),
  };
}

export function createPlatformContext<TInputs>(options: PlatformContextOptions<TInputs>): PlatformContext<TInputs> {
  const { hooks, record } = options;
  const context = {
    parameters: options.parameters,
    updatedProperties: options.updatedProperties ?? [],
    mode: {
      allocatedWidth: options.allocatedWidth,
      allocatedHeight: options.allocatedHeight,
      isControlDisabled: options.isControlDisabled,
      isVisible: true,
      label: options.label,
      setControlState: () => true,
      setFullScreen: (value: boolean) => hooks.navigate(`setFullScreen(${String(value)})`),
      trackContainerResize: (track: boolean) => hooks.trackContainerResize(track),
      contextInfo: { ...record },
    },
    page: {
      entityId: record.entityId,
      entityTypeName: record.entityTypeName,
      appId: options.appId ?? "00000000-0000-0000-0000-0000000000a1",
      isPageReadOnly: options.isControlDisabled,
    },
    resources: options.resources,
    userSettings: createUserSettings(options.languageId, options.isRTL, options.user),
    formatting: formattingFor(options.languageId),
    webAPI: options.webAPI,
    navigation: createNavigation(hooks),
    utils: {
      getEntityMetadata: (entityName: string) => hooks.entityMetadata?.(entityName) ?? Promise.resolve({}),
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
      captureAudio: noDevice,
      captureImage: noDevice,
      captureVideo: noDevice,
      getBarcodeValue: noDevice,
      getCurrentPosition: noDevice,
      pickFile: () => Promise.resolve([]),
    },
    factory: {
      requestRender: () => hooks.requestRender(),
      getPopupService: () => {
        throw new Error("This host has no popup service");
      },
    },
    fluentDesignLanguage: options.fluentDesignLanguage,
    events: {},
    copilot: {},
  };
  return context as unknown as PlatformContext<TInputs>;
}
