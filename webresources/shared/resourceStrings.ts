import { formatTemplate } from "../../controls/shared/strings";

/**
 * Strings from a RESX web resource through Xrm.Utility.getResourceString, which picks the
 * user's language (falling back to the organisation's base language) by itself. A missing
 * string, or a resx the platform cannot find (it throws then), shows the key, so a gap is
 * visible instead of blank.
 */
export interface ResourceStrings<K extends string> {
  get(key: K): string;
  format(key: K, ...values: ReadonlyArray<string | number>): string;
}

/** webResourceName is the resx name without its language and extension, e.g. "pdx_/strings/deliveryForm". */
export function createResourceStrings<K extends string>(webResourceName: string): ResourceStrings<K> {
  const get = (key: K): string => {
    let text: string | null | undefined;
    try {
      text = Xrm.Utility.getResourceString(webResourceName, key);
    } catch {
      text = undefined;
    }
    return text || key;
  };
  return { get, format: (key, ...values) => formatTemplate(get(key), values) };
}
