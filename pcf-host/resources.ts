/**
 * context.resources over a control's parsed resx strings: the user's language first, then the
 * base language's file, and a key neither has comes back as itself (and is reported, so tests
 * can prove every key a control asks for exists).
 */
export interface ResourceOptions {
  /** Strings of the user's language, then of the base language; absent tables are skipped. */
  strings: readonly (ReadonlyMap<string, string> | undefined)[];
  onMissing?(key: string): void;
  /** A file of the control's folder as base64, as getResource hands it over. */
  readResource?(id: string): Promise<string>;
}

export function createResources(options: ResourceOptions): ComponentFramework.Resources {
  const tables = options.strings.filter((table): table is ReadonlyMap<string, string> => table !== undefined);
  return {
    getString: (key: string) => {
      for (const table of tables) {
        const value = table.get(key);
        if (value !== undefined) return value;
      }
      options.onMissing?.(key);
      return key;
    },
    getResource: (id: string, success: (data: string) => void, failure: () => void) => {
      const read = options.readResource ?? (() => Promise.reject(new Error(`No resource ${id}`)));
      void read(id).then(success, failure);
    },
  };
}
