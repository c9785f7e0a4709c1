import { act, fireEvent, screen, within } from "@testing-library/react";
import { createInsightAccumulator } from "../../../domain/insights/accumulator";
import { insightRowOf } from "../../../domain/insights/row";
import { DeliveryNames as D } from "../../../domain/tables/names";
import { deliveryViews, viewUrl } from "../../../controls/DeliveryInsights/drillDown";
import { pageRetries } from "../../../controls/DeliveryInsights/DeliveryInsightsController";
import { xssPayloads, type SampleData } from "../../../preview/data";
import {
  card,
  createInsightsApi,
  mountInsights,
  root,
  sampleData,
  settleAll,
  tableText,
  startSampleClock,
  type Harness,
  type InsightsApi,
} from "./insightsHarness";

jest.setTimeout(60_000);

let harness: Harness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
  jest.useRealTimers();
});

const periodOf = (data: SampleData) => {
  const end = Date.parse(data.now);
  return { start: end - 7 * 86_400_000, end };
};

/** The period's deliveries of a sample, aggregated by the domain's client-side aggregation. */
function expectedFigures(data: SampleData) {
  const period = periodOf(data);
  const rows = data.deliveries.filter((row) => {
    const time = Date.parse(String(row[D.windowStartDate]));
    return time >= period.start && time < period.end;
  });
  const accumulator = createInsightAccumulator();
  return { figures: accumulator.addPage(rows.map((row) => insightRowOf(row))), rows };
}

async function mountSettled(api: InsightsApi, options: Parameters<typeof mountInsights>[1] = {}): Promise<Harness> {
  startSampleClock(api.data);
  harness = mountInsights(api, options);
  await settleAll(harness);
  return harness;
}

/** Every card as a table (charts switched to their table view), by card id. */
function allTables(): Record<string, string[][]> {
  const tables: Record<string, string[][]> = {};
  for (const section of Array.from(document.querySelectorAll<HTMLElement>("[data-table]"))) {
    // A plain selector: an open dropdown hides the page from role queries.
    const toggle = section.querySelector<HTMLElement>("button[aria-pressed]");
    if (toggle && toggle.getAttribute("aria-pressed") !== "true") fireEvent.click(toggle);
    tables[section.dataset.table!] = tableText(section.dataset.table!);
  }
  return tables;
}

const figure = (id: string): string =>
  (document.querySelector(`[data-figure="${id}"] .pdx-insights-figure-value`)?.textContent ?? "").trim();

const statusLine = (): string => (document.querySelector(".pdx-insights-status-line")?.textContent ?? "").trim();

describe("DeliveryInsights: counts from aggregates, time figures from one flat read", () => {
  it("reads the default 7 days in 14 aggregates, one page and one name query per table", async () => {
    const api = createInsightsApi();
    startSampleClock(api.data);
    harness = mountInsights(api);
    expect(root()).toHaveAttribute("data-state", "loading");
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "complete");
    expect(root()).toHaveAttribute("data-path", "aggregate");

    const aggregates = api.calls.filter((call) => call.options.startsWith("?fetchXml="));
    const pages = api.calls.filter((call) => call.options.startsWith("?$select=msdyn_status"));
    const names = api.calls.filter((call) => call.entityType !== D.table);
    expect(aggregates).toHaveLength(15);
    expect(pages).toHaveLength(1);
    expect(pages[0].maxPageSize).toBe(5000);
    expect(names.map((call) => call.entityType).sort()).toEqual(["msdyn_proactive_engagement_config", "queue"]);
    expect(api.calls).toHaveLength(18);
    // Elastic-safe: no order, no link-entity in any aggregate, no $orderby or $count in the flat read.
    for (const call of aggregates) {
      const fetchXml = decodeURIComponent(call.options.slice("?fetchXml=".length));
      expect(fetchXml).toContain('aggregate="true"');
      expect(fetchXml).not.toMatch(/<order|link-entity|statecode|statuscode/);
    }
    expect(pages[0].options).not.toMatch(/\$orderby|\$count|\$top/);
    expect(statusLine()).toBe(
      "Counts from the server's aggregates. Call timing and per-day figures are based on all 369 deliveries. 18 requests.",
    );
  });

  it("shows the figures the domain's client-side aggregation computes from the same rows", async () => {
    const api = createInsightsApi();
    const { figures } = expectedFigures(api.data);
    const counts = figures.counts!;
    await mountSettled(api);
    expect(figure("deliveries")).toBe(counts.deliveries.toLocaleString("en-US"));
    expect(figure("processed")).toBe(String(counts.processed));
    expect(figure("expiredWithoutCall")).toBe(String(counts.expiredWithoutCall));
    // The sample's SMS deliveries are counted apart from the call timing, and said to be.
    expect(counts.messageDeliveries).toBeGreaterThan(0);
    expect(figure("messageDeliveries")).toBe(String(counts.messageDeliveries));
    expect(document.querySelector('[data-figure="messageDeliveries"]')).toHaveTextContent(
      `${counts.messageDeliveries} message deliveries are not counted in the call timing`,
    );
    const tables = allTables();
    expect(tables.status.slice(1).map((row) => row[1])).toEqual(counts.byStatus.map((bucket) => String(bucket.count)));
    expect(tables.result.slice(1).map((row) => row[1])).toEqual(
      counts.processedByResult.map((bucket) => String(bucket.count)),
    );
    expect(tables.dialMode.slice(1).map((row) => row[1])).toEqual(
      counts.processedByDialMode.map((bucket) => String(bucket.count)),
    );
    expect(tables.codes.slice(1).map((row) => [row[0], row[1]])).toEqual(
      counts.dispositions.codes.map((code) => [code.code, String(code.deliveries)]),
    );
    expect(tables.hour.slice(1)).toHaveLength(24);
    expect(tables.day.slice(1).reduce((sum, row) => sum + Number(row[1].replace(/,/g, "")), 0)).toBe(
      counts.deliveries - figures.time.withoutWindowStart,
    );
    // Names from one query per table; the header row and the configuration names as the sample has them.
    expect(tables.configuration[0]).toEqual(["Configuration", "Total", "Processed", "Success rate"]);
    const configurationNames = new Set(api.data.configurations.map((configuration) => configuration.name));
    for (const row of tables.configuration.slice(1)) expect(configurationNames.has(row[0])).toBe(true);
  });
});

describe("DeliveryInsights: the fallback when the server refuses a count", () => {
  it.each(["refuse", "limit"] as const)(
    "gives exactly the aggregate path's tables when aggregates are refused (%s)",
    async (mode) => {
      const reference = createInsightsApi();
      await mountSettled(reference);
      const expected = allTables();
      harness?.destroy();
      harness = undefined;

      const api = createInsightsApi({ aggregates: mode });
      await mountSettled(api);
      expect(root()).toHaveAttribute("data-path", "fallback");
      expect(root()).toHaveAttribute("data-state", "complete");
      expect(allTables()).toEqual(expected);
      expect(statusLine()).toMatch(
        /^The server refused a count, so every figure comes from reading the deliveries row by row\. All figures are based on all 369 deliveries\./,
      );
      // The first wave is sent (and refused) in parallel, then one read of every needed column.
      const fallbackPages = api.calls.filter(
        (call) => call.options.includes(D.queueId) && call.options.startsWith("?$select"),
      );
      expect(fallbackPages).toHaveLength(1);
    },
  );

  it("shows the pages read so far with a progress line, and a failed page keeps them with a retry", async () => {
    const data = sampleData(12_000);
    const api = createInsightsApi({ data, aggregates: "refuse" });
    startSampleClock(data);
    // 8 refused aggregates and the first time page (superseded) come first; fail the fallback's second page.
    const failure = { status: 500, message: "Internal server error" };
    harness = mountInsights(api);
    const sent = () =>
      api.calls.filter((call) => call.options.includes(D.queueId) && call.options.startsWith("?$select"));
    const original = api.retrieveMultipleRecords;
    let fallbackPages = 0;
    harness.context.webAPI.retrieveMultipleRecords.mockImplementation(async (entityType, options, maxPageSize) => {
      if (options?.startsWith("?$select") && options.includes(D.queueId)) {
        fallbackPages += 1;
        if (fallbackPages === 2) {
          api.calls.push({ entityType, options });
          throw failure;
        }
      }
      return original(entityType, options, maxPageSize);
    });
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "failed");
    expect(figure("deliveries")).toBe("5,000");
    expect(
      screen.getByText(/^Reading stopped after 5,000 deliveries: The server answered with an error\./),
    ).toBeVisible();
    expect(statusLine()).toContain("Read 5,000 deliveries so far…");
    const failedOptions = sent()[1].options;

    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "complete");
    expect(figure("deliveries")).toBe("12,000");
    // The retry asked for the failed page again, and went on from there.
    expect(sent()[2].options).toBe(failedOptions);
    expect(sent()).toHaveLength(4);
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
  });

  it("waits Retry-After for a throttled page and goes on without asking", async () => {
    const data = sampleData(12_000);
    const api = createInsightsApi({ data });
    startSampleClock(data);
    harness = mountInsights(api);
    const original = api.retrieveMultipleRecords;
    let timePages = 0;
    harness.context.webAPI.retrieveMultipleRecords.mockImplementation(async (entityType, options, maxPageSize) => {
      const timePage = !!options && !options.startsWith("?fetchXml") && !options.includes(D.queueId);
      if (entityType === D.table && timePage) {
        timePages += 1;
        // The first page went out while the control mounted, before this mock: this is the second.
        if (timePages === 1) throw { status: 429, message: "Too many requests", retryAfter: 2 };
      }
      return original(entityType, options, maxPageSize);
    });
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "partial");
    expect(statusLine()).toContain("Read 5,000 of 12,000 deliveries…");
    await act(async () => {
      jest.advanceTimersByTime(2000);
      await Promise.resolve();
    });
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "complete");
    // The throttled second page once, again after 2 s, then the third.
    expect(timePages).toBe(3);
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(pageRetries).toBe(3);
  });

  it("states the coverage when the row cap stops the read", async () => {
    const api = createInsightsApi();
    await mountSettled(api, { rowCap: 100 });
    expect(statusLine()).toContain("Call timing and per-day figures are based on 100 of 369 deliveries (the row cap).");
    expect(figure("deliveries")).toBe("369");

    harness?.destroy();
    const refused = createInsightsApi({ aggregates: "refuse" });
    await mountSettled(refused, { rowCap: 100 });
    expect(statusLine()).toContain(
      "All figures are based on the first 100 deliveries; the period holds more (the row cap).",
    );
    expect(figure("deliveries")).toBe("100");
  });
});

describe("DeliveryInsights: failures the fallback cannot help", () => {
  it("says a user without access has none, once, with no retry and no fallback read", async () => {
    const api = createInsightsApi();
    api.failCall(0, { status: 403, message: "Forbidden" });
    await mountSettled(api);
    expect(
      screen.getByText(/^The counts could not be read: You do not have access to proactive deliveries\./),
    ).toBeVisible();
    expect(root()).toHaveAttribute("data-path", "aggregate");
    expect(root()).toHaveAttribute("data-state", "failed");
    expect(screen.queryByRole("button", { name: "Retry" })).toBeNull();
    expect(api.calls.filter((call) => call.options.includes(D.queueId) && call.options.startsWith("?$select"))).toEqual(
      [],
    );
  });

  it("keeps the figures it has when the names fail, shows ids, and reads the names again on retry", async () => {
    const api = createInsightsApi();
    startSampleClock(api.data);
    harness = mountInsights(api);
    const original = api.retrieveMultipleRecords;
    let failNames = true;
    harness.context.webAPI.retrieveMultipleRecords.mockImplementation(async (entityType, options, maxPageSize) => {
      if (entityType === "queue" && failNames) throw { status: 0, message: "Failed to fetch" };
      return original(entityType, options, maxPageSize);
    });
    await settleAll(harness);
    expect(
      screen.getByText(
        /^Queue and configuration names could not be read: The connection failed or timed out\. Ids are shown instead\./,
      ),
    ).toBeVisible();
    expect(allTables().queue[1][0]).toMatch(/^[0-9a-f]{8}-/);
    failNames = false;
    fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    await settleAll(harness);
    expect(root()).toHaveAttribute("data-state", "complete");
    const queueNames = new Set(api.data.queues.map((queue) => queue.name));
    expect(queueNames.has(tableText("queue")[1][0])).toBe(true);
  });
});

describe("DeliveryInsights: unknown values, unresolved ids and hostile text", () => {
  it("gives undocumented values buckets of their own, shows unresolved ids as ids and renders HTML as text", async () => {
    const base = sampleData();
    const windowStart = new Date(Date.parse(base.now) - 3_600_000).toISOString();
    const hostile = {
      ...base.deliveries[0],
      [D.id]: "f0000000-0000-4000-8000-00000000dead",
      [D.status]: "OnHold",
      [D.dialModeType]: xssPayloads.image,
      [D.queueId]: "0d6f1e2a-7b3c-4c5d-9e8f-a1b2c3d4e5f6",
      [D.dispositionCodes]: `"${xssPayloads.script}","Paid`,
      [D.windowStartDate]: windowStart,
      [D.windowEndDate]: new Date(Date.parse(windowStart) - 60_000).toISOString(),
      [D.startDate]: null,
      [D.endDate]: null,
    };
    const hostileDialMode = {
      ...hostile,
      [D.id]: "f0000000-0000-4000-8000-00000000beef",
      [D.status]: "Error",
      [D.dispositionCodes]: null,
      [D.windowEndDate]: new Date(Date.parse(windowStart) + 60_000).toISOString(),
    };
    const data = { ...base, deliveries: [...base.deliveries, hostile, hostileDialMode] };
    await mountSettled(createInsightsApi({ data }));
    const tables = allTables();
    expect(tables.status).toContainEqual(["OnHold (not a documented value)", "1", "0.3%"]);
    expect(tables.queue).toContainEqual(["0d6f1e2a-7b3c-4c5d-9e8f-a1b2c3d4e5f6", "2", "1", "100%"]);
    expect(tables.codes.map((row) => row[0])).toContain(xssPayloads.script);
    expect(screen.getByText(/1 stored texts were malformed/)).toBeVisible();
    expect(tables.dialMode.map((row) => row[0])).toContain(`${xssPayloads.image} (not a documented value)`);
    expect(document.querySelector(".pdx-insights img, .pdx-insights script")).toBeNull();
  });
});

describe("DeliveryInsights: period and filters", () => {
  it("reads again for a filter, with the stored texts as conditions, and clears it", async () => {
    const api = createInsightsApi();
    await mountSettled(api);
    const before = api.calls.length;
    fireEvent.click(screen.getByRole("combobox", { name: /^Dial mode/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Preview" }));
    // A multiple choice stays open after a pick; Escape closes it (the open list hides the page from queries).
    fireEvent.keyDown(document.activeElement ?? document.body, { key: "Escape" });
    await settleAll(harness!);
    const sent = api.calls.slice(before);
    expect(sent.length).toBeGreaterThanOrEqual(15);
    const fetchXml = decodeURIComponent(sent[0].options.slice("?fetchXml=".length));
    expect(fetchXml).toContain('<condition attribute="msdyn_dialmode_type" operator="eq" value="Preview"/>');
    expect(figure("deliveries")).not.toBe("369");
    const filtered = Number(figure("deliveries"));
    expect(
      allTables()
        .dialMode.slice(1)
        .map((row) => row[0]),
    ).toEqual(["Preview"]);
    expect(filtered).toBeGreaterThan(0);

    const clear = document.querySelector<HTMLButtonElement>("button.pdx-insights-clear")!;
    expect(clear).toHaveTextContent("Clear filters");
    fireEvent.click(clear);
    await settleAll(harness!);
    expect(figure("deliveries")).toBe("369");
  });

  it("refuses a custom range whose last day lies before its first, sending nothing", async () => {
    const api = createInsightsApi();
    await mountSettled(api);
    fireEvent.click(screen.getByRole("combobox", { name: /^Period/ }));
    fireEvent.click(await screen.findByRole("option", { name: "Custom range" }));
    await settleAll(harness!);
    const before = api.calls.length;
    fireEvent.change(screen.getByLabelText("First day (UTC)"), { target: { value: "2025-05-30" } });
    fireEvent.change(screen.getByLabelText("Last day (UTC)"), { target: { value: "2025-05-20" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    await settleAll(harness!);
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The last day lies before the first day. Choose a last day on or after the first.",
    );
    expect(api.calls.length).toBe(before);

    fireEvent.change(screen.getByLabelText("Last day (UTC)"), { target: { value: "2025-05-31" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply" }));
    await settleAll(harness!);
    expect(screen.queryByRole("alert")).toBeNull();
    expect(
      screen.getByText("Deliveries whose call window starts from May 30, 2025 to May 31, 2025 (UTC days)."),
    ).toBeVisible();
    expect(
      allTables()
        .day.slice(1)
        .map((row) => row[0]),
    ).toEqual(["May 30, 2025", "May 31, 2025"]);
  });
});

describe("DeliveryInsights: drill-down, keyboard and CSV", () => {
  it("opens the view behind a figure, from a button, a bar by click, and a bar by keyboard", async () => {
    const api = createInsightsApi();
    const h = await mountSettled(api);
    const openUrl = h.context.navigation.openUrl as jest.Mock;
    fireEvent.click(screen.getByRole("button", { name: /^Deliveries: 369\. Open the deliveries/ }));
    expect(openUrl).toHaveBeenLastCalledWith(viewUrl(deliveryViews.all));

    const bars = within(card("status")).getAllByRole("link");
    // A link bar's name is its text: the label, the value and what it counts.
    expect(bars[0]).toHaveAccessibleName("Complete 153 (Deliveries)");
    expect(bars[0]).toHaveAttribute("title", "Complete: 153 (Deliveries)");
    const expired = bars.find((bar) => bar.textContent?.startsWith("Expired"))!;
    fireEvent.click(expired);
    expect(openUrl).toHaveBeenLastCalledWith(viewUrl(deliveryViews.expired));

    // One tab stop: the first bar; arrows move, End goes last, Enter opens.
    expect(bars.map((bar) => bar.tabIndex)).toEqual(bars.map((_, index) => (index === 0 ? 0 : -1)));
    bars[0].focus();
    fireEvent.keyDown(bars[0], { key: "ArrowDown" });
    expect(document.activeElement).toBe(bars[1]);
    fireEvent.keyDown(bars[1], { key: "End" });
    expect(document.activeElement).toBe(bars[bars.length - 1]);
    fireEvent.keyDown(bars[bars.length - 1], { key: "Enter" });
    expect(openUrl).toHaveBeenLastCalledWith(viewUrl(deliveryViews.active));
    expect(openUrl.mock.calls.map((call) => String(call[0]))).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^\/main\.aspx\?pagetype=entitylist&etn=msdyn_proactive_delivery&viewid=/),
      ]),
    );
  });

  it("mirrors the arrow keys in right-to-left and moves by column in the hour chart", async () => {
    await mountSettled(createInsightsApi(), { isRTL: true });
    const columns = within(card("hour")).getAllByRole("img");
    expect(columns).toHaveLength(24);
    columns[0].focus();
    fireEvent.keyDown(columns[0], { key: "ArrowLeft" });
    expect(document.activeElement).toBe(columns[1]);
    fireEvent.keyDown(columns[1], { key: "ArrowRight" });
    expect(document.activeElement).toBe(columns[0]);
    expect(root().closest("[dir]")).toHaveAttribute("dir", "rtl");
  });

  it("copies and downloads a table as CSV, numbers unformatted", async () => {
    const writeText = jest.fn(() => Promise.resolve());
    Object.assign(navigator, { clipboard: { writeText } });
    const createObjectURL = jest.fn(() => "blob:csv");
    // jsdom cannot follow a download link; the click is what the browser would act on.
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    await mountSettled(createInsightsApi());
    const status = card("status");
    fireEvent.click(within(status).getByRole("button", { name: "Copy CSV: Deliveries by status" }));
    await settleAll(harness!, 1);
    const csv = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(csv.split("\r\n").slice(0, 2)).toEqual(["Status,Deliveries,Share", "Complete,153,0.4146"]);
    expect(within(status).getByRole("status")).toHaveTextContent("Copied as CSV.");
    fireEvent.click(within(status).getByRole("button", { name: "Download CSV: Deliveries by status" }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(click).toHaveBeenCalledTimes(1);
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe(
      "proactive-deliveries-status-2025-05-26-to-2025-06-02.csv",
    );
    click.mockRestore();
  });
});

describe("DeliveryInsights: the host", () => {
  it("reads once however often updateView comes, and again only when the row cap changes", async () => {
    const api = createInsightsApi();
    const h = await mountSettled(api, { listing: "none" });
    const before = api.calls.length;
    h.update({});
    h.update({ updatedProperties: ["deliveries", "rowCap"] });
    await settleAll(h, 1);
    expect(api.calls.length).toBe(before);
    h.update({ parameters: { rowCap: { raw: 200 } as ComponentFramework.PropertyTypes.WholeNumberProperty } });
    await settleAll(h);
    expect(api.calls.length).toBeGreaterThan(before);
    expect(statusLine()).toContain("based on 200 of 369 deliveries");
  });

  it("speaks German with German digit grouping", async () => {
    await mountSettled(createInsightsApi({ periodDeliveries: 12_000 }), { languageId: 1031 });
    expect(screen.getByRole("heading", { name: "Zustellungen nach Status" })).toBeVisible();
    expect(figure("deliveries")).toBe("12.000");
  });
});
