/**
 * The "Proactive Delivery Insights" dashboard as the preview hosts it: DeliveryInsights as the
 * code component of a list (subgrid) of All Deliveries, bound as the solution binds it
 * (solution/definitions/controlBindings.ts: the data set's name, view, records per page and
 * title, and the control's static inputs), through the same ControlHost the form pages use.
 *
 * The list's own rows are what the platform reads for a dashboard list: the view's rows of the
 * sample store, filtered and ordered by the solution's evaluator (rowsOfList), served to the
 * data set from memory. They do not pass through context.webAPI, as the platform's own list
 * query is none of the control's requests: the Web API's request log holds only what the
 * control asks for (the bench counts those). Pure apart from the store: the Jest tests check it.
 */
import { DeliveryNames as D } from "../../domain/tables";
import { deliveryInsightsDataSet, deliveryInsightsProperties } from "../../solution/definitions/controlBindings";
import type { ViewDefinition } from "../../solution/model";
import type { SampleStore } from "../data/store";
import { deliveryStoreTable } from "../data/schema";
import { memorySource } from "../host/datasetSource";
import type { ControlBinding, FormRecord, StaticValue } from "../host/controlHost";
import { rowsOfList, sameId } from "./appShell/model";

/** The control's folder under out/controls/. */
export const dashboardControl = "DeliveryInsights";

/** The dashboard's name, as dashboards.ts names it. */
export const dashboardName = "Proactive Delivery Insights";

/** A dashboard has no record: the host gets an empty one of the list's table (it names none to the control). */
export const dashboardRecord: FormRecord = { table: deliveryStoreTable, id: "", values: {} };

/** The list's view among the views the server embeds (the app lists it). */
export function dashboardView(views: readonly ViewDefinition[]): ViewDefinition | undefined {
  return views.find((view) => sameId(view.id, deliveryInsightsDataSet.viewId));
}

/** The control's static inputs as the dashboard XML writes them: `{ rowCap: "100000" }`. */
export function dashboardInputs(): Record<string, StaticValue> {
  return Object.fromEntries(
    Object.entries(deliveryInsightsProperties).map(([name, parameter]) => [name, parameter.static]),
  );
}

export function dashboardBinding(store: SampleStore, view: ViewDefinition): ControlBinding {
  if (view.table !== D.table) throw new Error(`The dashboard's list shows ${D.table}, not ${view.table}`);
  const orderedBy = view.orderBy.map((order) => ({ column: order.attribute, descending: order.descending }));
  return {
    control: dashboardControl,
    place: "dashboard",
    inputs: dashboardInputs(),
    dataSets: {
      [deliveryInsightsDataSet.name]: {
        // The dashboard's list binds no property-sets; the control reads its figures elsewhere.
        propertySets: {},
        view: { columns: view.columns, orderBy: view.orderBy },
        viewId: deliveryInsightsDataSet.viewId,
        title: deliveryInsightsDataSet.title,
        pageSize: deliveryInsightsDataSet.pageSize,
        // The view's rows when the list first loads, in the view's order (which the data set asks for).
        source: memorySource(deliveryStoreTable, () => rowsOfList(view, store.rows(D.table)), { orderedBy }),
      },
    },
  };
}
