/** Assertions every page must pass, and small readers of what the controls show. */
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import type { OpenedPage } from "./harness";
import { slotStatuses } from "./harness";
import { expected } from "./session";

export async function assertHealthy(opened: OpenedPage): Promise<void> {
  const statuses = await slotStatuses(opened.page);
  assert.deepEqual(
    Object.entries(statuses).filter(([, status]) => status !== "mounted"),
    [],
    `every control mounts (${JSON.stringify(statuses)})`,
  );
  assert.deepEqual(opened.consoleErrors, [], "no console errors");
  assert.deepEqual(opened.dialogs, [], "no dialogs (no injected script ran)");
  assert.deepEqual(opened.offHostRequests, [], "nothing is fetched from outside the preview server");
  const text = await opened.page.locator("main").innerText();
  for (const [control, key] of [
    ["DeliveryTimeline", "Error_Render"],
    ["DispositionChips", "Error_Render"],
    ["AttributeGrid", "Error_Boundary"],
    ["RelatedRecords", "Error_Render"],
    ["ContactDeliveries", "Error_Boundary"],
  ] as const) {
    assert.ok(!text.includes(expected.text(control, key)), `${control} did not fall back to its error boundary`);
  }
}

export function controlText(page: Page, control: string): Promise<string> {
  return page.locator(`[data-control="${control}"]`).innerText();
}

/** Elements that would only exist if markup from the data had been rendered as HTML. */
export function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slots = Array.from(document.querySelectorAll("[data-control]"));
    return slots.flatMap((slot) =>
      Array.from(
        slot.querySelectorAll('img[src="x"], script, b, a[href^="javascript:" i], div[style*="position:fixed"]'),
      ).map((element) => element.outerHTML.slice(0, 120)),
    );
  });
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * axe-core (from node_modules, injected into the page): its serious and critical findings, worded.
 * With `tags`, only the rules of those sets run (axe's runOnly); without, every rule axe enables
 * by default.
 */
export async function seriousViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async (only) => {
    const axe = (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      resultTypes: ["violations"],
      ...(only && { runOnly: { type: "tag", values: only } }),
    });
    return result.violations;
  }, tags);
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.impact ?? ""} ${violation.id}: ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
}

/**
 * The looks every page is checked in: the app's themes, German right to left, and Arabic, whose
 * right to left comes from the language alone (no &rtl=1), as the platform sets it for the user.
 */
export const pageLooks: readonly {
  name: string;
  /** Preview address parameters for the look. */
  query: Readonly<Record<string, string>>;
  /** Emulate Windows high contrast (forced colours). */
  forcedColors?: boolean;
}[] = [
  { name: "light", query: {} },
  { name: "dark", query: { theme: "dark" } },
  { name: "high contrast", query: { theme: "highContrast" }, forcedColors: true },
  { name: "German, right to left", query: { lang: "1031", rtl: "1" } },
  { name: "Arabic", query: { lang: "1025" } },
];

/** A look's name as a screenshot file name part: "German-right-to-left". */
export const lookFileName = (name: string): string => name.replace(/[ ,]+/g, "-");
