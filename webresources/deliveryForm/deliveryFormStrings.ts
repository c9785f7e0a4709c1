import { createResourceStrings, type ResourceStrings } from "../shared/resourceStrings";

/** The resx web resources are deliveryForm.<lcid>.resx; getResourceString takes the name without both. */
export const deliveryFormStringsResource = "pdx_/strings/deliveryForm";

/**
 * Every key the delivery form script shows; both resx files hold exactly these. The part after
 * the underscore is the domain's own name for the case (an outcome reason, a Web API failure,
 * a disposition problem), so the script finds a message without a lookup table.
 */
export const deliveryFormStringKeys = [
  "Outcome_windowClosedWithoutCall",
  "Outcome_windowClosedWithoutMessage",
  "Outcome_statusError",
  "Outcome_statusExpired",
  "Outcome_statusCancelled",
  "Outcome_unknownStatus",
  "Outcome_resultCallFailed",
  "Outcome_resultBotFailed",
  "Outcome_resultError",
  "Outcome_resultNotDelivered",
  "Outcome_unknownResult",
  "StatusRead_forbidden",
  "StatusRead_notFound",
  "StatusRead_throttled",
  "StatusRead_offline",
  "StatusRead_other",
  "Routing_SectionLabel",
  "Disposition_tooLong",
  "Disposition_unterminatedQuote",
  "Disposition_textAfterQuote",
  "Disposition_duplicate",
  "Disposition_emptyEntry",
  "Disposition_notCanonical",
  "Script_Failed",
] as const;

export type DeliveryFormStringKey = (typeof deliveryFormStringKeys)[number];
export type DeliveryFormStrings = ResourceStrings<DeliveryFormStringKey>;

export const createDeliveryFormStrings = (): DeliveryFormStrings =>
  createResourceStrings<DeliveryFormStringKey>(deliveryFormStringsResource);
