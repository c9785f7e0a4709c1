import type { Tone } from "./tone";

/**
 * A text column value sorted into one of its documented values. The columns are free text,
 * so anything else is kept as "unrecognised" with the stored text, never dropped or thrown on.
 */
export interface ValueClass<K extends string> {
  /** The documented value it matched, "unrecognised" for other text, "empty" for no value. */
  kind: K | "unrecognised" | "empty";
  /** The stored text, trimmed; what to show for an unknown value. */
  text: string;
  tone: Tone;
}

/** Spelling differences that do not change meaning: case, spaces, underscores, hyphens. */
export function normaliseValue(text: string): string {
  return text.replace(/[\s_-]+/g, "").toLowerCase();
}

export function createClassifier<K extends string>(
  tones: Readonly<Record<K, Tone>>,
): (raw: string | null | undefined) => ValueClass<K> {
  const byKey = new Map<string, K>((Object.keys(tones) as K[]).map((kind) => [normaliseValue(kind), kind]));
  return (raw) => {
    const text = (raw ?? "").trim();
    if (!text) {
      return { kind: "empty", text, tone: "neutral" };
    }
    const kind = byKey.get(normaliseValue(text));
    return kind ? { kind, text, tone: tones[kind] } : { kind: "unrecognised", text, tone: "neutral" };
  };
}
