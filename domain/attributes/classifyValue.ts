import type { ClassifiedValue } from "./types";

/** Values longer than this, or spanning lines, are shown as a preview with a "Show all" toggle. */
export const LONG_VALUE_LENGTH = 200;

const ELLIPSIS = "\u2026";

/**
 * Schemes that make a value a URL worth labelling. Only http and https may become links:
 * anything else (javascript:, data:, vbscript:, ...) stays plain text so it can never run.
 */
const LINKABLE_SCHEMES = new Set(["http:", "https:"]);
const TEXT_ONLY_URL_SCHEMES = new Set(["ftp:", "ftps:", "mailto:", "tel:", "sip:", "sips:"]);

const NUMBER_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const ISO_DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Decides once how a value is shown; the view only reads the result. */
export function classifyValue(value: string): ClassifiedValue {
  const isLong = value.length > LONG_VALUE_LENGTH || /[\r\n]/.test(value);
  const preview = previewOf(value);
  const trimmed = value.trim();
  if (trimmed === "") return { kind: "empty", isLong: false, preview: "" };

  const prettyJson = prettyJsonOf(trimmed);
  if (prettyJson !== undefined) return { kind: "json", isLong, preview, prettyJson };

  const url = urlOf(trimmed);
  if (url) return { kind: "url", isLong, preview, href: url.href };

  if (NUMBER_PATTERN.test(trimmed) && Number.isFinite(Number(trimmed))) {
    return { kind: "number", isLong, preview };
  }

  const date = dateOf(trimmed);
  if (date) return { kind: "date", isLong, preview, date };

  return { kind: "text", isLong, preview };
}

/** The first line, cut to the long-value limit, with an ellipsis when anything was left out. */
function previewOf(value: string): string {
  const lineBreak = value.search(/[\r\n]/);
  const firstLine = lineBreak === -1 ? value : value.slice(0, lineBreak);
  let cut = firstLine.length > LONG_VALUE_LENGTH ? firstLine.slice(0, LONG_VALUE_LENGTH) : firstLine;
  // Never end on the first half of a surrogate pair: an emoji cut in two shows as a replacement character.
  if (cut.length < firstLine.length && /[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.length < value.length ? cut + ELLIPSIS : cut;
}

/** Only objects and arrays count: a bare "42" or "true" is valid JSON but reads as a plain value. */
function prettyJsonOf(trimmed: string): string | undefined {
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  const looksLikeJson = (first === "{" && last === "}") || (first === "[" && last === "]");
  if (!looksLikeJson) return undefined;
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === "object" && parsed !== null ? JSON.stringify(parsed, null, 2) : undefined;
  } catch {
    return undefined;
  }
}

function urlOf(trimmed: string): { href?: string } | undefined {
  if (/\s/.test(trimmed)) return undefined;
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(trimmed);
  if (!match) return undefined;
  const scheme = match[1].toLowerCase();
  if (TEXT_ONLY_URL_SCHEMES.has(scheme)) return {};
  if (!LINKABLE_SCHEMES.has(scheme)) return undefined;
  try {
    const parsed = new URL(trimmed);
    // The scheme check above already ran on the raw text; check the parsed result too so a
    // value can never turn into a different protocol through URL normalisation.
    return LINKABLE_SCHEMES.has(parsed.protocol) && parsed.hostname !== "" ? { href: parsed.href } : undefined;
  } catch {
    return undefined;
  }
}

function dateOf(trimmed: string): ClassifiedValue["date"] | undefined {
  const match = ISO_DATE_PATTERN.exec(trimmed);
  if (!match) return undefined;
  // Indexed rather than destructured: the control's build turns array destructuring into a
  // sizeable helper in every file that uses it.
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  const hour = match[4];
  const minute = match[5];
  const second = match[6];
  const zone = match[7];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  if (hour === undefined) {
    // A calendar date names a day, not an instant: local midnight keeps it on the same day
    // in every time zone when it is formatted.
    return { time: new Date(y, m - 1, d).getTime(), hasTime: false };
  }
  if (Number(hour) > 23 || Number(minute) > 59 || (second !== undefined && Number(second) > 59)) return undefined;
  // Date.parse only promises to read the ECMAScript form: a "T" separator and "+hh:mm" zones.
  let normalised = trimmed.replace(" ", "T");
  if (zone !== undefined && /^[+-]\d{4}$/.test(zone)) {
    normalised = normalised.slice(0, -zone.length) + zone.slice(0, 3) + ":" + zone.slice(3);
  }
  const time = Date.parse(normalised);
  return Number.isNaN(time) ? undefined : { time, hasTime: true };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
