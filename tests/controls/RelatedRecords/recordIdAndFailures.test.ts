import { parseRecordId } from "../../../domain/related/recordId";
import { defaultRetryAfterMs, retryAfterMs } from "../../../controls/shared/retryAfter";
import { classifyWebApiError, isMissingTableError } from "../../../controls/shared/webApiError";
import { RecordNotFoundError, SampleStore, generateSampleData } from "../../../preview/data";

describe("parseRecordId", () => {
  it("takes a GUID with or without braces, in either case, and gives it lower case without braces", () => {
    const id = "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b";
    expect(parseRecordId(id)).toEqual({ kind: "valid", id, text: id });
    expect(parseRecordId(` {${id.toUpperCase()}} `)).toEqual({ kind: "valid", id, text: `{${id.toUpperCase()}}` });
  });

  it("calls blanks empty and anything else malformed", () => {
    expect(parseRecordId(null)).toEqual({ kind: "empty" });
    expect(parseRecordId("   ")).toEqual({ kind: "empty" });
    for (const text of [
      "abc",
      "{0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b",
      "0f1e2d3c4b5a49788a6b5c4d3e2f1a0b",
      "0f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0g",
    ])
      expect(parseRecordId(text)).toEqual({ kind: "malformed", text });
  });
});

describe("isMissingTableError", () => {
  it("tells a table the environment lacks from a missing row", () => {
    expect(isMissingTableError({ errorCode: -2147217150, status: 404 })).toBe(true);
    expect(
      isMissingTableError({ status: 404, message: "Resource not found for the segment 'msdyn_ocliveworkitems'." }),
    ).toBe(true);
    expect(isMissingTableError(new RecordNotFoundError("contact", "x"))).toBe(false);
    expect(isMissingTableError({ status: 404 })).toBe(false);
    // classifyWebApiError keeps calling both "notFound", as the other controls expect.
    expect(classifyWebApiError({ errorCode: -2147217150, status: 404 })).toBe("notFound");
  });

  it("recognises the sample Web API's answer for an unknown table", () => {
    const store = new SampleStore(generateSampleData({ deliveryCount: 1, contactCount: 1 }));
    let error: unknown;
    try {
      store.entry("no_such_table");
    } catch (caught) {
      error = caught;
    }
    expect(isMissingTableError(error)).toBe(true);
  });
});

describe("retryAfterMs", () => {
  it("reads seconds from the error, its headers or a Headers-like object", () => {
    expect(retryAfterMs({ retryAfter: 3 })).toBe(3000);
    expect(retryAfterMs({ retryAfter: "0" })).toBe(0);
    expect(retryAfterMs({ headers: { "retry-after": "7" } })).toBe(7000);
    expect(retryAfterMs({ headers: new Map([["Retry-After", "2"]]) })).toBe(2000);
  });

  it("falls back to the default for anything else", () => {
    for (const error of [undefined, "429", {}, { retryAfter: -1 }, { retryAfter: "soon" }, { headers: {} }])
      expect(retryAfterMs(error)).toBe(defaultRetryAfterMs);
  });
});
