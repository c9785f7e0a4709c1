/**
 * Every page the preview shows, as the addresses that open it (preview/app/urlState.ts): the
 * delivery form on each representative and each broken record of the sample catalogue (the form
 * scripts' notifications and the related records come with them), the contact form on each
 * featured contact, the app shell's lists (every view of every subarea, a second list page), a
 * row's form inside the shell (delivery, attribute, contact), its dashboard entry, and the
 * insights dashboard. The records come from the sample data, so a record added to the catalogue
 * is checked without a change here. The benchmark page (?page=bench) is not listed: it is
 * reachable by address only, shows no controls until a benchmark script mounts one, and is no
 * page a user sees.
 */
import type { Page } from "playwright-core";
import { AttributeNames as A } from "../../domain/tables";
import { selectionOf } from "../../preview/app/appShell/model";
import { normalizeId } from "../../preview/data";
import { appShell } from "../../preview/server/appShell";
import type { OpenOptions } from "./harness";
import { expected, session } from "./session";

export interface PreviewPage {
  /** Names the page in a test's title: "delivery form, broken:html-injection". */
  name: string;
  /** File name part for screenshots. */
  file: string;
  query: Readonly<Record<string, string>>;
  options?: OpenOptions;
  /** Waits for what the page loads after its controls mount (the dashboard's figures). */
  settle?(page: Page): Promise<void>;
}

const shell = appShell();

/** The dashboard's default period ends at the browser's now: pinned to the sample's instant. */
const dashboardOptions: OpenOptions = { clock: session.now };
const dashboardSettled = async (page: Page): Promise<void> => {
  await page.waitForSelector('.pdx-insights[data-state="complete"]', { timeout: 30_000 });
};

function deliveryForms(): PreviewPage[] {
  return [...expected.data.featured, ...expected.data.broken].map((entry) => ({
    name: `delivery form, ${entry.key}`,
    file: `delivery-${entry.key.replace(":", "-")}`,
    query: { record: entry.key },
  }));
}

function contactForms(): PreviewPage[] {
  return expected.data.featuredContacts.map((entry) => ({
    name: `contact form, ${entry.key}`,
    file: entry.key.replace(":", "-"),
    query: { page: "contact", record: entry.key },
  }));
}

function appPages(): PreviewPage[] {
  const listed: PreviewPage[] = [];
  for (const area of shell.areas)
    for (const group of area.groups)
      for (const subarea of group.subareas) {
        const selection = selectionOf(shell, { subarea: subarea.id });
        if (subarea.dashboardId !== undefined) {
          listed.push({
            name: `app, ${subarea.title}`,
            file: `app-${subarea.id}`,
            query: { page: "app", subarea: subarea.id },
            options: dashboardOptions,
            settle: dashboardSettled,
          });
          continue;
        }
        const views = selection?.views ?? [];
        if (views.length === 0)
          listed.push({
            name: `app, ${subarea.title}`,
            file: `app-${subarea.id}`,
            query: { page: "app", subarea: subarea.id },
          });
        for (const view of views)
          listed.push({
            name: `app, ${subarea.title}: ${view.name}`,
            file: `app-${subarea.id}-${normalizeId(view.id).slice(0, 8)}`,
            query: { page: "app", subarea: subarea.id, view: view.id },
          });
      }
  const deliveries = "subarea_deliveries";
  const attributes = "subarea_delivery_attributes";
  const contacts = "subarea_contacts";
  const attribute = expected.attributes("complete")[0];
  const contact = expected.data.featuredContacts.find((entry) => entry.key === "contact:40-deliveries");
  listed.push(
    {
      name: "app, Deliveries, list page 2",
      file: "app-deliveries-page-2",
      query: { page: "app", subarea: deliveries, list: "2" },
    },
    {
      name: "app, a delivery's form",
      file: "app-delivery-form",
      query: { page: "app", subarea: deliveries, record: normalizeId(expected.entry("complete").id) },
    },
    {
      name: "app, an attribute's form",
      file: "app-attribute-form",
      query: { page: "app", subarea: attributes, record: normalizeId(String(attribute[A.id])) },
    },
  );
  if (contact)
    listed.push({
      name: "app, a contact's form",
      file: "app-contact-form",
      query: { page: "app", subarea: contacts, record: normalizeId(contact.id) },
    });
  return listed;
}

export const previewPages: readonly PreviewPage[] = [
  ...deliveryForms(),
  ...contactForms(),
  ...appPages(),
  {
    name: "insights dashboard",
    file: "dashboard",
    query: { page: "dashboard" },
    options: dashboardOptions,
    settle: dashboardSettled,
  },
];
