import {
  bucketIdentity,
  bucketsOf,
  countSpecOf,
  dispositionFiguresOf,
  emptyRawCounts,
  filterValues,
  groupIdentity,
  isExpiredStatus,
  isProcessedStatus,
  isSuccessResult,
  processedStatusKinds,
  SortedValues,
  successRate,
  successResultKinds,
  sumOf,
} from "../../../domain/insights";
import { classifyStatus } from "../../../domain/delivery";

describe("the metric rules", () => {
  it("take Complete, Expired, Cancelled and Error as processed, in any spelling; nothing else", () => {
    expect(processedStatusKinds).toEqual(["Complete", "Expired", "Cancelled", "Error"]);
    for (const status of ["Complete", " complete ", "EXPIRED", "Cancelled", "error"]) {
      expect(isProcessedStatus(status)).toBe(true);
    }
    for (const status of ["Pending", "InProcess", "in_process", "Paused", "", "  ", null, undefined]) {
      expect(isProcessedStatus(status)).toBe(false);
    }
  });

  it("take CallEnded, LiveAnswer and Delivered as success; nothing else", () => {
    expect(successResultKinds).toEqual(["CallEnded", "LiveAnswer", "Delivered"]);
    for (const result of ["CallEnded", "call_ended", "LiveAnswer", "Delivered"])
      expect(isSuccessResult(result)).toBe(true);
    for (const result of [
      "Busy",
      "NoAnswer",
      "AnsweringMachine",
      "CallFailed",
      "Not delivered",
      "Expired",
      "?",
      null,
    ]) {
      expect(isSuccessResult(result)).toBe(false);
    }
  });

  it("say Expired in any spelling, and give no success rate without processed deliveries", () => {
    expect(isExpiredStatus(" expired")).toBe(true);
    expect(isExpiredStatus("Expire")).toBe(false);
    expect(successRate(1, 4)).toBe(0.25);
    expect(successRate(0, 0)).toBeUndefined();
  });
});

describe("buckets and groups", () => {
  it("name a documented value by its kind, another by its text, and none as empty", () => {
    expect(bucketIdentity(classifyStatus(" complete "))).toEqual({
      key: "Complete",
      kind: "Complete",
      text: "Complete",
    });
    expect(bucketIdentity(classifyStatus(" Paused "))).toEqual({
      key: "text:Paused",
      kind: "unrecognised",
      text: "Paused",
    });
    expect(bucketIdentity(classifyStatus("   "))).toEqual({ key: "empty", kind: "empty", text: "" });
    // A stored text that looks like a key stays its own bucket.
    expect(bucketIdentity(classifyStatus("empty")).key).toBe("text:empty");
  });

  it("merge spellings of one value and leave out zero counts", () => {
    const counts = new Map([
      ["Complete", 2],
      ["complete", 3],
      ["Weird", 0],
      ["", 1],
    ]);
    expect(bucketsOf(counts, classifyStatus)).toEqual([
      { key: "Complete", kind: "Complete", text: "Complete", count: 5, storedTexts: ["Complete", "complete"] },
      { key: "empty", kind: "empty", text: "", count: 1, storedTexts: [""] },
    ]);
    expect(sumOf(counts)).toBe(6);
  });

  it("key a group by the id in lower case without braces, malformed text by its text", () => {
    const id = "5a0c6f3e-1d2b-4c8e-9f00-000000000001";
    expect(groupIdentity(`{${id.toUpperCase()}}`)).toEqual({ key: id, kind: "id", id, text: id });
    expect(groupIdentity(` ${id} `)).toEqual({ key: id, kind: "id", id, text: id });
    expect(groupIdentity(`{${id}`)).toEqual({ key: `text:{${id}`, kind: "malformed", text: `{${id}` });
    expect(groupIdentity("")).toEqual({ key: "empty", kind: "empty", text: "" });
  });
});

describe("disposition frequency from counted texts", () => {
  it("parses each distinct text once and counts its codes once per delivery", () => {
    expect(
      dispositionFiguresOf(
        new Map([
          ['"A","B","A"', 4],
          ["B", 2],
          ['"C', 1],
          ['"x"y', 1],
          ["", 5],
          [", ,", 2],
          ["Z", 0],
        ]),
      ),
    ).toEqual({
      codes: [
        { code: "B", deliveries: 6 },
        { code: "A", deliveries: 4 },
        { code: "C", deliveries: 1 },
        { code: "xy", deliveries: 1 },
      ],
      withCodes: 8,
      withoutCodes: 7,
      malformed: 2,
      distinctTexts: 6,
    });
  });
});

describe("count specs, filters and sorted values", () => {
  it("find a spec by id and start every spec at no counts", () => {
    expect(countSpecOf("processed/queue")).toEqual({ id: "processed/queue", subset: "processed", breakdown: "queue" });
    expect(() => countSpecOf("nope/queue" as "all/queue")).toThrow();
    const raw = emptyRawCounts();
    expect(raw.size).toBe(15);
    for (const counts of raw.values()) expect(counts.size).toBe(0);
  });

  it("keep distinct filter values, blanks as the one empty value", () => {
    expect(filterValues(["a", "a", " ", "", "b"])).toEqual(["a", "", "b"]);
    expect(filterValues(undefined)).toEqual([]);
  });

  it("keep values sorted across batches", () => {
    const values = new SortedValues();
    values.add([5, 1]);
    values.add([]);
    values.add([3, 9, 1]);
    expect(values.count).toBe(5);
    expect(values.distribution()).toEqual({ count: 5, min: 1, median: 3, p90: 9, max: 9 });
    expect(new SortedValues().distribution()).toEqual({ count: 0 });
  });
});
