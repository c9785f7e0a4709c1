/**
 * The catalogue of hostile and broken inputs (cases.ts) against every control it applies to,
 * through the one platform emulation (pcf-host, via each control's own test harness). Each
 * expected behaviour is asserted the same way for every control; drivers.tsx only says where
 * a control shows a value and which of its own strings it uses.
 */
import { fireEvent, screen } from "@testing-library/react";
import { sampleData } from "../DeliveryInsights/insightsHarness";
import { forgetVocabulary } from "../../../controls/DispositionChips/vocabularySource";
import { catalogue, everyControl, type CatalogueCase, type Input } from "./cases";
import { advance, drivers, faultError, type Driver, type Mounted } from "./drivers";

/** Text as a reader sees it: without the Unicode isolates the controls put around values. */
const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u2066-\u2069]/g, "");
const bodyText = (): string => plain(document.body.textContent);

/** Elements that would only exist if markup from the data had been rendered as HTML. */
const injected = (): string[] =>
  Array.from(document.body.querySelectorAll('script, img, b, a[href^="javascript:" i]')).map((element) =>
    element.outerHTML.slice(0, 80),
  );

function expectNoBoundary(driver: Driver): void {
  expect(bodyText()).not.toContain(driver.text(driver.boundary.message));
}

let mounted: Mounted | undefined;

beforeEach(() => {
  // The insights' default period is the 7 days before the sample's "now"; promises stay real.
  jest.useFakeTimers({ now: Date.parse(sampleData().now), doNotFake: ["nextTick", "setImmediate", "queueMicrotask"] });
  forgetVocabulary();
});

afterEach(() => {
  mounted?.harness.destroy();
  mounted = undefined;
  jest.useRealTimers();
  jest.restoreAllMocks();
  forgetVocabulary();
  document.body.innerHTML = "";
});

async function run(driver: Driver, entry: CatalogueCase): Promise<void> {
  const input = entry.input;
  const expected = entry.expected;
  if (expected.shows === "boundaryWithRetry") {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module whose component is made to throw
    const module = require(driver.renderTarget.module) as Record<string, (...args: unknown[]) => unknown>;
    const original = module[driver.renderTarget.name];
    let broken = true;
    jest.spyOn(module, driver.renderTarget.name).mockImplementation((...args: unknown[]) => {
      if (broken) throw new Error(`catalogue: ${driver.renderTarget.name} fails to render`);
      return original(...args);
    });
    mounted = driver.mount(input);
    await mounted.settle();
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(driver.text(driver.boundary.message));
    // The failure stays inside the control: its frame (the labelled group) is still there.
    expect(alert.closest('[role="group"]')).not.toBeNull();
    broken = false;
    fireEvent.click(screen.getByRole("button", { name: driver.text(driver.boundary.retry) }));
    await mounted.settle();
    expectNoBoundary(driver);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(module[driver.renderTarget.name]).toHaveBeenCalled();
    return;
  }

  mounted = driver.mount(input);
  await mounted.settle();

  switch (expected.shows) {
    case "text": {
      const value = (input as Extract<Input, { kind: "text" }>).value ?? "";
      expect(bodyText()).toContain(value);
      expect(injected()).toEqual([]);
      break;
    }
    case "wholeText": {
      const value = (input as Extract<Input, { kind: "text" }>).value ?? "";
      for (const button of screen.queryAllByRole("button", { name: /show all/i })) fireEvent.click(button);
      await mounted.settle();
      expect(bodyText()).toContain(value);
      break;
    }
    case "empty": {
      expect(bodyText()).toContain(driver.emptyText);
      expect(bodyText()).not.toMatch(/\bnull\b|\bundefined\b|\[object/);
      break;
    }
    case "storedValueWithNote": {
      const value = (input as Extract<Input, { kind: "unknownChoice" }>).value;
      expect(bodyText()).toContain(plain(driver.text("Value_Unrecognised", value)));
      break;
    }
    case "malformedMessage": {
      const value = (input as Extract<Input, { kind: "malformedId" }>).value;
      expect(bodyText()).toContain(plain(driver.malformedText?.(value)));
      // Nothing is asked about an id that is no GUID.
      const webAPI = mounted.harness.context.webAPI as unknown as Record<string, jest.Mock>;
      const calls = Object.values(webAPI).flatMap((mock) => mock.mock.calls);
      expect(calls.filter((call) => JSON.stringify(call).includes(value))).toEqual([]);
      break;
    }
    case "windowed": {
      const rows = document.body.querySelectorAll('[role="row"]').length;
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThanOrEqual(expected.atMostRows);
      expect(bodyText()).toContain("10,000");
      break;
    }
    case "failureMessage": {
      const fault = (input as Extract<Input, { kind: "webApi" }>).fault;
      if (fault.kind === "timeout") {
        // Nothing is said before the read gives up; then the control says it could not connect.
        expect(bodyText()).not.toContain(plain(driver.failureText?.(expected.failure, faultError(fault))));
        await advance(fault.afterMs, mounted);
      }
      expect(bodyText()).toContain(plain(driver.failureText?.(expected.failure, faultError(fault))));
      driver.expectRestWorks?.();
      break;
    }
    case "retriedAfterWait": {
      const fault = (input as Extract<Input, { kind: "webApi" }>).fault;
      if (fault.kind !== "throttled") throw new Error("a wait needs a throttled fault");
      if (!driver.retriesAfterWait) {
        // The control explains the wait instead of waiting (and keeps working).
        expect(bodyText()).toContain(plain(driver.failureText?.("throttled", faultError(fault))));
        driver.expectRestWorks?.();
        break;
      }
      const before = mounted.reads();
      await advance(fault.retryAfterSeconds * 1000 - 200, mounted);
      expect(mounted.reads()).toBe(before);
      await advance(400, mounted);
      expect(mounted.reads()).toBeGreaterThan(before);
      driver.expectData?.();
      break;
    }
  }
  expectNoBoundary(driver);
}

describe("the catalogue of hostile and broken inputs", () => {
  it("lists, for every input kind a control takes, that control in each case of the kind", () => {
    for (const entry of catalogue) {
      const takers = drivers.filter((driver) => driver.kinds.has(entry.input.kind)).map((driver) => driver.name);
      expect({ name: entry.name, controls: [...entry.controls].sort() }).toEqual({
        name: entry.name,
        controls: takers.sort(),
      });
      if (entry.controls.length < everyControl.length) expect(entry.notApplicable).toBeTruthy();
    }
  });

  describe.each(catalogue.map((entry) => [entry.name, entry] as const))("%s", (_, entry) => {
    it.each(entry.controls.map((name) => [name] as const))("%s", async (name) => {
      const driver = drivers.find((candidate) => candidate.name === name) as Driver;
      await run(driver, entry);
    });
  });
});
