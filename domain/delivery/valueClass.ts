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

/** The kinds named in a space-separated list, as a union: "A B" is "A" | "B". */
type Words<S extends string> = S extends `${infer First} ${infer Rest}` ? First | Words<Rest> : S;

/**
 * A tone record written per tone, each a space-separated list of kinds: in every bundle that
 * classifies the value this is about half the bytes of a record naming each kind's tone (the
 * form script has an 8 KB budget). The kinds' union is typed, so a record declared as
 * Record<Kind, Tone> still fails to compile when a kind is missing.
 */
export function tonesOf<const G extends Partial<Record<Tone, string>>>(
  groups: G,
): Readonly<Record<Words<Extract<G[keyof G], string>>, Tone>> {
  const tones: Record<string, Tone> = {};
  for (const tone in groups) for (const kind of (groups[tone] as string).split(" ")) tones[kind] = tone as Tone;
  return tones as Readonly<Record<Words<Extract<G[keyof G], string>>, Tone>>;
}
