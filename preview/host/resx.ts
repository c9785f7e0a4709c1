/** The name/value pairs of a built strings/*.resx file, read with the browser's XML parser. */
export function parseResx(xml: string): Map<string, string> {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  if (document.getElementsByTagName("parsererror").length > 0) throw new Error("resx file is not well-formed XML");
  const strings = new Map<string, string>();
  for (const data of Array.from(document.getElementsByTagName("data"))) {
    const name = data.getAttribute("name");
    const value = data.getElementsByTagName("value")[0];
    if (name !== null && value) strings.set(name, value.textContent ?? "");
  }
  return strings;
}
