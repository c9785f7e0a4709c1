/** @jsx h */
import type * as React from "react";
import { ControlRoot } from "../shared/ControlRoot";
import type { ControlTheme } from "../shared/theme";
import type { DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import { h } from "../shared/jsx";

export interface DeliveryInsightsViewProps {
  strings: DeliveryInsightsStrings;
  theme: ControlTheme;
}

export function DeliveryInsightsView(props: DeliveryInsightsViewProps): React.ReactElement {
  const { strings, theme } = props;
  return (
    <ControlRoot
      theme={theme}
      errorMessage={strings.get("Region_Label")}
      label={strings.get("Region_Label")}
      className="pdx-insights"
    >
      <div />
    </ControlRoot>
  );
}
