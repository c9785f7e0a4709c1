import type { CountBucket } from "../../domain/insights/buckets";
import type { CountFigures } from "../../domain/insights/countFigures";
import type { InsightFilters } from "../../domain/insights/filters";
import type { GroupRow } from "../../domain/insights/groups";
import type { FilterKey, FilterOption, FilterOptions, FilterSelection } from "./insightsState";

const ofBucket = (bucket: CountBucket): FilterOption => ({
  key: bucket.key,
  storedTexts: bucket.storedTexts,
  kind: bucket.kind,
  text: bucket.text,
});

const ofGroup = (row: GroupRow): FilterOption => ({
  key: row.key,
  storedTexts: row.storedTexts,
  kind: row.kind,
  text: row.text,
  ...(row.id === undefined ? {} : { id: row.id }),
});

/** The filter lists from the period's unfiltered breakdowns: every value the rows hold, in count order. */
export function optionsOf(figures: CountFigures): FilterOptions {
  return {
    queue: figures.perQueue.map(ofGroup),
    configuration: figures.perConfiguration.map(ofGroup),
    dialMode: figures.byDialMode.map(ofBucket),
    channel: figures.byChannel.map(ofBucket),
  };
}

const filterNameOf: Readonly<Record<FilterKey, keyof InsightFilters>> = {
  queue: "queueIds",
  configuration: "configurationIds",
  dialMode: "dialModes",
  channel: "channels",
};

/**
 * The filters the queries take: for each list, the stored texts of the chosen options (one id
 * stored in several spellings is one option of several texts). A chosen key no option has
 * any more is dropped.
 */
export function filtersOf(selection: FilterSelection, options: FilterOptions): InsightFilters {
  const filters: { -readonly [K in keyof InsightFilters]: string[] } = {};
  for (const key of Object.keys(filterNameOf) as FilterKey[]) {
    const chosen = new Set(selection[key]);
    const texts = options[key].filter((option) => chosen.has(option.key)).flatMap((option) => option.storedTexts);
    if (texts.length > 0) filters[filterNameOf[key]] = texts;
  }
  return filters;
}
