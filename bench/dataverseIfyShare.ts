/**
 * dataverse-ify's share of a production bundle.js, found in the bundle itself.
 *
 * pcf-scripts sets webpack's `output.pathinfo`, but the production build's minifier strips
 * those comments and webpack numbers modules by a hash ("deterministic" ids), so the bundle
 * names no paths. What it keeps is the shape of every module that was not concatenated into
 * the control's own: `id(module, exports, require){…}` in webpack's module table, or
 * `__webpack_require__.cw(function(module, exports){…})` for a CommonJS module webpack wrapped
 * into the concatenated one. A module is told by what it exports (`exports.X = …` and
 * `Object.defineProperty(exports, "X", …)` at its top level; minifiers keep property names)
 * and, recursively, by the modules it requires. The same signature is computed for every file
 * of dataverse-ify that `import { XrmContextDataverseClient, setMetadataCache } from
 * "dataverse-ify"` reaches (the module graph esbuild resolves from the package's main), and
 * the bundle's modules whose signature matches one of those files are dataverse-ify's: their
 * minified bytes are its share. webpack's require runtime (`__webpack_require__`, its module
 * cache, `cw`), which a bundle without any CommonJS module would not need, is left out.
 *
 * As a cross-check the same import is bundled on its own with the esbuild in node_modules
 * (minify, iife, react and @fluentui/react external).
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import ts from "typescript";

export interface DataverseIfyShare {
  bundle: string;
  bundleBytes: number;
  /** Bytes of the matched modules of webpack's module table and of matched concatenation wrappers. */
  bytes: number;
  tableModuleBytes: number;
  wrappedModuleBytes: number;
  /** Files of dataverse-ify the import reaches, and how many of them were found in the bundle. */
  dataverseIfyFiles: number;
  matchedFiles: number;
  /** dataverse-ify files with no module of that signature in the bundle. */
  unmatchedFiles: string[];
  /** Modules of webpack's table that are not dataverse-ify's. */
  otherTableModules: number;
  /** Whether the bundle still carries webpack's pathinfo comments. */
  pathinfoComments: boolean;
  /** The same import bundled alone by esbuild (minify, iife, react and @fluentui/react external). */
  esbuildBytes: number;
}

const importLine = 'import { XrmContextDataverseClient, setMetadataCache } from "dataverse-ify";';

interface Unit {
  exports: string[];
  deps: string[];
  bytes: number;
}

/** Names a module assigns on its exports object at its top level (nested functions are skipped). */
function exportedNames(body: ts.Node, exportsName: string | undefined): string[] {
  const names = new Set<string>();
  if (!exportsName) return [];
  const isExports = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === exportsName;
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      isExports(node.left.expression)
    ) {
      names.add(node.left.name.text);
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.getText() === "Object.defineProperty" &&
      node.arguments.length >= 2 &&
      isExports(node.arguments[0]) &&
      ts.isStringLiteral(node.arguments[1]) &&
      node.arguments[1].text !== "__esModule"
    ) {
      names.add(node.arguments[1].text);
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return [...names].sort();
}

/**
 * Modules `body` requires: numeric-literal arguments of calls to `requireName`, and the ids
 * behind the `lazy` getters it calls (whose names land in `gettersUsed`).
 */
function requiredIds(
  body: ts.Node,
  requireName: string | undefined,
  lazy: ReadonlyMap<string, string> = new Map(),
  gettersUsed: Set<string> = new Set(),
): string[] {
  const ids = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const name = node.expression.text;
      const argument = node.arguments[0];
      if (name === requireName && node.arguments.length === 1 && ts.isNumericLiteral(argument)) ids.add(argument.text);
      const getter = node.arguments.length === 0 ? lazy.get(name) : undefined;
      if (getter !== undefined) {
        ids.add(getter);
        gettersUsed.add(name);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(body, visit);
  return [...ids];
}

function parameterName(fn: ts.SignatureDeclarationBase, index: number): string | undefined {
  const parameter = fn.parameters[index];
  return parameter && ts.isIdentifier(parameter.name) ? parameter.name.text : undefined;
}

type ModuleFunction = ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration;

function moduleFunctionOf(property: ts.ObjectLiteralElementLike): ModuleFunction | undefined {
  if (ts.isMethodDeclaration(property) && ts.isNumericLiteral(property.name)) return property;
  if (
    ts.isPropertyAssignment(property) &&
    ts.isNumericLiteral(property.name) &&
    (ts.isFunctionExpression(property.initializer) || ts.isArrowFunction(property.initializer))
  )
    return property.initializer;
  return undefined;
}

/** webpack's module table (the largest object literal of numeric keys and functions) and its wrapped CommonJS modules. */
function bundleUnits(source: string): { table: Map<string, Unit>; wrapped: Unit[] } {
  const file = ts.createSourceFile("bundle.js", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  let tableNode: ts.ObjectLiteralExpression | undefined;
  const wrappers: Array<{ call: ts.CallExpression; fn: ts.FunctionExpression | ts.ArrowFunction }> = [];
  /** `x = () => require(id)`: the getters a concatenated module uses for modules of the table. */
  const lazy = new Map<string, string>();
  const lazyBytes = new Map<string, number>();
  const find = (node: ts.Node): void => {
    if (
      ts.isObjectLiteralExpression(node) &&
      node.properties.length > 0 &&
      node.properties.every((property) => moduleFunctionOf(property) !== undefined) &&
      node.properties.length > (tableNode?.properties.length ?? 0)
    ) {
      tableNode = node;
      return;
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "cw" &&
      node.arguments.length === 1 &&
      (ts.isFunctionExpression(node.arguments[0]) || ts.isArrowFunction(node.arguments[0]))
    ) {
      wrappers.push({ call: node, fn: node.arguments[0] });
    }
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.initializer &&
      ts.isArrowFunction(node.initializer) &&
      node.initializer.parameters.length === 0 &&
      ts.isCallExpression(node.initializer.body) &&
      node.initializer.body.arguments.length === 1 &&
      ts.isNumericLiteral(node.initializer.body.arguments[0])
    ) {
      lazy.set(node.name.text, node.initializer.body.arguments[0].text);
      lazyBytes.set(node.name.text, Buffer.byteLength(node.getText(file)) + 1);
    }
    ts.forEachChild(node, find);
  };
  find(file);
  const table = new Map<string, Unit>();
  for (const property of tableNode?.properties ?? []) {
    const fn = moduleFunctionOf(property);
    if (!fn?.body || !property.name) continue;
    table.set(property.name.getText(file), {
      exports: exportedNames(fn.body, parameterName(fn, 1)),
      deps: requiredIds(fn.body, parameterName(fn, 2)),
      // The module's text and the comma after it.
      bytes: Buffer.byteLength(property.getText(file)) + 1,
    });
  }
  const wrapped = wrappers.map(({ call, fn }): Unit => {
    const callee = call.expression as ts.PropertyAccessExpression;
    const requireName = ts.isIdentifier(callee.expression) ? callee.expression.text : undefined;
    const getters = new Set<string>();
    const deps = requiredIds(fn.body, requireName, lazy, getters);
    return {
      exports: exportedNames(fn.body, parameterName(fn, 1)),
      deps,
      // The wrapper and the getters it calls the table's modules through.
      bytes:
        Buffer.byteLength(call.getText(file)) + [...getters].reduce((sum, name) => sum + (lazyBytes.get(name) ?? 0), 0),
    };
  });
  return { table, wrapped };
}

/**
 * A signature per module that does not depend on ids or names: its exports, refined round by
 * round by the signatures of what it requires (cycles included), the same number of rounds on
 * both graphs.
 */
function signatures<K>(units: Map<K, { exports: string[]; deps: K[] }>, rounds = 12): Map<K, string> {
  const hash = (text: string): string => createHash("sha1").update(text).digest("hex").slice(0, 16);
  let current = new Map([...units].map(([key, unit]) => [key, hash(unit.exports.join(","))]));
  for (let round = 0; round < rounds; round += 1) {
    current = new Map(
      [...units].map(([key, unit]) => [
        key,
        hash(
          `${current.get(key) ?? ""}<${unit.deps
            .map((dep) => current.get(dep) ?? "?")
            .sort()
            .join("|")}>`,
        ),
      ]),
    );
  }
  return current;
}

export async function measureDataverseIfyShare(root: string, bundlePath: string): Promise<DataverseIfyShare> {
  const result = await build({
    stdin: {
      contents: `${importLine}\nglobalThis.__pdxDataverseIfy = [XrmContextDataverseClient, setMetadataCache];`,
      resolveDir: root,
    },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "iife",
    platform: "browser",
    external: ["react", "@fluentui/react"],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const esbuildBytes = result.outputFiles[0].contents.length;
  const prefix = "node_modules/dataverse-ify/";
  const files = new Map<string, { exports: string[]; deps: string[] }>();
  for (const [input, info] of Object.entries(result.metafile.inputs)) {
    if (!input.startsWith(prefix)) continue;
    const text = fs.readFileSync(path.join(root, input), "utf8");
    const parsed = ts.createSourceFile(input, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
    files.set(input, {
      exports: exportedNames(parsed, "exports"),
      deps: info.imports.map((entry) => entry.path).filter((dep) => dep.startsWith(prefix)),
    });
  }

  const source = fs.readFileSync(bundlePath, "utf8");
  const { table, wrapped } = bundleUnits(source);
  const fileSignatures = signatures(files);
  // Wrapped modules require modules of the table; nothing requires them by id.
  const units = new Map<string, Unit>([
    ...table,
    ...wrapped.map((unit, index): [string, Unit] => [`cw${index}`, unit]),
  ]);
  const unitSignatures = signatures(units);

  const remaining = new Map<string, string[]>();
  for (const [file, signature] of fileSignatures) remaining.set(signature, [...(remaining.get(signature) ?? []), file]);
  const take = (signature: string): boolean => {
    const candidates = remaining.get(signature);
    if (!candidates || candidates.length === 0) return false;
    candidates.pop();
    return true;
  };
  let tableModuleBytes = 0;
  let otherTableModules = 0;
  for (const [id, unit] of table) {
    if (take(unitSignatures.get(id) ?? "")) tableModuleBytes += unit.bytes;
    else otherTableModules += 1;
  }
  let wrappedModuleBytes = 0;
  wrapped.forEach((unit, index) => {
    if (take(unitSignatures.get(`cw${index}`) ?? "")) wrappedModuleBytes += unit.bytes;
  });
  const unmatchedFiles = [...remaining.values()].flat().sort();
  return {
    bundle: path.relative(root, bundlePath),
    bundleBytes: Buffer.byteLength(source),
    bytes: tableModuleBytes + wrappedModuleBytes,
    tableModuleBytes,
    wrappedModuleBytes,
    dataverseIfyFiles: files.size,
    matchedFiles: files.size - unmatchedFiles.length,
    unmatchedFiles,
    otherTableModules,
    pathinfoComments: /\/\*!?\s*\*{3}\s*\.\/node_modules\//.test(source),
    esbuildBytes,
  };
}
