import { afterPage, coverageOf, flatReadPlan, startFlatRead } from "../../../domain/insights";

const period = { start: new Date("2026-03-01T00:00:00Z"), end: new Date("2026-03-08T00:00:00Z") };
const org = ["https:", "", "org.crm.dynamics.com"].join("/");
const link = (token: number) =>
  `${org}/api/data/v9.2/msdyn_proactive_deliveries?$select=msdyn_status&$skiptoken=%3Ccookie%20page=%22${token}%22%3E`;

/** Reads pages of `sizes` rows (a next link after each but the last) until the read stops. */
function readAll(sizes: number[], cap?: number) {
  let state = startFlatRead(flatReadPlan("time", period, {}, cap === undefined ? {} : { cap }));
  const accepted: number[] = [];
  const asked: string[] = [];
  for (let index = 0; state.next !== undefined; index += 1) {
    asked.push(state.next);
    const outcome = afterPage(state, {
      rowCount: sizes[index],
      ...(index < sizes.length - 1 ? { nextLink: link(index + 2) } : {}),
    });
    accepted.push(outcome.accept);
    state = outcome.state;
  }
  return { state, accepted, asked };
}

describe("paging a flat read", () => {
  it("starts with the plan's options, follows each next link, stops on the last page", () => {
    const { state, accepted, asked } = readAll([5000, 5000, 1234]);
    expect(asked[0]).toBe(flatReadPlan("time", period).options);
    expect(asked[1]).toBe("?$select=msdyn_status&$skiptoken=%3Ccookie%20page=%222%22%3E");
    expect(accepted).toEqual([5000, 5000, 1234]);
    expect(state).toEqual({ cap: 100_000, rowsRead: 11_234, pagesRead: 3, stopped: "complete" });
    expect(coverageOf(state)).toEqual({ rowsRead: 11_234, total: 11_234, share: 1, complete: true, capped: false });
  });

  it("stops at the cap (default 100,000 rows, 20 pages) and says how much it covers", () => {
    const { state, accepted } = readAll(Array<number>(83).fill(5000));
    expect(accepted).toHaveLength(20);
    expect(state).toEqual({ cap: 100_000, rowsRead: 100_000, pagesRead: 20, stopped: "cap" });
    expect(coverageOf(state, 412_337)).toEqual({
      rowsRead: 100_000,
      total: 412_337,
      share: 100_000 / 412_337,
      complete: false,
      capped: true,
    });
    expect(coverageOf(state)).toEqual({ rowsRead: 100_000, complete: false, capped: true });
  });

  it("takes only the rows up to a cap that falls inside a page", () => {
    const { state, accepted } = readAll([5000, 5000, 5000], 7000);
    expect(accepted).toEqual([5000, 2000]);
    expect(state.stopped).toBe("cap");
    const last = readAll([5000, 3000], 7000);
    expect(last.accepted).toEqual([5000, 2000]);
    expect(last.state.stopped).toBe("cap");
    const exact = readAll([5000, 2000], 7000);
    expect(exact.state).toEqual({ cap: 7000, rowsRead: 7000, pagesRead: 2, stopped: "complete" });
  });

  it("completes on an empty period", () => {
    const { state } = readAll([0]);
    expect(state).toEqual({ cap: 100_000, rowsRead: 0, pagesRead: 1, stopped: "complete" });
    expect(coverageOf(state)).toEqual({ rowsRead: 0, total: 0, share: 1, complete: true, capped: false });
  });

  it("leaves the state as it was when a page fails, so a retry asks for the same page", () => {
    const first = afterPage(startFlatRead(flatReadPlan("time", period)), { rowCount: 5000, nextLink: link(2) }).state;
    const copy = structuredClone(first);
    // The page fails: nothing is called; the retry asks for first.next again.
    expect(first).toEqual(copy);
    expect(coverageOf(first)).toEqual({ rowsRead: 5000, complete: false, capped: false });
    expect(coverageOf(first, 12_000).share).toBeCloseTo(5000 / 12_000, 12);
  });

  it("refuses a page after the read stopped, a bad row count and a bad next link", () => {
    const done = afterPage(startFlatRead(flatReadPlan("time", period)), { rowCount: 3 }).state;
    expect(() => afterPage(done, { rowCount: 1 })).toThrow("stopped");
    const start = startFlatRead(flatReadPlan("time", period));
    expect(() => afterPage(start, { rowCount: -1 })).toThrow(RangeError);
    expect(() => afterPage(start, { rowCount: 1.5 })).toThrow(RangeError);
    expect(() => afterPage(start, { rowCount: 10, nextLink: "no query here" })).toThrow("next page link");
  });

  it("never reports a total below the rows read", () => {
    const state = afterPage(startFlatRead({ options: "?x", cap: 10 }), { rowCount: 10, nextLink: link(2) }).state;
    expect(coverageOf(state, 4).total).toBe(10);
    expect(coverageOf(state, Number.NaN).total).toBeUndefined();
  });
});
