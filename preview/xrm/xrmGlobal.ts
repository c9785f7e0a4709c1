/// <reference types="xrm" />
/**
 * The global Xrm the form scripts call, over the preview's sample Web API (the same one the
 * controls' context.webAPI uses, so its partition rules and request tracking apply) and the
 * user's language. Only the members the scripts use; the rest stay absent.
 */
/** The sample Web API's query, which answers with a plain Promise where Xrm's adds fail/always. */
export interface SampleQueryApi {
  retrieveMultipleRecords(
    entityLogicalName: string,
    options?: string,
    maxPageSize?: number,
  ): Promise<{ entities: object[]; nextLink?: string }>;
}

export interface PreviewXrmOptions {
  webAPI: SampleQueryApi;
  languageId: number;
  getResourceString(webResourceName: string, key: string): string | null;
}

type PreviewXrm = {
  WebApi: SampleQueryApi;
  Utility: Pick<Xrm.Utility, "getResourceString"> & {
    getGlobalContext(): { userSettings: Pick<Xrm.UserSettings, "languageId"> };
  };
};

export function createPreviewXrm(options: PreviewXrmOptions): PreviewXrm {
  return {
    WebApi: {
      retrieveMultipleRecords: (entityLogicalName, query, maxPageSize) =>
        options.webAPI.retrieveMultipleRecords(entityLogicalName, query, maxPageSize),
    },
    Utility: {
      getResourceString: (webResourceName, key) => options.getResourceString(webResourceName, key) as string,
      getGlobalContext: () => ({ userSettings: { languageId: options.languageId } }),
    },
  };
}

/** Scripts resolve Xrm on the window, whatever scope they were loaded in. */
export function installXrm(xrm: PreviewXrm): void {
  (window as unknown as { Xrm: PreviewXrm }).Xrm = xrm;
}
