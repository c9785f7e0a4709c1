/**
 * The checks every string table must pass, a control's resx or a form script's, in every
 * language it ships: exactly the keys the code uses, in the order of the English file, nothing
 * empty, the same {n} placeholders as English, really translated. Registers the tests in the
 * calling describe block.
 */
export type StringTable = ReadonlyMap<string, string>;

/** The languages every control and form script ships: English first, then its translations. */
export const shippedLanguageIds = [1033, 1031, 1025] as const;

export function describeStringTables(
  english: StringTable,
  /** Every translation the package ships, by language id. */
  translations: ReadonlyMap<number, StringTable>,
  keys: readonly string[],
  /** How many strings may read the same as English (names, codes, "OK"). */
  untranslatedShare = 0.1,
): void {
  const languages = [...translations.keys()];
  const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();

  it("has the English resx with exactly the keys the code uses", () => {
    expect([...english.keys()].sort()).toEqual([...keys].sort());
    expect(keys.filter((key) => !english.get(key)?.trim())).toEqual([]);
  });

  describe.each(languages)("in language %i", (languageId) => {
    const table = translations.get(languageId) ?? new Map<string, string>();

    it("holds exactly the English keys, in the English order", () => {
      expect([...table.keys()]).toEqual([...english.keys()]);
    });

    it("has no empty strings and keeps the English placeholders", () => {
      expect(keys.filter((key) => !table.get(key)?.trim())).toEqual([]);
      for (const key of keys) {
        expect({ key, placeholders: placeholders(table.get(key) ?? "") }).toEqual({
          key,
          placeholders: placeholders(english.get(key) ?? ""),
        });
      }
    });

    it("is really translated: its strings differ from the English ones", () => {
      const same = keys.filter((key) => english.get(key) === table.get(key));
      if (untranslatedShare === 0) expect(same).toEqual([]);
      else expect(same.length).toBeLessThan(keys.length * untranslatedShare);
    });
  });
}
