import { screen, within } from "@testing-library/react";
import * as groupText from "../../../controls/shared/attributeList/groupText";
import { fluentDesign } from "../../support/pcfContext";
import {
  attribute,
  attributesDataset,
  dataRow,
  gridElement,
  groupHeader,
  rowIndexes,
  gridPerTest,
  renderedKeywords,
  resultAttribute,
} from "./fixtures";

const mount = gridPerTest();

describe("AttributeGrid rendering", () => {
  it("groups rows into Input and Result with counts, inputs first", () => {
    mount(
      attributesDataset([
        resultAttribute("Outcome", "Promise"),
        attribute("Region", "West"),
        attribute("Customer", "Contoso"),
      ]),
    );
    expect(groupHeader("Input (2)")).toHaveAttribute("aria-expanded", "true");
    expect(groupHeader("Result (1)")).toBeInTheDocument();
    expect(renderedKeywords()).toEqual(["Customer", "Region", "Outcome"]);
    expect(screen.getByText("3 attributes")).toBeInTheDocument();
    expect(screen.getByRole("grid", { name: "Delivery attributes" })).toBeInTheDocument();
  });

  it("gives screen readers the grid's structure: column headers, rows, row count and row positions", () => {
    mount(attributesDataset([resultAttribute("Outcome", "Promise"), attribute("Region", "West")]));
    const grid = gridElement();
    // Header row, two group headers, two rows.
    expect(grid).toHaveAttribute("aria-rowcount", "5");
    expect(rowIndexes()).toEqual([1, 2, 3, 4, 5]);
    expect(screen.getAllByRole("columnheader").map((header) => header.textContent)).toEqual([
      "Keyword",
      "Value",
      "Actions",
    ]);
    const region = dataRow("Region");
    expect(within(region).getByRole("rowheader")).toHaveTextContent("Region");
    expect(within(region).getAllByRole("gridcell")).toHaveLength(2);
    // A group header's row holds one cell across the columns, with the toggle in it.
    const header = groupHeader("Input (1)").closest('[role="row"]') as HTMLElement;
    expect(within(header).getByRole("gridcell")).toHaveAttribute("aria-colspan", "3");
    expect(header).not.toHaveAttribute("aria-expanded");
  });

  it("shows unknown and missing types in their own labelled groups", () => {
    mount(attributesDataset([attribute("a", "1"), attribute("b", "2", 700610002), attribute("c", "3", null)]));
    expect(groupHeader("Unknown type: 700610002 (1)")).toBeInTheDocument();
    expect(groupHeader("No type (1)")).toBeInTheDocument();
    expect(renderedKeywords()).toEqual(["a", "b", "c"]);
  });

  it("says so when there are no attributes", () => {
    mount(attributesDataset([]));
    expect(screen.getByRole("status")).toHaveTextContent("No attributes");
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });

  it("shows the dataset's error message", async () => {
    mount(
      attributesDataset([attribute("a", "1")], {
        error: true,
        errorMessage: "Principal user is missing prvReadmsdyn_proactive_delivery_attribute.",
      }),
    );
    // Fluent's MessageBar fills its alert region a tick later, so screen readers announce it.
    expect(await screen.findByText(/The attributes could not be loaded\./)).toHaveTextContent(
      "Principal user is missing prvReadmsdyn_proactive_delivery_attribute.",
    );
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });

  it("shows a loading state while the first page loads, announced as a status in the theme's colours", () => {
    mount(attributesDataset([], { loading: true }));
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(/^Loading attributes…$/);
    const ring = status.querySelector(".pdx-ag-spin") as HTMLElement;
    expect(ring).not.toBeNull();
    expect(ring.style.borderTopColor).not.toBe("");
  });

  it("labels value kinds and empty values", () => {
    mount(
      attributesDataset([
        attribute("Amount", "42.50"),
        attribute("Callback", "2026-03-01"),
        attribute("Blank", ""),
        attribute(null, "orphan"),
      ]),
    );
    const amount = dataRow("Amount");
    expect(within(amount).getByText("Number")).toBeInTheDocument();
    const callback = dataRow("Callback");
    expect(within(callback).getByText("Date")).toBeInTheDocument();
    expect(within(callback).getByText("(3/1/2026)")).toBeInTheDocument();
    expect(screen.getByText("(empty)")).toBeInTheDocument();
    expect(screen.getByText("(no keyword)")).toBeInTheDocument();
  });

  it("renders hostile values as text and never creates their elements", () => {
    const img = '<img src=x onerror="window.__hacked=1">';
    const script = "<script>window.__hacked=2</script>";
    const { rendered } = mount(attributesDataset([attribute("img", img), attribute("script", script)]));
    expect(screen.getByText(img)).toBeInTheDocument();
    expect(screen.getByText(script)).toBeInTheDocument();
    expect(rendered.container.querySelector("img")).toBeNull();
    expect(rendered.container.querySelector("script")).toBeNull();
    expect((window as unknown as { __hacked?: number }).__hacked).toBeUndefined();
  });

  it("links only http(s) URLs, opening them safely in a new tab", () => {
    mount(
      attributesDataset([
        attribute("Safe", "https://contoso.com/orders/1"),
        attribute("Evil", "javascript:alert(1)"),
        attribute("Mail", "mailto:someone@contoso.com"),
      ]),
    );
    const links = screen.getAllByRole("link");
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute("href", "https://contoso.com/orders/1");
    expect(links[0]).toHaveAttribute("target", "_blank");
    expect(links[0]).toHaveAttribute("rel", "noopener noreferrer");
    expect(screen.getByText("javascript:alert(1)").closest("a")).toBeNull();
    expect(screen.getByText("mailto:someone@contoso.com").closest("a")).toBeNull();
  });

  it("speaks German when the user does", () => {
    const { context } = mount(attributesDataset([attribute("Region", "West"), resultAttribute("Ergebnis", "")]), {
      languageId: 1031,
    });
    expect(groupHeader("Eingabe (1)")).toBeInTheDocument();
    expect(groupHeader("Ergebnis (1)")).toBeInTheDocument();
    expect(screen.getByRole("searchbox", { name: "Nach Schlüsselwort oder Wert filtern" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Wert von Region kopieren" })).toBeInTheDocument();
    expect(screen.getByText("2 Attribute")).toBeInTheDocument();
    expect(screen.getByText("(leer)")).toBeInTheDocument();
    expect(context.missingStringKeys.size).toBe(0);
  });

  it("lays out right to left when the user's language does", () => {
    mount(attributesDataset([attribute("Region", "West")]), { isRTL: true });
    expect(screen.getByRole("group", { name: "Delivery attributes" })).toHaveAttribute("dir", "rtl");
    // Keywords and values keep their own direction inside the right-to-left layout.
    expect(screen.getByText("Region")).toHaveAttribute("dir", "auto");
    expect(screen.getByText("West")).toHaveAttribute("dir", "auto");
  });

  it.each([["light"], ["dark"], ["highContrast"]] as const)("follows the app's %s theme", (variant) => {
    mount(attributesDataset([attribute("Region", "West")]), { fluentDesignLanguage: fluentDesign(variant) });
    expect(screen.getByRole("group", { name: "Delivery attributes" })).toHaveAttribute("data-theme-mode", variant);
  });

  it("hands the theme's colours to the grid's style sheet", () => {
    mount(attributesDataset([attribute("Region", "West")]), {
      fluentDesignLanguage: fluentDesign("dark", {
        colorNeutralForeground2: "#dadada",
        colorBrandForegroundLink: "#99ccff",
      }),
    });
    const style = (gridElement().closest(".pdx-ag-frame") as HTMLElement).style;
    expect(style.getPropertyValue("--pdx-ag-subtle")).toBe("#dadada");
    expect(style.getPropertyValue("--pdx-ag-link")).toBe("#99ccff");
  });

  it("contains a rendering failure and says so instead of blanking the form", () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    jest.spyOn(groupText, "groupLabel").mockImplementation(() => {
      throw new Error("render bug");
    });
    mount(attributesDataset([attribute("Region", "West")]));
    expect(screen.getByRole("alert")).toHaveTextContent(
      "The attributes could not be shown. Try again; if that does not help, reload the form.",
    );
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });

  it("asks only for strings that the resx defines", () => {
    const { context } = mount(
      attributesDataset([attribute("a", '{"x":1}'), attribute("b", "y".repeat(300)), attribute("c", "", 3)]),
    );
    expect(context.missingStringKeys.size).toBe(0);
  });
});
