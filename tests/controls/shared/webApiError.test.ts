import { classifyWebApiError } from "../../../controls/shared/webApiError";

describe("classifyWebApiError", () => {
  it.each([
    [
      {
        errorCode: -2147015902,
        message: "Number of requests exceeded the limit of 6000 over time window of 300 seconds.",
      },
    ],
    [{ errorCode: -2147015903, message: "Combined execution time of incoming requests exceeded limit" }],
    [{ errorCode: -2147015898, message: "Number of concurrent requests exceeded the limit of 52." }],
    [{ status: 429, message: "" }],
    [{ message: "Request failed with status 429" }],
    [new Error("Too Many Requests")],
    [{ status: 503, message: "Service Unavailable" }],
  ])("recognises throttling: %p", (error) => {
    expect(classifyWebApiError(error)).toBe("throttled");
  });

  it("recognises missing privileges and missing rows", () => {
    expect(classifyWebApiError({ status: 401 })).toBe("forbidden");
    expect(classifyWebApiError({ status: 403 })).toBe("forbidden");
    expect(classifyWebApiError({ errorCode: -2147220960 })).toBe("forbidden");
    expect(classifyWebApiError({ status: 404 })).toBe("notFound");
  });

  it("recognises a lost connection", () => {
    expect(classifyWebApiError(new TypeError("Failed to fetch"))).toBe("offline");
    expect(classifyWebApiError({ status: 0, message: "" })).toBe("offline");
    expect(classifyWebApiError({ status: 408 })).toBe("offline");
    expect(classifyWebApiError(new Error("The request timed out"))).toBe("offline");
    expect(classifyWebApiError(new Error("Timeout expired"))).toBe("offline");
  });

  it("treats anything else, including non-objects, as other", () => {
    expect(classifyWebApiError(undefined)).toBe("other");
    expect(classifyWebApiError("boom")).toBe("other");
    expect(classifyWebApiError({ errorCode: -1 })).toBe("other");
  });
});
