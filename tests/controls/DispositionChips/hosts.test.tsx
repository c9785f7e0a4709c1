/**
 * DispositionChips in hosts that call updateView differently from a form (see unusualHosts):
 * it compares the bound text itself, so a new value shows whatever updatedProperties says,
 * and a call that changes nothing parses nothing and keeps what the user sees.
 */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import * as parsing from "../../../domain/delivery/dispositionParse";
import { textProperty, unusualHosts, type HostBehaviour } from "../../support/pcfContext";
import { chipTexts, listOf, mountChips as mount, startEachTestWithoutVocabulary } from "./chipsHarness";

const codes = (value: string | null) => textProperty(value, { attributes: { MaxLength: 1000 } });

const mountChips = (value: string | null, host: HostBehaviour) => mount(value, {}, host);

startEachTestWithoutVocabulary();
afterEach(() => jest.restoreAllMocks());

describe.each(Object.entries(unusualHosts))("DispositionChips in a host that %s", (_, host) => {
  it("shows a new stored value, parsed once", () => {
    const parse = jest.spyOn(parsing, "parseDispositionCodes");
    const harness = mountChips('"A","B"', host);
    expect(parse).toHaveBeenCalledTimes(1);
    harness.update({ parameters: { codes: codes('"A","B","C"') } });
    expect(chipTexts()).toEqual(["A", "B", "C"]);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it("parses nothing and keeps the user's feedback for calls that change nothing", async () => {
    const user = userEvent.setup();
    const parse = jest.spyOn(parsing, "parseDispositionCodes");
    const harness = mountChips('"A"', host);
    await user.type(screen.getByRole("textbox", { name: "Add disposition code" }), "A{Enter}");
    expect(screen.getByText("This delivery already has that code.")).toBeInTheDocument();
    parse.mockClear();

    harness.update();
    harness.update({ allocatedWidth: 420 });
    harness.update({ parameters: { codes: codes('"A"') } });
    harness.context.factory.requestRender();
    await harness.settle();
    expect(parse).not.toHaveBeenCalled();
    expect(screen.getByText("This delivery already has that code.")).toBeInTheDocument();
    expect(chipTexts()).toEqual(["A"]);
  });

  it("writes an added code back once and keeps it when the host echoes it", async () => {
    const user = userEvent.setup();
    const parse = jest.spyOn(parsing, "parseDispositionCodes");
    const harness = mountChips('"A"', host);
    await user.type(screen.getByRole("textbox", { name: "Add disposition code" }), "B{Enter}");
    await harness.settle();
    expect(harness.context.parameters.codes.raw).toBe('"A","B"');
    expect(harness.notifyOutputChanged).toHaveBeenCalledTimes(1);
    expect(chipTexts()).toEqual(["A", "B"]);
    expect(screen.getByRole("status")).toHaveTextContent("Added B.");
    // Our own text coming back is not read again.
    expect(parse.mock.calls.filter((call) => call[0] === '"A","B"')).toEqual([]);
  });

  it("reads the list of allowed codes once, and a call that changes nothing reads it not again", async () => {
    const user = userEvent.setup();
    const harness = mount('"A"', { vocabulary: { defaultValue: listOf("A", "DoNotCall") } }, host);
    await harness.settle();
    const reads = harness.context.webAPI.retrieveMultipleRecords.mock.calls.length;
    expect(reads).toBe(2);
    harness.update();
    harness.update({ allocatedWidth: 420 });
    harness.update({ parameters: { codes: codes('"A"') } });
    await harness.settle();
    expect(harness.context.webAPI.retrieveMultipleRecords).toHaveBeenCalledTimes(reads);
    await user.type(screen.getByRole("combobox", { name: "Add disposition code" }), "donotcall{Enter}");
    await harness.settle();
    expect(harness.context.parameters.codes.raw).toBe('"A","DoNotCall"');
  });
});
