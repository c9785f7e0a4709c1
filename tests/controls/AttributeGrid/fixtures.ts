import { screen } from "@testing-library/react";
import { InjectionMode, Stylesheet } from "@fluentui/react";
import { AttributeNames, AttributeTypeChoice } from "../../../domain/tables/names";
import { AttributeGrid } from "../../../controls/AttributeGrid";
import type { IInputs, IOutputs } from "../../../controls/AttributeGrid/generated/ManifestTypes";
import {
  createDataset,
  mountWithContext,
  type ControlHarness,
  type MockContextOptions,
  type MockDataset,
  type MockDatasetSpec,
  type MockRecordSpec,
  type MountOptions,
} from "../../support/pcfContext";

export type AttributeSpec = { keyword: string | null; value: string | null; type: number | string | null };

let nextId = 0;

export function attribute(
  keyword: string | null,
  value: string | null,
  type: number | string | null = AttributeTypeChoice.input,
): AttributeSpec {
  return { keyword, value, type };
}

export function resultAttribute(keyword: string, value: string): AttributeSpec {
  return attribute(keyword, value, AttributeTypeChoice.result);
}

export function records(specs: AttributeSpec[]): MockRecordSpec[] {
  return specs.map((spec) => ({
    id: `attr-${nextId++}`,
    values: {
      [AttributeNames.keyword]: spec.keyword,
      [AttributeNames.value]: spec.value,
      [AttributeNames.type]: spec.type as number | null,
    },
  }));
}

/** The attributes subgrid as the form binds it: property-set names as column aliases. */
export function attributesDataset(specs: AttributeSpec[], overrides: Partial<MockDatasetSpec> = {}): MockDataset {
  return createDataset({
    entityName: AttributeNames.table,
    columns: [
      { name: AttributeNames.keyword, alias: "keyword", isPrimary: true },
      { name: AttributeNames.value, alias: "value" },
      { name: AttributeNames.type, alias: "type", dataType: "OptionSet" },
    ],
    records: records(specs),
    pageSize: 5000,
    ...overrides,
  });
}

export type GridHarness = ControlHarness<IInputs, IOutputs>;

export function mountGrid(
  dataset: MockDataset,
  options: Partial<MockContextOptions> = {},
  host: MountOptions = {},
): GridHarness {
  return mountWithContext<IInputs, IOutputs>(
    AttributeGrid,
    { controlName: "AttributeGrid", ...options, parameters: { attributes: dataset } },
    host,
  );
}

export interface GridMounter {
  (...args: Parameters<typeof mountGrid>): GridHarness;
  /** For a test that destroyed its grid itself: nothing is left to clean up. */
  forget(): void;
}

/**
 * Mounts one grid at a time for a test file: mounting again destroys the previous grid, and
 * whatever is still mounted is destroyed after each test.
 */
export function gridPerTest(): GridMounter {
  let current: GridHarness | undefined;
  const release = () => {
    current?.destroy();
    current = undefined;
  };
  afterEach(() => {
    release();
    jest.restoreAllMocks();
  });
  const mount = (...args: Parameters<typeof mountGrid>): GridHarness => {
    release();
    current = mountGrid(...args);
    return current;
  };
  return Object.assign(mount, { forget: () => void (current = undefined) });
}

// jsdom's getComputedStyle walks every injected rule; role queries would spend seconds on
// Fluent's CSS, which these behaviour tests do not look at.
Stylesheet.getInstance().setConfig({ injectionMode: InjectionMode.none });

/**
 * A group header's toggle button by its accessible name ("Input (3)"). Found by label rather
 * than role: computing the name of every data row for a role query is slow in jsdom.
 */
export function groupHeader(name: string): HTMLElement {
  return screen.getByLabelText(name, { selector: "button" });
}

export function queryGroupHeader(name: string): HTMLElement | null {
  return screen.queryByLabelText(name, { selector: "button" });
}

/** Keywords of the data rows currently in the DOM, top to bottom. */
export function renderedKeywords(): string[] {
  return Array.from(document.querySelectorAll<HTMLElement>('[role="rowheader"]')).map((cell) => cell.textContent ?? "");
}

/** The data row whose keyword cell shows `keyword`. */
export function dataRow(keyword: string): HTMLElement {
  const cell = Array.from(document.querySelectorAll<HTMLElement>('[role="rowheader"]')).find(
    (candidate) => candidate.textContent === keyword,
  );
  if (!cell) throw new Error(`no row for ${keyword}`);
  return cell.closest('[role="row"]') as HTMLElement;
}

/** The grid element (the scroll container) and its rows' rowgroup. */
export function gridElement(): HTMLElement {
  return document.querySelector<HTMLElement>('[role="grid"]') as HTMLElement;
}

export function rowIndexes(): number[] {
  return Array.from(gridElement().querySelectorAll<HTMLElement>("[aria-rowindex]")).map((row) =>
    Number(row.getAttribute("aria-rowindex")),
  );
}
