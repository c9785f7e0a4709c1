import { keysUsedInSource, userVisibleLiteralsInSource } from "../../support/codeStrings";

// The scanners the strings tests rely on find what they are meant to find.
describe("keysUsedInSource", () => {
  it("reads keys from strings.get/format calls, ternaries, casts and Key_Like literals", () => {
    const found = keysUsedInSource(`
      // strings.get("InComment") is not code
      const a = props.strings.get("Empty");
      const b = this.strings.format(copied ? "Copied" : "Copy_Failed", name);
      const c = strings.get(state.path === "fallback" ? "Coverage_All" : ("Coverage_Time" as Key));
      const d = strings.format(\`Failure_\${kind}\`, detail);
      const e = [[parts.days, "Duration_Days"]];
      const f = params.get("page");
    `);
    expect(found).toEqual({
      keys: ["Copied", "Copy_Failed", "Coverage_All", "Coverage_Time", "Duration_Days", "Empty"],
      prefixes: ["Failure_"],
    });
  });
});

describe("userVisibleLiteralsInSource", () => {
  it("finds words between tags, literal children and literal labels", () => {
    const found = userVisibleLiteralsInSource(`
      export const View = (props: Props) => (
        <div aria-label="Delivery list" className="pdx-list" data-kind="Input">
          <b>Hello there</b> {props.count} items
          <span title={"Copy the value"}>{"Loading"}</span>
          <Icon iconName="ChevronDown" text={strings.get("Copy")} />
          <span>{" · "}+{props.more}</span>
        </div>
      );
    `);
    expect(found).toEqual(["aria-label=Delivery list", "Hello there", "items", "title=Copy the value", "Loading"]);
  });

  it("accepts a view whose every word comes from the strings", () => {
    expect(
      userVisibleLiteralsInSource(
        `const V = () => <p title={strings.get("Open")}>{strings.format("Summary", n)} · {n}</p>;`,
      ),
    ).toEqual([]);
  });
});
