import { AttributeNames as A, AttributeTypeChoice, ContactNames as C, DeliveryNames as D } from "../../domain/tables";
import { formattingFor } from "../../pcf-host/formatting";
import { proactiveEngagementApp } from "../../solution/definitions/appModule";
import { ViewIds } from "../../solution/definitions/ids";
import { proactiveEngagementSiteMap } from "../../solution/definitions/siteMap";
import { rowsOfView } from "../../solution/definitions/viewQuery";
import { attributeViews, deliveryViews, experienceViews } from "../../solution/definitions/views";
import { cellText, type CellTextContext } from "../../preview/app/appShell/cellText";
import { appShellElementId, readEmbeddedAppShell } from "../../preview/app/appShell/embedded";
import {
  contactsStandInView,
  describeView,
  rowsOfList,
  sameId,
  selectionOf,
  shellState,
  subareaOfTable,
} from "../../preview/app/appShell/model";
import { listPageOf, listPageSize, rowCountLine } from "../../preview/app/appShell/paging";
import { readState, writeState, type PreviewState } from "../../preview/app/urlState";
import { appShell, appShellOf } from "../../preview/server/appShell";
import { attributeStoreTable, deliveryStoreTable, generateSampleData, SampleStore, type Row } from "../../preview/data";
import { contactStoreTable } from "../../preview/data/relatedStoreTables";

const shell = appShell();
const data = generateSampleData();
const store = new SampleStore(data);
const ids = (rows: readonly Row[], key: string): string[] => rows.map((row) => String(row[key]));
const base = readState("?page=app");

describe("app shell: what the server embeds", () => {
  it("is the packaged app's site map: every area, group and subarea in order, by id and title", () => {
    expect(shell.appName).toBe(proactiveEngagementApp.displayName);
    expect(shell.appUniqueName).toBe(proactiveEngagementApp.uniqueName);
    const outline = (areas: { id: string; title: string; groups: unknown[] }[]): unknown => areas;
    expect(
      outline(
        shell.areas.map((area) => ({
          id: area.id,
          title: area.title,
          groups: area.groups.map((group) => ({
            id: group.id,
            title: group.title,
            subAreas: group.subareas.map((subarea) => [subarea.id, subarea.title, subarea.table]),
          })),
        })),
      ),
    ).toEqual(
      proactiveEngagementSiteMap.areas.map((area) => ({
        id: area.id,
        title: area.title,
        groups: area.groups.map((group) => ({
          id: group.id,
          title: group.title,
          subAreas: group.subAreas.map((entry) => [entry.id, entry.title, "table" in entry ? entry.table : undefined]),
        })),
      })),
    );
  });

  it("offers each table the app's views of it, in the app's order, opening on the site map's view", () => {
    const appViewIds = proactiveEngagementApp.components.flatMap((component) =>
      component.type === "view" ? [component.id] : [],
    );
    for (const area of proactiveEngagementSiteMap.areas) {
      for (const group of area.groups) {
        for (const entry of group.subAreas) {
          const embedded = shell.areas
            .flatMap((candidate) => candidate.groups.flatMap((g) => g.subareas))
            .find((subarea) => subarea.id === entry.id);
          if (entry.kind === "dashboard") {
            // A dashboard entry opens the preview's dashboard page, with the dashboard's id.
            expect(embedded?.table).toBeUndefined();
            expect(embedded?.dashboardId).toBe(entry.dashboardId);
            expect(embedded?.viewIds).toEqual([]);
            continue;
          }
          const expectedIds = appViewIds.filter(
            (id) => experienceViews.find((view) => sameId(view.id, id))?.table === entry.table,
          );
          expect(embedded?.viewIds).toEqual(expectedIds);
          expect(embedded?.defaultViewId).toBe(entry.kind === "view" ? entry.viewId : undefined);
        }
      }
    }
    // The views travel whole: columns, conditions, or-groups and ordering as the solution defines them.
    expect(shell.views).toEqual(appViewIds.map((id) => experienceViews.find((view) => sameId(view.id, id))));
    expect(JSON.parse(JSON.stringify(shell))).toEqual(shell);
  });

  it("stops on an app that lists a view the solution does not define, or another site map", () => {
    const broken = {
      ...proactiveEngagementApp,
      components: [
        ...proactiveEngagementApp.components,
        { type: "view" as const, id: "{00000000-0000-0000-0000-000000000001}" },
      ],
    };
    expect(() => appShellOf(broken, proactiveEngagementSiteMap, experienceViews)).toThrow(
      /lists view \{00000000-0000-0000-0000-000000000001\}/,
    );
    expect(() =>
      appShellOf({ ...proactiveEngagementApp, siteMap: "pdx_Other" }, proactiveEngagementSiteMap, experienceViews),
    ).toThrow(/site map is pdx_Other/);
  });

  it("is read from the page's element, and is nothing outside a page", () => {
    expect(appShellElementId).toBe("preview-app-shell");
    expect(readEmbeddedAppShell()).toBeUndefined();
  });
});

/** Where the app opens: the site map's first entry. */
const opening = proactiveEngagementSiteMap.areas[0].groups[0].subAreas[0];

describe("app shell: which list an address shows", () => {
  it("opens on the site map's first entry, as the app does", () => {
    const selection = selectionOf(shell, base);
    expect(selection?.subarea.id).toBe(opening.id);
    if (opening.kind === "dashboard") {
      expect(selection?.subarea.dashboardId).toBe(opening.dashboardId);
      expect(selection?.view).toBeUndefined();
    } else {
      expect(selection?.view?.id).toBe(opening.kind === "view" ? opening.viewId : undefined);
    }
  });

  it("opens Deliveries on the Active view, the other delivery views in the switcher", () => {
    const selection = selectionOf(shell, { subarea: "subarea_deliveries" });
    expect(selection?.view?.id).toBe(ViewIds.deliveryActive);
    expect(selection?.views.map((view) => view.name)).toEqual(deliveryViews.map((view) => view.name));
    expect(selection?.standIn).toBe(false);
  });

  it("takes the subarea and the view from the address; a view id in any spelling; else the subarea's default", () => {
    const attributes = selectionOf(shell, { subarea: "subarea_delivery_attributes" });
    expect(attributes?.view?.id).toBe(ViewIds.attributeAll);
    expect(attributes?.views.map((view) => view.id)).toEqual(attributeViews.map((view) => view.id));
    const upper = ViewIds.deliveryExpired.toUpperCase().replace(/[{}]/g, "");
    expect(selectionOf(shell, { subarea: "subarea_deliveries", view: upper })?.view?.id).toBe(ViewIds.deliveryExpired);
    // A view of another table, or no view at all, falls back to the subarea's own default.
    expect(selectionOf(shell, { subarea: "subarea_deliveries", view: ViewIds.attributeInput })?.view?.id).toBe(
      ViewIds.deliveryActive,
    );
    expect(selectionOf(shell, { subarea: "subarea_deliveries", view: "nonsense" })?.view?.id).toBe(
      ViewIds.deliveryActive,
    );
    expect(selectionOf(shell, { subarea: "no-such-subarea" })?.subarea.id).toBe(opening.id);
    expect(selectionOf(shell, { area: shell.areas[0].id })?.subarea.id).toBe(opening.id);
  });

  it("lists contacts in the preview's stand-in, since the app lists no contact view", () => {
    const contacts = selectionOf(shell, { subarea: "subarea_contacts" });
    expect(contacts?.subarea.table).toBe(C.table);
    expect(contacts?.standIn).toBe(true);
    expect(contacts?.view).toBe(contactsStandInView);
    expect(contacts?.views).toEqual([contactsStandInView]);
  });

  it("finds the subarea that lists a table, for opening a lookup's row", () => {
    expect(subareaOfTable(shell, D.table)?.subarea.id).toBe("subarea_deliveries");
    expect(subareaOfTable(shell, A.table)?.subarea.id).toBe("subarea_delivery_attributes");
    expect(subareaOfTable(shell, C.table)?.subarea.id).toBe("subarea_contacts");
    expect(subareaOfTable(shell, "queue")).toBeUndefined();
  });
});

describe("app shell: the rows a list shows on the sample data", () => {
  it("are exactly what the solution's evaluator returns for each delivery and attribute view, in its order", () => {
    for (const view of shell.views) {
      const source = view.table === D.table ? data.deliveries : data.attributes;
      const key = view.table === D.table ? D.id : A.id;
      // The page reads the store's rows (a saved form shows in the list); the store holds the sample rows.
      const listed = rowsOfList(view, store.rows(view.table));
      expect(ids(listed, key)).toEqual(ids(rowsOfView(view, source), key));
    }
  });

  it("in Needs attention include the statuses outside the documented six, and the empty one", () => {
    const view = shell.views.find((candidate) => sameId(candidate.id, ViewIds.deliveryNeedsAttention));
    if (!view) throw new Error("no Needs attention view");
    const statuses = new Set(rowsOfList(view, store.rows(D.table)).map((row) => row[D.status]));
    expect(statuses).toEqual(new Set(["Error", "Complete", "OnHold", " complete ", null]));
  });

  it("of the contacts stand-in are every sample contact by full name, ignoring case as a standard table does", () => {
    const listed = rowsOfList(contactsStandInView, store.rows(C.table));
    expect(listed).toHaveLength(data.related.contact.length);
    const names = listed.map((row) => String(row[C.fullName]).toLowerCase());
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it("come 50 a page: the count line says which, the last page holds the rest", () => {
    const view = shell.views.find((candidate) => sameId(candidate.id, ViewIds.deliveryActive));
    if (!view) throw new Error("no Active view");
    const rows = rowsOfList(view, store.rows(D.table));
    const pages = Math.ceil(rows.length / listPageSize);
    expect(pages).toBeGreaterThan(2);
    const first = listPageOf(rows, undefined);
    expect(first).toMatchObject({ number: 1, pageCount: pages, first: 1, last: 50, total: rows.length });
    expect(first.rows).toEqual(rows.slice(0, 50));
    expect(first.hasPrevious).toBe(false);
    expect(first.hasNext).toBe(true);
    expect(rowCountLine(first)).toBe(`Rows 1–50 of ${rows.length.toLocaleString("en-US")}`);
    const second = listPageOf(rows, 2);
    expect(second.rows).toEqual(rows.slice(50, 100));
    expect(rowCountLine(second)).toBe(`Rows 51–100 of ${rows.length.toLocaleString("en-US")}`);
    const last = listPageOf(rows, pages);
    expect(last.rows).toEqual(rows.slice((pages - 1) * 50));
    expect(last.hasNext).toBe(false);
    // Beyond the last page, or before the first: the nearest page there is.
    expect(listPageOf(rows, pages + 5).number).toBe(pages);
    expect(listPageOf(rows, 0).number).toBe(1);
    expect(listPageOf(rows, 1.5).number).toBe(1);
  });

  it("words small lists too", () => {
    expect(rowCountLine(listPageOf([], 1))).toBe("No rows");
    expect(listPageOf([], 3)).toMatchObject({ number: 1, pageCount: 1, first: 0, last: 0, total: 0 });
    expect(rowCountLine(listPageOf(["a"], 1))).toBe("1 row");
    expect(rowCountLine(listPageOf(["a", "b", "c"], 1))).toBe("3 rows");
    expect(
      rowCountLine(
        listPageOf(
          Array.from({ length: 1234 }, (_, i) => i),
          25,
        ),
      ),
    ).toBe("Rows 1,201–1,234 of 1,234");
  });
});

describe("app shell: the address", () => {
  it("holds area, subarea, view and list page, and a row's form as its record; nothing else changes", () => {
    const place: PreviewState = shellState(
      { area: "area_proactive_engagement", subarea: "subarea_deliveries", view: ViewIds.deliveryExpired, list: 3 },
      readState("?page=delivery&record=broken:html-injection&theme=dark&rtl=1"),
    );
    expect(place).toMatchObject({ page: "app", record: "", theme: "dark", isRTL: true, list: 3 });
    const address = writeState(place);
    expect(address).not.toContain("record=");
    const params = new URLSearchParams(address);
    expect(params.get("subarea")).toBe("subarea_deliveries");
    expect(params.get("view")).toBe(ViewIds.deliveryExpired);
    expect(params.get("list")).toBe("3");
    expect(readState(address)).toEqual(place);

    const form = shellState({ subarea: "subarea_deliveries", record: "complete" }, place);
    expect(readState(writeState(form))).toEqual(form);
    expect(new URLSearchParams(writeState(form)).get("record")).toBe("complete");
  });

  it("opens the list's first page by default; a list number that is no page number is ignored", () => {
    expect(readState("?page=app")).toMatchObject({ page: "app", record: "", list: undefined });
    expect(new URLSearchParams(writeState(shellState({ list: 1 }, base))).has("list")).toBe(false);
    for (const text of ["0", "-2", "1.5", "x", ""]) expect(readState(`?page=app&list=${text}`).list).toBeUndefined();
    // The form pages keep their own defaults and addresses.
    expect(readState("?page=delivery").record).toBe("complete");
    expect(writeState(readState("?page=delivery"))).toBe("?page=delivery&record=complete");
  });
});

describe("app shell: what a cell shows", () => {
  const text: CellTextContext = {
    formatting: formattingFor(1033),
    lookupName: (table, id) => (table === D.table && id === "d-1" ? "Delivery one" : undefined),
  };

  it("a date in the user's short date and time, a choice by its label, a lookup by the row's name", () => {
    const column = (table: typeof deliveryStoreTable, name: string) => table.columns.get(name);
    expect(cellText(column(deliveryStoreTable, D.windowStartDate), "2026-03-04T05:06:00Z", text)).toBe(
      "3/4/26, 5:06 AM",
    );
    expect(cellText(column(deliveryStoreTable, D.windowStartDate), "not a date", text)).toBe("not a date");
    expect(cellText(column(attributeStoreTable, A.type), AttributeTypeChoice.result, text)).toBe("Result");
    expect(cellText(column(attributeStoreTable, A.type), 5, text)).toBe("5");
    expect(cellText(column(attributeStoreTable, A.delivery), "d-1", text)).toBe("Delivery one");
    expect(cellText(column(attributeStoreTable, A.delivery), "d-2", text)).toBe("d-2");
    expect(cellText(column(deliveryStoreTable, D.status), "<b>Error</b>", text)).toBe("<b>Error</b>");
    expect(cellText(column(deliveryStoreTable, D.status), null, text)).toBe("");
    expect(cellText(contactStoreTable.columns.get(C.fullName), "Hana Hundertmark", text)).toBe("Hana Hundertmark");
  });

  it("in German, the German short date", () => {
    expect(
      cellText(deliveryStoreTable.columns.get(D.windowEndDate), "2026-03-04T17:06:00Z", {
        ...text,
        formatting: formattingFor(1031),
      }),
    ).toBe("04.03.26, 17:06");
  });
});

describe("app shell: a view in words", () => {
  const label = (column: string): string => deliveryStoreTable.columns.get(column)?.displayName ?? column;

  it("says the filter and the ordering of the definition", () => {
    const view = (id: string) => {
      const found = shell.views.find((candidate) => sameId(candidate.id, id));
      if (!found) throw new Error(id);
      return found;
    };
    expect(describeView(view(ViewIds.deliveryActive), label)).toEqual({
      filter: "Status is one of Pending, InProcess",
      order: "Window End Date, ascending",
    });
    expect(describeView(view(ViewIds.deliveryAll), label)).toEqual({
      filter: "every row",
      order: "Window Start Date, descending",
    });
    expect(describeView(view(ViewIds.deliveryNeedsAttention), label).filter).toBe(
      "any of: Status is Error; Result is one of CallFailed, BotFailed, Error; " +
        "Status is none of Pending, InProcess, Complete, Expired, Cancelled, Error; Status is empty",
    );
  });
});
