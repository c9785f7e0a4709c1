/** @jsx h */
/**
 * A store a controller sets inside updateView, rendered the way the platform renders a virtual
 * control (updateView inside the host's own render, see tests/support/pcfContext.ts).
 */
import { screen } from "@testing-library/react";
import type * as React from "react";
import { h } from "../../../controls/shared/jsx";
import { createStore, inUpdateView, useStore, type Store } from "../../../controls/shared/useStore";
import { expectConsoleError } from "../../support/consoleGuard";
import { mountWithContext, textProperty } from "../../support/pcfContext";

interface Inputs {
  text: ComponentFramework.PropertyTypes.StringProperty;
}

let renders = 0;

function Shown(props: { store: Store<string> }): React.ReactElement {
  renders += 1;
  return <output>{useStore(props.store)}</output>;
}

/** Copies its bound text into a store in updateView, inside inUpdateView or not. */
function storeControl(scoped: boolean) {
  return class StoreControl implements ComponentFramework.ReactControl<Inputs, Record<string, never>> {
    private readonly store = createStore("");
    init(): void {
      // nothing to set up
    }
    updateView(context: ComponentFramework.Context<Inputs>): React.ReactElement {
      const body = (): React.ReactElement => {
        this.store.set(context.parameters.text.raw ?? "");
        return <Shown store={this.store} />;
      };
      return scoped ? inUpdateView(body) : body();
    }
    getOutputs(): Record<string, never> {
      return {};
    }
    destroy(): void {
      // nothing held
    }
  };
}

const mount = (scoped: boolean) =>
  mountWithContext<Inputs, Record<string, never>>(storeControl(scoped), {
    controlName: "StoreControl",
    strings: {},
    parameters: { text: textProperty("first") },
  });

beforeEach(() => {
  renders = 0;
});

describe("a store set inside updateView", () => {
  it("is an update during the host's render without inUpdateView, which React reports", async () => {
    expectConsoleError(/Cannot update a component \(`Shown`\) while rendering a different component/);
    const harness = mount(false);
    harness.update({ parameters: { text: textProperty("second") } });
    await harness.settle();
    expect(screen.getByRole("status")).toHaveTextContent("second");
    harness.destroy();
  });

  it("shows the new value in the host's render inside inUpdateView, and renders no more", async () => {
    const harness = mount(true);
    expect(screen.getByRole("status")).toHaveTextContent("first");
    harness.update({ parameters: { text: textProperty("second") } });
    expect(screen.getByRole("status")).toHaveTextContent("second");
    await harness.settle();
    expect(renders).toBe(2);
    harness.destroy();
  });

  it("tells a subscriber the host's render did not reach, after that render", async () => {
    const store = createStore("a");
    const harness = mountWithContext<Inputs, Record<string, never>>(
      class {
        init(): void {
          // nothing to set up
        }
        updateView(): React.ReactElement {
          return <Shown store={store} />;
        }
        getOutputs(): Record<string, never> {
          return {};
        }
        destroy(): void {
          // nothing held
        }
      },
      { controlName: "Outside", strings: {}, parameters: { text: textProperty("x") } },
    );
    inUpdateView(() => store.set("b"));
    expect(screen.getByRole("status")).toHaveTextContent("a");
    await harness.settle();
    expect(screen.getByRole("status")).toHaveTextContent("b");
    harness.destroy();
  });
});
