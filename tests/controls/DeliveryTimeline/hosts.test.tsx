/**
 * DeliveryTimeline in hosts that call updateView differently from a form (see unusualHosts):
 * it compares the bound values itself, so a change shows and brings one status read whatever
 * updatedProperties says, and a call that changes nothing reads nothing.
 */
import { act, screen } from "@testing-library/react";
import { DeliveryTimeline } from "../../../controls/DeliveryTimeline";
import { statusRereadDelay } from "../../../controls/DeliveryTimeline/DeliveryTimelineController";
import type { IInputs, IOutputs } from "../../../controls/DeliveryTimeline/generated/ManifestTypes";
import * as inputsModule from "../../../controls/DeliveryTimeline/timelineInputs";
import {
  createMockContext,
  dateProperty,
  mountControl,
  textProperty,
  unusualHosts,
  type HostBehaviour,
} from "../../support/pcfContext";
import { definition } from "./queries";

const at = (time: string): Date => new Date(`2025-03-05T${time}Z`);
const deliveryId = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";
const otherId = "0b6d2f31-9a4e-4c8b-8f27-5e1d3c7a9b02";

const completedCall = {
  windowStart: dateProperty(at("10:00:00")),
  windowEnd: dateProperty(at("14:00:00")),
  callStart: dateProperty(at("11:00:00")),
  callEnd: dateProperty(at("11:12:30")),
  resultDate: dateProperty(at("11:13:00")),
  result: textProperty("CallEnded"),
  dialMode: textProperty("Progressive"),
};

function mountTimeline(host: HostBehaviour, entityId: string | null = deliveryId) {
  const context = createMockContext<IInputs>({
    controlName: "DeliveryTimeline",
    entityId,
    parameters: { ...completedCall },
  });
  context.webAPI.retrieveMultipleRecords.mockImplementation(() =>
    Promise.resolve({ entities: [{ msdyn_status: "Complete" }], nextLink: "" }),
  );
  return mountControl<IInputs, IOutputs>(DeliveryTimeline, context, host);
}

type Harness = ReturnType<typeof mountTimeline>;

const reads = (harness: Harness) => harness.context.webAPI.retrieveMultipleRecords;

/** Lets the status re-read delay pass on the fake clock, then lets answers settle. */
async function afterRereadDelay(harness: Harness): Promise<void> {
  act(() => void jest.advanceTimersByTime(statusRereadDelay));
  await harness.settle();
}

describe.each(Object.entries(unusualHosts))("DeliveryTimeline in a host that %s", (_, host) => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask"] }));
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it("shows a changed bound value and reads the status again once", async () => {
    const read = jest.spyOn(inputsModule, "readTimelineInputs");
    const harness = mountTimeline(host);
    await harness.settle();
    expect(screen.getByText("Complete")).toBeInTheDocument();
    expect(read).toHaveBeenCalledTimes(1);
    expect(reads(harness)).toHaveBeenCalledTimes(1);

    harness.update({ parameters: { callEnd: dateProperty(at("11:20:00")) } });
    expect(definition("Call duration")).toBe("20 min");
    await afterRereadDelay(harness);
    expect(read).toHaveBeenCalledTimes(2);
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    harness.destroy();
  });

  it("reads neither the bound values nor the status for calls that change nothing", async () => {
    const read = jest.spyOn(inputsModule, "readTimelineInputs");
    const harness = mountTimeline(host);
    await harness.settle();

    harness.update();
    harness.update({ allocatedWidth: 380 });
    // A new property object holding the same value, as a form refresh hands over.
    harness.update({ parameters: { callEnd: dateProperty(at("11:12:30")) } });
    harness.context.factory.requestRender();
    await harness.settle();
    await afterRereadDelay(harness);
    expect(read).toHaveBeenCalledTimes(1);
    expect(reads(harness)).toHaveBeenCalledTimes(1);
    expect(definition("Call duration")).toBe("12 min 30 s");
    harness.destroy();
  });

  it("reads the status of the row the form moves to, once", async () => {
    const harness = mountTimeline(host);
    await harness.settle();
    harness.update({ entityId: otherId });
    expect(screen.getByText("Loading status…", { selector: "span" })).toBeInTheDocument();
    await harness.settle();
    await afterRereadDelay(harness);
    expect(screen.getByText("Complete")).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    expect(reads(harness).mock.lastCall?.[1]).toContain(otherId);
    harness.destroy();
  });

  it("reads the status once a new record has been saved", async () => {
    const harness = mountTimeline(host, null);
    expect(screen.getByText("The status appears once the delivery has been saved.")).toBeInTheDocument();
    harness.update({ entityId: deliveryId });
    await harness.settle();
    expect(screen.getByText("Complete")).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(1);
    harness.destroy();
  });
});
