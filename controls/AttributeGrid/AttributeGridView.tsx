/** @jsx h */
/** @jsxFrag Fragment */
import { MessageBar, MessageBarType } from "@fluentui/react";
import type * as React from "react";
import { ControlRoot } from "../shared/ControlRoot";
import type { BaseTheme } from "../shared/theme";
import { AttributeList, type AttributeListProps } from "../shared/attributeList/AttributeList";
import { EmptyState } from "../shared/attributeList/EmptyState";
import { Progress } from "../shared/attributeList/Progress";
import type { LoadState } from "./loadState";
import type { AttributeGridStrings } from "./attributeGridStrings";
import { Fragment, h } from "../shared/jsx";

export interface AttributeGridProps extends AttributeListProps {
  load: LoadState;
  strings: AttributeGridStrings;
  theme: BaseTheme;
}

/** The whole control: frame, then the state the data is in, then the grid. */
export function AttributeGridView(props: AttributeGridProps): React.ReactElement {
  const { strings } = props;
  return (
    <ControlRoot
      theme={props.theme}
      label={strings.get("Grid_Label")}
      errorMessage={strings.get("Error_Boundary")}
      retry={strings.get("Error_Retry")}
    >
      {h(AttributeGridBody, props)}
    </ControlRoot>
  );
}

function AttributeGridBody(props: AttributeGridProps): React.ReactElement {
  const { load, strings, model } = props;
  if (load.kind === "error") {
    return (
      <MessageBar messageBarType={MessageBarType.error} isMultiline>
        {strings.get("Load_Error")} {load.message}
      </MessageBar>
    );
  }
  const progress =
    load.kind === "loading"
      ? strings.get("Loading")
      : load.kind === "paging"
        ? strings.format("Paging", props.formatDate.count(load.loaded))
        : "";
  // While a slow first load shows the rows that have arrived, and while the host reloads the
  // rows already shown (with the user's filter, sort and expanded rows), the progress sits
  // above them and the grid keeps its place in the tree.
  return (
    <>
      {progress && <Progress text={progress} theme={props.theme.fluent} />}
      {model.rows.length > 0 ? h(AttributeList, props) : !progress && <EmptyState text={strings.get("Empty")} />}
    </>
  );
}
