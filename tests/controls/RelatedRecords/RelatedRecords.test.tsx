import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { relatedTables } from "../../../domain/related/relatedTables";
import { throttleRetries } from "../../../controls/RelatedRecords/nameCache";
import { defaultRetryAfterMs } from "../../../controls/shared/retryAfter";
import { textProperty } from "../../support/pcfContext";
import {
  createScript,
  failing,
  freshId,
  mountRelated,
  named,
  parametersOf,
  valueOf,
  type Answer,
} from "./relatedRecordsHarness";

type Entity = ComponentFramework.WebApi.Entity;

function deferred(): { promise: Promise<Entity>; resolve: (row: Entity) => void } {
  let settle: (row: Entity) => void = () => undefined;
  const promise = new Promise<Entity>((resolve) => {
    settle = resolve;
  });
  return { promise, resolve: settle };
}

const body = (): HTMLElement => document.body;

describe("RelatedRecords: names instead of ids", () => {
  it("reads each of the four names with one request, all started at once, and shows them as links", async () => {
    const ids = { contact: freshId(), conversation: freshId(), queue: freshId(), configuration: freshId() };
    const script = createScript();
    const answers = {
      contact: deferred(),
      conversation: deferred(),
      queue: deferred(),
      configuration: deferred(),
    };
    for (const kind of ["contact", "conversation", "queue", "configuration"] as const)
      script.answer(kind, ids[kind], () => answers[kind].promise);
    const harness = mountRelated(ids, script);

    // Nothing has answered yet, and all four reads are already in flight.
    const calls = harness.context.webAPI.retrieveRecord.mock.calls;
    expect(calls).toEqual([
      ["contact", ids.contact, "?$select=fullname"],
      ["msdyn_ocliveworkitem", ids.conversation, "?$select=subject"],
      ["queue", ids.queue, "?$select=name"],
      ["msdyn_proactive_engagement_config", ids.configuration, "?$select=msdyn_name"],
    ]);
    expect(screen.getAllByText("Looking up the name…")).toHaveLength(4);

    answers.queue.resolve({ name: "Collections" });
    answers.contact.resolve({ fullname: "Ada Lovelace" });
    answers.configuration.resolve({ msdyn_name: "Payment reminders" });
    answers.conversation.resolve({ subject: "Outbound call to Ada Lovelace" });
    await harness.settle();

    expect(screen.getByRole("button", { name: "Ada Lovelace" })).toBeInTheDocument();
    expect(within(valueOf(body(), "Conversation")).getByText("Outbound call to Ada Lovelace")).toBeInTheDocument();
    expect(within(valueOf(body(), "Queue")).getByText("Collections")).toBeInTheDocument();
    expect(within(valueOf(body(), "Configuration")).getByText("Payment reminders")).toBeInTheDocument();
    expect(harness.context.missingStringKeys).toEqual(new Set());
    expect(harness.outputs()).toEqual({});
    harness.destroy();
  });

  it("asks no name again on re-render, for a change of another input, or in another instance", async () => {
    const ids = { contact: freshId(), queue: freshId() };
    const script = createScript();
    script.answer("contact", ids.contact, named("contact", "Grace Hopper"));
    script.answer("queue", ids.queue, named("queue", "Billing"));
    const first = mountRelated(ids, script);
    await first.settle();
    expect(first.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(2);

    first.update({ allocatedWidth: 300 });
    first.update({ updatedProperties: [] });
    first.update({ parameters: { conversationId: textProperty(null) } });
    await first.settle();
    expect(first.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(2);
    expect(screen.getByText("Grace Hopper")).toBeInTheDocument();
    first.destroy();

    // Another form (or the same form opened again) in the same app session: known at once.
    const second = mountRelated({ contact: ids.contact.toUpperCase(), queue: `{${ids.queue}}` }, script);
    expect(screen.getByText("Grace Hopper")).toBeInTheDocument();
    expect(screen.getByText("Billing")).toBeInTheDocument();
    expect(second.context.webAPI.retrieveRecord).not.toHaveBeenCalled();
    second.destroy();
  });

  it("shares one read between two instances that ask at the same time", async () => {
    const id = freshId();
    const script = createScript();
    script.answer("contact", id, named("contact", "Shared Name"));
    const first = mountRelated({ contact: id }, script);
    const second = mountRelated({ contact: id }, script);
    await first.settle();
    const total =
      first.context.webAPI.retrieveRecord.mock.calls.length + second.context.webAPI.retrieveRecord.mock.calls.length;
    expect(total).toBe(1);
    expect(screen.getAllByText("Shared Name")).toHaveLength(2);
    first.destroy();
    second.destroy();
  });

  it("reads the new id when a bound id changes, and ignores the old one's late answer", async () => {
    const oldId = freshId();
    const newId = freshId();
    const late = deferred();
    const script = createScript();
    script.answer("contact", oldId, () => late.promise);
    script.answer("contact", newId, named("contact", "New Contact"));
    const harness = mountRelated({ contact: oldId }, script);
    harness.update({ parameters: parametersOf({ contact: newId }) });
    await harness.settle();
    late.resolve({ fullname: "Old Contact" });
    await harness.settle();
    expect(screen.getByText("New Contact")).toBeInTheDocument();
    expect(screen.queryByText("Old Contact")).not.toBeInTheDocument();
    harness.destroy();
  });

  it("renders a name holding markup as text", async () => {
    const id = freshId();
    const script = createScript();
    const html = '<img src=x onerror="window.__pwned=1"><b>Bold</b>';
    script.answer("contact", id, named("contact", html));
    const harness = mountRelated({ contact: id }, script);
    await harness.settle();
    const cell = valueOf(body(), "Contact");
    expect(cell.querySelector("img, b")).toBeNull();
    expect(within(cell).getByText(html)).toBeInTheDocument();
    harness.destroy();
  });

  it("opens the record's form with its table and id", async () => {
    const ids = { contact: freshId(), configuration: freshId() };
    const script = createScript();
    script.answer("contact", ids.contact, named("contact", "Katherine Johnson"));
    script.answer("configuration", ids.configuration, named("configuration", "Renewals"));
    const harness = mountRelated(
      { contact: `{${ids.contact.toUpperCase()}}`, configuration: ids.configuration },
      script,
    );
    await harness.settle();
    await userEvent.click(screen.getByRole("button", { name: /Katherine Johnson/ }));
    expect(harness.context.navigation.openForm).toHaveBeenCalledWith({ entityName: "contact", entityId: ids.contact });
    // The keyboard reaches the link and opens it too.
    screen.getByRole("button", { name: /Renewals/ }).focus();
    await userEvent.keyboard("{Enter}");
    expect(harness.context.navigation.openForm).toHaveBeenLastCalledWith({
      entityName: relatedTables.configuration.logicalName,
      entityId: ids.configuration,
    });
    harness.destroy();
  });

  it("shows an empty id as a dash, asks nothing for it and offers no copy", async () => {
    const harness = mountRelated({ contact: "  " }, createScript());
    await harness.settle();
    expect(harness.context.webAPI.retrieveRecord).not.toHaveBeenCalled();
    expect(valueOf(body(), "Contact")).toHaveTextContent("—");
    expect(screen.queryByRole("button", { name: /Copy/ })).not.toBeInTheDocument();
    harness.destroy();
  });

  it("shows the name in German, and an empty name in words", async () => {
    const id = freshId();
    const script = createScript();
    script.answer("queue", id, named("queue", null));
    const harness = mountRelated({ queue: id }, script, { languageId: 1031 });
    await harness.settle();
    expect(within(valueOf(body(), "Warteschlange")).getByText("(kein Name)")).toBeInTheDocument();
    expect(harness.context.missingStringKeys).toEqual(new Set());
    harness.destroy();
  });
});

describe("RelatedRecords: ids that do not resolve", () => {
  it.each([
    ["not a GUID", "CONTACT-42"],
    ["a GUID with one brace", "{0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"],
    ["a GUID too short", "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0"],
  ])("shows a malformed id (%s) as selectable text and asks nothing", async (_name, text) => {
    const harness = mountRelated({ contact: text }, createScript());
    await harness.settle();
    const cell = valueOf(body(), "Contact");
    expect(within(cell).getByText(text)).toHaveStyle({ userSelect: "text" });
    expect(cell).toHaveTextContent("This is not a valid record id.");
    expect(harness.context.webAPI.retrieveRecord).not.toHaveBeenCalled();
    harness.destroy();
  });

  it.each([
    [
      "404",
      { errorCode: -2147220969, status: 404, message: "contact With Id = x Does Not Exist" },
      "No Contact with this id exists; it may have been deleted.",
    ],
    [
      "403",
      { errorCode: -2147220960, status: 403, message: "Principal user is missing prvReadContact" },
      "You do not have permission to read this Contact.",
    ],
    [
      "an unknown table",
      { errorCode: -2147217150, status: 404, message: "The entity type 'contact' does not exist" },
      "This environment has no Contact table.",
    ],
    ["500", { status: 500, message: "Internal server error" }, "The name could not be read."],
    ["offline", new TypeError("Failed to fetch"), "The server could not be reached; the name could not be read."],
  ])("shows the id with the reason for %s", async (_name, error, reason) => {
    const id = freshId();
    const script = createScript();
    script.answer("contact", id, failing(error));
    const harness = mountRelated({ contact: id }, script);
    await harness.settle();
    const cell = valueOf(body(), "Contact");
    expect(within(cell).getByText(id)).toHaveStyle({ userSelect: "text" });
    expect(cell).toHaveTextContent(reason);
    expect(screen.queryByRole("button", { name: /Open/ })).not.toBeInTheDocument();
    harness.destroy();
  });

  it("keeps a missing row known but asks again for an id that failed for a passing reason", async () => {
    const missing = freshId();
    const offline = freshId();
    const script = createScript();
    script.answer("contact", missing, failing({ status: 404 }));
    script.answer("queue", offline, failing(new TypeError("Failed to fetch")), named("queue", "Back online"));
    const first = mountRelated({ contact: missing, queue: offline }, script);
    await first.settle();
    first.destroy();
    const second = mountRelated({ contact: missing, queue: offline }, script);
    await second.settle();
    expect(second.context.webAPI.retrieveRecord.mock.calls.map((call) => call[0])).toEqual(["queue"]);
    expect(screen.getByText("Back online")).toBeInTheDocument();
    second.destroy();
  });
});

describe("RelatedRecords: throttling", () => {
  beforeEach(() => jest.useFakeTimers({ doNotFake: ["queueMicrotask", "nextTick"] }));
  afterEach(() => jest.useRealTimers());

  const throttled = (retryAfter?: number): Answer =>
    failing({ errorCode: -2147015902, status: 429, message: "Number of requests exceeded the limit", retryAfter });

  async function advance(harness: { settle(): Promise<void> }, milliseconds: number): Promise<void> {
    act(() => {
      jest.advanceTimersByTime(milliseconds);
    });
    await harness.settle();
  }

  it("tries again after the Retry-After the error gives", async () => {
    const id = freshId();
    const script = createScript();
    script.answer("contact", id, throttled(2), named("contact", "After the wait"));
    const harness = mountRelated({ contact: id }, script);
    await harness.settle();
    const reads = harness.context.webAPI.retrieveRecord;
    expect(reads).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Looking up the name…")).toBeInTheDocument();
    await advance(harness, 1999);
    expect(reads).toHaveBeenCalledTimes(1);
    await advance(harness, 1);
    expect(reads).toHaveBeenCalledTimes(2);
    expect(screen.getByText("After the wait")).toBeInTheDocument();
    harness.destroy();
  });

  it("reads Retry-After from the response headers, and waits the default without one", async () => {
    const withHeader = freshId();
    const without = freshId();
    const script = createScript();
    script.answer(
      "contact",
      withHeader,
      failing({ status: 429, headers: { "Retry-After": "1" } }),
      named("contact", "A"),
    );
    script.answer("queue", without, throttled(), named("queue", "B"));
    const harness = mountRelated({ contact: withHeader, queue: without }, script);
    await harness.settle();
    await advance(harness, 1000);
    expect(screen.getByText("A")).toBeInTheDocument();
    expect(screen.queryByText("B")).not.toBeInTheDocument();
    await advance(harness, defaultRetryAfterMs - 1000);
    expect(screen.getByText("B")).toBeInTheDocument();
    expect(harness.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(4);
    harness.destroy();
  });

  it("gives up after two retries and says the server is busy", async () => {
    const id = freshId();
    const script = createScript();
    script.answer("contact", id, throttled(1));
    const harness = mountRelated({ contact: id }, script);
    await harness.settle();
    for (let retry = 0; retry < throttleRetries + 2; retry += 1) await advance(harness, 1000);
    expect(harness.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(1 + throttleRetries);
    const cell = valueOf(body(), "Contact");
    expect(cell).toHaveTextContent(id);
    expect(cell).toHaveTextContent("The server is busy");
    harness.destroy();
  });
});

describe("RelatedRecords: copying the raw id", () => {
  function stubClipboard(writeText: (text: string) => Promise<void>): void {
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  }
  afterEach(() => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
  });

  it("copies the id as stored, for a resolved and an unresolved row, and confirms it", async () => {
    const id = freshId();
    const writes: string[] = [];
    stubClipboard((text) => {
      writes.push(text);
      return Promise.resolve();
    });
    const script = createScript();
    script.answer("contact", id, named("contact", "Mary Jackson"));
    const harness = mountRelated({ contact: `{${id}}`, queue: "queue-7" }, script);
    await harness.settle();
    await act(() => userEvent.click(screen.getByRole("button", { name: "Copy the Contact id" })));
    await harness.settle();
    expect(screen.getByRole("status")).toHaveTextContent("Contact id copied.");
    await act(() => userEvent.click(screen.getByRole("button", { name: "Copy the Queue id" })));
    await harness.settle();
    expect(writes).toEqual([`{${id}}`, "queue-7"]);
    harness.destroy();
  });

  it("says so when copying fails", async () => {
    stubClipboard(() => Promise.reject(new Error("denied")));
    const harness = mountRelated({ contact: "not-an-id" }, createScript());
    await harness.settle();
    await act(() => userEvent.click(screen.getByRole("button", { name: "Copy the Contact id" })));
    await harness.settle();
    expect(screen.getByRole("status")).toHaveTextContent("could not be copied");
    harness.destroy();
  });
});
