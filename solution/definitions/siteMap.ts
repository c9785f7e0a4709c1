import { AttributeNames as A, ContactNames, DeliveryNames as D } from "../../domain/tables";
import type { SiteMapDefinition } from "../model";
import { DashboardIds, ViewIds } from "./ids";

/**
 * The Proactive Engagement app's navigation, plain data: the packer writes it as the app's
 * `<AppModuleSiteMap>`, the preview draws it as the app shell's navigation.
 *
 * Deliveries opens on the Active view (Pending and InProcess, soonest window end first), not on
 * All: what a supervisor acts on first is what the service may still call, and on a table of
 * millions of rows the filtered list is the cheap first query; All is one pick away in the view
 * selector. A table's default view belongs to its owner (Contact Center or the tables solution)
 * and Dataverse keeps one per table, not per app, so the entry opens the list on our view by URL
 * instead of taking the table's default away. Delivery Attributes opens on All Delivery
 * Attributes the same way. Contacts is the contact list; the app's contact form is "Contact –
 * Proactive Engagement" (appModule.ts lists it as the app's only contact form). Delivery insights,
 * after the lists, opens the Proactive Delivery Insights dashboard.
 */
export const proactiveEngagementSiteMap: SiteMapDefinition = {
  uniqueName: "pdx_ProactiveEngagement",
  displayName: "Proactive Engagement",
  // As current exports of a new app write them (microsoft/fsi-experiences, coe-starter-kit).
  navigation: { collapsibleGroups: false, showHome: true, showPinned: true, showRecents: true },
  areas: [
    {
      id: "area_proactive_engagement",
      title: "Proactive engagement",
      groups: [
        {
          id: "group_deliveries",
          title: "Deliveries",
          subAreas: [
            {
              kind: "view",
              id: "subarea_deliveries",
              title: "Deliveries",
              table: D.table,
              viewId: ViewIds.deliveryActive,
            },
            {
              kind: "view",
              id: "subarea_delivery_attributes",
              title: "Delivery Attributes",
              table: A.table,
              viewId: ViewIds.attributeAll,
            },
          ],
        },
        // Insights after Deliveries, as its own group: the Proactive Delivery Insights dashboard
        // (dashboards.ts), opened on the dashboards page with it as the default dashboard, as
        // exports write a dashboard entry (coe-starter-kit AppModuleSiteMaps/admin_PowerPlatformAdminView).
        // Not first: the app opens on the cheap Active list, and the dashboard's reads (14
        // aggregates and a flat read of up to 100,000 rows) start only when a supervisor asks.
        {
          id: "group_insights",
          title: "Insights",
          subAreas: [
            {
              kind: "dashboard",
              id: "subarea_delivery_insights",
              title: "Delivery insights",
              dashboardId: DashboardIds.deliveryInsights,
            },
          ],
        },
        {
          id: "group_customers",
          title: "Customers",
          subAreas: [{ kind: "table", id: "subarea_contacts", title: "Contacts", table: ContactNames.table }],
        },
      ],
    },
  ],
};
