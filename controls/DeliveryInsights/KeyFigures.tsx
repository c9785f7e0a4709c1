/** @jsx h */
import type * as React from "react";
import { h } from "../shared/jsx";
import type { DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import type { DeliveryView } from "./drillDown";
import type { KeyFigure } from "./insightTables";

export interface KeyFiguresProps {
  figures: readonly KeyFigure[];
  strings: DeliveryInsightsStrings;
  onOpenView: (view: DeliveryView) => void;
}

/** The period's headline numbers as a description list; a number a view lists opens that view. */
export function KeyFigures(props: KeyFiguresProps): React.ReactElement {
  const { strings } = props;
  return (
    <dl className="pdx-insights-figures">
      {props.figures.map((figure) => {
        const view = figure.view;
        return (
          <div key={figure.id} className="pdx-insights-figure" data-figure={figure.id}>
            <dt className="pdx-insights-figure-label">{figure.label}</dt>
            <dd className="pdx-insights-figure-value">
              {view ? (
                <button
                  type="button"
                  className="pdx-insights-link"
                  aria-label={strings.format("Open_Figure_Label", figure.label, figure.text)}
                  onClick={() => props.onOpenView(view)}
                >
                  <bdi>{figure.text}</bdi>
                </button>
              ) : (
                <bdi>{figure.text}</bdi>
              )}
            </dd>
            {figure.note ? (
              <dd className="pdx-insights-figure-note" dir="auto">
                {figure.note}
              </dd>
            ) : null}
          </div>
        );
      })}
    </dl>
  );
}
