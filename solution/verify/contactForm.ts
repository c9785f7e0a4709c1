import type { Element } from "@xmldom/xmldom";
import { contactTable } from "../../domain/tables";
import { ControlNames, contactDeliveriesProperties } from "../definitions/controlBindings";
import { CONTACT_DELIVERIES_TAB, contactMainForm } from "../definitions/forms";
import { all, childText, directChildren, text } from "../xml/read";
import { FORM_FACTORS } from "../xml/form";

const RULE = "[contact form]";

/**
 * What the experience zip must carry for agents (issue 11): the contact form "Contact – Proactive
 * Engagement" in contact's shell (root component behavior 2), its deliveries tab holding the
 * ContactDeliveries control on the fullname cell (label hidden) on web, tablet and phone, bound
 * contactName → fullname, and the control itself packaged.
 */
export function contactFormProblems(solution: Element, customizations: Element): string[] {
  const problems: string[] = [];
  const control = ControlNames.contactDeliveries;
  const roots = all(solution, "RootComponent").filter(
    (r) => r.getAttribute("type") === "1" && r.getAttribute("schemaName") === contactTable.logicalName,
  );
  if (roots.length !== 1 || roots[0].getAttribute("behavior") !== "2")
    problems.push(`${RULE} solution.xml: no RootComponent type 1 schemaName="contact" behavior="2"`);
  if (!all(customizations, "CustomControl").some((c) => childText(c, "Name") === control))
    problems.push(`${RULE} customizations.xml: control ${control} is not packaged`);

  const entity = directChildren(directChildren(customizations, "Entities")[0], "Entity").find(
    (e) => childText(e, "Name") === contactTable.schemaName,
  );
  const form = entity
    ? all(entity, "forms")
        .filter((f) => f.getAttribute("type") === "main")
        .flatMap((f) => directChildren(f, "systemform"))
        .find((f) => text(f, "formid")?.toLowerCase() === contactMainForm.id.toLowerCase())
    : undefined;
  if (!form) {
    problems.push(`${RULE} customizations.xml: contact has no main form ${contactMainForm.id}`);
    return problems;
  }
  const where = `${RULE} form ${contactMainForm.id}`;
  const name = all(directChildren(form, "LocalizedNames")[0] ?? form, "LocalizedName")[0]?.getAttribute("description");
  if (name !== contactMainForm.name) problems.push(`${where}: named "${name}", not "${contactMainForm.name}"`);

  const tab = all(form, "tab").find((t) => t.getAttribute("name") === CONTACT_DELIVERIES_TAB);
  const [property, column] = Object.entries(contactDeliveriesProperties)[0];
  const cell = tab
    ? all(tab, "cell").find((c) => directChildren(c, "control")[0]?.getAttribute("datafieldname") === column)
    : undefined;
  const uniqueId = cell && directChildren(cell, "control")[0]?.getAttribute("uniqueid");
  if (!cell || !uniqueId) {
    problems.push(`${where}: tab ${CONTACT_DELIVERIES_TAB} has no ${column} cell rendered by a code component`);
    return problems;
  }
  if (cell.getAttribute("showlabel") !== "false") problems.push(`${where}: the ${column} cell shows its label`);
  const description = all(form, "controlDescription").find((d) => d.getAttribute("forControl") === uniqueId);
  const bound = description
    ? directChildren(description, "customControl").filter((c) => c.getAttribute("name") === control)
    : [];
  const factors = bound.map((c) => c.getAttribute("formFactor"));
  if (factors.join(",") !== FORM_FACTORS.join(","))
    problems.push(
      `${where}: ${control} is on form factors [${factors.join(", ")}] of the ${column} cell, not web, tablet and phone (${FORM_FACTORS.join(", ")})`,
    );
  for (const c of bound) {
    const value = childText(directChildren(c, "parameters")[0] ?? c, property);
    if (value !== column)
      problems.push(
        `${where}: ${control} on form factor ${c.getAttribute("formFactor")} binds ${property} to "${value ?? ""}", not ${column}`,
      );
  }
  return problems;
}
