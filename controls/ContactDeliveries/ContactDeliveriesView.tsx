/** @jsx h */
/** @jsxFrag Fragment */
import * as React from "react";
import { Progress } from "../shared/attributeList/Progress";
import { EmptyState } from "../shared/attributeList/EmptyState";
import type { DateFormatter } from "../shared/attributeList/dateFormatter";
import { ControlRoot } from "../shared/ControlRoot";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ControlTheme } from "../shared/theme";
import { useStore, type Store } from "../shared/useStore";
import { AttributesPane } from "./AttributesPane";
import type { ContactDeliveriesStrings } from "./contactDeliveriesStrings";
import type { ContactDeliveriesState, ReadState } from "./deliveriesState";
import { summaryParts } from "./deliveriesText";
import { DeliveryList } from "./DeliveryList";
import { ReadMessage } from "./ReadMessage";
import { deliveriesThemeVariables } from "./themeVariables";
import { Fragment, h } from "../shared/jsx";

export interface ContactDeliveriesViewProps {
  store: Store<ContactDeliveriesState>;
  /** The bound full name, for the control's label; empty when the form has none. */
  contactName: string;
  /** Height the host allocates, when it allocates one. */
  height?: number;
  strings: ContactDeliveriesStrings;
  theme: ControlTheme;
  collator: Intl.Collator;
  formatStoredDate: StoredDateFormatter;
  formatDate: DateFormatter;
  formatCount: (count: number) => string;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onOpenAttribute: (id: string) => void;
  onLoadMore: () => void;
  onRetry: () => void;
  onRetryAttributes: () => void;
  copyText: (text: string) => Promise<boolean>;
}

type ContactState = Extract<ContactDeliveriesState, { kind: "contact" }>;

/** A read of deliveries waiting to retry or failed: the first page's or the next one's. */
function readMessage(
  read: Extract<ReadState, { kind: "retrying" | "failed" }>,
  props: ContactDeliveriesViewProps,
): React.ReactElement {
  return (
    <ReadMessage
      retrying={read.kind === "retrying" ? read : undefined}
      failure={read.kind === "failed" ? read.failure : undefined}
      strings={props.strings}
      theme={props.theme}
      onRetry={props.onRetry}
    />
  );
}

/**
 * What follows the list, in a footer that keeps the keyboard's place: a read replaces the
 * "Load more" button a user tabbed to or pressed (by its progress, then a new button or the end
 * of the list), and focus would fall back to the page. Whether the footer held focus is read as
 * it renders, before the button goes; after the change focus goes to the footer's button, else
 * to the footer itself.
 */
function ListFooter(props: ContactDeliveriesViewProps & { state: ContactState }): React.ReactElement {
  const ref = React.useRef<HTMLDivElement>(null);
  const hadFocus = React.useRef(false);
  const footer = ref.current;
  hadFocus.current = footer !== null && footer.contains(footer.ownerDocument.activeElement);
  React.useLayoutEffect(() => {
    const element = ref.current;
    const active = element?.ownerDocument.activeElement;
    if (!element || !hadFocus.current || (active !== element && element.contains(active ?? null))) return;
    const button = element.querySelector("button");
    if (button) button.focus();
    else if (active !== element) element.focus();
  });
  return (
    <div ref={ref} tabIndex={-1} className="pdx-cd-footer">
      {footerContent(props)}
    </div>
  );
}

function footerContent(props: ContactDeliveriesViewProps & { state: ContactState }): React.ReactElement | null {
  const { state, strings, theme } = props;
  const read = state.read;
  if (read.kind === "reading") return <Progress text={strings.get("More_Loading")} theme={theme.fluent} />;
  if (read.kind === "retrying" || read.kind === "failed") return readMessage(read, props);
  if (state.hasMore) {
    return (
      <button type="button" className="pdx-cd-button pdx-cd-more" onClick={props.onLoadMore}>
        {strings.get("More_Button")}
      </button>
    );
  }
  return state.items.length > 1 ? (
    <p className="pdx-cd-end">{strings.format("All_Loaded", props.formatCount(state.items.length))}</p>
  ) : null;
}

function ContactBody(props: ContactDeliveriesViewProps): React.ReactElement {
  const { strings, theme } = props;
  const state = useStore(props.store);
  if (state.kind === "noContact") {
    return (
      <EmptyState
        text={
          state.reason === "empty"
            ? strings.get("NoContact_empty")
            : strings.format(`NoContact_${state.reason}`, state.text)
        }
      />
    );
  }
  if (state.items.length === 0) {
    // The first page: reading, waiting to retry, failed, or no deliveries at all.
    const read = state.read;
    if (read.kind === "reading") return <Progress text={strings.get("Loading")} theme={theme.fluent} />;
    if (read.kind === "idle") return <EmptyState text={strings.get("Empty")} />;
    return readMessage(read, props);
  }
  const selected = state.items.find((item) => item.id === state.selectedId);
  return (
    <>
      {/* dir="auto": text in the user's language reads in its own direction in a mirrored layout. */}
      <p className="pdx-cd-summary" role="status" dir="auto">
        {summaryParts(state.summary, strings, props.formatStoredDate, props.formatCount).join(" · ")}
        <span className="pdx-cd-zone"> ({strings.get("Dates_Note")})</span>
      </p>
      <div className="pdx-cd-panes">
        <DeliveryList
          items={state.items}
          selectedId={state.selectedId}
          height={props.height}
          strings={strings}
          theme={theme}
          formatDate={props.formatStoredDate}
          onSelect={props.onSelect}
          onOpen={props.onOpen}
          onNearEnd={props.onLoadMore}
          footer={<ListFooter {...props} state={state} />}
        />
        <AttributesPane
          attributes={state.attributes}
          windowStart={selected?.windowStart}
          height={props.height}
          strings={strings}
          theme={theme}
          collator={props.collator}
          formatDate={props.formatDate}
          formatStoredDate={props.formatStoredDate}
          onOpenAttribute={props.onOpenAttribute}
          onRetry={props.onRetryAttributes}
          copyText={props.copyText}
        />
      </div>
    </>
  );
}

/** A contact's proactive deliveries beside the chosen delivery's attributes. */
export function ContactDeliveriesView(props: ContactDeliveriesViewProps): React.ReactElement {
  const { strings } = props;
  const label = props.contactName
    ? strings.format("Region_Label_Named", props.contactName)
    : strings.get("Region_Label");
  return (
    <ControlRoot
      theme={props.theme}
      label={label}
      errorMessage={strings.get("Error_Boundary")}
      retry={strings.get("Retry")}
      className="pdx-cd"
    >
      <div className="pdx-cd-frame" style={deliveriesThemeVariables(props.theme)}>
        <ContactBody {...props} />
      </div>
    </ControlRoot>
  );
}
