/**
 * The delivery form as xrm-mock builds it: every field and section of the real form definition
 * (solution/definitions/forms.ts), English strings from the resx file, and a scripted Web API.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XrmMockGenerator } from "xrm-mock";
import { parseResx } from "../../pcf-host/resx";
import { deliveryMainForm } from "../../solution/definitions/forms";
import { DeliveryNames as D } from "../../domain/tables/names";

export const deliveryId = "1f0e2d3c-4b5a-4698-8776-655443322110";

export function loadFormStrings(languageCode: number): Map<string, string> {
  const file = path.resolve(
    __dirname,
    "..",
    "..",
    "webresources",
    "deliveryForm",
    "strings",
    `deliveryForm.${languageCode}.resx`,
  );
  return parseResx(fs.readFileSync(file, "utf8"));
}

export const english = loadFormStrings(1033);

/** The English text of a key with its placeholders filled, as the script should show it. */
export function text(key: string, ...values: Array<string | number>): string {
  const template = english.get(key);
  if (template === undefined) throw new Error(`no string ${key}`);
  return template.replace(/\{(\d+)\}/g, (_whole, index: string) => String(values[Number(index)]));
}

const dateColumns = new Set<string>([
  D.windowStartDate,
  D.windowEndDate,
  D.startDate,
  D.endDate,
  D.resultDate,
  D.channelSentDate,
  D.earliestScheduleDate,
  D.expirationDate,
]);

export type FormValues = Partial<Record<string, string | Date | null>>;

export interface DeliveryForm {
  formContext: Xrm.FormContext;
  executionContext: Xrm.Events.EventContext;
  retrieveMultipleRecords: jest.Mock;
  getResourceString: jest.Mock;
  notifications(): Array<{ message: string; level: string; uniqueId: string }>;
  saveContext(): { context: Xrm.Events.SaveEventContext; preventDefault: jest.Mock };
}

/** Every field cell of the form, with its section and tab. */
export function formFields(): Array<{ tab: string; section: string; column: string }> {
  return deliveryMainForm.tabs.flatMap((tab) =>
    tab.sections.flatMap((section) =>
      section.cells.flatMap((cell) =>
        cell.kind === "field" ? [{ tab: tab.name, section: section.name, column: cell.column }] : [],
      ),
    ),
  );
}

export function createDeliveryForm(values: FormValues, options: { id?: string } = {}): DeliveryForm {
  XrmMockGenerator.initialise({
    entity: { id: options.id ?? `{${deliveryId.toUpperCase()}}`, entityName: D.table },
  });
  for (const tab of deliveryMainForm.tabs) {
    const sections = new Map<string, Xrm.Controls.Control[]>();
    for (const section of tab.sections) {
      const controls: Xrm.Controls.Control[] = [];
      for (const cell of section.cells) {
        if (cell.kind !== "field") continue;
        const value = values[cell.column] ?? null;
        const attribute = dateColumns.has(cell.column)
          ? XrmMockGenerator.Attribute.createDate(
              { name: cell.column, value: value instanceof Date ? value : undefined },
              [{ name: cell.column }, { name: `header_${cell.column}` }],
            )
          : XrmMockGenerator.Attribute.createString(
              // Room beyond the column's length, so a test can hand the script a value that is too long.
              { name: cell.column, value: value as string | undefined, maxLength: 10_000 },
              [{ name: cell.column }, { name: `header_${cell.column}` }],
            );
        controls.push(attribute.controls.get(0) as unknown as Xrm.Controls.Control);
      }
      sections.set(section.name, controls);
    }
    const sectionMocks = tab.sections.map((section) =>
      XrmMockGenerator.Section.createSection(section.name, section.label[1033], true, undefined, undefined),
    );
    XrmMockGenerator.Tab.createTab(tab.name, tab.label[1033], true, "expanded", undefined, undefined);
    const tabMock = XrmMockGenerator.getFormContext().ui.tabs.get(tab.name)!;
    for (const section of sectionMocks) {
      (tabMock.sections as unknown as { push(item: Xrm.Controls.Section): void }).push(section);
    }
  }
  const retrieveMultipleRecords = jest.fn();
  const getResourceString = jest.fn((_resource: string, key: string) => english.get(key) ?? null);
  Xrm.WebApi.retrieveMultipleRecords = retrieveMultipleRecords;
  Xrm.Utility.getResourceString = getResourceString as unknown as typeof Xrm.Utility.getResourceString;
  const formContext = XrmMockGenerator.getFormContext() as unknown as Xrm.FormContext;
  // xrm-mock replaces an empty id with a made-up one; a new record's form really has "".
  if (options.id === "") (formContext.data.entity as unknown as { id: string }).id = "";
  const executionContext = XrmMockGenerator.getEventContext() as unknown as Xrm.Events.EventContext;
  return {
    formContext,
    executionContext,
    retrieveMultipleRecords,
    getResourceString,
    notifications: () =>
      ((formContext.ui as unknown as { formNotifications?: [] }).formNotifications ?? []) as Array<{
        message: string;
        level: string;
        uniqueId: string;
      }>,
    saveContext: () => {
      const preventDefault = jest.fn();
      const context = {
        getFormContext: () => formContext,
        getEventArgs: () => ({ preventDefault }),
      } as unknown as Xrm.Events.SaveEventContext;
      return { context, preventDefault };
    },
  };
}

/** Lets the onLoad handler's Web API answer and everything after it run. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function answerWith(form: DeliveryForm, row: Record<string, unknown> | undefined): void {
  form.retrieveMultipleRecords.mockResolvedValue({ entities: row ? [row] : [] });
}

/** The form's tab, section or control by name; a missing one fails the test where it is used. */
export function tabOf(form: DeliveryForm, name: string): Xrm.Controls.Tab {
  const tab = form.formContext.ui.tabs.get(name);
  if (!tab) throw new Error(`no tab ${name}`);
  return tab;
}

export function sectionOf(form: DeliveryForm, tab: string, name: string): Xrm.Controls.Section {
  const section = tabOf(form, tab).sections.get(name);
  if (!section) throw new Error(`no section ${name}`);
  return section;
}

export function controlOf<T extends Xrm.Controls.Control = Xrm.Controls.StandardControl>(
  form: DeliveryForm,
  name: string,
): T {
  const control = form.formContext.getControl<T>(name);
  if (!control) throw new Error(`no control ${name}`);
  return control;
}

export function attributeOf(form: DeliveryForm, name: string): Xrm.Attributes.Attribute {
  const attribute = form.formContext.getAttribute(name);
  if (!attribute) throw new Error(`no attribute ${name}`);
  return attribute;
}
