/**
 * Everything the preview shows is in the address, so a link or a test opens exactly one
 * state: ?page=delivery&record=broken:html-injection&theme=dark&lang=1031&rtl=1, or
 * ?page=contact&record=<contact id, any spelling, or a key such as contact:200-deliveries>, or
 * the app shell: ?page=app&area=<area id>&subarea=<subarea id>&view=<view id>&list=<page number>
 * (a list), with &record=<id> when a row's form is open in it, or the insights dashboard:
 * ?page=dashboard. The direction follows the language (Arabic, 1025, reads right to left, as the
 * platform shows it); &rtl=1 or &rtl=0 overrides it. On a form, &tab=<tab name> opens that tab
 * first, &tab=all shows every tab's panel at once. What the session's data and Web API are: &seed=, &now=, &latency=,
 * &deliveries=<the default period's deliveries>, &aggregates=answer|refuse|limit, &aggregateLimit=.
 * The page around the controls: &host=hostile (a host stylesheet, app/hostileHost.ts).
 */
import { aggregateModes, type AggregateMode } from "../data/fetchxml/query";
import { themeNames, type ThemeName } from "../host/designThemes";
import { previewLanguages } from "../host/languages";
import { isRightToLeftLanguage } from "../../pcf-host/userSettings";
import { hostStyles, type HostStyle } from "./hostileHost";

export interface PreviewState {
  page: string;
  /**
   * The open record: on the delivery form a catalogue key (complete, broken:html-injection ...)
   * or a delivery id; on the contact form a contact id or a featured contact's key
   * (contact:200-deliveries ...).
   */
  record: string;
  theme: ThemeName;
  languageId: number;
  isRTL: boolean;
  /** Web API answer delay in milliseconds. */
  latency: number;
  seed?: number;
  /** The instant the sample data is generated around (ISO); default the current hour. */
  now?: string;
  /** Benchmark pages: number of rows. */
  rows?: number;
  /**
   * The large sample: the insights' default period (the 7 days before `now`) holds exactly this
   * many deliveries (`&deliveries=100000`); rows without attributes fill it up.
   */
  deliveries?: number;
  /** What the sample Web API does with FetchXML aggregates: answer (default), refuse, or limit (AggregateQueryRecordLimit). */
  aggregates?: AggregateMode;
  /** The sample Web API's aggregate record limit, on every table (default: 50,000 on standard tables only). */
  aggregateLimit?: number;
  /** App shell: the site map area and subarea (their ids), the view shown (its id) and the list page (from 1). */
  area?: string;
  subarea?: string;
  view?: string;
  list?: number;
  /** A form's tab open first (its name, e.g. tab_attributes), or "all" for every tab at once. */
  tab?: string;
  /** A host stylesheet around the control slots (`&host=hostile`); none by default. */
  host?: HostStyle;
}

const defaultState: PreviewState = {
  page: "delivery",
  record: "complete",
  theme: "light",
  languageId: 1033,
  isRTL: false,
  latency: 40,
};

/** The record a page opens when the address names none, and when the user switches to the page. */
const defaultRecords: Readonly<Record<string, string>> = {
  delivery: defaultState.record,
  contact: "contact:200-deliveries",
  // The app shell opens on a list; a record in its address is a row's form open in it.
  app: "",
  // A dashboard has no record.
  dashboard: "",
};

export function defaultRecordOf(page: string): string {
  return defaultRecords[page] ?? defaultState.record;
}

function numberParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name);
  if (value === null || value.trim() === "") return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}

/** A whole number of at least `min`, else none. */
function wholeParam(params: URLSearchParams, name: string, min: number): number | undefined {
  const value = numberParam(params, name);
  return value !== undefined && Number.isInteger(value) && value >= min ? value : undefined;
}

function aggregateModeParam(params: URLSearchParams): AggregateMode | undefined {
  const value = params.get("aggregates");
  return aggregateModes.find((mode) => mode === value);
}

/** A list page number: a whole number from 1, else none (the first). */
function listPageParam(params: URLSearchParams): number | undefined {
  const page = numberParam(params, "list");
  return page !== undefined && Number.isInteger(page) && page >= 1 ? page : undefined;
}

export function readState(search: string): PreviewState {
  const params = new URLSearchParams(search);
  const theme = params.get("theme") as ThemeName | null;
  const languageId = numberParam(params, "lang");
  const page = params.get("page") ?? defaultState.page;
  const language = previewLanguages.some((candidate) => candidate.id === languageId)
    ? (languageId as number)
    : defaultState.languageId;
  const rtl = params.get("rtl");
  return {
    page,
    record: params.get("record") ?? defaultRecordOf(page),
    theme: theme && themeNames.includes(theme) ? theme : defaultState.theme,
    languageId: language,
    isRTL:
      rtl === "1" || rtl === "true" ? true : rtl === "0" || rtl === "false" ? false : isRightToLeftLanguage(language),
    latency: Math.max(0, numberParam(params, "latency") ?? defaultState.latency),
    seed: numberParam(params, "seed"),
    now: params.get("now") ?? undefined,
    rows: numberParam(params, "rows"),
    deliveries: wholeParam(params, "deliveries", 0),
    aggregates: aggregateModeParam(params),
    aggregateLimit: wholeParam(params, "aggregateLimit", 0),
    area: params.get("area") ?? undefined,
    subarea: params.get("subarea") ?? undefined,
    view: params.get("view") ?? undefined,
    list: listPageParam(params),
    tab: params.get("tab") || undefined,
    host: hostStyles.find((style) => style === params.get("host")),
  };
}

export function writeState(state: PreviewState): string {
  const params = new URLSearchParams();
  params.set("page", state.page);
  if (state.record !== "" || (state.page !== "app" && state.page !== "dashboard")) params.set("record", state.record);
  if (state.theme !== defaultState.theme) params.set("theme", state.theme);
  if (state.languageId !== defaultState.languageId) params.set("lang", String(state.languageId));
  // Only a direction other than the language's own is written: &lang=1025 alone reads right to left.
  if (state.isRTL !== isRightToLeftLanguage(state.languageId)) params.set("rtl", state.isRTL ? "1" : "0");
  if (state.latency !== defaultState.latency) params.set("latency", String(state.latency));
  if (state.seed !== undefined) params.set("seed", String(state.seed));
  if (state.now !== undefined) params.set("now", state.now);
  if (state.rows !== undefined) params.set("rows", String(state.rows));
  if (state.deliveries !== undefined) params.set("deliveries", String(state.deliveries));
  if (state.aggregates !== undefined) params.set("aggregates", state.aggregates);
  if (state.aggregateLimit !== undefined) params.set("aggregateLimit", String(state.aggregateLimit));
  if (state.area !== undefined) params.set("area", state.area);
  if (state.subarea !== undefined) params.set("subarea", state.subarea);
  if (state.view !== undefined) params.set("view", state.view);
  if (state.list !== undefined && state.list > 1) params.set("list", String(state.list));
  if (state.tab !== undefined) params.set("tab", state.tab);
  if (state.host !== undefined) params.set("host", state.host);
  return `?${params.toString()}`;
}
