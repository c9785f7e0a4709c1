/**
 * DispositionChips in hosts that call updateView differently from a form (see unusualHosts):
 * it compares the bound text itself, so a new value shows whatever updatedProperties says,
 * and a call that changes nothing parses nothing and keeps what the user sees.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DispositionChips } from "../../../controls/DispositionChips";
import type { IInputs, IOutputs } from "../../../controls/DispositionChips/generated/ManifestTypes";
import * as parsing from "../../../domain/delivery/dispositionParse";
import { mountWithContext, textProperty, unusualHosts, type HostBehaviour } from "../../support/pcfContext";

const codes = (value: string | null) => textProperty(value, { attributes: { MaxLength: 1000 } });

function mountChips(value: string | null, host: HostBehaviour) {
  return mountWithContext<IInputs, IOutputs>(
    DispositionChips,
    { controlName: "DispositionChips", parameters: { codes: codes(value) } },
    host,
  );
}

const chipTexts = (): string[] =>
  within(screen.getByRole("list", { name: /Disposition codes/ }))
    .getAllByRole("listitem")
    .map((item) => item.firstChild?.textContent ?? "");

afterEach(() => {
  jest.restoreAllMocks();
  document.body.innerHTML = "";
});

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
    expect(screen.getByText("That code is already in the list.")).toBeInTheDocument();
    parse.mockClear();

    harness.update();
    harness.update({ allocatedWidth: 420 });
    harness.update({ parameters: { codes: codes('"A"') } });
    harness.context.factory.requestRender();
    await harness.settle();
    expect(parse).not.toHaveBeenCalled();
    expect(screen.getByText("That code is already in the list.")).toBeInTheDocument();
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
});
