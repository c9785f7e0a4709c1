import { dayKeyTime } from "../../domain/insights/period";
import type { InsightsFormat } from "./DeliveryInsightsView";

/**
 * Numbers and days in the user's locale, made once per control: counts with digit grouping,
 * rates as percentages with one decimal, days as UTC calendar days (the columns are written
 * in UTC and shown as stored, so a day is the same for every viewer).
 */
export function createInsightsFormat(locale: string | undefined): InsightsFormat {
  const counts = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const days = new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "short", day: "numeric" });
  return {
    count: (value) => counts.format(value),
    percent: (share) => percent.format(share),
    day: (key) => {
      const time = dayKeyTime(key);
      return time === undefined ? key : days.format(new Date(time));
    },
  };
}
