/**
 * Typed access to a control's resx strings. A missing or empty resource shows its key, so a
 * forgotten translation is visible on screen instead of leaving a blank label.
 */
export interface Strings<K extends string> {
  get(key: K): string;
  /** Replaces {0}, {1}, ... with the given values; unknown placeholders stay as written. */
  format(key: K, ...values: ReadonlyArray<string | number>): string;
}

export function formatTemplate(template: string, values: ReadonlyArray<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}

export function createStrings<K extends string>(resources: ComponentFramework.Resources): Strings<K> {
  const get = (key: K): string => {
    let text: string | undefined;
    try {
      text = resources.getString(key);
    } catch {
      text = undefined;
    }
    return text ? text : key;
  };
  return {
    get,
    format: (key, ...values) => formatTemplate(get(key), values),
  };
}
