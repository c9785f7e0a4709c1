/**
 * Parser for the subset of OData $filter the sample Web API evaluates:
 *
 *   comparisons  eq ne gt ge lt le        (column on one side, a literal on the other)
 *   logic        and or not ( )
 *   text         contains startswith endswith
 *   Dataverse    Microsoft.Dynamics.CRM.In / NotIn / Null / NotNull
 *   literals     'text' (with '' escapes), numbers, true false null, GUIDs, dates and date-times
 *
 * Anything else (lambda operators, paths into related tables, other functions, arithmetic,
 * the `in` and `has` operators) is rejected with an UnsupportedQueryError that names it.
 */
import { QuerySyntaxError, UnsupportedQueryError } from "./errors";

export type ComparisonOperator = "eq" | "ne" | "gt" | "ge" | "lt" | "le";
export type TextFunction = "contains" | "startswith" | "endswith";

export type Literal =
  | { kind: "string"; value: string }
  | { kind: "number"; value: number }
  | { kind: "boolean"; value: boolean }
  | { kind: "null" }
  | { kind: "guid"; value: string }
  | { kind: "datetime"; value: number; text: string };

export type FilterNode =
  | { type: "and" | "or"; left: FilterNode; right: FilterNode }
  | { type: "not"; operand: FilterNode }
  | { type: "compare"; operator: ComparisonOperator; property: string; literal: Literal }
  | { type: "text"; name: TextFunction; property: string; value: string }
  | { type: "in"; negated: boolean; property: string; values: string[] }
  | { type: "isNull"; negated: boolean; property: string };

type Token =
  | { kind: "string"; text: string; at: number }
  | { kind: "word"; text: string; at: number }
  | { kind: "punct"; text: string; at: number };

const comparisonOperators: ReadonlySet<string> = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);
const arithmeticOperators: ReadonlySet<string> = new Set(["add", "sub", "mul", "div", "divby", "mod"]);
const flipped: Readonly<Record<ComparisonOperator, ComparisonOperator>> = {
  eq: "eq",
  ne: "ne",
  gt: "lt",
  ge: "le",
  lt: "gt",
  le: "ge",
};
const textFunctions: ReadonlySet<string> = new Set(["contains", "startswith", "endswith"]);

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const numberPattern = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
const propertyPattern = /^[A-Za-z_][A-Za-z0-9_]*$/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === "'") {
      let value = "";
      let cursor = index + 1;
      for (;;) {
        if (cursor >= text.length)
          throw new QuerySyntaxError(`$filter: unterminated string literal starting at position ${index + 1}`);
        if (text[cursor] === "'") {
          if (text[cursor + 1] === "'") {
            value += "'";
            cursor += 2;
            continue;
          }
          break;
        }
        value += text[cursor];
        cursor += 1;
      }
      tokens.push({ kind: "string", text: value, at: index });
      index = cursor + 1;
    } else if ("(),=[]".includes(char)) {
      tokens.push({ kind: "punct", text: char, at: index });
      index += 1;
    } else {
      const match = /^[A-Za-z0-9_.:+\-/@$]+/.exec(text.slice(index));
      if (!match) throw new QuerySyntaxError(`$filter: unexpected character '${char}' at position ${index + 1}`);
      tokens.push({ kind: "word", text: match[0], at: index });
      index += match[0].length;
    }
  }
  return tokens;
}

/** A bare word as a literal, or undefined when it names a property. */
function literalOf(word: string): Literal | undefined {
  if (word === "null") return { kind: "null" };
  if (word === "true" || word === "false") return { kind: "boolean", value: word === "true" };
  if (guidPattern.test(word)) return { kind: "guid", value: word.toLowerCase() };
  if (datePattern.test(word)) {
    const [year, month, dayOfMonth] = word.slice(0, 10).split("-").map(Number);
    const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const value = Date.parse(word.length === 10 ? `${word}T00:00:00Z` : word);
    if (Number.isNaN(value) || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth) {
      throw new QuerySyntaxError(`$filter: not a valid date: ${word}`);
    }
    return { kind: "datetime", value, text: word };
  }
  if (numberPattern.test(word)) return { kind: "number", value: Number(word) };
  return undefined;
}

class FilterParser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): FilterNode {
    if (this.tokens.length === 0) throw new QuerySyntaxError("$filter is empty");
    const node = this.parseOr();
    const rest = this.peek();
    if (rest) throw new QuerySyntaxError(`$filter: unexpected '${rest.text}' at position ${rest.at + 1}`);
    return node;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.position + offset];
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (!token) throw new QuerySyntaxError("$filter ends unexpectedly");
    this.position += 1;
    return token;
  }

  private isWord(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === "word" && token.text === text;
  }

  private isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === "punct" && token.text === text;
  }

  private expectPunct(text: string): void {
    const token = this.next();
    if (token.kind !== "punct" || token.text !== text)
      throw new QuerySyntaxError(`$filter: expected '${text}' at position ${token.at + 1}, found '${token.text}'`);
  }

  private parseOr(): FilterNode {
    let left = this.parseAnd();
    while (this.isWord("or")) {
      this.position += 1;
      left = { type: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FilterNode {
    let left = this.parseUnary();
    while (this.isWord("and")) {
      this.position += 1;
      left = { type: "and", left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FilterNode {
    if (this.isWord("not")) {
      this.position += 1;
      return { type: "not", operand: this.parseUnary() };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterNode {
    if (this.isPunct("(")) {
      this.position += 1;
      const inner = this.parseOr();
      this.expectPunct(")");
      return inner;
    }
    const first = this.peek();
    if (first?.kind === "word" && this.isPunct("(", 1)) {
      return this.parseFunction();
    }
    return this.parseComparison();
  }

  private parseFunction(): FilterNode {
    const name = this.next().text;
    const lambda = /^(.+)\/(any|all)$/.exec(name);
    if (lambda)
      throw new UnsupportedQueryError(
        `lambda operator ${lambda[2]}()`,
        `${name}(...): filters across a collection are not supported`,
      );
    this.expectPunct("(");
    if (textFunctions.has(name)) {
      const property = this.parseProperty();
      this.expectPunct(",");
      const value = this.next();
      if (value.kind !== "string")
        throw new QuerySyntaxError(`$filter: ${name}() needs a text literal as its second argument`);
      this.expectPunct(")");
      return { type: "text", name: name as TextFunction, property, value: value.text };
    }
    const dataverse = /^Microsoft\.Dynamics\.CRM\.(In|NotIn|Null|NotNull)$/.exec(name);
    if (dataverse) {
      const args = this.parseNamedArguments(name);
      const property = args.get("PropertyName");
      if (typeof property !== "string") throw new QuerySyntaxError(`$filter: ${name} needs PropertyName='column'`);
      this.checkPropertyName(property);
      if (dataverse[1] === "Null" || dataverse[1] === "NotNull") {
        return { type: "isNull", negated: dataverse[1] === "NotNull", property };
      }
      const values = args.get("PropertyValues");
      if (!Array.isArray(values)) throw new QuerySyntaxError(`$filter: ${name} needs PropertyValues=['value',...]`);
      return { type: "in", negated: dataverse[1] === "NotIn", property, values };
    }
    throw new UnsupportedQueryError(
      `function ${name}()`,
      "supported: contains, startswith, endswith, Microsoft.Dynamics.CRM.In, NotIn, Null, NotNull",
    );
  }

  /** PropertyName='x',PropertyValues=['a','b'] up to and including the closing parenthesis. */
  private parseNamedArguments(functionName: string): Map<string, string | string[]> {
    const args = new Map<string, string | string[]>();
    while (!this.isPunct(")")) {
      const name = this.next();
      if (name.kind !== "word")
        throw new QuerySyntaxError(`$filter: expected a parameter name in ${functionName} at position ${name.at + 1}`);
      this.expectPunct("=");
      if (this.isPunct("[")) {
        this.position += 1;
        const values: string[] = [];
        while (!this.isPunct("]")) {
          const value = this.next();
          if (value.kind !== "string")
            throw new QuerySyntaxError(
              `$filter: ${functionName} values must be quoted text at position ${value.at + 1}`,
            );
          values.push(value.text);
          if (this.isPunct(",")) this.position += 1;
        }
        this.position += 1;
        args.set(name.text, values);
      } else {
        const value = this.next();
        if (value.kind !== "string")
          throw new QuerySyntaxError(`$filter: ${functionName} parameter ${name.text} must be quoted text`);
        args.set(name.text, value.text);
      }
      if (this.isPunct(",")) this.position += 1;
    }
    this.position += 1;
    return args;
  }

  private checkPropertyName(name: string): void {
    if (name.includes("/"))
      throw new UnsupportedQueryError(
        "filter on a related table",
        `${name}: elastic tables allow no filters on related tables`,
      );
    if (!propertyPattern.test(name)) throw new QuerySyntaxError(`$filter: '${name}' is not a column name`);
  }

  private parseProperty(): string {
    const token = this.next();
    if (token.kind !== "word" || literalOf(token.text) !== undefined) {
      throw new QuerySyntaxError(`$filter: expected a column name at position ${token.at + 1}, found '${token.text}'`);
    }
    this.checkPropertyName(token.text);
    return token.text;
  }

  private parseOperand(): { property: string } | { literal: Literal } {
    const token = this.next();
    if (token.kind === "string") return { literal: { kind: "string", value: token.text } };
    if (token.kind === "punct")
      throw new QuerySyntaxError(`$filter: unexpected '${token.text}' at position ${token.at + 1}`);
    const literal = literalOf(token.text);
    if (literal) return { literal };
    if (this.isPunct("("))
      throw new UnsupportedQueryError(`function ${token.text}()`, "functions may not be used as comparison operands");
    this.checkPropertyName(token.text);
    return { property: token.text };
  }

  private parseComparison(): FilterNode {
    const left = this.parseOperand();
    const operatorToken = this.next();
    const operator = operatorToken.text;
    if (operatorToken.kind !== "word" || !comparisonOperators.has(operator)) {
      if (operator === "in")
        throw new UnsupportedQueryError(
          "the in operator",
          "use Microsoft.Dynamics.CRM.In(PropertyName='column',PropertyValues=[...])",
        );
      if (operator === "has") throw new UnsupportedQueryError("the has operator");
      if (arithmeticOperators.has(operator)) throw new UnsupportedQueryError(`arithmetic operator ${operator}`);
      throw new QuerySyntaxError(
        `$filter: expected a comparison operator at position ${operatorToken.at + 1}, found '${operator}'`,
      );
    }
    const right = this.parseOperand();
    if (this.peek()?.kind === "word" && arithmeticOperators.has(this.peek()?.text ?? "")) {
      throw new UnsupportedQueryError(`arithmetic operator ${this.peek()?.text ?? ""}`);
    }
    if ("property" in left && "literal" in right)
      return {
        type: "compare",
        operator: operator as ComparisonOperator,
        property: left.property,
        literal: right.literal,
      };
    if ("literal" in left && "property" in right)
      return {
        type: "compare",
        operator: flipped[operator as ComparisonOperator],
        property: right.property,
        literal: left.literal,
      };
    if ("property" in left && "property" in right)
      throw new UnsupportedQueryError("column comparison", `${left.property} ${operator} ${right.property}`);
    throw new QuerySyntaxError(`$filter: a comparison needs a column at position ${operatorToken.at + 1}`);
  }
}

export function parseFilter(text: string): FilterNode {
  return new FilterParser(tokenize(text)).parse();
}
