/**
 * Everything the preview shows is in the address, so a link or a test opens exactly one
 * state: ?page=delivery&record=broken:html-injection&theme=dark&lang=1031&rtl=1, or
 * ?page=contact&record=<contact id, any spelling, or a key such as contact:200-deliveries>
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
  };
}

export function writeState(state: PreviewState): string {
  const params = new URLSearchParams();
  params.set("page", state.page);
  params.set("record", state.record);
  if (state.theme !== defaultState.theme) params.set("theme", state.theme);
  if (state.languageId !== defaultState.languageId) params.set("lang", String(state.languageId));
  if (state.isRTL) params.set("rtl", "1");
  if (state.latency !== defaultState.latency) params.set("latency", String(state.latency));
  if (state.seed !== undefined) params.set("seed", String(state.seed));
  if (state.now !== undefined) params.set("now", state.now);
  if (state.rows !== undefined) params.set("rows", String(state.rows));
  return `?${params.toString()}`;
}
