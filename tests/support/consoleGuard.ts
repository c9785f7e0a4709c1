/**
 * A control test fails when React warns or errs: anything written to console.error during the
 * test, and React's own console.warn messages ("Warning: …"), unless the test expects it.
 *
 * A test expects a message either with `expectConsoleError(pattern)` (the message must then
 * appear: an expectation nothing matched fails the test too) or, where it throws inside an
 * error boundary on purpose, by silencing console.error itself with
 * `jest.spyOn(console, "error").mockImplementation(() => undefined)`.
 *
 * Messages are collected and reported after the test rather than thrown where they are
 * logged: React logs from inside its own work loop, which an exception there would corrupt.
 * One logged between tests (an afterEach of the test file, which runs after this check) is
 * reported with the next test, or after the file's last.
 */
import { format } from "node:util";

interface Expectation {
  pattern: RegExp | string;
  seen: number;
}

interface Logged {
  test: string | undefined;
  method: "error" | "warn";
  message: string;
}

let expectations: Expectation[] = [];
let logged: Logged[] = [];

/** The current test expects a console.error (or React warning) matching `pattern`; it must come. */
export function expectConsoleError(pattern: RegExp | string): void {
  expectations.push({ pattern, seen: 0 });
}

/** React's warnings, whichever method it uses: "Warning: …" (React 16) as console.error or console.warn. */
const reactWarning = /^Warning: /;

function matches(message: string, pattern: RegExp | string): boolean {
  return typeof pattern === "string" ? message.includes(pattern) : pattern.test(message);
}

function currentTest(): string | undefined {
  return expect.getState().currentTestName;
}

function problemsSoFar(): string[] {
  const problems = logged.map(
    (entry) =>
      `console.${entry.method}${entry.test === currentTest() ? "" : ` (during or after "${entry.test ?? "no test"}")`}: ${entry.message}`,
  );
  for (const expectation of expectations) {
    if (expectation.seen === 0)
      problems.push(`expected a console.error matching ${String(expectation.pattern)}, none came`);
  }
  logged = [];
  expectations = [];
  return problems;
}

function failWith(problems: string[]): void {
  if (problems.length === 0) return;
  throw new Error(
    `React warned or erred during the test (fix the cause, or expectConsoleError(pattern) if the test means it):\n\n${problems.join("\n\n")}`,
  );
}

export function installConsoleGuard(): void {
  const original = { error: console.error.bind(console), warn: console.warn.bind(console) };
  const report = (method: "error" | "warn", args: unknown[]): void => {
    const message = format(...args);
    const expected = expectations.find((expectation) => matches(message, expectation.pattern));
    if (expected) {
      expected.seen += 1;
      return;
    }
    logged.push({ test: currentTest(), method, message });
    original[method](...args);
  };
  // Plain functions, not jest spies: a test's own spyOn and restoreAllMocks return to these.
  console.error = (...args: unknown[]): void => report("error", args);
  console.warn = (...args: unknown[]): void => {
    if (reactWarning.test(format(...args))) report("warn", args);
    else original.warn(...args);
  };
  afterEach(() => failWith(problemsSoFar()));
  afterAll(() => failWith(problemsSoFar()));
}
