import type { Element } from "@xmldom/xmldom";
import { directChildren } from "../xml/read";
import { EXPORT_ONLY_PARTS } from "./xsd";

const RULE = "[export-only shape]";
const elements = (parent: Element | undefined) =>
  parent ? Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1) : [];
const textOf = (e: Element | undefined) => e?.textContent?.trim() ?? "";

/** Children that must follow `after`, in this order, with these values, as exports write them. */
function expectRun(
  parent: Element,
  after: string,
  run: { name: string; values: readonly string[] }[],
  where: string,
  problems: string[],
): void {
  const children = elements(parent);
  const start = children.findIndex((c) => c.tagName === after) + 1;
  run.forEach(({ name, values }, i) => {
    const child = children[start + i];
    if (child?.tagName !== name) {
      problems.push(`${RULE} ${where}: ${name} must follow ${i === 0 ? after : run[i - 1].name} as exports write it`);
    } else if (!values.includes(textOf(child))) {
      problems.push(
        `${RULE} ${where}: ${name} is "${textOf(child)}"; exports write ${values.map((v) => `"${v}"`).join(" or ")}`,
      );
    }
  });
}

/**
 * The parts of customizations.xml that the 9.0 XSD does not know (xsd.ts strips exactly those
 * before validating) are checked here instead, in the shape current exports give them:
 * - AppModule: OptimizedFor (empty) right after WebResourceId, and
 *   NavigationType (0 single session, 1 multi session) right after ClientType;
 * - AppModuleSiteMap: EnableCollapsibleGroups, ShowHome, ShowPinned, ShowRecents ("True" or
 *   "False") right after SiteMapUniqueName;
 * - Role: isinherited "0" or "1", and LocalizedNames last, naming the role as its name attribute.
 */
export function exportOnlyShapeProblems(customizations: Element): string[] {
  const problems: string[] = [];
  const [app, siteMap, role] = EXPORT_ONLY_PARTS;
  const trueFalse = ["True", "False"];
  for (const e of directChildren(directChildren(customizations, app.container)[0], app.element)) {
    const where = `app ${textOf(directChildren(e, "UniqueName")[0])}`;
    expectRun(e, "WebResourceId", [{ name: "OptimizedFor", values: [""] }], where, problems);
    expectRun(e, "ClientType", [{ name: "NavigationType", values: ["0", "1"] }], where, problems);
  }
  for (const e of directChildren(directChildren(customizations, siteMap.container)[0], siteMap.element)) {
    const where = `site map ${textOf(directChildren(e, "SiteMapUniqueName")[0])}`;
    expectRun(
      e,
      "SiteMapUniqueName",
      siteMap.children.map((name) => ({ name, values: trueFalse })),
      where,
      problems,
    );
  }
  for (const e of directChildren(directChildren(customizations, role.container)[0], role.element)) {
    const name = e.getAttribute("name") ?? "";
    const where = `role "${name}"`;
    const inherited = e.getAttribute("isinherited");
    if (inherited !== "0" && inherited !== "1")
      problems.push(
        `${RULE} ${where}: isinherited is ${inherited === null ? "missing" : `"${inherited}"`}; exports write "0" or "1"`,
      );
    const last = elements(e).at(-1);
    const localized = last?.tagName === "LocalizedNames" ? directChildren(last, "LocalizedName") : [];
    if (localized.length === 0)
      problems.push(`${RULE} ${where}: LocalizedNames with a LocalizedName must close the role, as exports write it`);
    for (const l of localized)
      if (l.getAttribute("description") !== name || !/^\d+$/.test(l.getAttribute("languagecode") ?? ""))
        problems.push(
          `${RULE} ${where}: LocalizedName description="${l.getAttribute("description")}" languagecode="${l.getAttribute("languagecode")}"; exports repeat the role's name with its language code`,
        );
  }
  return problems;
}
