import { act, screen } from "@testing-library/react";
import { DeliveryTimeline } from "../../../controls/DeliveryTimeline";
import type { IInputs, IOutputs } from "../../../controls/DeliveryTimeline/generated/ManifestTypes";
import { DeliveryNames } from "../../../domain/tables";
import { createMockContext, dateProperty, mountControl, textProperty } from "../../support/pcfContext";
import { mark, plain } from "./queries";

/**
 * The now marker moves once a minute while the delivery may still be called (useMinuteClock),
 * driven here by jest's fake clock through the real control.
 */
const at = (time: string): Date => new Date(`2025-03-05T${time}Z`);
const minute = 60_000;

/** The real control in the jest platform (mountWithContext's two steps, so the Web API answers before init). */
function mountWith(status: string) {
  const context = createMockContext<IInputs>({
    controlName: "DeliveryTimeline",
    parameters: {
      windowStart: dateProperty(at("10:00:00")),
      windowEnd: dateProperty(at("14:00:00")),
      callStart: dateProperty(null),
      callEnd: dateProperty(null),
      resultDate: dateProperty(null),
      result: textProperty(null),
      dialMode: textProperty("Progressive"),
    },
  });
  context.webAPI.retrieveMultipleRecords.mockResolvedValue({
    entities: [{ [DeliveryNames.status]: status }],
    nextLink: "",
  });
  return mountControl<IInputs, IOutputs>(DeliveryTimeline, context);
}

const nowText = (): string | undefined => {
  const label = screen.queryByText("Now", { selector: "dt > bdi" });
  return label ? plain(label.closest("dt")?.nextElementSibling?.textContent) : undefined;
};
const markerLeft = (): string | undefined => mark("now")?.style.left;

async function passes(harness: ReturnType<typeof mountWith>, milliseconds: number): Promise<void> {
  act(() => void jest.advanceTimersByTime(milliseconds));
  await harness.settle();
}

describe("DeliveryTimeline: the now marker under a fake clock", () => {
  let harness: ReturnType<typeof mountWith> | undefined;
  beforeEach(() => {
    jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] });
    jest.setSystemTime(at("12:00:00"));
  });
  afterEach(() => {
    harness?.destroy();
    harness = undefined;
    jest.useRealTimers();
  });

  it("moves on each full minute, and not before", async () => {
    harness = mountWith("Pending");
    await harness.settle();
    await screen.findByText("Pending");
    expect(nowText()).toBe("2 h left in the window");
    expect(markerLeft()).toBe("calc(50.00% - 0px)");

    await passes(harness, minute - 1);
    expect(nowText()).toBe("2 h left in the window");
    expect(markerLeft()).toBe("calc(50.00% - 0px)");

    await passes(harness, 1);
    expect(nowText()).toBe("1 h 59 min left in the window");
    // 12:01 in 10:00-14:00: 121 of 240 minutes.
    expect(markerLeft()).toBe("calc(50.42% - 0px)");

    // At 14:00 exactly the window has not closed yet; a minute later it has.
    await passes(harness, 119 * minute);
    expect(nowText()).toBe("0 s left in the window");
    expect(markerLeft()).toBe("calc(100.00% - 0px)");
    await passes(harness, minute);
    expect(nowText()).toBe("The window has closed");
    expect(screen.getByText("The delivery is still active although its window has closed.")).toBeInTheDocument();
  });

  it("runs no clock for a delivery that is no longer active, and stops it when the control goes", async () => {
    harness = mountWith("Complete");
    await harness.settle();
    await screen.findByText("Complete");
    expect(nowText()).toBeUndefined();
    expect(jest.getTimerCount()).toBe(0);
    harness.destroy();
    harness = undefined;

    harness = mountWith("InProcess");
    await harness.settle();
    await screen.findByText("In process");
    expect(jest.getTimerCount()).toBe(1);
    harness.destroy();
    harness = undefined;
    expect(jest.getTimerCount()).toBe(0);
  });
});
