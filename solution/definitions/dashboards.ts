import { DeliveryNames as D } from "../../domain/tables";
import type { DashboardDefinition } from "../model";
import { cellId } from "./cellIds";
import { deliveryInsights, deliveryInsightsDataSet } from "./controlBindings";
import { DashboardIds, FormPartIds } from "./ids";

/**
 * "Proactive Delivery Insights", an organization dashboard of the experience: one tab, one
 * full-width section, one list (subgrid) of the All Deliveries system view rendered by the
 * DeliveryInsights code component on web, tablet and phone. A dashboard hosts a code component
 * only through such a list (Microsoft Learn, "What are code components": customizers configure
 * "columns, subgrids, views, and dashboard subgrids"); the list is written as exports write a
 * dashboard list (microsoft/coe-starter-kit Dashboards/*.xml, QuizSolution customizations.xml),
 * with the control bound the way forms bind one (controlBindings.ts).
 *
 * The list has no relationship (a dashboard has no record) and is an org dashboard's list, so
 * over a system view: All Deliveries, every delivery, whatever its status. The labels are in the
 * base language only, as the view labels are (the hidden list label and the dashboard's tab and
 * section, which it does not show); the control's own texts come in every language of its resx
 * files.
 */
export const deliveryInsightsDashboard: DashboardDefinition = {
  id: DashboardIds.deliveryInsights,
  name: "Proactive Delivery Insights",
  description:
    "How proactive deliveries went: statuses, results, dial modes, queues, configurations, days, disposition codes and call timing for a period.",
  tabs: [
    {
      id: FormPartIds.insightsTab,
      name: "tab_insights",
      label: "Insights",
      sections: [
        {
          id: FormPartIds.insightsSection,
          name: "section_insights",
          label: "Delivery insights",
          cells: [
            {
              kind: "subgrid",
              id: cellId(DashboardIds.deliveryInsights, "delivery_insights"),
              name: "delivery_insights",
              label: { 1033: deliveryInsightsDataSet.title },
              targetTable: D.table,
              relationship: "",
              viewId: deliveryInsightsDataSet.viewId,
              recordsPerPage: deliveryInsightsDataSet.pageSize,
              rowSpan: deliveryInsightsDataSet.rowSpan,
              showLabel: false,
              pcf: deliveryInsights,
            },
          ],
        },
      ],
    },
  ],
};

export const experienceDashboards: DashboardDefinition[] = [deliveryInsightsDashboard];
