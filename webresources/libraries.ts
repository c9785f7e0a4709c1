/**
 * What the form script web resources are, for the build (scripts/build-webresources.mjs) and
 * the solution packaging alike. Plain data with no imports, so both Node and the packager can
 * read it.
 */
export interface WebResourceHandler {
  event: "onload" | "onsave" | "onchange";
  /** Only for onchange: the column whose change runs the handler. */
  attribute?: string;
  /** The full dotted name the form's Handler/@functionName carries. */
  functionName: string;
}

export interface WebResourceStrings {
  /** The RESX web resource's name; its LanguageCode is languageCode. */
  name: string;
  languageCode: number;
  /** Path from the repository root. */
  file: string;
}

export interface WebResourceLibrary {
  /** The JavaScript web resource's name (formLibraries/Library/@name, Handler/@libraryName). */
  name: string;
  /** TypeScript entry, from the repository root. */
  entry: string;
  /** The bundle the build writes, from the repository root. */
  file: string;
  namespace: string;
  /** The form the handlers belong on (table logical name; the main form of solution/definitions/forms.ts). */
  table: string;
  handlers: WebResourceHandler[];
  /** RESX web resources the script reads through getResourceString: its dependencies. */
  strings: WebResourceStrings[];
}

const deliveryFormNamespace = "pdx_ProactiveDelivery.DeliveryForm";

export const webResourceLibraries: readonly WebResourceLibrary[] = [
  {
    name: "pdx_/scripts/deliveryForm.js",
    entry: "webresources/deliveryForm/index.ts",
    // A path in this repository, not a URL the form fetches (which is what this rule is about).
    // eslint-disable-next-line @microsoft/power-apps/use-cached-webresource
    file: "out/webresources/deliveryForm.js",
    namespace: deliveryFormNamespace,
    table: "msdyn_proactive_delivery",
    handlers: [
      { event: "onload", functionName: `${deliveryFormNamespace}.onLoad` },
      { event: "onsave", functionName: `${deliveryFormNamespace}.onSave` },
      {
        event: "onchange",
        attribute: "msdyn_disposition_codes",
        functionName: `${deliveryFormNamespace}.onDispositionCodesChange`,
      },
    ],
    strings: [
      {
        name: "pdx_/strings/deliveryForm.1033.resx",
        languageCode: 1033,
        file: "webresources/deliveryForm/strings/deliveryForm.1033.resx",
      },
      {
        name: "pdx_/strings/deliveryForm.1031.resx",
        languageCode: 1031,
        file: "webresources/deliveryForm/strings/deliveryForm.1031.resx",
      },
      {
        name: "pdx_/strings/deliveryForm.1025.resx",
        languageCode: 1025,
        file: "webresources/deliveryForm/strings/deliveryForm.1025.resx",
      },
    ],
  },
];
