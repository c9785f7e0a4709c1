/**
 * What the code of a control or a form script asks of its resx, read off the source text, and
 * what a view writes into its markup without the resx. The strings tests hold both against the
 * key lists and the resx files of every language.
 */
import * as fs from "node:fs";
import * as ts from "typescript";

/** A resx key as the code spells them: Capitalised, words joined by underscores (Summary_Count_One). */
const keyLike = /^[A-Z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/;

export interface KeysInCode {
  /** Keys written out: in a strings.get/format call or as a Key_Like literal anywhere. */
  keys: string[];
  /** Prefixes of keys built in a call (`Failure_${kind}` gives "Failure_"). */
  prefixes: string[];
}

export function keysUsedInSource(source: string, fileName = "code.tsx"): KeysInCode {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const keys = new Set<string>();
  const prefixes = new Set<string>();
  // The key argument of strings.get(...) / strings.format(...): a literal, either branch of a
  // ternary, a template's fixed start; through casts and parentheses.
  const keyArgument = (node: ts.Expression): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) keys.add(node.text);
    else if (ts.isTemplateExpression(node)) {
      if (node.head.text) prefixes.add(node.head.text);
    } else if (ts.isConditionalExpression(node)) {
      keyArgument(node.whenTrue);
      keyArgument(node.whenFalse);
    } else if (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node)) {
      keyArgument(node.expression);
    }
  };
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ["get", "format"].includes(node.expression.name.text) &&
      /strings$/i.test(node.expression.expression.getText(file)) &&
      node.arguments.length > 0
    ) {
      keyArgument(node.arguments[0]);
    }
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && keyLike.test(node.text)) {
      keys.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { keys: [...keys].sort(), prefixes: [...prefixes].sort() };
}

export function keysUsedIn(files: readonly string[]): KeysInCode {
  const found = files.map((file) => keysUsedInSource(fs.readFileSync(file, "utf8"), file));
  return {
    keys: [...new Set(found.flatMap((one) => one.keys))].sort(),
    prefixes: [...new Set(found.flatMap((one) => one.prefixes))].sort(),
  };
}

/** Attributes a person reads or hears: labels, titles, placeholders, Fluent's text props. */
const visibleAttributes = [
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "alt",
  "title",
  "placeholder",
  "label",
  "text",
  "ariaLabel",
  "ariaDescription",
  "description",
  "headerText",
  "content",
  "errorMessage",
  "noResultsFoundText",
];

const hasWord = (text: string): boolean => /\p{L}{2,}/u.test(text);

/**
 * Texts a .tsx view shows that do not come from the resx, found by parsing it as TypeScript: words
 * between tags (JsxText), a string literal as a JSX child ({"Loading"}) and a literal in a
 * visible attribute (title="Copy"). Text without two letters in a row (punctuation, "+", "·") is
 * not prose.
 */
export function userVisibleLiteralsInSource(source: string, fileName = "view.tsx"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const literalText = (node: ts.Node | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.text.trim();
      if (hasWord(text)) found.push(text);
    } else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent)) {
      const text = literalText(node.expression);
      if (text !== undefined && hasWord(text)) found.push(text);
    } else if (ts.isJsxAttribute(node) && visibleAttributes.includes(node.name.getText(file))) {
      const value = node.initializer;
      const text = value && ts.isJsxExpression(value) ? literalText(value.expression) : literalText(value);
      if (text !== undefined && hasWord(text)) found.push(`${node.name.getText(file)}=${text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

export function userVisibleLiterals(file: string): string[] {
  return userVisibleLiteralsInSource(fs.readFileSync(file, "utf8"), file);
}
