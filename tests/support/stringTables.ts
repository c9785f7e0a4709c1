/**
 * The checks every English/German string table must pass, a control's resx or a form script's:
 * exactly the keys the code uses, nothing empty, the same {n} placeholders, really translated.
 * Registers the tests in the calling describe block.
 */
export function describeStringTables(
  english: ReadonlyMap<string, string>,
  german: ReadonlyMap<string, string>,
  keys: readonly string[],
  /** How many strings may read the same in both languages (names, codes, "OK"). */
  untranslatedShare = 0.1,
): void {
  it("has both resx files with exactly the keys the code uses", () => {
    expect([...english.keys()].sort()).toEqual([...keys].sort());
    expect([...german.keys()].sort()).toEqual([...keys].sort());
  });

  it("has no empty strings and keeps the same placeholders in German", () => {
    const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();
    for (const key of keys) {
      expect(english.get(key)?.trim()).toBeTruthy();
      expect(german.get(key)?.trim()).toBeTruthy();
      expect({ key, placeholders: placeholders(german.get(key) ?? "") }).toEqual({
        key,
        placeholders: placeholders(english.get(key) ?? ""),
      });
    }
  });

  it("is really translated: German strings differ from the English ones", () => {
    const same = keys.filter((key) => english.get(key) === german.get(key));
    if (untranslatedShare === 0) expect(same).toEqual([]);
    else expect(same.length).toBeLessThan(keys.length * untranslatedShare);
  });
}
