import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DeliveryTimeline } from "../../../controls/DeliveryTimeline";
import type { IInputs, IOutputs } from "../../../controls/DeliveryTimeline/generated/ManifestTypes";
import * as inputsModule from "../../../controls/DeliveryTimeline/timelineInputs";
import * as textModule from "../../../controls/shared/deliveryText/deliveryText";
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
}

/** Mounts the control; the Web API answers with `status` unless `statusAnswer` or `webAPI` says otherwise. */
function mountTimeline(values: TimelineValues, options: Partial<MockContextOptions> & StatusOptions = {}) {
  const { status, statusAnswer, webAPI, ...contextOptions } = options;
  const context = createMockContext<IInputs>({
    controlName: "DeliveryTimeline",
    entityId: deliveryId,
    parameters: parametersOf(values),
    ...contextOptions,
  });
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

const definition = (term: string): string => {
  const dt = screen.getByText(term, { selector: "dt" });
  return (dt.nextElementSibling as HTMLElement).textContent ?? "";
};

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
    expect(definition("Window start")).toBe("03/05/2025, 10:00 AM");
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
  it("lists every date as stored, the call's duration and the result, coloured by tone", async () => {
    mountTimeline(completedCall);
    await screen.findByText("Complete");
    expect(definition("Window start")).toBe("03/05/2025, 10:00 AM");
    expect(definition("Window end")).toBe("03/05/2025, 02:00 PM");
    expect(definition("Call start")).toBe("03/05/2025, 11:00 AM");
    expect(definition("Call end")).toBe("03/05/2025, 11:12 AM");
    expect(definition("Call duration")).toBe("12 min 30 s");
    expect(definition("Result date")).toBe("03/05/2025, 11:13 AM");
    expect(screen.getByText("Call ended")).toHaveStyle({ color: "#0e700e" });
    expect(screen.getByText("Complete")).toHaveStyle({ color: "#0e700e" });
    expect(screen.queryByText("Now", { selector: "dt" })).not.toBeInTheDocument();
    expect(screen.queryByText("Check these")).not.toBeInTheDocument();
  });

  it("marks now and the time left while the delivery is pending", async () => {
    jest.spyOn(Date, "now").mockReturnValue(at("12:00:00").getTime());
    mountTimeline(
      { windowStart: at("10:00:00"), windowEnd: at("14:00:00"), dialMode: "Copilot" },
      { status: "Pending" },
    );
    await screen.findByText("Pending");
    expect(definition("Now")).toBe("2 h left in the window");
    expect(document.querySelector('[data-part="now"]')).toHaveStyle({ left: "calc(50.00% - 1px)" });
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

  it("names missing and reversed dates in words", async () => {
    mountTimeline({ windowStart: at("14:00:00"), callStart: at("12:10:00"), callEnd: at("12:00:00") });
    await screen.findByText("Complete");
    const anomalies = within(screen.getByRole("region", { name: "Check these" }));
    expect(anomalies.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "The window end is missing.",
      "The call ends before it starts.",
      "The call started before the window opened.",
    ]);
    expect(definition("Window end")).toBe("Not set");
    expect(definition("Call duration")).toBe("10 min (negative)");
  });

  it("flags a reversed window and an expired delivery without a call", async () => {
    mountTimeline({ windowStart: at("14:00:00"), windowEnd: at("10:00:00") }, { status: "Expired" });
    await screen.findByText("Expired");
    expect(screen.getByText("The window ends before it starts.")).toBeInTheDocument();
    expect(screen.getByText("The delivery expired without a call.")).toBeInTheDocument();
  });

  it("flags a call outside the window", async () => {
    mountTimeline({
      windowStart: at("10:00:00"),
      windowEnd: at("11:00:00"),
      callStart: at("09:00:00"),
      callEnd: at("09:05:00"),
    });
    expect(await screen.findByText("The call started before the window opened.")).toBeInTheDocument();
  });

  it("says so when no date is set", async () => {
    mountTimeline({});
    expect(await screen.findByText("No dates are set yet.")).toBeInTheDocument();
    expect(document.querySelector('[data-part="window"]')).toBeNull();
  });

  it("draws the window band and the call bar in the picture, hidden from screen readers", async () => {
    mountTimeline(completedCall);
    await screen.findByText("Complete");
    const band = document.querySelector('[data-part="window"]') as HTMLElement;
    expect(band).toHaveStyle({ left: "0.00%" });
    expect(band.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(document.querySelector('[data-part="call"]')).toHaveStyle({ left: "25.00%" });
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
  // tests/controls/shared/storedDate.test.ts, which runs it under several TZ values.
  it("shows the stored wall-clock time in the user's format, labelled as stored", async () => {
    mountTimeline({ windowStart: new Date("2025-03-05T23:30:00Z") }, { languageId: 1031 });
    await screen.findByText("Abgeschlossen");
    expect(definition("Beginn des Zeitfensters")).toBe("05.03.2025, 23:30");
    expect(screen.getByText("Das Ende des Zeitfensters fehlt.")).toBeInTheDocument();
    expect(
      screen.getByText(
        "Daten werden wie gespeichert angezeigt (zeitzonenunabhängig), nicht in Ihre Zeitzone umgerechnet.",
      ),
    ).toBeInTheDocument();
  });

  it("keeps midnight on its stored day", async () => {
    mountTimeline({ windowStart: new Date("2025-03-05T00:15:00Z") });
    await screen.findByText("Complete");
    expect(definition("Window start")).toBe("03/05/2025, 12:15 AM");
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

  it("applies the app's dark theme", async () => {
    mountTimeline(completedCall, { fluentDesignLanguage: fluentDesign("dark") });
    await screen.findByText("Complete");
    const root = screen.getByRole("group", { name: "Delivery timeline" });
    expect(root).toHaveAttribute("data-theme-mode", "dark");
    expect(root).toHaveStyle({ background: "#292929", color: "#ffffff" });
    expect(screen.getByText("Complete")).toHaveStyle({ color: "#54b054" });
  });

  it("uses one column from 300 px and two when wide, following resizes", async () => {
    const harness = mountTimeline(completedCall, { allocatedWidth: 300 });
    await screen.findByText("Complete");
    const list = screen.getByText("Window start", { selector: "dt" }).closest("dl") as HTMLElement;
    expect(list.style.gridTemplateColumns).toBe("minmax(0, 1fr)");
    harness.update({ allocatedWidth: 700 });
    expect(list.style.gridTemplateColumns).toBe("repeat(2, minmax(0, 1fr))");
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
