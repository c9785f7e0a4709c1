/**
 * The meaning a value carries, independent of how a theme paints it. Views always pair a
 * tone with the value as text, so colour is never the only signal.
 */
export type Tone = "neutral" | "info" | "success" | "warning" | "danger";
