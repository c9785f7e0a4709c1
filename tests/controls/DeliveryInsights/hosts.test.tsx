/**
 * DeliveryInsights in hosts that call updateView differently from a dashboard (see
 * unusualHosts): the first call starts the read whatever updatedProperties says, a changed row
 * cap reads again once, and a call that changes nothing asks the Web API nothing and changes
 * no state.
 */
import type { DeliveryInsightsController } from "../../../controls/DeliveryInsights/DeliveryInsightsController";
import { unusualHosts, wholeNumberProperty } from "../../support/pcfContext";
import { createInsightsApi, mountInsights, root, settleAll, startSampleClock, type Harness } from "./insightsHarness";

jest.setTimeout(30_000);

/** The controller's writable store (its public `store` is read-only). */
function storeOf(harness: Harness): { set(value: unknown): void } {
  const controller = (harness.control as unknown as { controller: DeliveryInsightsController }).controller;
  return (controller as unknown as { state: { set(value: unknown): void } }).state;
}

let harness: Harness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
  jest.restoreAllMocks();
  jest.useRealTimers();
});

describe.each(Object.entries(unusualHosts))("DeliveryInsights in a host that %s", (_, host) => {
  it("reads the figures once, and asks nothing and changes nothing for calls that change nothing", async () => {
    const api = createInsightsApi();
    startSampleClock(api.data);
    harness = mountInsights(api, host);
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "complete");
    expect(api.calls.length).toBe(18);
    const set = jest.spyOn(storeOf(harness), "set");
    harness.update({});
    harness.update({ updatedProperties: [] });
    harness.update({ allocatedWidth: 700 });
    await settleAll(harness, 1);
    expect(api.calls.length).toBe(18);
    expect(set).not.toHaveBeenCalled();
  });

  it("reads again, once, when the row cap changes", async () => {
    const api = createInsightsApi();
    startSampleClock(api.data);
    harness = mountInsights(api, host);
    await settleAll(harness);
    harness.update({ parameters: { rowCap: wholeNumberProperty(50) } });
    await settleAll(harness);
    // 14 aggregates and one page again; the names were read once for the session.
    expect(api.calls.length).toBe(34);
    expect(document.querySelector(".pdx-insights-status-line")).toHaveTextContent(
      "Call timing and per-day figures are based on 50 of 369 deliveries (the row cap).",
    );
  });
});
