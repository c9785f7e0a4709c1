import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as parsing from "../../../domain/delivery/dispositionParse";
import { fluentDesign, textProperty } from "../../support/pcfContext";
import { chipTexts, mountChips, startEachTestWithoutVocabulary } from "./chipsHarness";

startEachTestWithoutVocabulary();

/** The chip (list item) that shows a code. */
const chipOf = (code: string): HTMLElement => screen.getByText(code, { selector: "bdi" }).closest("li") as HTMLElement;

describe("DispositionChips", () => {
  it("shows each stored code as a chip with its text, and a remove button per chip", () => {
    mountChips('"PromiseToPay","SpokeToAgent"');
    expect(chipTexts()).toEqual(["PromiseToPay", "SpokeToAgent"]);
    expect(screen.getByRole("list", { name: "Disposition codes, 2 in total" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Remove PromiseToPay" })).toBeInTheDocument();
  });

  it("gives every chip a colour and the same colour to the same code", () => {
    mountChips('"A","B"');
    const first = chipOf("A");
    expect(first.style.background).not.toBe("");
    document.body.innerHTML = "";
    mountChips('"B","A"');
    expect(chipOf("A").style.background).toBe(first.style.background);
  });

  it("shows an empty state for no codes", () => {
    mountChips(null);
    expect(screen.getByText("No disposition codes")).toBeInTheDocument();
    expect(screen.queryByRole("list")).not.toBeInTheDocument();
  });

  it("reads messy text and says what was wrong with it", () => {
    mountChips(' PromiseToPay , "SpokeToAgent",,"PromiseToPay", "Call back');
    expect(chipTexts()).toEqual(["PromiseToPay", "SpokeToAgent", "Call back"]);
    expect(
      screen.getByText(
        "A quotation mark in the stored codes is never closed (character 49), so some codes may be split in the wrong place. Check the chips: adding or removing a code saves them in the standard form.",
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Codes stored more than once are shown once; adding or removing a code saves each of them once.",
      ),
    ).toBeInTheDocument();
  });

  it("adds a code with the keyboard and writes the canonical text back", async () => {
    const user = userEvent.setup();
    const harness = mountChips("A, B");
    await user.click(screen.getByRole("textbox", { name: "Add disposition code" }));
    await user.keyboard("Callback{Enter}");
    expect(harness.outputs()).toEqual({ codes: '"A","B","Callback"' });
    expect(harness.notifyOutputChanged).toHaveBeenCalledTimes(1);
    expect(chipTexts()).toEqual(["A", "B", "Callback"]);
    expect(screen.getByRole("textbox", { name: "Add disposition code" })).toHaveValue("");
    expect(screen.getByRole("status")).toHaveTextContent("Added Callback.");
    // The host stores the output and calls updateView with it; nothing changes on screen.
    await harness.settle();
    expect(harness.context.parameters.codes.raw).toBe('"A","B","Callback"');
    expect(chipTexts()).toEqual(["A", "B", "Callback"]);
  });

  it("adds with the Add button too", async () => {
    const user = userEvent.setup();
    const harness = mountChips('"A"');
    await user.type(screen.getByRole("textbox", { name: "Add disposition code" }), "B");
    await user.click(screen.getByRole("button", { name: "Add" }));
    expect(harness.outputs()).toEqual({ codes: '"A","B"' });
  });

  it("removes a chip with the keyboard, moves focus to the next chip and writes back", async () => {
    const user = userEvent.setup();
    const harness = mountChips('"A","B","C"');
    screen.getByRole("button", { name: "Remove B" }).focus();
    await user.keyboard("{Enter}");
    expect(harness.outputs()).toEqual({ codes: '"A","C"' });
    expect(chipTexts()).toEqual(["A", "C"]);
    expect(screen.getByRole("button", { name: "Remove C" })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Removed B.");
  });

  it("keeps a removal within the column's own MaxLength, not only the table's 1,000", async () => {
    const user = userEvent.setup();
    // Stored unquoted: the quoted form of what remains (35 characters) would not fit 30.
    const harness = mountChips("a,b,c,d,e,f,g,h,i,j", { maxLength: 30 });
    await user.click(screen.getByRole("button", { name: "Remove j" }));
    const written = harness.outputs()?.codes ?? "";
    expect(written.length).toBeLessThanOrEqual(30);
    expect(parsing.parseDispositionCodes(written).codes).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
  });

  it("clears the column when the last code is removed", async () => {
    const user = userEvent.setup();
    const harness = mountChips('"A"');
    await user.click(screen.getByRole("button", { name: "Remove A" }));
    // The key is present with no value: the column is cleared, not left alone.
    expect(harness.outputs()).toStrictEqual({ codes: undefined });
    expect(screen.getByText("No disposition codes")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Add disposition code" })).toHaveFocus();
  });

  it("refuses an addition that would pass 1,000 characters, with a message, and writes nothing", async () => {
    const user = userEvent.setup();
    const long = "X".repeat(990);
    const harness = mountChips(`"${long}"`, { allocatedWidth: 2000 });
    await user.type(screen.getByRole("textbox", { name: "Add disposition code" }), "ABCDEFGH{Enter}");
    expect(
      screen.getByText(
        "There is no room for this code: all codes together would take 1003 characters, and the field holds 1000. Remove a code first.",
      ),
    ).toBeInTheDocument();
    expect(harness.notifyOutputChanged).not.toHaveBeenCalled();
    expect(harness.outputs()).toStrictEqual({});
    expect(screen.getByRole("textbox", { name: "Add disposition code" })).toHaveValue("ABCDEFGH");
  });

  it("says why an empty or repeated code is not added", async () => {
    const user = userEvent.setup();
    mountChips('"A"');
    const field = screen.getByRole("textbox", { name: "Add disposition code" });
    await user.type(field, "{Enter}");
    expect(screen.getByText("Type a code first.")).toBeInTheDocument();
    await user.type(field, "A{Enter}");
    expect(screen.getByText("This delivery already has that code.")).toBeInTheDocument();
  });

  it("is read-only when the form disables it or field security forbids editing", () => {
    mountChips('"A"', { isControlDisabled: true });
    expect(screen.queryByRole("button", { name: "Remove A" })).not.toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
    document.body.innerHTML = "";
    mountChips('"A"', { editable: false });
    expect(screen.queryByRole("button", { name: "Remove A" })).not.toBeInTheDocument();
  });

  it("hides the codes from a user field security does not let read them", () => {
    mountChips('"Secret"', { readable: false });
    expect(screen.queryByText("Secret")).not.toBeInTheDocument();
    expect(screen.getByText("You do not have permission to see the disposition codes.")).toBeInTheDocument();
  });

  it("collapses what does not fit into +N, lists every code on focus, and expands on activation", async () => {
    const user = userEvent.setup();
    const codes = Array.from({ length: 12 }, (_, index) => `Code${String(index).padStart(2, "0")}`);
    mountChips(codes.map((code) => `"${code}"`).join(","), { allocatedWidth: 300, isControlDisabled: true });
    const overflow = screen.getByRole("button", { name: "4 more codes. Show all codes" });
    expect(overflow).toHaveTextContent("+4");
    expect(chipTexts()).toEqual(codes.slice(0, 8));

    // Screen readers get the full list through aria-describedby at all times...
    const description = document.getElementById(overflow.getAttribute("aria-describedby") ?? "") as HTMLElement;
    expect(
      within(description)
        .getAllByRole("listitem", { hidden: true })
        .map((item) => item.textContent),
    ).toEqual(codes);
    // ...and keyboard focus opens it as a visible tooltip (Fluent renders it in a layer).
    fireEvent.focus(overflow);
    const tooltip = await waitFor(() => {
      const shown = document.querySelector<HTMLElement>(".ms-Tooltip");
      expect(shown).not.toBeNull();
      return shown as HTMLElement;
    });
    expect(within(tooltip).getByText("All codes")).toBeInTheDocument();
    expect(
      within(tooltip)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(codes);

    await user.click(overflow);
    expect(chipTexts()).toEqual(codes);
    expect(screen.getByRole("button", { name: "Show fewer" })).toHaveAttribute("aria-expanded", "true");
  });

  it("shows the full list when the pointer rests on +N", async () => {
    mountChips(Array.from({ length: 12 }, (_, index) => `Code${index}`).join(","), {
      allocatedWidth: 300,
      isControlDisabled: true,
    });
    fireEvent.mouseEnter(screen.getByRole("button", { name: /more codes/ }).parentElement as HTMLElement);
    await waitFor(() => expect(document.querySelector(".ms-Tooltip")).toHaveTextContent("Code11"));
  });

  it("reaches the +N chip with the Tab key", async () => {
    const user = userEvent.setup();
    const codes = Array.from({ length: 12 }, (_, index) => `Code${index}`);
    mountChips(codes.join(","), { allocatedWidth: 300, isControlDisabled: true });
    await user.tab();
    expect(screen.getByRole("button", { name: /more codes/ })).toHaveFocus();
  });

  it("renders hostile text as text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    mountChips(`"${hostile}","<b>bold</b>"`);
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(screen.getByText("<b>bold</b>")).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("b")).toBeNull();
  });

  it("does not parse again when updateView brings no new value", () => {
    const parse = jest.spyOn(parsing, "parseDispositionCodes");
    const harness = mountChips('"A","B"');
    expect(parse).toHaveBeenCalledTimes(1);
    harness.update({ updatedProperties: [] });
    harness.update({ allocatedWidth: 500 });
    expect(parse).toHaveBeenCalledTimes(1);
    harness.update({ parameters: { codes: textProperty('"A","B","C"') } });
    expect(parse).toHaveBeenCalledTimes(2);
    expect(chipTexts()).toEqual(["A", "B", "C"]);
    parse.mockRestore();
  });

  it("follows a new value from the host, dropping the previous feedback", async () => {
    const user = userEvent.setup();
    const harness = mountChips('"A"');
    await user.type(screen.getByRole("textbox", { name: "Add disposition code" }), "A{Enter}");
    expect(screen.getByText("This delivery already has that code.")).toBeInTheDocument();
    harness.update({ parameters: { codes: textProperty('"Z"') } });
    expect(chipTexts()).toEqual(["Z"]);
    expect(screen.queryByText("This delivery already has that code.")).not.toBeInTheDocument();
  });

  it("speaks German", async () => {
    const user = userEvent.setup();
    mountChips('"A"', { languageId: 1031 });
    expect(screen.getByRole("button", { name: "A entfernen" })).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Dispositionscode hinzufügen" }), "A{Enter}");
    expect(screen.getByText("Diese Zustellung hat diesen Code bereits.")).toBeInTheDocument();
  });

  it("lays out right to left for RTL users", () => {
    mountChips('"A"', { isRTL: true });
    expect(screen.getByRole("group", { name: "Disposition codes" })).toHaveAttribute("dir", "rtl");
  });

  it("follows the app's dark theme", () => {
    mountChips('"A"', { fluentDesignLanguage: fluentDesign("dark") });
    const root = screen.getByRole("group", { name: "Disposition codes" });
    expect(root).toHaveAttribute("data-theme-mode", "dark");
    expect(root).toHaveStyle({ background: "#292929" });
    expect(chipOf("A")).toHaveStyle({ color: "#1b1b1b" });
  });

  it("leaves colours to the system in high contrast", () => {
    mountChips('"A"', { fluentDesignLanguage: fluentDesign("highContrast") });
    expect(chipOf("A").style.background).toBe("");
  });

  it("asks the host to report its width and uses only strings from the resx", async () => {
    const harness = mountChips('"A"');
    expect(harness.context.mode.trackContainerResize).toHaveBeenCalledWith(true);
    await waitFor(() => expect([...harness.context.missingStringKeys]).toEqual([]));
  });
});
