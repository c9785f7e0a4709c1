/** @jsx h */
import type * as React from "react";
import type { TimelineWarning } from "../../domain/delivery/timelineWarnings";
import type { ControlTheme } from "../shared/theme";
import type { DeliveryTimelineStrings } from "./deliveryTimelineStrings";
import { warningText } from "./timelineText";
import { h } from "../shared/jsx";

/**
 * What a supervisor should check, as a warning banner with an icon at the top of the
 * control: in words, so it relies on neither the picture nor colour.
 */
export function WarningBanner(props: {
  warnings: readonly TimelineWarning[];
  strings: DeliveryTimelineStrings;
  theme: ControlTheme;
}): React.ReactElement | null {
  const { strings, theme } = props;
  if (props.warnings.length === 0) {
    return null;
  }
  const semantic = theme.fluent.semanticColors;
  return (
    <section
      aria-label={strings.get("Anomalies_Label")}
      className="pdx-tl-banner"
      style={{
        background: semantic.warningBackground,
        color: semantic.messageText,
        border: `1px solid ${theme.tones.warning}`,
      }}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
        <path
          fill={theme.tones.warning}
          fillRule="evenodd"
          d="M8 .5 15.8 15H.2zM7.2 5.5v5h1.6v-5zm0 6.2v1.6h1.6v-1.6z"
        />
      </svg>
      <div>
        <bdi style={{ fontWeight: 600 }}>{strings.get("Anomalies_Label")}</bdi>
        <ul>
          {props.warnings.map((warning) => (
            <li key={warning}>
              <bdi>{warningText(warning, strings)}</bdi>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
