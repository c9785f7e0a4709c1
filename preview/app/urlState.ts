/**
 * Everything the preview shows is in the address, so a link or a test opens exactly one
 * state: ?page=delivery&record=broken:html-injection&theme=dark&lang=1031&rtl=1, or
 * ?page=contact&record=<contact id, any spelling, or a key such as contact:200-deliveries>, or
 * the app shell: ?page=app&area=<area id>&subarea=<subarea id>&view=<view id>&list=<page number>
 * (a list), with &record=<id> when a row's form is open in it.
 */
import { themeNames, type ThemeName } from "../host/designThemes";
import { previewLanguages } from "../host/languages";

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
  /** App shell: the site map area and subarea (their ids), the view shown (its id) and the list page (from 1). */
  area?: string;
  subarea?: string;
  view?: string;
  list?: number;
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
  return {
    page,
    record: params.get("record") ?? defaultRecordOf(page),
    theme: theme && themeNames.includes(theme) ? theme : defaultState.theme,
    languageId: previewLanguages.some((language) => language.id === languageId)
      ? (languageId as number)
      : defaultState.languageId,
    isRTL: params.get("rtl") === "1" || params.get("rtl") === "true",
    latency: Math.max(0, numberParam(params, "latency") ?? defaultState.latency),
    seed: numberParam(params, "seed"),
    now: params.get("now") ?? undefined,
    rows: numberParam(params, "rows"),
    area: params.get("area") ?? undefined,
    subarea: params.get("subarea") ?? undefined,
    view: params.get("view") ?? undefined,
    list: listPageParam(params),
  };
}

export function writeState(state: PreviewState): string {
  const params = new URLSearchParams();
  params.set("page", state.page);
  if (state.record !== "" || state.page !== "app") params.set("record", state.record);
  if (state.theme !== defaultState.theme) params.set("theme", state.theme);
  if (state.languageId !== defaultState.languageId) params.set("lang", String(state.languageId));
  if (state.isRTL) params.set("rtl", "1");
  if (state.latency !== defaultState.latency) params.set("latency", String(state.latency));
  if (state.seed !== undefined) params.set("seed", String(state.seed));
  if (state.now !== undefined) params.set("now", state.now);
  if (state.rows !== undefined) params.set("rows", String(state.rows));
  if (state.area !== undefined) params.set("area", state.area);
  if (state.subarea !== undefined) params.set("subarea", state.subarea);
  if (state.view !== undefined) params.set("view", state.view);
  if (state.list !== undefined && state.list > 1) params.set("list", String(state.list));
  return `?${params.toString()}`;
}
