import type { Publisher } from "../model";

/**
 * The tables solution must create Microsoft's exact logical names, so its publisher uses
 * Microsoft's prefix and the option value prefix that yields 70061xxxx choice values.
 */
export const tablesPublisher: Publisher = {
  uniqueName: "ProactiveDeliveryTablesPublisher",
  displayName: "Proactive Delivery Tables",
  description:
    "Creates the proactive engagement delivery tables with Microsoft's names in environments without Dynamics 365 Contact Center.",
  prefix: "msdyn",
  optionValuePrefix: 70061,
  email: "",
  website: "",
};

/** Everything users see ships under our own prefix. */
export const experiencePublisher: Publisher = {
  uniqueName: "ProactiveDeliveryExperience",
  displayName: "Proactive Delivery Experience",
  description: "Publisher of the proactive delivery experience: forms, views, controls and scripts.",
  prefix: "pdx",
  optionValuePrefix: 47310,
  email: "",
  website: "",
};
