import { configA, configB, queueA, queueB, record } from "./fixtures";

/**
 * Ten deliveries whose figures are worked out by hand in the tests: every documented status
 * and a few that are not, spellings, ids in several spellings and none, malformed codes,
 * and missing, invalid and reversed dates.
 */
export const handRecords = [
  // 1: complete, reached, inside its window.
  record({
    status: "Complete",
    result: "CallEnded",
    dialMode: "Copilot",
    channel: "Voice",
    config: configA,
    queue: queueA,
    codes: '"PromiseToPay","SpokeToAgent"',
    windowStart: "2026-03-02T09:00:00Z",
    windowEnd: "2026-03-02T17:00:00Z",
    callStart: "2026-03-02T09:30:00Z",
    callEnd: "2026-03-02T09:35:00Z",
  }),
  // 2: "complete" in lower case, the ids in other spellings, called after its window closed.
  record({
    status: "complete",
    result: "LiveAnswer",
    dialMode: "Progressive",
    channel: "voice",
    config: configA.toUpperCase(),
    queue: `{${queueA.toUpperCase()}}`,
    codes: "PromiseToPay, Callback",
    windowStart: "2026-03-02T10:00:00Z",
    windowEnd: "2026-03-02T12:00:00Z",
    callStart: "2026-03-02T13:00:00Z",
    callEnd: "2026-03-02T13:10:00Z",
  }),
  // 3: expired without a call.
  record({
    status: "Expired",
    result: "Expired",
    dialMode: "Copilot",
    channel: "Voice",
    config: configB,
    queue: queueB,
    windowStart: "2026-03-03T08:00:00Z",
    windowEnd: "2026-03-03T09:00:00Z",
  }),
  // 4: expired after a call whose end lies before its start.
  record({
    status: "Expired",
    result: "Expired",
    dialMode: "Preview",
    channel: "Voice",
    config: configB,
    queue: queueB,
    windowStart: "2026-03-03T08:00:00Z",
    windowEnd: "2026-03-03T09:00:00Z",
    callStart: "2026-03-03T08:30:00Z",
    callEnd: "2026-03-03T08:20:00Z",
  }),
  // 5: error, an unknown dial mode, SMS, a config that is no id, no queue, an unterminated quote, no window end, an invalid call end.
  record({
    status: "Error",
    result: "CallFailed",
    dialMode: "Robot",
    channel: "SMS",
    config: "not-a-guid",
    queue: null,
    codes: '"Unterminated,Callback',
    windowStart: "2026-03-04T00:00:00Z",
    windowEnd: null,
    callStart: "2026-03-04T01:00:00Z",
    callEnd: "garbage",
  }),
  // 6: a status the service does not document, no result, no channel, no config, only empty code entries.
  record({
    status: "Paused",
    dialMode: "Copilot",
    queue: queueA,
    codes: ",,",
    windowStart: "2026-03-04T05:00:00Z",
    windowEnd: "2026-03-04T06:00:00Z",
  }),
  // 7: no status, no dial mode, a window that ends before it starts, a call before the window start.
  record({
    status: "",
    result: "Busy",
    channel: "Voice",
    config: configA,
    queue: queueA,
    windowStart: "2026-03-05T10:00:00Z",
    windowEnd: "2026-03-05T09:00:00Z",
    callStart: "2026-03-05T09:30:00Z",
    callEnd: "2026-03-05T09:31:00Z",
  }),
  // 8: pending, call in progress.
  record({
    status: "Pending",
    dialMode: "Copilot",
    channel: "Voice",
    config: configA,
    queue: queueA,
    windowStart: "2026-03-05T11:00:00Z",
    windowEnd: "2026-03-05T15:00:00Z",
    callStart: "2026-03-05T11:10:00Z",
  }),
  // 9: cancelled, a window start that is no date, a code that looks like a formula, a call with no end.
  record({
    status: "Cancelled",
    result: "Cancelled",
    dialMode: "Progressive",
    channel: "Voice",
    config: configA,
    queue: queueB,
    codes: "=cmd",
    windowStart: "not a date",
    windowEnd: "2026-03-06T12:00:00Z",
    callStart: "2026-03-06T10:00:00Z",
  }),
  // 10: complete, no answer, called an hour before its window, a call of no length.
  record({
    status: "Complete",
    result: "NoAnswer",
    dialMode: "Copilot",
    channel: "Voice",
    config: configB,
    queue: queueA,
    codes: '"SpokeToAgent"',
    windowStart: "2026-03-06T10:00:00Z",
    windowEnd: "2026-03-06T12:00:00Z",
    callStart: "2026-03-06T09:00:00Z",
    callEnd: "2026-03-06T09:00:00Z",
  }),
];
