/**
 * `&host=hostile`: the page carries a host stylesheet of the kind a form, dashboard or custom
 * page may have (a web resource, a theme, an embedding portal), around the control slots:
 * centred text on body and every div, a larger font in another family, double line height,
 * letter spacing, and content-box sizing for everything. The controls must look the same in
 * it as on the normal page (tests/e2e/hostileHost.e2e.ts compares the two); the preview's own
 * chrome changes with it, the slots keep their widths (the form's grid sets them).
 */
export type HostStyle = "hostile";

export const hostStyles: readonly HostStyle[] = ["hostile"];

export const hostileHostCss = `
body, div {
  text-align: center;
}
body, .slot-control {
  font-family: Georgia, "Times New Roman", serif;
  font-size: 20px;
  line-height: 2;
  letter-spacing: 0.08em;
}
*, *::before, *::after {
  box-sizing: content-box;
}
`;

/**
 * Adds the host's stylesheet to the page (once), at the end of the head when the page starts:
 * after the preview's own sheet (so it overrides it, as a host's theme would) and before the
 * sheets the controls bring when they load.
 */
export function applyHostStyle(document: Document, style: HostStyle | undefined): void {
  if (style !== "hostile" || document.getElementById("preview-host-style")) return;
  const sheet = document.createElement("style");
  sheet.id = "preview-host-style";
  sheet.textContent = hostileHostCss;
  document.head.appendChild(sheet);
  document.documentElement.dataset.host = style;
}
