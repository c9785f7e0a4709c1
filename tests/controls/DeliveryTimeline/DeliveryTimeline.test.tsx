import { readFileSync } from "node:fs";
import path from "node:path";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DeliveryTimeline } from "../../../controls/DeliveryTimeline";
import type { IInputs, IOutputs } from "../../../controls/DeliveryTimeline/generated/ManifestTypes";
import * as inputsModule from "../../../controls/DeliveryTimeline/timelineInputs";
import * as textModule from "../../../controls/shared/deliveryText/deliveryText";
import { isolate } from "../../../controls/DeliveryTimeline/timelineText";
import { statusRereadDelay } from "../../../controls/DeliveryTimeline/DeliveryTimelineController";
import { DeliveryNames } from "../../../domain/tables";
import { SampleStore, createSampleWebApi, generateSampleData, type Row } from "../../../preview/data";
import {
  createMockContext,
  dateProperty,
  fluentDesign,
  mountControl,
  textProperty,
  type MockContextOptions,
} from "../../support/pcfContext";
import { definition, mark, plain } from "./queries";

const at = (time: string): Date => new Date(`2025-03-05T${time}Z`);
const deliveryId = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";

interface TimelineValues {
  windowStart?: Date | null;
  windowEnd?: Date | null;
  callStart?: Date | null;
  callEnd?: Date | null;
  resultDate?: Date | null;
  result?: string | null;
  dialMode?: string | null;
}

const completedCall: TimelineValues = {
  windowStart: at("10:00:00"),
  windowEnd: at("14:00:00"),
  callStart: at("11:00:00"),
  callEnd: at("11:12:30"),
  resultDate: at("11:13:00"),
  result: "CallEnded",
  dialMode: "Progressive",
};

function parametersOf(values: TimelineValues) {
  return {
    windowStart: dateProperty(values.windowStart ?? null),
    windowEnd: dateProperty(values.windowEnd ?? null),
    callStart: dateProperty(values.callStart ?? null),
    callEnd: dateProperty(values.callEnd ?? null),
    resultDate: dateProperty(values.resultDate ?? null),
    result: textProperty(values.result ?? null),
    dialMode: textProperty(values.dialMode ?? null),
  };
}

type Entity = ComponentFramework.WebApi.Entity;
/** The row the status query finds, or null when it finds none. */
type StatusAnswer = () => Promise<Entity | null>;

interface StatusOptions {
  status?: string | null;
  statusAnswer?: StatusAnswer;
  /** A Web API that answers every read instead (the preview's sample one). */
  webAPI?: ComponentFramework.WebApi;
  /** The user's time zone in Dataverse, as minutes from UTC (the harness's user is in UTC). */
  offsetMinutes?: number;
}

/** Mounts the control; the Web API answers with `status` unless `statusAnswer` or `webAPI` says otherwise. */
function mountTimeline(values: TimelineValues, options: Partial<MockContextOptions> & StatusOptions = {}) {
  const { status, statusAnswer, webAPI, offsetMinutes, ...contextOptions } = options;
  const context = createMockContext<IInputs>({
    controlName: "DeliveryTimeline",
    entityId: deliveryId,
    parameters: parametersOf(values),
    ...contextOptions,
  });
  if (offsetMinutes !== undefined) context.userSettings.getTimeZoneOffsetMinutes = () => offsetMinutes;
  if (webAPI) {
    context.webAPI.retrieveMultipleRecords.mockImplementation((...args) => webAPI.retrieveMultipleRecords(...args));
    context.webAPI.retrieveRecord.mockImplementation((...args) => webAPI.retrieveRecord(...args));
  } else {
    const answer = statusAnswer ?? (() => Promise.resolve({ [DeliveryNames.status]: status ?? "Complete" }));
    context.webAPI.retrieveMultipleRecords.mockImplementation(() =>
      answer().then((row) => ({ entities: row ? [row] : [], nextLink: "" })),
    );
  }
  return mountControl<IInputs, IOutputs>(DeliveryTimeline, context);
}

type Harness = ReturnType<typeof mountTimeline>;

/** The status reads so far. */
const reads = (harness: Harness) => harness.context.webAPI.retrieveMultipleRecords;

/**
 * The last read was the partition-safe one: a query on the primary key of this row for
 * msdyn_status alone, one row at most, and never a retrieveRecord (which misses a row with a
 * custom partitionid).
 */
function expectStatusQueryFor(harness: Harness, id: string): void {
  const [table, query] = reads(harness).mock.lastCall ?? [];
  expect(table).toBe("msdyn_proactive_delivery");
  const options = Object.fromEntries(new URLSearchParams(query));
  expect(options).toEqual({ $select: "msdyn_status", $filter: `msdyn_proactive_deliveryid eq ${id}`, $top: "1" });
  expect(harness.context.webAPI.retrieveRecord).not.toHaveBeenCalled();
}

/** A promise the test settles by hand, to look at the control while the answer is pending. */
function deferred<T>() {
  const handles: { resolve: (value: T) => void } = { resolve: () => undefined };
  const promise = new Promise<T>((resolve) => {
    handles.resolve = resolve;
  });
  return { promise, resolve: (value: T) => handles.resolve(value) };
}

afterEach(() => {
  jest.restoreAllMocks();
});

describe("DeliveryTimeline: status through the Web API", () => {
  it("shows a loading state, then the status from one query of msdyn_status", async () => {
    const answer = deferred<Entity | null>();
    const harness = mountTimeline(completedCall, { statusAnswer: () => answer.promise });
    expect(screen.getByText("Loading status…", { selector: "span" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Loading status…");

    answer.resolve({ [DeliveryNames.status]: "Complete" });
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Status: Complete");
    expect(reads(harness)).toHaveBeenCalledTimes(1);
    expectStatusQueryFor(harness, deliveryId);
  });

  it("explains throttling (429) in words, keeps the time line, and retries on request", async () => {
    const user = userEvent.setup();
    const throttled = {
      errorCode: -2147015902,
      message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
      status: 429,
    };
    const answers: StatusAnswer[] = [
      () => Promise.reject(throttled),
      () => Promise.resolve({ [DeliveryNames.status]: "InProcess" }),
    ];
    const harness = mountTimeline(completedCall, { statusAnswer: () => (answers.shift() as StatusAnswer)() });

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The status could not be loaded because the server is busy (too many requests). Try again in a minute.",
    );
    expect(definition("Window start")).toBe("3/5/2025, 10:00 AM UTC");
    expect(definition("Call duration")).toBe("12 min 30 s");
    expect(screen.getByText("Call ended")).toBeInTheDocument();

    // The answer arrives in a microtask after the click; async act lets React take it in.
    await act(async () => {
      await user.click(within(alert).getByRole("button", { name: "Try again" }));
    });
    expect(await screen.findByText("In process")).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(2);
  });

  it("gives a general message for other failures", async () => {
    mountTimeline(completedCall, { statusAnswer: () => Promise.reject(new Error("boom")) });
    expect(await screen.findByRole("alert")).toHaveTextContent("The status could not be loaded.");
    expect(screen.getByText("Progressive")).toBeInTheDocument();
  });

  it("says the status comes after saving on a new record, and loads it once the record has an id", async () => {
    const harness = mountTimeline({}, { entityId: null });
    expect(screen.getByText("The status appears once the delivery has been saved.")).toBeInTheDocument();
    expect(reads(harness)).not.toHaveBeenCalled();
    harness.update({ entityId: deliveryId });
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(1);
  });

  it("does not query a table the control was not made for", () => {
    const harness = mountTimeline(completedCall, { entityTypeName: "contact" });
    expect(screen.getByText("The status is only available on a proactive delivery.")).toBeInTheDocument();
    expect(reads(harness)).not.toHaveBeenCalled();
    expect(harness.context.webAPI.retrieveRecord).not.toHaveBeenCalled();
  });

  it("shows an unknown status as itself, in a neutral colour, with a note", async () => {
    mountTimeline(completedCall, { status: "Rescheduled" });
    const value = await screen.findByText("Rescheduled (not a documented value)");
    expect(value).toHaveStyle({ color: "#424242" });
  });

  it("ignores a late answer after the control is destroyed", async () => {
    const answer = deferred<Entity | null>();
    const harness = mountTimeline(completedCall, { statusAnswer: () => answer.promise });
    harness.destroy();
    answer.resolve({ [DeliveryNames.status]: "Complete" });
    await harness.settle();
    expect(screen.queryByText("Complete")).not.toBeInTheDocument();
  });
});

/** The Web API's answers to successive reads, in order. */
function answersInOrder(...answers: StatusAnswer[]): StatusAnswer {
  return () => (answers.shift() as StatusAnswer)();
}

const statusIs =
  (status: string): StatusAnswer =>
  () =>
    Promise.resolve({ [DeliveryNames.status]: status });

describe("DeliveryTimeline: the status read finds a row in any partition", () => {
  // The preview's sample Web API behaves as an elastic table does: a row with a custom
  // partitionid is missed by retrieveRecord without its partitionId, found by a query on its id.
  const data = generateSampleData({ deliveryCount: 200 });
  const partitioned = data.deliveries.find(
    (row) => row.partitionid !== null && row[DeliveryNames.status] === "Complete",
  ) as Row;
  const partitionedId = String(partitioned[DeliveryNames.id]);

  function mountOnSampleData(id: string) {
    const sample = createSampleWebApi(new SampleStore(data, () => Date.parse(data.now)));
    // As a form passes it: braces and upper case, which the query must drop and may keep.
    const harness = mountTimeline(completedCall, { entityId: `{${id.toUpperCase()}}`, webAPI: sample });
    return { harness, sample };
  }

  it("shows the status of a row with a custom partitionid, which only the query on its id finds", async () => {
    const { harness, sample } = mountOnSampleData(partitionedId);
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    await expect(
      sample.retrieveRecord(DeliveryNames.table, partitionedId, "?$select=msdyn_status"),
    ).rejects.toMatchObject({ status: 404 });
    expectStatusQueryFor(harness, partitionedId.toUpperCase());
    expect(
      sample.requests
        .filter((request) => request.operation === "retrieveMultipleRecords")
        .map((request) => [request.rows, request.error]),
    ).toEqual([[1, undefined]]);
  });

  it("finds a row in the default partition the same way", async () => {
    const plain = data.deliveries.find(
      (row) => row.partitionid === null && row[DeliveryNames.status] === "Expired",
    ) as Row;
    const { harness } = mountOnSampleData(String(plain[DeliveryNames.id]));
    expect(await screen.findByText("Expired")).toBeInTheDocument();
    expectStatusQueryFor(harness, String(plain[DeliveryNames.id]).toUpperCase());
  });

  it("treats an empty answer as a row that does not exist, the way it showed a 404, and retries on request", async () => {
    const user = userEvent.setup();
    const harness = mountTimeline(completedCall, {
      statusAnswer: answersInOrder(() => Promise.resolve(null), statusIs("Expired")),
    });
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The delivery was not found; it may have been deleted.");
    expect(screen.getByText("Call ended")).toBeInTheDocument();
    await act(async () => {
      await user.click(within(alert).getByRole("button", { name: "Try again" }));
    });
    expect(await screen.findByText("Expired")).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    expectStatusQueryFor(harness, deliveryId);
  });

  it("says the same in German", async () => {
    mountTimeline(completedCall, { languageId: 1031, statusAnswer: () => Promise.resolve(null) });
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Die Zustellung wurde nicht gefunden; sie wurde möglicherweise gelöscht.",
    );
  });

  it.each([
    [
      "a 404 from the host",
      { errorCode: -2147220969, message: "msdyn_proactive_delivery With Id = x Does Not Exist", status: 404 },
      "The delivery was not found; it may have been deleted.",
    ],
    [
      "a 403",
      {
        errorCode: -2147220960,
        message: "Principal user is missing prvReadmsdyn_proactive_delivery privilege",
        status: 403,
      },
      "You do not have permission to read the status of this delivery.",
    ],
    [
      "no connection",
      { message: "Failed to fetch", status: 0 },
      "The status could not be loaded because there is no connection.",
    ],
    [
      "a 400 naming a column",
      {
        errorCode: -2147088248,
        message:
          "Could not find a property named 'msdyn_status' on type 'Microsoft.Dynamics.CRM.msdyn_proactive_delivery'.",
        status: 400,
      },
      "The status could not be loaded.",
    ],
  ])("explains a failed query (%s) and keeps the time line", async (_name, failure, text) => {
    mountTimeline(completedCall, { statusAnswer: () => Promise.reject(failure) });
    expect(await screen.findByRole("alert")).toHaveTextContent(text);
    expect(definition("Call duration")).toBe("12 min 30 s");
  });
});

describe("DeliveryTimeline: status read again when the record changes", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  /** Lets `milliseconds` pass on the fake clock, then lets any answer settle. */
  async function wait(harness: Harness, milliseconds = statusRereadDelay): Promise<void> {
    act(() => {
      jest.advanceTimersByTime(milliseconds);
    });
    await harness.settle();
  }

  it("reads the status again after a bound value changes, keeping the last one on screen meanwhile", async () => {
    const reread = deferred<Entity | null>();
    const harness = mountTimeline(completedCall, {
      statusAnswer: answersInOrder(statusIs("InProcess"), () => reread.promise),
    });
    await screen.findByText("In process");

    harness.update({ parameters: { result: textProperty("CallFailed"), resultDate: dateProperty(at("11:20:00")) } });
    expect(screen.getByText("Call failed")).toBeInTheDocument();
    await wait(harness);
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    expectStatusQueryFor(harness, deliveryId);
    expect(screen.getByText("In process")).toBeInTheDocument();
    expect(screen.queryByText("Loading status…")).not.toBeInTheDocument();

    reread.resolve({ [DeliveryNames.status]: "Complete" });
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Status: Complete");
  });

  it("asks once for several changes in a row", async () => {
    const harness = mountTimeline(completedCall, {
      statusAnswer: answersInOrder(statusIs("InProcess"), statusIs("Complete")),
    });
    await screen.findByText("In process");

    harness.update({ parameters: { callStart: dateProperty(at("11:01:00")) } });
    await wait(harness, statusRereadDelay - 1);
    harness.update({ parameters: { callEnd: dateProperty(at("11:14:00")) } });
    await wait(harness, statusRereadDelay - 1);
    harness.update({ parameters: { result: textProperty("CallFailed"), resultDate: dateProperty(at("11:15:00")) } });
    expect(reads(harness)).toHaveBeenCalledTimes(1);
    await wait(harness);
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    expect(await screen.findByText("Complete")).toBeInTheDocument();
  });

  it("ignores a slower answer to an earlier read", async () => {
    const earlier = deferred<Entity | null>();
    const later = deferred<Entity | null>();
    const harness = mountTimeline(completedCall, {
      statusAnswer: answersInOrder(
        statusIs("Pending"),
        () => earlier.promise,
        () => later.promise,
      ),
    });
    await screen.findByText("Pending");
    harness.update({ parameters: { callStart: dateProperty(at("11:01:00")) } });
    await wait(harness);
    harness.update({ parameters: { result: textProperty("CallFailed") } });
    await wait(harness);
    expect(reads(harness)).toHaveBeenCalledTimes(3);

    later.resolve({ [DeliveryNames.status]: "Complete" });
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    earlier.resolve({ [DeliveryNames.status]: "InProcess" });
    await harness.settle();
    expect(screen.getByText("Complete")).toBeInTheDocument();
    expect(screen.queryByText("In process")).not.toBeInTheDocument();
  });

  it("does not read again when only the layout, the theme or nothing changed", async () => {
    const harness = mountTimeline(completedCall);
    await screen.findByText("Complete");
    harness.update({ allocatedWidth: 800 });
    harness.update({ fluentDesignLanguage: fluentDesign("dark") });
    harness.update({ isControlDisabled: true });
    harness.update({ updatedProperties: [] });
    await wait(harness);
    expect(reads(harness)).toHaveBeenCalledTimes(1);
  });

  it("reads another row at once, dropping a pending read of the previous one", async () => {
    const otherId = "0b6d2f31-9a4e-4c8b-8f27-5e1d3c7a9b02";
    const other = deferred<Entity | null>();
    const harness = mountTimeline(completedCall, {
      statusAnswer: answersInOrder(statusIs("Complete"), () => other.promise),
    });
    await screen.findByText("Complete");
    harness.update({ parameters: { result: textProperty("CallFailed") } });
    harness.update({ entityId: otherId, parameters: { result: textProperty("Busy") } });
    // The old row's status would be wrong for this one.
    expect(screen.getByText("Loading status…", { selector: "span" })).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    expectStatusQueryFor(harness, otherId);
    await wait(harness);
    expect(reads(harness)).toHaveBeenCalledTimes(2);
    other.resolve({ [DeliveryNames.status]: "Expired" });
    expect(await screen.findByText("Expired")).toBeInTheDocument();
  });

  it("shows a failed read again as a failure with the retry button", async () => {
    const user = userEvent.setup({ advanceTimers: (milliseconds) => jest.advanceTimersByTime(milliseconds) });
    const throttled = { errorCode: -2147015902, message: "Number of requests exceeded the limit", status: 429 };
    const harness = mountTimeline(completedCall, {
      statusAnswer: answersInOrder(statusIs("InProcess"), () => Promise.reject(throttled), statusIs("Complete")),
    });
    await screen.findByText("In process");
    harness.update({ parameters: { result: textProperty("CallFailed") } });
    await wait(harness);

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(
      "The status could not be loaded because the server is busy (too many requests). Try again in a minute.",
    );
    await act(async () => {
      await user.click(within(alert).getByRole("button", { name: "Try again" }));
    });
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(reads(harness)).toHaveBeenCalledTimes(3);
  });

  it("drops a pending read when the control is destroyed", async () => {
    const harness = mountTimeline(completedCall);
    await screen.findByText("Complete");
    harness.update({ parameters: { result: textProperty("CallFailed") } });
    harness.destroy();
    await wait(harness);
    expect(reads(harness)).toHaveBeenCalledTimes(1);
  });
});

describe("DeliveryTimeline: the time line", () => {
  it("lists every date in UTC, the call's duration and the result, coloured by tone", async () => {
    mountTimeline(completedCall);
    await screen.findByText("Complete");
    expect(definition("Window start")).toBe("3/5/2025, 10:00 AM UTC");
    expect(definition("Window end")).toBe("3/5/2025, 2:00 PM UTC");
    expect(definition("Call start")).toBe("3/5/2025, 11:00 AM UTC");
    expect(definition("Call end")).toBe("3/5/2025, 11:12 AM UTC");
    expect(definition("Call duration")).toBe("12 min 30 s");
    expect(definition("Result date")).toBe("3/5/2025, 11:13 AM UTC");
    expect(screen.getByText("Call ended")).toHaveStyle({ color: "#0e700e" });
    expect(screen.getByText("Complete")).toHaveStyle({ color: "#0e700e" });
    expect(screen.queryByText("Now", { selector: "dt > bdi" })).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Check this delivery" })).not.toBeInTheDocument();
  });

  it("marks now and the time left while the delivery is pending", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("12:00:00").getTime());
    mountTimeline(
      { windowStart: at("10:00:00"), windowEnd: at("14:00:00"), dialMode: "Copilot" },
      { status: "Pending" },
    );
    await screen.findByText("Pending");
    expect(definition("Now")).toBe("2 h left in the window");
    expect(mark("now")).toHaveStyle({ left: "calc(50.00% - 0px)" });
    // The date inside the name is isolated, so it keeps its order in any direction.
    expect(mark("now")).toHaveAccessibleName(`Now: ${isolate("3/5/2025, 12:00 PM UTC")}`);
  });

  it("counts down to the window and flags a window that passed while still active", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("09:15:00").getTime());
    mountTimeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00") }, { status: "InProcess" });
    await screen.findByText("In process");
    expect(definition("Now")).toBe("The window opens in 45 min");
  });

  it("flags a pending delivery whose window has closed", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("15:00:00").getTime());
    mountTimeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00") }, { status: "Pending" });
    expect(await screen.findByText("The delivery is still active although its window has closed.")).toBeInTheDocument();
    expect(definition("Now")).toBe("The window has closed");
  });

  it("names missing and reversed dates in a warning banner with an icon, at the top of the control", async () => {
    mountTimeline({ windowStart: at("14:00:00"), callStart: at("12:10:00"), callEnd: at("12:00:00") });
    await screen.findByText("Complete");
    const banner = screen.getByRole("region", { name: "Check this delivery" });
    expect(
      within(banner)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      "The window end is missing.",
      "The call ends before it starts.",
      "The call started before the window opened.",
    ]);
    expect(banner.querySelector("svg[aria-hidden='true'] path")).toHaveAttribute("fill", "#8a3707");
    // First in the control, before the status line.
    const root = screen.getByRole("group", { name: "Delivery timeline" });
    expect(root.querySelector("section, dl")).toBe(banner);
    expect(definition("Window end")).toBe("Not set");
    expect(definition("Call duration")).toBe("10 min (negative)");
  });

  it("warns of a reversed window; an expired delivery without a call is its outcome, said beside the picture", async () => {
    mountTimeline({ windowStart: at("14:00:00"), windowEnd: at("10:00:00") }, { status: "Expired" });
    await screen.findByText("Expired");
    const banner = screen.getByRole("region", { name: "Check this delivery" });
    expect(
      within(banner)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["The window ends before it starts."]);
    expect(within(banner).queryByText(/expired/)).not.toBeInTheDocument();
    expect(plain(document.querySelector('[data-part="story"]')?.textContent)).toBe(
      "The call window closed without a call, so the delivery expired.",
    );
  });

  it("shows an expired delivery that was never called without any warning", async () => {
    mountTimeline(
      { windowStart: at("10:00:00"), windowEnd: at("14:00:00"), resultDate: at("14:03:00"), result: "Expired" },
      { status: "Expired" },
    );
    await screen.findByText("Expired", { selector: "span" });
    expect(screen.queryByRole("region", { name: "Check this delivery" })).not.toBeInTheDocument();
    expect(screen.getByText("The call window closed without a call, so the delivery expired.")).toBeInTheDocument();
  });

  it("says nothing of an outcome for an expired delivery that was called", async () => {
    mountTimeline({ ...completedCall, result: "Expired" }, { status: "Expired" });
    await screen.findByText("Expired", { selector: "span" });
    expect(screen.queryByText(/without a call/)).not.toBeInTheDocument();
    expect(screen.queryByRole("region", { name: "Check this delivery" })).not.toBeInTheDocument();
  });

  it("flags a call outside the window", async () => {
    mountTimeline({
      windowStart: at("10:00:00"),
      windowEnd: at("11:00:00"),
      callStart: at("09:00:00"),
      callEnd: at("09:05:00"),
    });
    expect(await screen.findByText("The call started before the window opened.")).toBeInTheDocument();
    expect(plain(document.querySelector('[data-part="story"]')?.textContent)).toMatch(
      /^Called 1 h before the window opened · Call lasted 5 min/,
    );
  });

  it("flags a Complete delivery with no date at all, and says 'no dates yet' while it is pending", async () => {
    const harness = mountTimeline({});
    expect(
      await screen.findByText("The delivery is marked Complete, but no call window, call or result time was recorded."),
    ).toBeInTheDocument();
    expect(document.querySelector('[data-part="overview"]')).toBeNull();
    harness.destroy();
    mountTimeline({}, { status: "Pending" });
    expect(await screen.findByText("No dates are set yet.")).toBeInTheDocument();
  });
});

describe("DeliveryTimeline: the picture", () => {
  /** The preview's short call: 58 s, 4 h 18 min into a 24-hour window, the result 69 s later. */
  const shortCall: TimelineValues = {
    windowStart: new Date("2026-01-05T07:43:00Z"),
    windowEnd: new Date("2026-01-06T07:43:00Z"),
    callStart: new Date("2026-01-05T12:01:09Z"),
    callEnd: new Date("2026-01-05T12:02:07Z"),
    resultDate: new Date("2026-01-05T12:03:16Z"),
    result: "CallEnded",
    dialMode: "Copilot",
  };

  it("draws the window band and the call bar, each mark named with a tooltip in UTC", async () => {
    mountTimeline(completedCall);
    await screen.findByText("Complete");
    const overview = screen.getByRole("group", { name: "Time line of the delivery" });
    const names = within(overview)
      .getAllByRole("img")
      .map((element) => [element.dataset.part, plain(element.getAttribute("aria-label"))]);
    expect(names).toEqual([
      ["window", "Call window: 3/5/2025, 10:00 AM UTC to 3/5/2025, 2:00 PM UTC (4 h)"],
      ["call", "Call: 3/5/2025, 11:00 AM UTC to 3/5/2025, 11:12 AM UTC (12 min 30 s)"],
      ["result", "Call ended: 3/5/2025, 11:13 AM UTC"],
    ]);
    for (const element of within(overview).getAllByRole("img"))
      expect(element).toHaveAttribute("title", element.getAttribute("aria-label"));
    expect(mark("window")).toHaveStyle({ left: "0.00%", width: "max(100.00%, 8px)" });
    expect(mark("call")).toHaveStyle({ left: "25.00%" });
    // 12.5 minutes of 4 hours show well: no close-up.
    expect(screen.queryByRole("group", { name: "Close-up of the call and its result" })).not.toBeInTheDocument();
  });

  it("labels the axis's ends in full and ticks round times in the user's locale", async () => {
    mountTimeline(completedCall, { allocatedWidth: 700, languageId: 1031 });
    await screen.findByText("Abgeschlossen");
    const overview = screen.getByRole("group", { name: "Zeitachse der Zustellung" });
    const ends = overview.firstElementChild as HTMLElement;
    expect(Array.from(ends.querySelectorAll("bdi")).map((end) => end.textContent)).toEqual([
      "5.3.2025, 10:00 UTC",
      "5.3.2025, 14:00 UTC",
    ]);
    // 700 px: six ticks at most over 4 hours, so every hour, the ends left to the labels.
    const ticks = overview.querySelectorAll('[data-part="axis"] bdi');
    expect(Array.from(ticks).map((tick) => tick.textContent)).toEqual(["11:00", "12:00", "13:00"]);
    expect(ticks[1]).toHaveStyle({ left: "50.00%" });
  });

  it("adds a close-up of a short call and its result, which the overview marks", async () => {
    mountTimeline(shortCall);
    await screen.findByText("Complete");
    const zoom = screen.getByRole("group", { name: "Close-up of the call and its result" });
    expect(
      Array.from((zoom.firstElementChild as HTMLElement).querySelectorAll("bdi")).map((part) => part.textContent),
    ).toEqual(["12:00 PM UTC", "Close-up of the call and its result", "12:04 PM UTC"]);
    expect(mark("call", "zoom")).toHaveStyle({ left: "28.75%", width: "max(24.17%, 8px)" });
    expect(mark("result", "zoom")).toHaveStyle({ left: "calc(81.67% - 5.5px)" });
    expect(mark("call")).toHaveStyle({ width: "max(0.07%, 8px)" });
    expect(document.querySelector('[data-part="zoom-range"]')).toHaveStyle({ left: "17.85%" });
    expect(plain(document.querySelector('[data-part="story"]')?.textContent)).toBe(
      "Called 4 h 18 min after the window opened · Call lasted 58 s · Result 1 min 9 s after the call",
    );
  });

  it("keeps the call and the result in lanes of their own, by their classes", async () => {
    mountTimeline(shortCall);
    await screen.findByText("Complete");
    expect(mark("call")).toHaveClass("pdx-tl-mark", "pdx-tl-call");
    expect(mark("result")).toHaveClass("pdx-tl-mark", "pdx-tl-result");
    // The stylesheet puts the call lane above the result lane, so they never meet.
    const css = readFileSync(path.join(__dirname, "../../../controls/DeliveryTimeline/DeliveryTimeline.css"), "utf8");
    const rule = (name: string): string => new RegExp(`\\.${name} \\{([^}]*)\\}`).exec(css)?.[1] ?? "";
    const px = (text: string, property: string): number =>
      Number(new RegExp(`${property}: (-?\\d+)px`).exec(text)?.[1]);
    const callRule = rule("pdx-tl-call-end");
    const resultRule = rule("pdx-tl-result");
    expect(px(callRule, "top") + px(callRule, "height")).toBeLessThan(px(resultRule, "top"));
  });

  it("colours the call by its outcome: a failed call is not green", async () => {
    const colourOf = (): string =>
      (document.querySelector('[style*="--pdx-tl-call"]') as HTMLElement).style.getPropertyValue("--pdx-tl-call");
    const harness = mountTimeline(shortCall);
    await screen.findByText("Complete");
    expect(colourOf()).toBe("#0e700e");
    harness.update({ parameters: { result: textProperty("CallFailed") } });
    expect(colourOf()).toBe("#b10e1c");
    expect(mark("result")).toHaveAccessibleName(/^Call failed: /);
    harness.update({ parameters: { result: textProperty(null) } });
    expect(colourOf()).toBe("#0f548c");
  });

  it("draws a call in progress to now, striped, and says how long it has lasted", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("12:03:00").getTime());
    mountTimeline(
      { windowStart: at("10:00:00"), windowEnd: at("14:00:00"), callStart: at("12:00:00"), result: null },
      { status: "InProcess" },
    );
    await screen.findByText("In process");
    expect(mark("call")).toHaveClass("pdx-tl-ongoing");
    expect(mark("call")).toHaveAccessibleName(
      `Call in progress: ${isolate("3/5/2025, 12:00 PM UTC")} to ${isolate("3/5/2025, 12:03 PM UTC")} (${isolate("3 min")})`,
    );
    expect(mark("call", "zoom")).toBeInTheDocument();
    expect(plain(document.querySelector('[data-part="story"]')?.textContent)).toBe(
      "Called 2 h after the window opened · Call in progress for 3 min",
    );
  });

  it("draws a reversed window dashed and a lone date as a line", async () => {
    const harness = mountTimeline({ windowStart: at("14:00:00"), windowEnd: at("10:00:00") });
    await screen.findByText("Complete");
    expect(mark("window")).toHaveClass("pdx-tl-reversed");
    harness.update({ parameters: { windowEnd: dateProperty(null) } });
    expect(mark("window")).toBeNull();
    expect(mark("window-start")).toHaveAccessibleName(`Window start: ${isolate("3/5/2025, 2:00 PM UTC")}`);
  });
});

describe("DeliveryTimeline: every time says its zone", () => {
  it("shows the user's own time beside the UTC time when their time zone differs", async () => {
    mountTimeline(completedCall, { offsetMinutes: 60 });
    await screen.findByText("Complete");
    expect(definition("Window start")).toBe("3/5/2025, 10:00 AM UTCyour time: 3/5/2025, 11:00 AM UTC+01:00");
    const local = screen.getByText("your time: 3/5/2025, 11:00 AM UTC+01:00");
    expect(local.tagName).toBe("BDI");
    expect(local).toHaveStyle({ color: "#424242" });
  });

  it("names UTC on every date, axis end and mark", async () => {
    mountTimeline({
      windowStart: new Date("2026-01-05T07:43:00Z"),
      windowEnd: new Date("2026-01-06T07:43:00Z"),
      callStart: new Date("2026-01-05T12:01:09Z"),
      callEnd: new Date("2026-01-05T12:02:07Z"),
      resultDate: new Date("2026-01-05T12:03:16Z"),
    });
    await screen.findByText("Complete");
    const dates = Array.from(document.querySelectorAll("dd > bdi:first-child")).map((value) => value.textContent ?? "");
    const ends = Array.from(document.querySelectorAll('[data-part="overview"], [data-part="zoom"]')).flatMap((strip) =>
      Array.from((strip.firstElementChild as HTMLElement).querySelectorAll("bdi"))
        .map((end) => end.textContent ?? "")
        .filter((text) => /\d/.test(text)),
    );
    const names = Array.from(document.querySelectorAll('[role="img"]')).map(
      (element) => element.getAttribute("title") ?? "",
    );
    const times = [...dates, ...ends, ...names].filter((text) => /\d:\d\d/.test(text));
    // Five dates, two ends on each strip, three marks on each.
    expect(times.length).toBe(5 + 4 + 6);
    expect(times.filter((text) => !text.includes("UTC"))).toEqual([]);
  });
});

const resultKinds = [
  "CallEnded",
  "CallFailed",
  "BotFailed",
  "Expired",
  "Cancelled",
  "Error",
  "LiveAnswer",
  "AnsweringMachine",
  "AnsweringMachineHangup",
  "Undetermined",
  "NotAHandset",
  "Busy",
  "NoAnswer",
  "InvalidAddress",
  "Terminated",
  "Unknown",
  "Delivered",
  "NotDelivered",
];
const dialModeKinds = ["Copilot", "Progressive", "Preview", "Predictive"];

describe("DeliveryTimeline: result and dial mode in words", () => {
  it("translates a documented result and dial mode, keeping the result's tone colour", async () => {
    mountTimeline({ ...completedCall, result: "NoAnswer", dialMode: "Preview" }, { languageId: 1031 });
    await screen.findByText("Abgeschlossen");
    expect(definition("Ergebnis:")).toBe("Keine Antwort");
    expect(screen.getByText("Keine Antwort")).toHaveStyle({ color: "#8a3707" });
    expect(definition("Wählmodus:")).toBe("Vorschau");
    // The stored code, as views and filters show it, on hover.
    expect(screen.getByText("Keine Antwort")).toHaveAttribute("title", "NoAnswer");
    expect(screen.getByText("Vorschau")).toHaveAttribute("title", "Preview");
  });

  it("matches the stored spelling loosely, as the domain does", async () => {
    mountTimeline({ ...completedCall, result: "  not_delivered ", dialMode: "PREDICTIVE" });
    await screen.findByText("Complete");
    expect(definition("Result:")).toBe("Not delivered");
    expect(definition("Dial mode:")).toBe("Predictive");
  });

  it("keeps unknown values as stored with a note, and says None for empty ones", async () => {
    mountTimeline({ ...completedCall, result: "Voicemail?", dialMode: null });
    await screen.findByText("Complete");
    expect(definition("Result:")).toBe("Voicemail? (not a documented value)");
    expect(definition("Dial mode:")).toBe("None");
  });

  it.each([1033, 1031])(
    "has its own words for every documented result and dial mode (language %i)",
    async (languageId) => {
      const harness = mountTimeline(completedCall, { languageId });
      await harness.settle();
      // The status line's values in order: status, result, dial mode.
      const shownFor = (property: "result" | "dialMode", kinds: string[]): string[] =>
        kinds.map((kind) => {
          harness.update({ parameters: { [property]: textProperty(kind) } });
          const values = document.querySelectorAll("dl")[0].querySelectorAll("dd");
          return values[property === "result" ? 1 : 2].textContent ?? "";
        });
      const results = shownFor("result", resultKinds);
      const dialModes = shownFor("dialMode", dialModeKinds);
      expect([...harness.context.missingStringKeys]).toEqual([]);
      expect(new Set(results).size).toBe(resultKinds.length);
      expect(new Set(dialModes).size).toBe(dialModeKinds.length);
      expect([...results, ...dialModes].filter((text) => /\(|_/.test(text))).toEqual([]);
    },
  );
});

describe("DeliveryTimeline: dates are time zone independent", () => {
  // That the formatter gives the same text whatever the process time zone is proven in
  // tests/controls/shared/zonedDate.test.ts, which runs it under several TZ values.
  it("shows the stored time as UTC in the user's format, and says so", async () => {
    mountTimeline({ windowStart: new Date("2025-03-05T23:30:00Z") }, { languageId: 1031 });
    await screen.findByText("Abgeschlossen");
    expect(definition("Beginn des Zeitfensters")).toBe("5.3.2025, 23:30 UTC");
    expect(screen.getByText("Das Ende des Zeitfensters fehlt.")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Zeiten sind in UTC angegeben, wie der Dienst für proaktive Interaktionen sie schreibt; wo Ihre Zeitzone abweicht, steht Ihre Zeit daneben.",
      ),
    ).toBeInTheDocument();
  });

  it("keeps midnight on its stored day", async () => {
    mountTimeline({ windowStart: new Date("2025-03-05T00:15:00Z") });
    await screen.findByText("Complete");
    expect(definition("Window start")).toBe("3/5/2025, 12:15 AM UTC");
  });
});

describe("DeliveryTimeline: language, direction, theme, width, safety", () => {
  it("speaks German", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("12:00:00").getTime());
    mountTimeline({ windowStart: at("10:00:00"), windowEnd: at("14:00:00") }, { status: "Pending", languageId: 1031 });
    expect(await screen.findByText("Ausstehend")).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Zustellungszeitachse" })).toBeInTheDocument();
    expect(definition("Jetzt")).toBe("Noch 2 Std. im Zeitfenster");
    expect(definition("Anrufbeginn")).toBe("Nicht gesetzt");
  });

  it("sets dir=rtl and mirrors the picture for right-to-left users", async () => {
    mountTimeline(completedCall, { isRTL: true });
    await screen.findByText("Complete");
    expect(screen.getByRole("group", { name: "Delivery timeline" })).toHaveAttribute("dir", "rtl");
    expect(document.querySelector('[data-part="call"]')).toHaveStyle({ right: "25.00%" });
  });

  it("isolates every mixed-direction text for right-to-left, in English and German", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("07:59:00").getTime());
    for (const languageId of [1033, 1031]) {
      const harness = mountTimeline(
        { windowStart: at("10:00:00"), windowEnd: at("16:01:00") },
        { isRTL: true, status: "Pending", languageId },
      );
      await screen.findByText(languageId === 1033 ? "Pending" : "Ausstehend");
      // Terms and values of the status line: dir="auto" on inline elements, which isolates them.
      for (const element of Array.from(document.querySelectorAll("dl:first-of-type dt, dl:first-of-type dd")))
        expect(element).toHaveAttribute("dir", "auto");
      // Every date-list label and value, each axis end and tick, the story and the note: in a bdi.
      for (const element of Array.from(
        document.querySelectorAll(".pdx-tl-dates dt, .pdx-tl-dates dd, .pdx-tl-ends, .pdx-tl-axis"),
      ))
        for (const child of Array.from(element.children))
          if (!child.classList.contains("pdx-tl-swatch")) expect(child.tagName).toBe("BDI");
      // Values inside sentences between isolates ("6 h 1 min left in the window" read as written).
      const now = screen.getByText(languageId === 1033 ? "Now" : "Jetzt", { selector: "dt > bdi" });
      const sentence = now.closest("dt")?.nextElementSibling?.textContent;
      expect(sentence).toBe(
        languageId === 1033
          ? "The window opens in \u20682 h 1 min\u2069"
          : "Das Zeitfenster öffnet in \u20682 Std. 1 Min.\u2069",
      );
      harness.destroy();
    }
  });

  it("applies the app's dark theme", async () => {
    mountTimeline(completedCall, { fluentDesignLanguage: fluentDesign("dark") });
    await screen.findByText("Complete");
    const root = screen.getByRole("group", { name: "Delivery timeline" });
    expect(root).toHaveAttribute("data-theme-mode", "dark");
    expect(root).toHaveStyle({ background: "#292929", color: "#ffffff" });
    expect(screen.getByText("Complete")).toHaveStyle({ color: "#54b054" });
  });

  it("uses one column from 300 px and two when wide, and fewer ticks when narrow, following resizes", async () => {
    const harness = mountTimeline(completedCall, { allocatedWidth: 300 });
    await screen.findByText("Complete");
    const list = screen.getByText("Window start", { selector: "dt > bdi" }).closest("dl") as HTMLElement;
    const ticks = (): string[] =>
      Array.from(document.querySelectorAll('[data-part="overview"] [data-part="axis"] bdi')).map(
        (tick) => tick.textContent ?? "",
      );
    // The stylesheet (DeliveryTimeline.css) lays the classes out.
    expect(list).toHaveClass("pdx-tl-dates", "pdx-tl-compact");
    expect(ticks()).toEqual(["12:00 PM"]);
    harness.update({ allocatedWidth: 700 });
    expect(list).not.toHaveClass("pdx-tl-compact");
    expect(ticks()).toEqual(["11:00 AM", "12:00 PM", "1:00 PM"]);
    expect(harness.context.mode.trackContainerResize).toHaveBeenCalledWith(true);
  });

  it("renders hostile values as text", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    mountTimeline({ result: hostile, dialMode: "<script>alert(2)</script>" }, { status: hostile });
    expect(await screen.findByText(`${hostile} (not a documented value)`, { selector: "span" })).toBeInTheDocument();
    expect(screen.getByText(`${hostile} (not a documented value)`, { selector: "dd" })).toBeInTheDocument();
    expect(screen.getByText("<script>alert(2)</script> (not a documented value)")).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
    expect(document.querySelector("script")).toBeNull();
  });

  it("reads the bound columns again only when one of them changed", async () => {
    const read = jest.spyOn(inputsModule, "readTimelineInputs");
    const harness = mountTimeline(completedCall);
    await screen.findByText("Complete");
    expect(read).toHaveBeenCalledTimes(1);
    harness.update({ allocatedWidth: 500 });
    harness.update({ updatedProperties: [] });
    expect(read).toHaveBeenCalledTimes(1);
    harness.update({ parameters: { callEnd: dateProperty(at("11:20:00")) } });
    expect(read).toHaveBeenCalledTimes(2);
    expect(definition("Call duration")).toBe("20 min");
  });

  it("shows a readable message instead of a broken view when rendering fails", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    jest.spyOn(textModule, "durationText").mockImplementation(() => {
      throw new Error("render bug");
    });
    mountTimeline(completedCall);
    expect(await screen.findByText(/The delivery timeline could not be shown/)).toBeInTheDocument();
    expect(screen.getByRole("group", { name: "Delivery timeline" })).toBeInTheDocument();
  });

  it("uses only strings the resx files define", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("12:00:00").getTime());
    const harness = mountTimeline({ ...completedCall, windowEnd: null }, { status: "Pending" });
    await screen.findByText("Pending");
    await waitFor(() => expect([...harness.context.missingStringKeys]).toEqual([]));
  });
});
