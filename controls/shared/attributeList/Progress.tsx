/** @jsx h */
import type { ITheme } from "@fluentui/react";
import type * as React from "react";
import { h } from "../jsx";

/**
 * Loading progress: a ring that AttributeList.css spins in the theme's colours, and the text,
 * which role="status" announces politely, isolated (bdi: "5.000 Attribute geladen…" keeps its
 * order right to left). Drawn here rather than with Fluent's Spinner, whose styles are computed
 * when it first mounts: some 6 ms of a cold first render.
 */
export function Progress({ text, theme }: { text: string; theme: ITheme }): React.ReactElement {
  const palette = theme.palette;
  return (
    <div role="status" className="pdx-ag-progress">
      <span className="pdx-ag-spin" style={{ borderColor: palette.themeLight, borderTopColor: palette.themePrimary }} />
      <bdi>{text}</bdi>
    </div>
  );
}
