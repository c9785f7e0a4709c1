/**
 * The keyboard on every preview page (tests/e2e/pages.ts). First a walk: Tab from the top of the
 * page until focus leaves the document or comes back to the first stop (at most 400 presses),
 * recording each stop (role and accessible name). Every interactive element the DOM holds
 * (links, buttons, fields, summaries, tabindex="0"; a roving group's tabindex="-1" members are
 * its one stop, a radio group is one stop) must be reached; each stop shows focus (its outline,
 * box shadow or border, or that of a pseudo-element or of an ancestor up to three levels, differs
 * from the unfocused element's); no stop is hidden (no size, invisible, transparent, aria-hidden
 * or off screen); and the order follows the page's reading order (a stop entirely above the
 * previous one in the same column, or before it on the same line in the reading direction, is a
 * jump back). Then, on a page of each kind, every stop is operated from the keyboard and its
 * effect asserted (Operating elements, below).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Page } from "playwright-core";
import { assertHealthy } from "./checks";
import { waitForIdle, type OpenedPage } from "./harness";
import { previewPages, type PreviewPage } from "./pages";
import { session } from "./session";

/** More presses than any page has stops: a page that never gives focus back fails. */
const maxPresses = 400;

export interface TabStop {
  index: number;
  role: string;
  name: string;
  /** Why the stop is hidden, if it is. */
  hidden?: string;
  /** Why the stop breaks the reading order after the one before, if it does. */
  backwards?: string;
  /** The focus styles seen while focused (compared with the unfocused ones after the walk). */
  focused: string;
  /** Role and name of an ancestor that marks a roving group, if inside one (grid, list, chart). */
  group?: string;
  expanded?: string | null;
  pressed?: string | null;
  tag: string;
  type?: string;
  href?: string | null;
}

export interface Walk {
  stops: TabStop[];
  /** Interactive elements no Tab reached: role and name. */
  unreached: string[];
  /** Stops whose focused styles equal their unfocused ones. */
  invisibleFocus: string[];
  /** Focus came back to the start (or left the document) before the cap. */
  wrapped: boolean;
}

/**
 * Runs in the page: window.__pdxWalk with the helpers the walk uses. One definition, so the
 * walk and the operating tests describe elements the same way.
 */
function walkScript(): void {
  const focusableSelector = [
    "a[href]",
    "button:not([disabled])",
    'input:not([disabled]):not([type="hidden"])',
    "select:not([disabled])",
    "textarea:not([disabled])",
    "summary",
    '[tabindex]:not([tabindex="-1"])',
    '[contenteditable="true"]',
  ]
    .map((selector) => `${selector}:not([tabindex="-1"])`)
    .join(",");
  const inputRoles: Record<string, string> = {
    checkbox: "checkbox",
    radio: "radio",
    search: "searchbox",
    number: "spinbutton",
    range: "slider",
    button: "button",
    submit: "button",
    reset: "button",
  };
  const clean = (text: string | null | undefined): string => (text ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
  const roleOf = (element: Element): string => {
    const explicit = element.getAttribute("role");
    if (explicit) return explicit.split(" ")[0];
    const tag = element.tagName.toLowerCase();
    if (tag === "a") return "link";
    if (tag === "button" || tag === "summary") return "button";
    if (tag === "select") return (element as HTMLSelectElement).multiple ? "listbox" : "combobox";
    if (tag === "textarea") return "textbox";
    if (tag === "input") return inputRoles[(element as HTMLInputElement).type] ?? "textbox";
    return tag;
  };
  const nameOf = (element: Element): string => {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) {
      const text = labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ");
      if (clean(text)) return clean(text);
    }
    const label = element.getAttribute("aria-label");
    if (clean(label)) return clean(label);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length > 0) return clean(Array.from(labels, (node) => node.textContent).join(" "));
    const own = clean((element as HTMLElement).innerText);
    if (own) return own;
    return clean(element.getAttribute("title") ?? element.getAttribute("placeholder"));
  };
  const hiddenReason = (element: Element, onScreen: boolean): string | undefined => {
    const rect = element.getBoundingClientRect();
    if (rect.width < 4 || rect.height < 4) return `${Math.round(rect.width)} x ${Math.round(rect.height)} px`;
    for (let current: Element | null = element; current; current = current.parentElement) {
      const style = getComputedStyle(current);
      if (style.visibility === "hidden" || style.visibility === "collapse") return "visibility hidden";
      if (style.display === "none") return "display none";
      if (Number(style.opacity) === 0) return "opacity 0";
      if (current.getAttribute("aria-hidden") === "true") return "inside aria-hidden";
      if (current.hasAttribute("inert")) return "inert";
    }
    if (onScreen) {
      const visible =
        rect.bottom > 0 && rect.right > 0 && rect.top < window.innerHeight && rect.left < window.innerWidth;
      if (!visible) return "off screen";
      const x = Math.min(Math.max(rect.left + rect.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(rect.top + Math.min(rect.height / 2, 10), 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      if (top && !element.contains(top) && !top.contains(element) && !(top instanceof HTMLLabelElement))
        return `covered by ${top.tagName.toLowerCase()}.${String(top.className).split(" ")[0]}`;
    }
    return undefined;
  };
  const focusStyles = (element: Element): string => {
    const parts: string[] = [];
    let current: Element | null = element;
    for (let level = 0; current && level < 4; level += 1, current = current.parentElement) {
      for (const pseudo of [null, "::before", "::after"]) {
        const style = getComputedStyle(current, pseudo);
        parts.push(
          [
            style.outlineStyle,
            style.outlineWidth,
            style.outlineColor,
            style.outlineOffset,
            style.boxShadow,
            style.borderTopColor,
            style.borderTopWidth,
            style.borderBottomColor,
            style.borderBottomWidth,
          ].join(" "),
        );
      }
    }
    return parts.join(" | ");
  };
  /** A roving group: the element's closest grid, list box, tree, tab list, menu or chart group. */
  const groupOf = (element: Element): Element | null =>
    element.closest(
      '[role="grid"], [role="listbox"], [role="tree"], [role="tablist"], [role="menu"], ul.pdx-cd-list',
    ) ?? (element.getAttribute("role") === "img" ? element.closest('[role="group"]') : null);
  const describe = (element: Element): string => `${roleOf(element)} "${nameOf(element)}"`;
  /** The order rule: `next` may not lie before `previous` in reading order (both measured now). */
  const backwards = (previous: Element, next: Element): string | undefined => {
    if (previous.contains(next) || next.contains(previous)) return undefined;
    const a = previous.getBoundingClientRect();
    const b = next.getBoundingClientRect();
    const rtl = getComputedStyle(next).direction === "rtl";
    const tolerance = 2;
    const verticalOverlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    const horizontalOverlap = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const sameLine = verticalOverlap > Math.min(a.height, b.height) / 2;
    const before = rtl ? b.left >= a.right - tolerance : b.right <= a.left + tolerance;
    if (sameLine) return before ? "before it on the same line" : undefined;
    if (b.bottom <= a.top + tolerance) {
      // Entirely above: only a new column further on in the reading direction.
      const furtherOn = rtl ? b.right <= a.left + tolerance : b.left >= a.right - tolerance;
      if (horizontalOverlap > 0 || !furtherOn) return "above it";
    }
    return undefined;
  };
  const seen: Element[] = [];
  const focusedStyles: string[] = [];
  // Elements focus reached between presses too: a control that moves focus on (a button replaced
  // while it loads) hands it to an element no press landed on.
  const touched = new Set<Element>();
  document.addEventListener("focusin", (event) => {
    if (event.target instanceof Element) touched.add(event.target);
  });
  (window as unknown as { __pdxWalk: unknown }).__pdxWalk = {
    describe,
    roleOf,
    nameOf,
    /** The focused element as a stop, or null when focus is on the body or back at the first stop. */
    step(): object | null {
      const element = document.activeElement;
      if (!element || element === document.body || element === document.documentElement) return null;
      if (seen.length > 0 && element === seen[0]) return null;
      const previous = seen[seen.length - 1];
      seen.push(element);
      element.setAttribute("data-walk", String(seen.length - 1));
      const focused = focusStyles(element);
      focusedStyles.push(focused);
      const group = groupOf(element);
      return {
        index: seen.length - 1,
        role: roleOf(element),
        name: nameOf(element),
        hidden: hiddenReason(element, true),
        backwards:
          previous && previous.isConnected
            ? backwards(previous, element) && `${backwards(previous, element)} (after ${describe(previous)})`
            : undefined,
        focused,
        group: group ? describe(group) : undefined,
        expanded: element.getAttribute("aria-expanded"),
        pressed: element.getAttribute("aria-pressed"),
        tag: element.tagName.toLowerCase(),
        type: element instanceof HTMLInputElement ? element.type : undefined,
        href: element.getAttribute("href"),
      };
    },
    /** After the walk, with nothing focused: what Tab missed, and stops that looked the same unfocused. */
    /**
     * A stop again after the page changed: its own element if still there, else the
     * occurrence-th focusable element with the same role and name.
     */
    find(index: number, role: string, name: string, occurrence: number): boolean {
      const own = document.querySelector(`[data-walk="${index}"]`);
      // A count in a name may have changed meanwhile ("Host log (2)").
      const same = (a: string, b: string): boolean => a.replace(/\d+/g, "#") === b.replace(/\d+/g, "#");
      const candidates = Array.from(document.querySelectorAll(focusableSelector));
      const element =
        own ??
        candidates.filter((candidate) => roleOf(candidate) === role && nameOf(candidate) === name)[occurrence] ??
        candidates.filter((candidate) => roleOf(candidate) === role && same(nameOf(candidate), name))[occurrence];
      if (!element) return false;
      (element as HTMLElement).focus();
      return document.activeElement === element;
    },
    /** The focused element's state, to compare before and after a key. */
    state(): object {
      const element = document.activeElement as HTMLElement | null;
      const details = element?.tagName === "SUMMARY" ? element.parentElement : null;
      return {
        focused: element ? describe(element) : "",
        focusedElement: element ? seen.indexOf(element) : -1,
        expanded: element?.getAttribute("aria-expanded") ?? null,
        pressed: element?.getAttribute("aria-pressed") ?? null,
        checked: element instanceof HTMLInputElement ? element.checked : null,
        value:
          element instanceof HTMLInputElement ||
          element instanceof HTMLSelectElement ||
          element instanceof HTMLTextAreaElement
            ? element.value
            : null,
        open: details instanceof HTMLDetailsElement ? details.open : null,
        activeDescendant: element?.getAttribute("aria-activedescendant") ?? null,
        readOnly:
          element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element.readOnly : null,
        scroll: element ? [element.scrollTop, element.scrollLeft] : [0, 0],
        overflows: element
          ? element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1
          : false,
        popups: document.querySelectorAll('[role="listbox"], .ms-Callout, .ms-Tooltip, [role="tooltip"]').length,
        url: location.href,
      };
    },
    /** Counts DOM changes from now on (not the walk's own marks). */
    watch(): void {
      const target = window as unknown as { __pdxChanges: number; __pdxObserver?: MutationObserver };
      target.__pdxObserver?.disconnect();
      target.__pdxChanges = 0;
      target.__pdxObserver = new MutationObserver((records) => {
        target.__pdxChanges += records.filter((record) => record.attributeName !== "data-walk").length;
      });
      target.__pdxObserver.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    },
    finish(): { unreached: string[]; invisibleFocus: string[] } {
      (document.activeElement as HTMLElement | null)?.blur?.();
      const reached = new Set([...seen, ...touched]);
      const radioGroups = new Set(
        seen
          .filter((element) => element instanceof HTMLInputElement && element.type === "radio")
          .map((element) => (element as HTMLInputElement).name),
      );
      // A reached element a read replaced or re-rendered since (Load more, once the next page is
      // in) is the same stop for the user: an element with the role and name of a reached stop
      // counts as reached.
      const replaced = new Set(seen.map((element) => describe(element)));
      const unreached = Array.from(document.querySelectorAll(focusableSelector))
        .filter((element) => !reached.has(element) && !replaced.has(describe(element)))
        .filter(
          (element) =>
            !(element instanceof HTMLInputElement && element.type === "radio" && radioGroups.has(element.name)),
        )
        // A closed details' content (its summary aside) and anything not rendered cannot take focus.
        .filter((element) => {
          const closed = element.closest("details:not([open])");
          if (closed && !closed.querySelector(":scope > summary")?.contains(element)) return false;
          return element.getClientRects().length > 0 && hiddenReason(element, false) === undefined;
        })
        .map((element) => `${describe(element)} <${element.tagName.toLowerCase()}>`);
      const invisibleFocus = seen
        .map((element, index) => ({ element, index }))
        .filter(({ element, index }) => element.isConnected && focusStyles(element) === focusedStyles[index])
        .map(({ element, index }) => `#${index} ${describe(element)}`);
      return { unreached, invisibleFocus };
    },
  };
}

/** Tabs through the page from the top and returns what it saw (page state otherwise untouched). */
export async function walkTabs(page: Page): Promise<Walk> {
  await page.evaluate(walkScript);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
  });
  const stops: TabStop[] = [];
  let wrapped = false;
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() =>
      (window as unknown as { __pdxWalk: { step(): TabStop | null } }).__pdxWalk.step(),
    );
    if (!stop) {
      wrapped = true;
      break;
    }
    stops.push(stop);
    // A stop that started a read (Load more scrolled into view): wait for it, as a user would.
    if (!(await page.evaluate(() => (window as unknown as { __pdxPreview: { idle(): boolean } }).__pdxPreview.idle())))
      await waitForIdle(page);
  }
  const finished = await page.evaluate(() =>
    (
      window as unknown as { __pdxWalk: { finish(): { unreached: string[]; invisibleFocus: string[] } } }
    ).__pdxWalk.finish(),
  );
  return { stops, wrapped, ...finished };
}

const label = (stop: TabStop): string => `#${stop.index} ${stop.role} "${stop.name}"`;

/** The walk's findings as messages; none on a page that passes. */
export function walkProblems(walk: Walk): string[] {
  return [
    ...(walk.wrapped ? [] : [`focus never came back to the start within ${maxPresses} presses`]),
    ...(walk.stops.length === 0 ? ["Tab reached nothing"] : []),
    ...walk.unreached.map((element) => `not reached by Tab: ${element}`),
    ...walk.invisibleFocus.map((stop) => `focus not visible: ${stop}`),
    ...walk.stops
      .filter((stop) => stop.hidden)
      .map((stop) => `focus on a hidden element: ${label(stop)} (${stop.hidden})`),
    ...walk.stops
      .filter((stop) => stop.backwards)
      .map((stop) => `out of reading order: ${label(stop)} ${stop.backwards}`),
    ...walk.stops.filter((stop) => !stop.name).map((stop) => `a stop without a name: ${label(stop)} <${stop.tag}>`),
  ];
}

async function openPage(preview: PreviewPage, query: Record<string, string> = {}): Promise<OpenedPage> {
  const opened = await session.open({ ...preview.query, ...query }, preview.options);
  await preview.settle?.(opened.page);
  await assertHealthy(opened);
  return opened;
}

/** Tab stops per page, for the report line each walk prints. */
export const stopCounts = new Map<string, number>();

/** Every page left to right; a form and a list also right to left, where the reading order mirrors. */
const directions: readonly { name: string; query: Record<string, string> }[] = [
  { name: "", query: {} },
  { name: ", right to left", query: { rtl: "1" } },
];

describe("tab walk: every page from the keyboard", () => {
  for (const preview of previewPages) {
    for (const direction of preview.name === "delivery form, complete" ||
    preview.name.startsWith("app, Deliveries: Active")
      ? directions
      : directions.slice(0, 1)) {
      it(`${preview.name}${direction.name}: Tab reaches every interactive element in reading order, focus visible, never hidden`, async () => {
        const opened = await openPage(preview, direction.query);
        try {
          const walk = await walkTabs(opened.page);
          stopCounts.set(`${preview.name}${direction.name}`, walk.stops.length);
          console.log(`# tab stops: ${preview.name}${direction.name}: ${walk.stops.length}`);
          assert.deepEqual(walkProblems(walk), [], walk.stops.map(label).join("\n"));
        } finally {
          await opened.close();
        }
      });
    }
  }
});

interface FocusState {
  focused: string;
  focusedElement: number;
  expanded: string | null;
  pressed: string | null;
  checked: boolean | null;
  value: string | null;
  open: boolean | null;
  activeDescendant: string | null;
  readOnly: boolean | null;
  /** The focused element's scrollTop and scrollLeft, and whether its content overflows it. */
  scroll: [number, number];
  overflows: boolean;
  popups: number;
  url: string;
}

interface WalkApi {
  find(index: number, role: string, name: string, occurrence: number): boolean;
  state(): FocusState;
  watch(): void;
}

const stateOf = (page: Page): Promise<FocusState> =>
  page.evaluate(() => (window as unknown as { __pdxWalk: WalkApi }).__pdxWalk.state());

/** Waits up to two seconds (and the round trips) for `done` to hold, polling the page's state. */
async function until(page: Page, done: (state: FocusState, changes: number) => boolean): Promise<FocusState> {
  let state = await stateOf(page);
  for (let tries = 0; tries < 40; tries += 1) {
    const changes = await page.evaluate(() => (window as unknown as { __pdxChanges: number }).__pdxChanges);
    if (done(state, changes)) return state;
    await page.waitForTimeout(50);
    state = await stateOf(page);
  }
  return state;
}

/**
 * Back to the address the page had, when a key navigated away: history, as a user would, or
 * (when the key replaced the entry) the address again, with the walk's helpers.
 */
async function restore(page: Page, url: string): Promise<void> {
  if (page.url() === url) return;
  await page.evaluate(() => history.back());
  const back = await page
    .waitForFunction((wanted) => location.href === wanted, url, { timeout: 3_000 })
    .then(() => true)
    .catch(() => false);
  if (!back) {
    await page.goto(url);
    await page.evaluate(walkScript);
  }
  await waitForIdle(page);
}

/** What the operating tests did, by kind, for the line each prints. */
const tally = new Map<string, number>();
const done = (kind: string): undefined => {
  tally.set(kind, (tally.get(kind) ?? 0) + 1);
  return undefined;
};

/**
 * Operates one stop from the keyboard and says what went wrong (nothing when it worked). A
 * link, a select and a checkbox of the preview's own chrome navigate; the rest act in place.
 */
async function operate(page: Page, stop: TabStop, occurrence: number, start: string): Promise<string | undefined> {
  const what = label(stop);
  const found = await page.evaluate(
    ([index, role, name, nth]) =>
      (window as unknown as { __pdxWalk: WalkApi }).__pdxWalk.find(
        index as number,
        role as string,
        name as string,
        nth as number,
      ),
    [stop.index, stop.role, stop.name, occurrence] as const,
  );
  if (!found) return `${what}: no longer on the page`;
  const before = await stateOf(page);
  await page.evaluate(() => (window as unknown as { __pdxWalk: WalkApi }).__pdxWalk.watch());
  const press = async (key: string): Promise<void> => {
    await page.keyboard.press(key);
  };
  if (stop.group) {
    // A roving group: an arrow key moves to another member (or the active descendant changes).
    for (const key of ["ArrowDown", "ArrowRight", "ArrowLeft", "ArrowUp"]) {
      await press(key);
      const after = await until(
        page,
        (state) =>
          state.focusedElement !== before.focusedElement ||
          state.focused !== before.focused ||
          state.activeDescendant !== before.activeDescendant,
      );
      if (
        after.focused !== before.focused ||
        after.activeDescendant !== before.activeDescendant ||
        after.focusedElement !== before.focusedElement
      ) {
        const back = { ArrowDown: "ArrowUp", ArrowRight: "ArrowLeft", ArrowLeft: "ArrowRight", ArrowUp: "ArrowDown" }[
          key
        ];
        if (back) await press(back);
        return done("arrows in a group");
      }
    }
    const members = await page.evaluate(() => {
      const element = document.activeElement;
      const group = element?.closest(
        '[role="grid"], [role="listbox"], [role="tree"], [role="tablist"], [role="menu"], ul.pdx-cd-list, [role="group"]',
      );
      return group ? group.querySelectorAll("[tabindex], button, a[href]").length : 0;
    });
    // A second stop inside a group's item (a card's Open button) acts as a button does.
    if (members > 1 && stop.role !== "button" && stop.role !== "link")
      return `${what}: no arrow key moves within ${stop.group}`;
    if (members <= 1) return done("a group of one");
  }
  if (stop.tag === "select") {
    await press("ArrowDown");
    let after = await until(page, (state) => state.value !== before.value);
    if (after.value === before.value) {
      await press("ArrowUp");
      after = await until(page, (state) => state.value !== before.value);
    }
    if (after.value === before.value) return `${what}: the arrow keys do not change its value`;
    if (after.url === before.url) return `${what}: a new value changed nothing`;
    await restore(page, start);
    return done("select by arrows");
  }
  if (stop.role === "checkbox" || stop.role === "switch") {
    await press("Space");
    const after = await until(page, (state) => state.checked !== before.checked || state.pressed !== before.pressed);
    if (after.checked === before.checked && after.pressed === before.pressed)
      return `${what}: Space does not toggle it`;
    await press("Space");
    await until(page, (state) => state.checked === before.checked);
    await restore(page, start);
    return done("checkbox by Space");
  }
  if (stop.tag === "input" || stop.tag === "textarea") {
    if (stop.role === "combobox") {
      // The chips' field: typing opens the suggestions, Escape closes them.
      await page.keyboard.type("C");
      const open = await until(page, (state) => state.expanded === "true");
      if (open.expanded !== "true") return `${what}: typing opens no suggestions`;
      await press("Escape");
      const closed = await until(page, (state) => state.expanded !== "true");
      if (closed.expanded === "true") return `${what}: Escape does not close the suggestions`;
      await press("Backspace");
      return done("combobox: typing opens, Escape closes");
    }
    await press("End");
    await page.keyboard.type("q");
    if (before.readOnly) {
      // A field the form scripts made read-only takes no typing.
      const kept = await stateOf(page);
      return kept.value === before.value
        ? done("read-only field: typing refused")
        : `${what}: a read-only field took typing`;
    }
    const typed = await until(page, (state) => state.value !== before.value);
    if (typed.value !== `${before.value ?? ""}q`) return `${what}: typing "q" gave ${JSON.stringify(typed.value)}`;
    await press("Backspace");
    const cleared = await until(page, (state) => state.value === before.value);
    if (cleared.value !== before.value) return `${what}: Backspace did not take the "q" back`;
    return done("field: typing");
  }
  if (stop.role === "combobox") {
    // Fluent's Dropdown: Enter opens its list, Escape closes it and focus comes back.
    await press("Enter");
    const open = await until(page, (state) => state.popups > before.popups);
    if (open.popups <= before.popups) return `${what}: Enter opens no list`;
    await press("Escape");
    // Fluent gives focus back once the list has gone, a moment later.
    const closed = await until(page, (state) => state.popups === before.popups && state.focused === before.focused);
    if (closed.popups !== before.popups) return `${what}: Escape does not close its list`;
    if (closed.focused !== before.focused) return `${what}: after Escape focus is on ${closed.focused}`;
    return done("dropdown: Enter opens, Escape closes");
  }
  if (stop.tag === "summary") {
    await press("Enter");
    const after = await until(page, (state) => state.open !== before.open);
    if (after.open === before.open) return `${what}: Enter does not open or close its details`;
    await press("Enter");
    await until(page, (state) => state.open === before.open);
    return done("summary by Enter");
  }
  if (stop.expanded !== null && stop.expanded !== undefined) {
    // A disclosure; a tooltip it shows on focus closes with Escape first.
    if (before.popups > 0) {
      await press("Escape");
      const closed = await until(page, (state) => state.popups === 0);
      if (closed.popups !== 0) return `${what}: Escape does not close its tooltip`;
      done("tooltip: Escape closes");
    }
    await press("Space");
    const after = await until(page, (state) => state.expanded !== before.expanded);
    if (after.expanded === before.expanded) return `${what}: Space does not change aria-expanded`;
    await press("Space");
    await until(page, (state) => state.expanded === before.expanded);
    return done("disclosure by Space");
  }
  if (stop.pressed !== null && stop.pressed !== undefined) {
    await press("Space");
    const after = await until(page, (state) => state.pressed !== before.pressed);
    if (after.pressed === before.pressed) return `${what}: Space does not change aria-pressed`;
    await press("Space");
    await until(page, (state) => state.pressed === before.pressed);
    return done("toggle by Space");
  }
  if (stop.tag === "div" && !stop.role.startsWith("button")) {
    // A scrolling region with a tab stop of its own: the arrow keys scroll it when its content overflows.
    if (!before.overflows) return done("scroll region (no overflow)");
    for (const key of ["ArrowDown", "ArrowRight", "ArrowLeft"]) {
      await press(key);
      const after = await until(page, (state) => state.scroll.join() !== before.scroll.join());
      if (after.scroll.join() !== before.scroll.join()) return done("scroll region by arrows");
    }
    return `${what}: overflows, yet no arrow key scrolls it`;
  }
  // A link or a plain button: Enter does something the page shows (a navigation, a status, a change).
  await press("Enter");
  const after = await until(page, (state, changes) => state.url !== before.url || changes > 0);
  const changes = await page.evaluate(() => (window as unknown as { __pdxChanges: number }).__pdxChanges);
  if (after.url === before.url && changes === 0) return `${what}: Enter changes nothing on the page`;
  await restore(page, start);
  return done("button or link by Enter");
}

/** Operates every stop of a walk, the ones that navigate last; the problems found. */
export async function operateAll(page: Page, walk: Walk): Promise<{ problems: string[]; operated: number }> {
  const start = page.url();
  tally.clear();
  const occurrences = new Map<string, number>();
  const withOccurrence = walk.stops.map((stop) => {
    const key = `${stop.role}|${stop.name}`;
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    return { stop, occurrence };
  });
  const navigates = ({ stop }: { stop: TabStop }): boolean =>
    stop.tag === "a" || stop.tag === "select" || (stop.tag === "input" && stop.type === "checkbox");
  const ordered = [...withOccurrence.filter((entry) => !navigates(entry)), ...withOccurrence.filter(navigates)];
  const problems: string[] = [];
  for (const { stop, occurrence } of ordered) {
    const problem = await operate(page, stop, occurrence, start).catch(
      (error: Error) => `${label(stop)}: ${error.message.split("\n")[0]}`,
    );
    if (problem) problems.push(problem);
  }
  return { problems, operated: ordered.length };
}

/** A page of each kind: the delivery form (with its overflow chip), the contact form, a list, a row's form, the dashboard. */
const operatedPages = [
  "delivery form, complete",
  "delivery form, broken:dispositions-at-limit",
  "contact form, contact:40-deliveries",
  "app, Deliveries: Active Deliveries",
  "app, an attribute's form",
  "insights dashboard",
];

describe("tab walk: operating every element from the keyboard", () => {
  for (const name of operatedPages) {
    const preview = previewPages.find((candidate) => candidate.name === name);
    it(`${name}: Enter or Space on every button and toggle, arrows in every group, Escape on every popup, typing in every field`, async () => {
      assert.ok(preview, `${name} is a preview page`);
      const opened = await openPage(preview);
      try {
        const walk = await walkTabs(opened.page);
        const { problems, operated } = await operateAll(opened.page, walk);
        console.log(
          `# operated: ${name}: ${operated} stops (${[...tally].map(([kind, count]) => `${kind} ${count}`).join(", ")})`,
        );
        assert.deepEqual(problems, []);
        assert.deepEqual(opened.consoleErrors, [], "no console errors");
      } finally {
        await opened.close();
      }
    });
  }
});
