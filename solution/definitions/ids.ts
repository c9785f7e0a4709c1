/**
 * Plain constants, importable anywhere (the preview bundles them for the browser).
 * Component ids are fixed in source: the same source must give byte-identical zips, and an
 * upgrade must find the components it installed before. Never generate these at build time.
 */
export const FormIds = {
  deliveryMain: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c01}",
  attributeMain: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c02}",
  /** The main, quick view and card forms the tables solution gives each table it creates. */
  deliveryTableMain: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c11}",
  deliveryTableQuick: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c12}",
  deliveryTableCard: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c13}",
  attributeTableMain: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c21}",
  attributeTableQuick: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c22}",
  attributeTableCard: "{5d0c6a4e-3b1f-4c2a-9e57-8a1d2f6b7c23}",
  /** "Contact – Proactive Engagement": the form the experience adds to the platform's contact. */
  contactMain: "{279a9b1f-27ba-4b83-9725-60518298d400}",
} as const;

/** The experience's dashboards (solution/definitions/dashboards.ts): component type 60, like forms. */
export const DashboardIds = {
  /** "Proactive Delivery Insights": the DeliveryInsights control on a list of All Deliveries. */
  deliveryInsights: "{ec8c0a87-d8dd-40bb-9c3d-4d78302f354f}",
} as const;

export const ViewIds = {
  /** The experience's delivery views (solution/definitions/views.ts). */
  deliveryActive: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e01}",
  deliveryNeedsAttention: "{94d16179-29d7-45de-b59a-d07018c7ee54}",
  deliveryExpired: "{99fa2d12-70ec-47a2-adc8-66cd2503df73}",
  deliveryCancelled: "{fb20d46f-a42e-41f0-9d49-528cdb64d5ff}",
  deliveryCompleted: "{dfca39af-9102-48f1-9128-df1bb8f8a858}",
  deliveryAll: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e03}",
  /** The experience's attribute views; attributeOfDelivery is the delivery form's subgrid view. */
  attributeInput: "{f9516620-a788-473c-9d65-5c5aaa3bbd84}",
  attributeResult: "{c3c2096b-94a7-4b96-834b-d8b13046ce32}",
  attributeAll: "{1fbadcf1-66cb-4257-8a1f-38e66118858d}",
  attributeOfDelivery: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e12}",
  /** The system views the tables solution gives a table it creates. */
  deliveryQuickFind: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e21}",
  deliveryLookup: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e22}",
  deliveryAssociated: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e23}",
  deliveryAdvancedFind: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e24}",
  deliveryDefaultPublic: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e25}",
  attributeQuickFind: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e31}",
  attributeLookup: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e32}",
  attributeAssociated: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e33}",
  attributeAdvancedFind: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e34}",
  attributeDefaultPublic: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e35}",
  deliveryInactive: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e26}",
  attributeInactive: "{7a4e2c91-0d5b-4f63-8b2e-1c9f3a6d5e36}",
} as const;

/** The experience's security roles (solution/definitions/roles.ts). */
export const RoleIds = {
  supervisor: "{52433b6e-808a-4870-b2f8-d1e603bebd80}",
  agent: "{4a3bff8e-7bae-4952-bba8-01e8c7460824}",
  administrator: "{c55c1d2a-6aa8-4d43-9620-af81f14f3f0f}",
} as const;

/** Tab and section ids of the forms and the dashboard (cell ids are name-based, cellIds.ts). */
export const FormPartIds = {
  deliverySummaryTab: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b01}",
  deliveryOutcomeSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b02}",
  deliveryRoutingSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b03}",
  deliveryTimingSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b04}",
  deliveryAttributesTab: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b05}",
  deliveryAttributesSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b06}",
  deliveryIdentifiersTab: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b07}",
  deliveryIdentifiersSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b08}",
  deliveryTimelineSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b09}",
  attributeGeneralTab: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b11}",
  attributeGeneralSection: "{9c3b7d12-5e4a-4b8f-a1c6-2d7e8f9a0b12}",
  contactSummaryTab: "{a60e004b-11af-406b-93c9-81b7bfe2d8b8}",
  contactDetailsSection: "{786c7eb5-43e2-4bf0-8ba5-38e30efb03c5}",
  contactDeliveriesTab: "{8170606d-ae80-4515-b6c3-0a6aa48defc4}",
  contactDeliveriesSection: "{d83541b1-3e70-4660-828e-e23ae59611d5}",
  insightsTab: "{c3d62f51-3576-4946-a862-dbb1ef05232b}",
  insightsSection: "{6ac836ce-7bdb-46f4-9bce-a6c44f1da8b4}",
} as const;

/** Web resources by name: the scripts and the RESX strings they load. */
export const WebResourceIds: Readonly<Record<string, string>> = {
  "pdx_/scripts/deliveryForm.js": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f801}",
  "pdx_/strings/deliveryForm.1033.resx": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f802}",
  "pdx_/strings/deliveryForm.1031.resx": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f803}",
  "pdx_/strings/deliveryForm.1025.resx": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f804}",
};

/**
 * libraryUniqueId of a web resource where another component loads it: on a form (formLibraries)
 * and in a script's DependencyXml (its RESX strings). Keyed by "<where>|<web resource name>".
 */
export const LibraryIds: Readonly<Record<string, string>> = {
  "form:msdyn_proactive_delivery|pdx_/scripts/deliveryForm.js": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f811}",
  "pdx_/scripts/deliveryForm.js|pdx_/strings/deliveryForm.1033.resx": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f812}",
  "pdx_/scripts/deliveryForm.js|pdx_/strings/deliveryForm.1031.resx": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f813}",
  "pdx_/scripts/deliveryForm.js|pdx_/strings/deliveryForm.1025.resx": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f814}",
};

/** handlerUniqueId of each form event handler, keyed by "<event>|<attribute>|<function name>". */
export const HandlerIds: Readonly<Record<string, string>> = {
  "onload||pdx_ProactiveDelivery.DeliveryForm.onLoad": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f821}",
  "onsave||pdx_ProactiveDelivery.DeliveryForm.onSave": "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f822}",
  "onchange|msdyn_disposition_codes|pdx_ProactiveDelivery.DeliveryForm.onDispositionCodesChange":
    "{3e8d1f60-7a2b-4c59-9e14-b6d0c2a4f823}",
};
