import { act, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { busyRetries, pageSize } from "../../../controls/ContactDeliveries/ContactDeliveriesController";
import {
  attributesOf,
  contactId,
  createScriptedWebApi,
  deliveriesOf,
  deliveryIdOf,
  mountContactDeliveries,
  settleAll,
  type Harness,
} from "./contactDeliveriesHarness";

// Plain selectors for the list: role queries compute styles for every node, slow over 50 cards.
const list = (): HTMLElement => document.querySelector("ul.pdx-cd-list") as HTMLElement;
const cards = (): HTMLElement[] => Array.from(list().children) as HTMLElement[];
const chooseButton = (index: number): HTMLElement => cards()[index].querySelector(".pdx-cd-choose") as HTMLElement;
const attributesRegion = (): HTMLElement => screen.getByRole("region", { name: /^Attributes of the delivery/ });
const scroller = (): HTMLElement => document.querySelector(".pdx-cd-scroll") as HTMLElement;

/** A user action whose Web API answers arrive while it runs: inside act, as React expects. */
async function inAct(action: () => Promise<void>): Promise<void> {
  await act(action);
}

// Lists of 50 to 200 cards in jsdom: generous time when the whole suite runs in parallel.
jest.setTimeout(20_000);

let harness: Harness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
});

describe("ContactDeliveries: a contact's deliveries in two requests", () => {
  it("paints a contact with 200 deliveries after two requests: a page of deliveries, then the newest one's attributes", async () => {
    const api = createScriptedWebApi(deliveriesOf(200));
    harness = mountContactDeliveries(api);
    expect(screen.getByText("Loading proactive deliveries…")).toBeInTheDocument();
    await settleAll(harness);

    expect(api.requests).toHaveLength(2);
    const [page, attributes] = api.requests;
    expect(page.entityType).toBe("msdyn_proactive_delivery");
    expect(page.maxPageSize).toBe(pageSize);
    expect(page.options).toContain("$orderby=msdyn_window_start_date desc");
    for (const spelling of [contactId, contactId.toUpperCase(), `{${contactId}}`, `{${contactId.toUpperCase()}}`])
      expect(page.options).toContain(`msdyn_contact_id eq '${spelling}'`);
    expect(page.options).not.toMatch(/\$count|\$top/);
    expect(attributes).toEqual({
      entityType: "msdyn_proactive_delivery_attribute",
      options: expect.stringContaining(`_msdyn_proactive_delivery_value eq ${deliveryIdOf(0)}`) as string,
    });

    expect(list()).toHaveAttribute("aria-label", "Deliveries, newest first");
    expect(cards()).toHaveLength(pageSize);
    expect(
      screen.getByText(
        /^50 deliveries so far \(more as you scroll\) · last window 11\/30\/2026, 09:00 AM · none needs attention/,
      ),
    ).toBeInTheDocument();
    // Newest first, each with its outcome in words, window, call and duration, dial mode and codes.
    const newest = cards()[0];
    expect(within(newest).getByText("Complete")).toBeInTheDocument();
    expect(within(newest).getByText("Call ended")).toBeInTheDocument();
    expect(within(newest).getByText("11/30/2026, 09:00 AM – 11/30/2026, 05:00 PM")).toBeInTheDocument();
    expect(within(newest).getByText("11/30/2026, 09:13 AM, 58 s")).toBeInTheDocument();
    expect(within(newest).getByText("Progressive")).toBeInTheDocument();
    expect(
      within(within(newest).getByRole("list", { name: "Disposition codes" }))
        .getAllByRole("listitem")
        .map((chip) => chip.textContent),
    ).toEqual(["Reached", "Paid"]);
    expect(chooseButton(0)).toHaveAttribute("aria-current", "true");

    const region = attributesRegion();
    expect(within(region).getByText("Customer 0")).toBeInTheDocument();
    expect(within(region).getByText("Summary of call 0")).toBeInTheDocument();
    const groups = Array.from(region.querySelectorAll(".pdx-ag-grouprow")).map((row) => row.textContent);
    expect(groups).toEqual([expect.stringMatching(/^Input/), expect.stringMatching(/^Result/)]);
    expect(harness.context.missingStringKeys).toEqual(new Set());
    expect(harness.outputs()).toEqual({});
  });

  it("asks for the next page once while scrolling, and only while there is one", async () => {
    const api = createScriptedWebApi(deliveriesOf(120));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    expect(api.requests).toHaveLength(2);

    api.hold();
    fireEvent.scroll(scroller());
    fireEvent.scroll(scroller());
    fireEvent.scroll(scroller());
    expect(api.requests).toHaveLength(3);
    expect(api.requests[2].options).toContain("$skiptoken=50");
    expect(screen.getByText("Loading more deliveries…")).toBeInTheDocument();
    await act(() => api.release());
    await settleAll(harness);
    expect(cards()).toHaveLength(100);

    fireEvent.scroll(scroller());
    await settleAll(harness);
    expect(cards()).toHaveLength(120);
    expect(api.requests).toHaveLength(4);
    expect(screen.getByText(/^120 deliveries · /)).toBeInTheDocument();
    expect(screen.getByText("All 120 deliveries are shown.")).toBeInTheDocument();
    fireEvent.scroll(scroller());
    await settleAll(harness);
    expect(api.requests).toHaveLength(4);
  });

  it("offers a button for the next page, for keyboards and short lists", async () => {
    const api = createScriptedWebApi(deliveriesOf(60));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    const more = document.querySelector(".pdx-cd-more") as HTMLElement;
    expect(more).toHaveTextContent("Load more deliveries");
    await inAct(() => userEvent.click(more));
    await settleAll(harness);
    expect(cards()).toHaveLength(60);
    expect(api.requests.map((request) => request.entityType)).toEqual([
      "msdyn_proactive_delivery",
      "msdyn_proactive_delivery_attribute",
      "msdyn_proactive_delivery",
    ]);
  });

  it("keeps focus in the list's footer when Load more is replaced: while the page loads, then on the next button, then at the end", async () => {
    const api = createScriptedWebApi(deliveriesOf(120));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    const footer = document.querySelector(".pdx-cd-footer") as HTMLElement;
    (document.querySelector(".pdx-cd-more") as HTMLElement).focus();
    api.hold();
    await inAct(async () => {
      await userEvent.keyboard("{Enter}");
    });
    // The button gave way to the progress: focus is on the footer, not lost to the page.
    expect(screen.getByText("Loading more deliveries…")).toBeInTheDocument();
    expect(document.querySelector(".pdx-cd-more")).toBeNull();
    expect(document.activeElement).toBe(footer);
    await act(() => api.release());
    await settleAll(harness);
    expect(cards()).toHaveLength(100);
    expect(document.activeElement).toBe(document.querySelector(".pdx-cd-more"));
    await inAct(async () => {
      await userEvent.keyboard("{Enter}");
    });
    await settleAll(harness);
    expect(cards()).toHaveLength(120);
    expect(screen.getByText("All 120 deliveries are shown.")).toBeInTheDocument();
    expect(document.activeElement).toBe(footer);
  });

  it("leaves focus alone when the footer did not have it", async () => {
    const api = createScriptedWebApi(deliveriesOf(60));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    chooseButton(1).focus();
    fireEvent.scroll(scroller());
    await settleAll(harness);
    expect(cards()).toHaveLength(60);
    expect(document.activeElement).toBe(chooseButton(1));
  });

  it("reads a chosen delivery's attributes once, and shows cached ones without asking", async () => {
    const api = createScriptedWebApi(deliveriesOf(5));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    expect(api.requests).toHaveLength(2);

    await inAct(() => userEvent.click(chooseButton(2)));
    await settleAll(harness);
    expect(api.requests).toHaveLength(3);
    expect(api.requests[2].options).toContain(deliveryIdOf(2));
    expect(within(attributesRegion()).getByText("Customer 2")).toBeInTheDocument();
    expect(chooseButton(2)).toHaveAttribute("aria-current", "true");
    expect(chooseButton(0)).not.toHaveAttribute("aria-current");

    await inAct(() => userEvent.click(chooseButton(2)));
    await inAct(() => userEvent.click(chooseButton(0)));
    await inAct(() => userEvent.click(chooseButton(2)));
    await settleAll(harness);
    expect(api.requests).toHaveLength(3);
    expect(within(attributesRegion()).getByText("Customer 2")).toBeInTheDocument();
  });

  it("asks once when a delivery is chosen twice before its attributes arrive", async () => {
    const api = createScriptedWebApi(deliveriesOf(3));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    api.hold();
    fireEvent.click(chooseButton(1));
    fireEvent.click(chooseButton(0));
    fireEvent.click(chooseButton(1));
    expect(screen.getByText("Loading attributes…")).toBeInTheDocument();
    await act(() => api.release());
    await settleAll(harness);
    expect(api.requests.filter((request) => request.options.includes(deliveryIdOf(1)))).toHaveLength(1);
    expect(within(attributesRegion()).getByText("Customer 1")).toBeInTheDocument();
  });

  it("opens a delivery's form and an attribute's form", async () => {
    const api = createScriptedWebApi(deliveriesOf(2));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    await inAct(() =>
      userEvent.click(within(cards()[1]).getByRole("button", { name: "Open the delivery of 11/29/2026, 09:00 AM" })),
    );
    expect(harness.context.navigation.openForm).toHaveBeenCalledWith({
      entityName: "msdyn_proactive_delivery",
      entityId: deliveryIdOf(1),
    });
    const row = within(attributesRegion()).getByRole("row", { name: /CustomerName/ });
    fireEvent.doubleClick(within(row).getByText("CustomerName"));
    expect(harness.context.navigation.openForm).toHaveBeenLastCalledWith({
      entityName: "msdyn_proactive_delivery_attribute",
      entityId: attributesOf(api.deliveries)[0].msdyn_proactive_delivery_attributeid,
    });
  });

  it("does no work when the host calls updateView again with nothing or everything listed", async () => {
    const api = createScriptedWebApi(deliveriesOf(3));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    harness.update({ updatedProperties: [] });
    harness.update({ updatedProperties: ["contactName", "layout", "entityId"] });
    harness.update({ allocatedWidth: 320 });
    await settleAll(harness);
    expect(api.requests).toHaveLength(2);
  });

  it("reads the new contact's deliveries when the form moves to another contact", async () => {
    const other = "0b6e4a10-9d1c-4e3f-8a2b-7c5d6e7f8a90";
    const api = createScriptedWebApi([
      ...deliveriesOf(2),
      { ...deliveriesOf(1)[0], msdyn_proactive_deliveryid: deliveryIdOf(99), msdyn_contact_id: other },
    ]);
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    expect(cards()).toHaveLength(2);
    harness.update({ entityId: `{${other}}` });
    await settleAll(harness);
    expect(cards()).toHaveLength(1);
    expect(cards()[0].dataset.deliveryId).toBe(deliveryIdOf(99));
  });
});

describe("ContactDeliveries: contacts without deliveries and forms without a contact", () => {
  it("says so when the contact has no deliveries, after one request", async () => {
    const api = createScriptedWebApi([]);
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    expect(screen.getByText("This contact has no proactive deliveries.")).toBeInTheDocument();
    expect(api.requests).toHaveLength(1);
  });

  it("asks nothing on a new contact, for an id that is no GUID, or on another table's form", async () => {
    const api = createScriptedWebApi(deliveriesOf(3));
    harness = mountContactDeliveries(api, { entityId: null });
    expect(screen.getByText("Save the contact to see its proactive deliveries.")).toBeInTheDocument();
    harness.destroy();
    harness = mountContactDeliveries(api, { entityId: "CONTACT-0042" });
    expect(
      screen.getByText("The contact id “CONTACT-0042” is not a GUID, so its deliveries cannot be looked up."),
    ).toBeInTheDocument();
    harness.destroy();
    harness = mountContactDeliveries(api, { entityTypeName: "account" });
    expect(
      screen.getByText("This control belongs on a contact form; it is on a form of “account”."),
    ).toBeInTheDocument();
    await settleAll(harness);
    expect(api.requests).toEqual([]);
  });

  it("finds deliveries stored in every spelling of the id, not others", async () => {
    const spellings = [contactId, contactId.toUpperCase(), `{${contactId}}`, `{${contactId.toUpperCase()}}`];
    const rows = deliveriesOf(6, (id, index) => (index < 4 ? spellings[index] : ` ${id}`));
    const api = createScriptedWebApi(rows);
    harness = mountContactDeliveries(api, { entityId: contactId });
    await settleAll(harness);
    expect(cards().map((card) => card.dataset.deliveryId)).toEqual([0, 1, 2, 3].map(deliveryIdOf));
  });

  it("names the contact in the control's label", async () => {
    harness = mountContactDeliveries(createScriptedWebApi([]), { contactName: "Grace Hopper" });
    expect(screen.getByRole("group", { name: "Proactive deliveries of Grace Hopper" })).toBeInTheDocument();
    await settleAll(harness);
  });
});

describe("ContactDeliveries: failures", () => {
  afterEach(() => jest.useRealTimers());

  it("says the user has no access on 401 and 403, without retrying", async () => {
    for (const status of [401, 403]) {
      const api = createScriptedWebApi(deliveriesOf(3));
      api.failNext({
        status,
        errorCode: -2147220960,
        message: "Principal user is missing prvReadmsdyn_proactive_delivery",
      });
      harness = mountContactDeliveries(api);
      await settleAll(harness);
      expect(screen.getByRole("alert")).toHaveTextContent(
        "You do not have access to proactive deliveries. Ask your administrator for a Proactive Engagement security role.",
      );
      expect(screen.queryByRole("button", { name: "Retry" })).not.toBeInTheDocument();
      expect(api.requests).toHaveLength(1);
      harness.destroy();
      harness = undefined;
    }
  });

  it.each([429, 503])("waits for Retry-After on %i and says it is retrying", async (status) => {
    jest.useFakeTimers();
    const api = createScriptedWebApi(deliveriesOf(3));
    api.failNext({ status, message: "busy", headers: { "Retry-After": "2" } });
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    expect(screen.getByText("The service is busy. Trying again in 2 s (attempt 1 of 3)…")).toBeInTheDocument();
    expect(api.requests).toHaveLength(1);
    act(() => {
      jest.advanceTimersByTime(1999);
    });
    await settleAll(harness);
    expect(api.requests).toHaveLength(1);
    act(() => {
      jest.advanceTimersByTime(1);
    });
    await settleAll(harness);
    expect(cards()).toHaveLength(3);
    expect(api.requests).toHaveLength(3);
  });

  it("gives up after three retries of a busy service and offers Retry", async () => {
    jest.useFakeTimers();
    const api = createScriptedWebApi(deliveriesOf(3));
    const busy = {
      status: 429,
      errorCode: -2147015902,
      message: "Number of requests exceeded the limit",
      retryAfter: 1,
    };
    api.failNext(busy, busy, busy, busy);
    harness = mountContactDeliveries(api);
    for (let attempt = 1; attempt <= busyRetries; attempt += 1) {
      await settleAll(harness);
      expect(
        screen.getByText(`The service is busy. Trying again in 1 s (attempt ${attempt} of 3)…`),
      ).toBeInTheDocument();
      act(() => {
        jest.advanceTimersByTime(1000);
      });
    }
    await settleAll(harness);
    expect(api.requests).toHaveLength(1 + busyRetries);
    expect(screen.getByRole("alert")).toHaveTextContent("The service is still busy after several tries.");
    jest.useRealTimers();
    await inAct(() => userEvent.click(screen.getByRole("button", { name: "Retry" })));
    await settleAll(harness);
    expect(cards()).toHaveLength(3);
  });

  it.each([
    ["a network error", new TypeError("Failed to fetch")],
    ["a timeout", { status: 0, message: "The request timed out" }],
  ])("offers Retry after %s", async (_, failure) => {
    const api = createScriptedWebApi(deliveriesOf(3));
    api.failNext(failure);
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    expect(screen.getByRole("alert")).toHaveTextContent("The service could not be reached (network error or timeout).");
    expect(api.requests).toHaveLength(1);
    await inAct(() => userEvent.click(screen.getByRole("button", { name: "Retry" })));
    await settleAll(harness);
    expect(cards()).toHaveLength(3);
  });

  it("keeps the deliveries when the next page fails, and retries that page", async () => {
    const api = createScriptedWebApi(deliveriesOf(70));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    api.failNext({ status: 500, message: "Generic SQL error." });
    fireEvent.scroll(scroller());
    await settleAll(harness);
    expect(cards()).toHaveLength(50);
    // Under the 50 cards: a plain selector, role queries over that many nodes are slow.
    const alert = document.querySelector('.pdx-cd-scroll [role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent("The deliveries could not be read. Generic SQL error.");
    fireEvent.scroll(scroller());
    expect(api.requests).toHaveLength(3);
    await inAct(() => userEvent.click(within(alert).getByRole("button", { name: "Retry" })));
    await settleAll(harness);
    expect(cards()).toHaveLength(70);
  });

  it("shows a failed attribute read inside the attributes pane, with Retry, and keeps the list", async () => {
    const api = createScriptedWebApi(deliveriesOf(2));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    api.failNext(new TypeError("Failed to fetch"));
    await inAct(() => userEvent.click(chooseButton(1)));
    await settleAll(harness);
    expect(within(attributesRegion()).getByRole("alert")).toHaveTextContent(
      "The attributes could not be read. The service could not be reached (network error or timeout).",
    );
    expect(cards()).toHaveLength(2);
    await inAct(() => userEvent.click(within(attributesRegion()).getByRole("button", { name: "Retry" })));
    await settleAll(harness);
    expect(within(attributesRegion()).getByText("Customer 1")).toBeInTheDocument();
  });
});

describe("ContactDeliveries: broken rows render as text with the problem named", () => {
  it("names unknown statuses, unreadable codes, reversed and missing dates, and never renders HTML", async () => {
    const rows = deliveriesOf(4);
    rows[0] = { ...rows[0], msdyn_status: "Snoozed", msdyn_result: null };
    rows[1] = { ...rows[1], msdyn_disposition_codes: '"Paid","unterminated' };
    rows[2] = {
      ...rows[2],
      msdyn_window_end_date: "2026-11-27T08:00:00.000Z",
      msdyn_start_date: null,
      msdyn_end_date: null,
    };
    rows[3] = {
      ...rows[3],
      msdyn_status: "Error",
      msdyn_result: "CallFailed",
      msdyn_dialmode_type: '<img src="x" onerror="alert(1)">',
      msdyn_window_start_date: null,
    };
    const attributes = attributesOf(rows);
    attributes[0] = { ...attributes[0], msdyn_value: '<script>alert("x")</script><b>bold</b>' };
    const api = createScriptedWebApi(rows, attributes);
    harness = mountContactDeliveries(api);
    await settleAll(harness);

    const [unknown, codes, reversed, failed] = [0, 1, 2, 3].map((index) => cards()[index]);
    expect(within(unknown).getByText("Snoozed (not a documented value)")).toBeInTheDocument();
    expect(within(unknown).getByText("Needs attention: the status is not a documented value")).toBeInTheDocument();
    expect(
      within(codes).getByText('Some disposition codes could not be read. Stored text: "Paid","unterminated'),
    ).toBeInTheDocument();
    expect(within(reversed).getByText("The window ends before it starts.")).toBeInTheDocument();
    expect(within(reversed).getByText("no call")).toBeInTheDocument();
    expect(within(failed).getByText("Needs attention: the status is Error, the call failed")).toBeInTheDocument();
    expect(within(failed).getByText("The window start is missing.")).toBeInTheDocument();
    expect(within(failed).getByText('<img src="x" onerror="alert(1)"> (not a documented value)')).toBeInTheDocument();
    expect(screen.getByText(/^4 deliveries · .* · 2 need attention/)).toBeInTheDocument();
    expect(within(attributesRegion()).getByText('<script>alert("x")</script><b>bold</b>')).toBeInTheDocument();
    expect(document.querySelector("img, script, b")).toBeNull();
  });
});

describe("ContactDeliveries: keyboard", () => {
  it("is one Tab stop that arrows move through, Enter chooses and Open opens", async () => {
    const api = createScriptedWebApi(deliveriesOf(4));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    const user = userEvent.setup();
    await user.tab();
    expect(chooseButton(0)).toHaveFocus();
    expect(cards().map((card) => (card.querySelector(".pdx-cd-choose") as HTMLElement).tabIndex)).toEqual([
      0, -1, -1, -1,
    ]);
    await user.keyboard("{ArrowDown}{ArrowDown}");
    expect(chooseButton(2)).toHaveFocus();
    await user.keyboard("{ArrowUp}");
    expect(chooseButton(1)).toHaveFocus();
    await user.keyboard("{End}");
    expect(chooseButton(3)).toHaveFocus();
    await user.keyboard("{Home}");
    expect(chooseButton(0)).toHaveFocus();
    await inAct(() => user.keyboard("{ArrowDown}{Enter}"));
    await settleAll(harness);
    expect(within(attributesRegion()).getByText("Customer 1")).toBeInTheDocument();
    await user.tab();
    expect(within(cards()[1]).getByRole("button", { name: /^Open the delivery/ })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(harness.context.navigation.openForm).toHaveBeenCalledWith({
      entityName: "msdyn_proactive_delivery",
      entityId: deliveryIdOf(1),
    });
  });

  it("asks for the next page when ArrowDown leaves the last card", async () => {
    const api = createScriptedWebApi(deliveriesOf(55));
    harness = mountContactDeliveries(api);
    await settleAll(harness);
    const user = userEvent.setup();
    await user.tab();
    await inAct(() => user.keyboard("{End}{ArrowDown}"));
    await settleAll(harness);
    expect(cards()).toHaveLength(55);
  });
});

describe("ContactDeliveries: language and direction", () => {
  it("speaks German with every key in the German resx", async () => {
    harness = mountContactDeliveries(createScriptedWebApi(deliveriesOf(2)), { languageId: 1031 });
    await settleAll(harness);
    expect(screen.getByText(/^2 Zustellungen · letztes Fenster 30\.11\.2026, 09:00/)).toBeInTheDocument();
    expect(harness.context.missingStringKeys).toEqual(new Set());
  });

  it("lays out right to left", async () => {
    harness = mountContactDeliveries(createScriptedWebApi(deliveriesOf(1)), { isRTL: true });
    await settleAll(harness);
    expect(screen.getByRole("group", { name: /Proactive deliveries/ })).toHaveAttribute("dir", "rtl");
  });
});
