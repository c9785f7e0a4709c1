import { AttributeNames as A, ContactNames, DeliveryNames as D } from "../../domain/tables";
import type { AppIcon, AppModuleDefinition } from "../model";
import { DashboardIds, FormIds, RoleIds } from "./ids";
import { proactiveEngagementSiteMap } from "./siteMap";
import { attributeViews, deliveryViews } from "./views";

/**
 * The platform's default app icon. Exports of apps that keep it write its id as WebResourceId and
 * declare a MissingDependency on it (QuizSolution's solution.xml, coe-starter-kit's
 * Other/Solution.xml): `Required type="61" schemaName="msdyn_/Images/AppModule_Default_Icon.png"
 * solution="AppModuleWebResources (2.5)"`, `Dependent type="80"` the app.
 */
export const defaultAppIcon: AppIcon = {
  webResourceId: "953b9fac-1e5e-e611-80d6-00155ded156f",
  name: "msdyn_/Images/AppModule_Default_Icon.png",
  providedBy: { uniqueName: "AppModuleWebResources", version: "2.5" },
};

/**
 * "Proactive Engagement", a Unified Interface model-driven app. Its components are exactly what
 * it shows: the two delivery tables and contact; the experience's delivery and attribute views
 * (the attribute views include the delivery form's subgrid view); the delivery, attribute and
 * contact main forms; the Proactive Delivery Insights dashboard. An app that lists forms of a table offers only those, so the contact form
 * "Contact – Proactive Engagement" is the app's contact form. It lists no contact view: contact
 * keeps the views the environment has. The site map is listed from `siteMap`. The code
 * components come with the forms that bind them; exports list none as app components.
 */
export const proactiveEngagementApp: AppModuleDefinition = {
  uniqueName: "pdx_ProactiveEngagement",
  displayName: "Proactive Engagement",
  description:
    "Proactive engagement deliveries for supervisors, agents and administrators: delivery insights, delivery lists, the delivery and contact forms.",
  siteMap: proactiveEngagementSiteMap.uniqueName,
  icon: defaultAppIcon,
  formFactor: 1,
  clientType: 4,
  navigationType: 0,
  components: [
    { type: "table", table: D.table },
    { type: "table", table: A.table },
    { type: "table", table: ContactNames.table },
    ...[...deliveryViews, ...attributeViews].map((v) => ({ type: "view" as const, id: v.id })),
    { type: "form", id: FormIds.deliveryMain },
    { type: "form", id: FormIds.attributeMain },
    { type: "form", id: FormIds.contactMain },
    { type: "dashboard", id: DashboardIds.deliveryInsights },
  ],
  // The roles that may open it; System Administrator and System Customizer open every app anyway.
  roles: [RoleIds.supervisor, RoleIds.agent, RoleIds.administrator],
};
