/**
 * The environment's list of allowed codes (issue 15, item 7): read through the Web API from the
 * experience's environment variable (two flat queries, once per session), suggested as the
 * user types, matched without regard to case, stored codes outside it marked and kept; messages
 * worded as help, with plurals in English and German; codes isolated for right-to-left (item 4).
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { definitionQuery, valueQuery } from "../../../controls/DispositionChips/vocabularySource";
import { dispositionVocabularyVariable } from "../../../domain/delivery/dispositionVocabulary";
import { fluentDesign } from "../../support/pcfContext";
import { chipTexts, definitionId, listOf, mountChips, plain, startEachTestWithoutVocabulary } from "./chipsHarness";

startEachTestWithoutVocabulary();

const allowed = listOf("DoNotCall", "PromiseToPay", "CallBackLater", "WrongNumber", "Busy", "Callback scheduled");
const field = (): HTMLElement => screen.getByRole("combobox", { name: "Add disposition code" });
/** The field's error (Fluent's TextField errorMessage), without the isolates around codes. */
const fieldError = (): string => plain(document.querySelector('[data-automation-id="error-message"]')?.textContent);
const options = (): string[] =>
  within(screen.getByRole("listbox", { name: "Allowed codes" }))
    .getAllByRole("option")
    .map((option) => option.textContent ?? "");

async function mountWithList(value: string | null, extra: Parameters<typeof mountChips>[1] = {}) {
  const harness = mountChips(value, { vocabulary: { defaultValue: allowed }, ...extra });
  await harness.settle();
  return harness;
}

describe("reading the list of allowed codes", () => {
  it("asks for the variable's definition and its current value, one flat query each", async () => {
    const harness = await mountWithList(null);
    expect(harness.context.webAPI.retrieveMultipleRecords.mock.calls).toEqual([
      ["environmentvariabledefinition", definitionQuery],
      ["environmentvariablevalue", valueQuery(definitionId)],
    ]);
    expect(definitionQuery).toBe(
      `?$select=environmentvariabledefinitionid,defaultvalue,schemaname&$filter=schemaname eq '${dispositionVocabularyVariable}'`,
    );
    expect(valueQuery(definitionId)).toBe(
      `?$select=value&$filter=_environmentvariabledefinitionid_value eq ${definitionId}`,
    );
    expect(dispositionVocabularyVariable).toBe("pdx_AllowedDispositionCodes");
  });

  it("reads it once per session: a second form shares the answer", async () => {
    const first = await mountWithList(null);
    first.destroy();
    document.body.innerHTML = "";
    const second = await mountWithList('"Busy"');
    expect(second.context.webAPI.retrieveMultipleRecords).not.toHaveBeenCalled();
    await userEvent.setup().type(field(), "do");
    expect(options()).toEqual(["DoNotCall"]);
  });

  it("takes an admin's current value over the default value", async () => {
    await mountWithList(null, { vocabulary: { defaultValue: "[]", currentValue: listOf("OnlyThis") } });
    await userEvent.setup().type(field(), "o");
    expect(options()).toEqual(["OnlyThis"]);
  });

  it("allows any code with the default empty list, and says nothing about it", async () => {
    const user = userEvent.setup();
    const harness = mountChips('"A"', { vocabulary: { defaultValue: "[]" } });
    await harness.settle();
    const box = screen.getByRole("textbox", { name: "Add disposition code" });
    expect(box).toHaveAttribute("placeholder", "Type a code, then press Enter");
    await user.type(box, "Anything{Enter}");
    expect(harness.outputs()).toEqual({ codes: '"A","Anything"' });
    expect(screen.queryByText(/allowed codes/)).not.toBeInTheDocument();
  });

  it.each([
    ["throttled", { status: 429, message: "Too many requests" }],
    [
      "forbidden",
      { errorCode: -2147220960, message: "Principal user is missing prvReadEnvironmentVariableDefinition" },
    ],
    ["offline", new TypeError("Failed to fetch")],
  ])(
    "falls back to no list with a quiet note when the read fails (%s), and tries again on the next form",
    async (_, failure) => {
      const user = userEvent.setup();
      const harness = mountChips('"A"', { vocabulary: { failure } });
      await harness.settle();
      const note = screen.getByText(
        "The list of allowed codes could not be loaded, so any code can be added for now. Reload the form to try again.",
      );
      expect(note).toHaveStyle({ fontSize: "12px" });
      expect(note).not.toHaveAttribute("role");
      await user.type(screen.getByRole("textbox", { name: "Add disposition code" }), "Legacy{Enter}");
      expect(harness.outputs()).toEqual({ codes: '"A","Legacy"' });
      harness.destroy();
      document.body.innerHTML = "";
      const next = await mountWithList(null);
      expect(next.context.webAPI.retrieveMultipleRecords).toHaveBeenCalledTimes(2);
    },
  );

  it.each(["DoNotCall, Busy", '{"codes": ["DoNotCall"]}'])(
    "says the list is not set up when the value is no JSON list (%s), and allows any code",
    async (value) => {
      await mountWithList(null, { vocabulary: { defaultValue: value } });
      expect(
        screen.getByText(
          "The list of allowed codes is not set up correctly, so any code can be added. Ask your administrator to check the environment variable \u201cAllowed disposition codes\u201d.",
        ),
      ).toBeInTheDocument();
      expect(screen.getByRole("textbox", { name: "Add disposition code" })).toBeInTheDocument();
    },
  );

  it("shows the stored codes at once, before the list arrives", async () => {
    let answer: (value: ComponentFramework.WebApi.RetrieveMultipleResponse) => void = () => undefined;
    const pending = new Promise<ComponentFramework.WebApi.RetrieveMultipleResponse>((resolve) => {
      answer = resolve;
    });
    const harness = mountChips('"A","B"', { vocabulary: { pending } });
    expect(chipTexts()).toEqual(["A", "B"]);
    await act(async () => answer({ entities: [], nextLink: undefined as unknown as string }));
    await harness.settle();
    expect(chipTexts()).toEqual(["A", "B"]);
  });
});

describe("suggesting allowed codes", () => {
  it("is a combobox that lists the allowed codes as the user types, those starting with it first", async () => {
    const user = userEvent.setup();
    await mountWithList('"Busy"');
    expect(field()).toHaveAttribute("aria-expanded", "false");
    expect(field()).toHaveAttribute("placeholder", "Start typing to see the allowed codes");
    await user.type(field(), "ca");
    expect(field()).toHaveAttribute("aria-expanded", "true");
    expect(field()).toHaveAttribute("aria-autocomplete", "list");
    expect(options()).toEqual(["CallBackLater", "Callback scheduled", "DoNotCall"]);
    expect(field()).toHaveAttribute("aria-controls", screen.getByRole("listbox").id);
  });

  it("leaves out codes the delivery already has, in any case", async () => {
    const user = userEvent.setup();
    await mountWithList('"busy","DoNotCall"');
    await user.type(field(), "b");
    expect(options()).toEqual(["CallBackLater", "WrongNumber", "Callback scheduled"]);
  });

  it("moves through the suggestions with the arrow keys, Enter takes the chosen one", async () => {
    const user = userEvent.setup();
    const harness = await mountWithList(null);
    await user.type(field(), "call");
    await user.keyboard("{ArrowDown}{ArrowDown}");
    const chosen = screen.getByRole("option", { name: "Callback scheduled" });
    expect(chosen).toHaveAttribute("aria-selected", "true");
    expect(field()).toHaveAttribute("aria-activedescendant", chosen.id);
    await user.keyboard("{ArrowUp}{ArrowUp}");
    expect(screen.getByRole("option", { name: "DoNotCall" })).toHaveAttribute("aria-selected", "true");
    await user.keyboard("{ArrowDown}{Enter}");
    expect(harness.outputs()).toEqual({ codes: '"CallBackLater"' });
    expect(field()).toHaveValue("");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Added CallBackLater.");
  });

  it("takes a suggestion by pointer, keeping the focus in the field", async () => {
    const user = userEvent.setup();
    const harness = await mountWithList(null);
    await user.type(field(), "prom");
    await user.click(screen.getByRole("option", { name: "PromiseToPay" }));
    expect(harness.outputs()).toEqual({ codes: '"PromiseToPay"' });
    expect(field()).toHaveFocus();
  });

  it("closes the list with Escape and when the field loses focus", async () => {
    const user = userEvent.setup();
    await mountWithList(null);
    await user.type(field(), "w");
    expect(options()).toEqual(["WrongNumber"]);
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    await user.keyboard("{ArrowDown}");
    expect(options()).toEqual(["WrongNumber"]);
    fireEvent.blur(field());
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
  });
});

describe("matching without regard to case", () => {
  it("adds the list's spelling: typing donotcall adds DoNotCall", async () => {
    const user = userEvent.setup();
    const harness = await mountWithList('"Busy"');
    await user.type(field(), "donotcall{Enter}");
    expect(harness.outputs()).toEqual({ codes: '"Busy","DoNotCall"' });
    expect(chipTexts()).toEqual(["Busy", "DoNotCall"]);
  });

  it("does not add DONOTCALL beside DoNotCall", async () => {
    const user = userEvent.setup();
    const harness = await mountWithList('"DoNotCall"');
    await user.type(field(), "DONOTCALL{Enter}");
    expect(screen.getByText("This delivery already has that code.")).toBeInTheDocument();
    expect(harness.notifyOutputChanged).not.toHaveBeenCalled();
  });

  it("refuses a code the list lacks, naming it, and keeps what was typed", async () => {
    const user = userEvent.setup();
    const harness = await mountWithList(null);
    await user.type(field(), "Voicemail{Enter}");
    expect(fieldError()).toBe(
      "Not added: Voicemail is not in the list of allowed codes. Start typing to see the codes you can add.",
    );
    expect(document.querySelector('[data-automation-id="error-message"]')?.textContent).toContain(
      "\u2068Voicemail\u2069",
    );
    expect(field()).toHaveValue("Voicemail");
    expect(harness.notifyOutputChanged).not.toHaveBeenCalled();
  });

  it("names every refused code, with the plural", async () => {
    const user = userEvent.setup();
    await mountWithList(null);
    await user.type(field(), "Busy, Voicemail, Hangup{Enter}");
    expect(fieldError()).toBe(
      "Not added: these 2 codes are not in the list of allowed codes: Voicemail, Hangup. Start typing to see the codes you can add.",
    );
  });
});

describe("stored codes outside the list", () => {
  it("are kept and shown, each marked, with one note that names them", async () => {
    await mountWithList('"Busy","Legacy1","donotcall","Old code"');
    expect(chipTexts()).toEqual(["Busy", "Legacy1", "donotcall", "Old code"]);
    const legacy = screen.getByText("Legacy1", { selector: "bdi" }).closest("li") as HTMLElement;
    expect(within(legacy).getByText("(not in the list of allowed codes)")).toBeInTheDocument();
    expect(legacy).toHaveAttribute("title", "Legacy1 (not in the list of allowed codes)");
    expect(legacy).toHaveStyle({ borderStyle: "dashed" });
    // A case variant of an allowed code is that code: not marked.
    const variant = screen.getByText("donotcall", { selector: "bdi" }).closest("li") as HTMLElement;
    expect(within(variant).queryByText(/not in the list/)).not.toBeInTheDocument();
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === "LI" &&
          plain(element.textContent) ===
            "2 codes are not in this environment's list of allowed codes: Legacy1, Old code. They stay on the delivery; remove any that no longer apply.",
      ),
    ).toBeInTheDocument();
  });

  it("uses the singular for one code, and the note goes once the code is removed", async () => {
    const user = userEvent.setup();
    await mountWithList('"Busy","Legacy1"');
    const note = (): HTMLElement | null =>
      screen.queryByText(
        (_, element) => element?.tagName === "LI" && plain(element.textContent).startsWith("1 code is"),
      );
    expect(plain(note()?.textContent)).toBe(
      "1 code is not in this environment's list of allowed codes: Legacy1. It stays on the delivery; remove it if it no longer applies.",
    );
    await user.click(screen.getByRole("button", { name: "Remove Legacy1" }));
    expect(note()).toBeNull();
  });

  it("are not marked without a list", async () => {
    const harness = mountChips('"Legacy1"');
    await harness.settle();
    expect(screen.queryByText(/not in the list/)).not.toBeInTheDocument();
  });
});

describe("German, and plurals in every language", () => {
  it("speaks German throughout: suggestions, refusals and notes, singular and plural", async () => {
    const user = userEvent.setup();
    await mountWithList('"Alt1"', { languageId: 1031 });
    const box = screen.getByRole("combobox", { name: "Dispositionscode hinzufügen" });
    expect(box).toHaveAttribute("placeholder", "Tippen Sie, um die zulässigen Codes zu sehen");
    await user.type(box, "pro");
    expect(
      within(screen.getByRole("listbox", { name: "Zulässige Codes" }))
        .getAllByRole("option")
        .map((option) => option.textContent),
    ).toEqual(["PromiseToPay"]);
    const notes = (): string[] =>
      Array.from(document.querySelectorAll("ul:not([role]) > li:not([title])")).map((li) => plain(li.textContent));
    expect(notes()).toContain(
      "1 Code steht nicht in der Liste der zulässigen Codes dieser Umgebung: Alt1. Er bleibt an der Zustellung; entfernen Sie ihn, wenn er nicht mehr zutrifft.",
    );
    await user.clear(box);
    await user.type(box, "X, Y{Enter}");
    expect(fieldError()).toBe(
      "Nicht hinzugefügt: Diese 2 Codes stehen nicht in der Liste der zulässigen Codes: X, Y. Tippen Sie, um die Codes zu sehen, die Sie hinzufügen können.",
    );
    await user.clear(box);
    await user.type(box, "X{Enter}");
    expect(fieldError()).toBe(
      "Nicht hinzugefügt: X steht nicht in der Liste der zulässigen Codes. Tippen Sie, um die Codes zu sehen, die Sie hinzufügen können.",
    );
  });

  it.each([
    [1033, "Alt1,Alt2", "2 codes are not in this environment's list of allowed codes: Alt1, Alt2."],
    [1031, "Alt1,Alt2", "2 Codes stehen nicht in der Liste der zulässigen Codes dieser Umgebung: Alt1, Alt2."],
    // Arabic has six plural categories; Intl says "two" for 2, and the plain key reads well for it.
    [1025, "Alt1,Alt2", "رموز ليست في قائمة الرموز المسموح بها في هذه البيئة (العدد: 2): Alt1, Alt2."],
    [1025, "Alt1", "رمز ليس في قائمة الرموز المسموح بها في هذه البيئة (العدد: 1): Alt1."],
  ])("language %i: the plural note for %s", async (languageId, stored, start) => {
    await mountWithList(stored, { languageId });
    expect(
      screen.getByText((_, element) => element?.tagName === "LI" && plain(element.textContent).startsWith(start)),
    ).toBeInTheDocument();
  });

  it.each([
    [1033, 1, "1 more code. Show all codes"],
    [1033, 2, "2 more codes. Show all codes"],
    [1031, 1, "1 weiterer Code. Alle Codes anzeigen"],
    [1031, 2, "2 weitere Codes. Alle Codes anzeigen"],
    // Arabic: "one" is 1 only; two (2), few (3), many (11) all read the count after a label.
    [1025, 1, "رمز إضافي: 1. عرض كل الرموز"],
    [1025, 2, "رموز إضافية: 2. عرض كل الرموز"],
    [1025, 3, "رموز إضافية: 3. عرض كل الرموز"],
    [1025, 11, "رموز إضافية: 11. عرض كل الرموز"],
  ])("language %i: %i hidden chips read as %s", async (languageId, hidden, label) => {
    // 300 px hold two rows of these; the rest go into +N.
    const fitting = 8;
    const codes = Array.from(
      { length: fitting - 1 + hidden + 1 },
      (_, index) => `Code${String(index).padStart(2, "0")}`,
    );
    const harness = mountChips(codes.join(","), { allocatedWidth: 300, isControlDisabled: true, languageId });
    await harness.settle();
    const overflow = screen.getByRole("button", { name: label });
    expect(overflow).toHaveTextContent(`+${hidden}`);
  });
});

describe("right to left and targets", () => {
  it("isolates every code: chips in <bdi>, suggestions and the list of all codes with dir=auto", async () => {
    const user = userEvent.setup();
    await mountWithList('"Busy","Legacy 12:30"', { isRTL: true });
    expect(screen.getByRole("group", { name: "Disposition codes" })).toHaveAttribute("dir", "rtl");
    for (const code of ["Busy", "Legacy 12:30"]) expect(screen.getByText(code).tagName).toBe("BDI");
    await user.type(field(), "c");
    for (const option of screen.getAllByRole("option")) expect(option).toHaveAttribute("dir", "auto");
  });

  it.each([
    ["light", { outer: "#000000", inner: "#ffffff" }],
    ["dark", { outer: "#ffffff", inner: "#000000" }],
  ] as const)(
    "gives each remove button a 24 x 24 px target and the %s theme's two-tone focus ring",
    async (look, ring) => {
      const harness = mountChips('"A","B"', { fluentDesignLanguage: fluentDesign(look) });
      await harness.settle();
      const button = screen.getByRole("button", { name: "Remove A" });
      expect(button).toHaveStyle({ width: "24px", height: "24px", padding: "0px" });
      expect(button.style.getPropertyValue("--pdx-ring-outer")).toBe(ring.outer);
      expect(button.style.getPropertyValue("--pdx-ring-inner")).toBe(ring.inner);
      expect(button.className).not.toBe("");
      // The ring is drawn by one stylesheet rule for :focus-visible, with both tones.
      const rules = Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules).map((rule) => rule.cssText))
        .join("\n");
      const rule = new RegExp(`\\.${button.className}:focus-visible\\s*\\{([^}]*)\\}`).exec(rules)?.[1] ?? "";
      expect(rule).toMatch(/outline:\s*2px solid var\(--pdx-ring-outer\)/);
      expect(rule).toMatch(/outline-offset:\s*-2px/);
      expect(rule).toMatch(/box-shadow:\s*inset 0 0 0 4px var\(--pdx-ring-inner\)/);
    },
  );
});
