import {
  byStatusView,
  perConfigurationView,
  perDayView,
  perQueueView,
  processedByDialModeView,
  processedByResultView,
  successByHourView,
  summaryView,
} from "./countViews";
import { deliveriesView } from "./deliveriesView";
import { dispositionCodeFrequencyView, dispositionTextCodesView, dispositionTextsView } from "./dispositionViews";
import { callDurationView, outsideWindowView, waitToCallView } from "./timeViews";
import type { ViewDefinition } from "./viewContext";

/** Every view, each after the views it reads. */
export const insightViews: readonly ViewDefinition[] = [
  deliveriesView,
  summaryView,
  byStatusView,
  processedByResultView,
  processedByDialModeView,
  perConfigurationView,
  perQueueView,
  perDayView,
  successByHourView,
  waitToCallView,
  callDurationView,
  outsideWindowView,
  dispositionTextsView,
  dispositionTextCodesView,
  dispositionCodeFrequencyView,
];

export function insightView(name: string): ViewDefinition {
  const found = insightViews.find((view) => view.name === name);
  if (!found) throw new Error(`No insight view ${name}`);
  return found;
}
