import { createZonedDateFormatter, utcFormat, type OffsetOf, type ZonedDateFormatter } from "../shared/zonedDate";

/** How the time line writes times: dates with their zone, and the axis's tick labels. */
export interface TimelineFormat {
  date: ZonedDateFormatter;
  /** A tick or close-up end in UTC: with seconds, the time of day or the day, by the axis's step. */
  tick(at: number, step: number): string;
}

const minute = 60_000;
const day = 86_400_000;

export function createTimelineFormat(locale: string | undefined, offsetOf: OffsetOf): TimelineFormat {
  const seconds = utcFormat(locale, { hour: "numeric", minute: "2-digit", second: "2-digit" });
  const time = utcFormat(locale, { hour: "numeric", minute: "2-digit" });
  const days = utcFormat(locale, { month: "numeric", day: "numeric" });
  return {
    date: createZonedDateFormatter(locale, offsetOf),
    tick: (at, step) => (step < minute ? seconds : step < day ? time : days)(new Date(at)),
  };
}
