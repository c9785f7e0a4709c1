/**
 * The catalogue of hostile and broken inputs (issue 14, item 5): one list of cases, each an
 * input and the behaviour every control it applies to must show. catalogue.test.tsx runs each
 * case against each control in `controls` through the one platform emulation (pcf-host, via
 * tests/support/pcfContext); drivers.tsx says how a control is given the input. A driver that
 * can take an input kind must be listed in every case of that kind, so the list and the drivers
 * cannot drift apart.
 */

export type ControlName =
  | "AttributeGrid"
  | "ContactDeliveries"
  | "DeliveryInsights"
  | "DeliveryTimeline"
  | "DispositionChips"
  | "RelatedRecords";

export const everyControl: readonly ControlName[] = [
  "AttributeGrid",
  "ContactDeliveries",
  "DeliveryInsights",
  "DeliveryTimeline",
  "DispositionChips",
  "RelatedRecords",
];

/** How the Web API fails a control's read. */
export type WebApiFault =
  | { kind: "status"; status: 401 | 403 | 404 | 500; error: Record<string, unknown> }
  /** Busy: the first read is refused with Retry-After (seconds); later reads are answered. */
  | { kind: "throttled"; retryAfterSeconds: number }
  /** The read rejects as timed out after `afterMs` (fake timers advance past it). */
  | { kind: "timeout"; afterMs: number };

/** What the control is given. */
export type Input =
  /** A value of the control's main free text (an attribute value, a code, a name, a status). */
  | { kind: "text"; value: string | null }
  /** A choice column holding a value no documentation lists. */
  | { kind: "unknownChoice"; column: "status" | "result" | "dialMode"; value: string }
  /** A lookup or record id that is no GUID. */
  | { kind: "malformedId"; value: string }
  /** A delivery with this many attributes. */
  | { kind: "manyAttributes"; count: number }
  | { kind: "webApi"; fault: WebApiFault }
  /** A component inside the control's view throws while rendering. */
  | { kind: "renderError" };

export type Failure = "forbidden" | "notFound" | "throttled" | "offline" | "other";

/** What every control the case applies to must show. */
export type Expected =
  /** The text as text (markup not interpreted, nothing injected), or the control's empty text for null and "". */
  | { shows: "text" }
  | { shows: "empty" }
  /** The whole text can be read: at once (wrapped), or after the control's "Show all" on a truncated value. */
  | { shows: "wholeText" }
  /** The stored value as stored, with the control's note that it is not a documented value. */
  | { shows: "storedValueWithNote" }
  /** The control's own message for a malformed id, without asking the Web API about it. */
  | { shows: "malformedMessage" }
  /** The rows render windowed: the count in full, far fewer rows in the document. */
  | { shows: "windowed"; atMostRows: number }
  /** The control's specific message for the failure; the rest of the control keeps working. */
  | { shows: "failureMessage"; failure: Failure }
  /** The read is tried again after Retry-After, not before, and the data then shows. */
  | { shows: "retriedAfterWait" }
  /** The error boundary's message and retry; the retry renders the control again. */
  | { shows: "boundaryWithRetry" };

export interface CatalogueCase {
  name: string;
  input: Input;
  expected: Expected;
  /** The controls the input applies to; the others say why not in `notApplicable`. */
  controls: readonly ControlName[];
  notApplicable?: string;
}

const textControls: readonly ControlName[] = [
  "AttributeGrid",
  "ContactDeliveries",
  "DeliveryTimeline",
  "DispositionChips",
  "RelatedRecords",
];
const textNotApplicable =
  "DeliveryInsights shows counts and the names of queues and configurations from its own name queries, no free text of a record";
const webApiControls: readonly ControlName[] = [
  "ContactDeliveries",
  "DeliveryInsights",
  "DeliveryTimeline",
  "DispositionChips",
  "RelatedRecords",
];
const webApiNotApplicable = "AttributeGrid reads nothing through the Web API (its rows are the form's subgrid)";

const textCase = (name: string, value: string): CatalogueCase => ({
  name,
  input: { kind: "text", value },
  expected: { shows: "text" },
  controls: textControls,
  notApplicable: textNotApplicable,
});

const statusError = (status: 401 | 403 | 404 | 500): Record<string, unknown> =>
  ({
    401: { status: 401, message: "The user is not authenticated." },
    403: { status: 403, errorCode: -2147220960, message: "Principal user is missing prvRead privilege" },
    404: { status: 404, errorCode: -2147220969, message: "Does Not Exist" },
    500: { status: 500, message: "Generic SQL error." },
  })[status];

const faultCase = (name: string, fault: WebApiFault, expected: Expected): CatalogueCase => ({
  name,
  input: { kind: "webApi", fault },
  expected,
  controls: webApiControls,
  notApplicable: webApiNotApplicable,
});

export const catalogue: readonly CatalogueCase[] = [
  // Markup and script: shown as text, nothing of it becomes an element.
  textCase("HTML in a value", '<b>bold</b><img src="x" onerror="alert(1)">'),
  textCase("a script element", "<script>alert('x')</script>"),
  textCase("a javascript: link", '<a href="javascript:alert(1)">open</a>'),
  textCase("an entity that must not be decoded", "&lt;b&gt;not bold&lt;/b&gt; &amp; more"),
  // Direction and characters outside the basic plane.
  textCase("right-to-left text", "مرحبا بالعالم"),
  textCase("right-to-left text mixed with digits and Latin", "العميل 42 Contoso"),
  textCase("emoji with skin tone and joiners", "📞✅ 👩🏽‍💻 🇩🇪"),
  {
    name: "a 4,000-character unbroken value",
    input: { kind: "text", value: "X".repeat(4000) },
    expected: { shows: "wholeText" },
    controls: textControls,
    notApplicable: textNotApplicable,
  },
  // Empty is not null: both show the control's empty text, never "null" or "undefined".
  {
    name: "an empty string",
    input: { kind: "text", value: "" },
    expected: { shows: "empty" },
    controls: textControls,
    notApplicable: textNotApplicable,
  },
  {
    name: "null",
    input: { kind: "text", value: null },
    expected: { shows: "empty" },
    controls: textControls,
    notApplicable: textNotApplicable,
  },
  // Choice values no documentation lists.
  ...(
    [
      ["status", "Teleported"],
      ["result", "AnsweredByFax"],
      ["dialMode", "Telepathic"],
    ] as const
  ).map(([column, value]): CatalogueCase => ({
    name: `an unknown ${column} value`,
    input: { kind: "unknownChoice", column, value },
    expected: { shows: "storedValueWithNote" },
    controls: ["ContactDeliveries", "DeliveryTimeline"],
    notApplicable: "only the time line and the contact's delivery list name a delivery's status, result and dial mode",
  })),
  // Ids that are no GUID.
  ...["not-a-guid", "{1234}", "5e1f0c2a-7b3d-4c8e-9a10-00000000000g", "5e1f0c2a7b3d4c8e9a10"].map(
    (value): CatalogueCase => ({
      name: `a malformed GUID (${value})`,
      input: { kind: "malformedId", value },
      expected: { shows: "malformedMessage" },
      controls: ["ContactDeliveries", "RelatedRecords"],
      notApplicable:
        "the other controls take no id from a value (the time line's row id comes from the platform's form context)",
    }),
  ),
  // Volume.
  {
    name: "10,000 attributes",
    input: { kind: "manyAttributes", count: 10_000 },
    expected: { shows: "windowed", atMostRows: 200 },
    controls: ["AttributeGrid", "ContactDeliveries"],
    notApplicable: "only the grid and the contact view list a delivery's attributes",
  },
  // The Web API's failures.
  faultCase(
    "Web API 401 (not authenticated)",
    { kind: "status", status: 401, error: statusError(401) },
    {
      shows: "failureMessage",
      failure: "forbidden",
    },
  ),
  faultCase(
    "Web API 403 (no privilege)",
    { kind: "status", status: 403, error: statusError(403) },
    {
      shows: "failureMessage",
      failure: "forbidden",
    },
  ),
  faultCase(
    "Web API 404 (no such row)",
    { kind: "status", status: 404, error: statusError(404) },
    {
      shows: "failureMessage",
      failure: "notFound",
    },
  ),
  faultCase(
    "Web API 500 (server error)",
    { kind: "status", status: 500, error: statusError(500) },
    {
      shows: "failureMessage",
      failure: "other",
    },
  ),
  faultCase("Web API 429 with Retry-After", { kind: "throttled", retryAfterSeconds: 3 }, { shows: "retriedAfterWait" }),
  faultCase("Web API timeout", { kind: "timeout", afterMs: 30_000 }, { shows: "failureMessage", failure: "offline" }),
  // A bug: the boundary keeps it inside the control.
  {
    name: "a component that throws while rendering",
    input: { kind: "renderError" },
    expected: { shows: "boundaryWithRetry" },
    controls: everyControl,
  },
];
