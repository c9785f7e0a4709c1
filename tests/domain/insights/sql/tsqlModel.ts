import { Parser } from "node-sql-parser/build/transactsql";

/**
 * A model of the T-SQL scalar functions the text rules use, evaluated over node-sql-parser's
 * AST of a rendered expression. No SQL Server runs here, so this is what lets the T-SQL
 * renderings of trim, normalise, LIKE patterns and lengths be checked against domain/ at all.
 * It models the documented behaviour under the endpoint's default collation
 * Latin1_General_100_BIN2_UTF8 (code-point exact), including the two rules that differ from
 * JavaScript: `=` ignores trailing spaces of both sides, and LIKE ignores trailing spaces of the
 * text matched (not of the pattern); LEN leaves trailing spaces out. It is a model: it shows
 * the renderings are right if the endpoint behaves as documented, not that it does.
 */
export type Value = string | number | boolean | null;
type Row = Readonly<Record<string, Value>>;
interface Node {
  type: string;
  [key: string]: unknown;
}

const parser = new Parser();

const withoutTrailingSpaces = (text: string): string => text.replace(/ +$/, "");

const compiled = new Map<string, RegExp>();

function likeRegex(pattern: string): RegExp {
  let regex = compiled.get(pattern);
  if (!regex) compiled.set(pattern, (regex = compileLike(pattern)));
  return regex;
}

function compileLike(pattern: string): RegExp {
  let source = "";
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === "%") source += "[\\s\\S]*";
    else if (char === "_") source += "[\\s\\S]";
    else if (char === "[") {
      const close = pattern.indexOf("]", index + 2);
      if (close < 0) throw new Error(`Unclosed [ in LIKE pattern ${pattern}`);
      const body = pattern.slice(index + 1, close);
      const negated = body.startsWith("^");
      const members = (negated ? body.slice(1) : body).replace(/[\\\]^]/g, (meta) => `\\${meta}`);
      source += `[${negated ? "^" : ""}${members}]`;
      index = close;
    } else source += char.replace(/[.*+?^${}()|[\]\\/]/g, (meta) => `\\${meta}`);
  }
  return new RegExp(`^${source}$`);
}

const like = (text: string, pattern: string): boolean => {
  const regex = likeRegex(pattern);
  return regex.test(text) || regex.test(withoutTrailingSpaces(text));
};

function equal(left: Value, right: Value): boolean | null {
  if (left === null || right === null) return null;
  if (typeof left === "string" && typeof right === "string")
    return withoutTrailingSpaces(left) === withoutTrailingSpaces(right);
  return left === right;
}

function text(value: Value): string {
  if (typeof value !== "string") throw new Error(`Not text: ${String(value)}`);
  return value;
}

function number(value: Value): number {
  if (typeof value !== "number") throw new Error(`Not a number: ${String(value)}`);
  return value;
}

const functions: Readonly<Record<string, (args: Value[]) => Value>> = {
  CONCAT: (args) => args.map((arg) => (arg === null ? "" : String(arg))).join(""),
  NCHAR: ([code]) => String.fromCharCode(number(code)),
  REPLACE: ([value, search, replacement]) =>
    value === null ? null : text(search) === "" ? value : text(value).split(text(search)).join(text(replacement)),
  REVERSE: ([value]) => (value === null ? null : [...text(value)].reverse().join("")),
  SUBSTRING: ([value, start, count]) => {
    if (value === null) return null;
    if (number(count) < 0) throw new Error("Invalid length parameter passed to the substring function");
    const from = Math.max(number(start), 1);
    const to = number(start) + number(count) - 1;
    return to < from ? "" : text(value).slice(from - 1, to);
  },
  PATINDEX: ([pattern, value]) => {
    if (value === null) return null;
    const source = text(pattern);
    if (!source.startsWith("%")) throw new Error(`The model reads only PATINDEX('%...', ...): ${source}`);
    const rest = source.slice(1);
    const subject = text(value);
    for (let index = 0; index < subject.length; index += 1)
      if (likeRegex(rest).test(subject.slice(index))) return index + 1;
    return 0;
  },
  LEN: ([value]) => (value === null ? null : withoutTrailingSpaces(text(value)).length),
  CHARINDEX: ([search, value]) => (value === null ? null : text(value).indexOf(text(search)) + 1),
  LOWER: ([value]) => (value === null ? null : text(value).toLowerCase()),
  COALESCE: (args) => args.find((arg) => arg !== null) ?? null,
};

function evaluate(node: Node, row: Row): Value {
  switch (node.type) {
    case "column_ref":
      return row[node.column as string] ?? null;
    case "var_string":
    case "single_quote_string":
      return (node.value as string).replace(/''/g, "'");
    case "number":
      return node.value as number;
    case "null":
      return null;
    case "case": {
      for (const branch of node.args as Node[]) {
        if (branch.type === "else") return evaluate(branch.result as Node, row);
        if (evaluate(branch.cond as Node, row) === true) return evaluate(branch.result as Node, row);
      }
      return null;
    }
    case "function": {
      const name = ((node.name as { name: { value: string }[] }).name[0].value ?? "").toUpperCase();
      const args = ((node.args as { value: Node[] } | null)?.value ?? []).map((arg) => evaluate(arg, row));
      if (name === "NOT") return args[0] === null ? null : !args[0];
      const call = functions[name];
      if (!call) throw new Error(`The model has no function ${name}`);
      return call(args);
    }
    case "binary_expr":
      return binary(node, row);
    default:
      throw new Error(`The model cannot evaluate a ${node.type}`);
  }
}

function binary(node: Node, row: Row): Value {
  const operator = node.operator as string;
  const left = evaluate(node.left as Node, row);
  if (operator === "IS") return left === null;
  if (operator === "IS NOT") return left !== null;
  if (operator === "AND") return left === true ? evaluate(node.right as Node, row) === true : false;
  if (operator === "OR") return left === true || evaluate(node.right as Node, row) === true;
  if (operator === "IN" || operator === "NOT IN") {
    const values = (node.right as { value: Node[] }).value.map((item) => evaluate(item, row));
    const found = values.some((value) => equal(left, value) === true);
    return operator === "IN" ? found : !found;
  }
  const right = evaluate(node.right as Node, row);
  if (left === null || right === null) return null;
  switch (operator) {
    case "=":
      return equal(left, right);
    case "<>":
    case "!=":
      return !equal(left, right);
    case "LIKE":
      return like(text(left), text(right));
    case "NOT LIKE":
      return !like(text(left), text(right));
    case ">":
      return number(left) > number(right);
    case ">=":
      return number(left) >= number(right);
    case "<":
      return number(left) < number(right);
    case "<=":
      return number(left) <= number(right);
    case "+":
      return number(left) + number(right);
    case "-":
      return number(left) - number(right);
    default:
      throw new Error(`The model has no operator ${operator}`);
  }
}

/** A rendered T-SQL expression as a function of a row's columns. */
export function tsqlExpression(expression: string): (row: Row) => Value {
  const ast = parser.astify(`SELECT ${expression} AS v FROM t`) as unknown as { columns: { expr: Node }[] };
  const node = ast.columns[0].expr;
  return (row) => evaluate(node, row);
}
