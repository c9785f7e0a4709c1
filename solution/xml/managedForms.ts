import type { XmlElement, XmlNode } from "./node";

const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

/** A field cell: a cell whose control is bound to a column. */
function isFieldCell(cell: XmlElement): boolean {
  return cell.children.some(
    (c) => isElement(c) && c.name === "control" && c.attributes.some(([name]) => name === "datafieldname"),
  );
}

function emptyLabels(cell: XmlElement): XmlElement {
  return {
    ...cell,
    children: cell.children.map((c) =>
      isElement(c) && c.name === "labels"
        ? {
            ...c,
            children: c.children.map((l) =>
              isElement(l)
                ? {
                    ...l,
                    attributes: l.attributes.map(([k, v]): [string, string] => [k, k === "description" ? "" : v]),
                  }
                : l,
            ),
          }
        : c,
    ),
  };
}

/**
 * What a managed export changes in forms, and all it changes: in real "Both" unpacks the
 * managed twin of a form differs only in that its field cells carry empty labels (the client
 * shows the column's display name). Microsoft's packager cannot turn one kind into the other,
 * so the managed zip is generated with exactly that difference.
 */
export function withManagedFormLabels(node: XmlElement): XmlElement {
  const children = node.children.map((c) => (isElement(c) ? withManagedFormLabels(c) : c));
  const next = { ...node, children };
  return node.name === "cell" && isFieldCell(node) ? emptyLabels(next) : next;
}
