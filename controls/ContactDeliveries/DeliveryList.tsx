/** @jsx h */
import * as React from "react";
import type { DeliveryItem } from "../../domain/deliveries/deliveryItem";
import type { StoredDateFormatter } from "../shared/storedDate";
import type { ControlTheme } from "../shared/theme";
import { useValue } from "../shared/useValue";
import type { ContactDeliveriesStrings } from "./contactDeliveriesStrings";
import { DeliveryCard } from "./DeliveryCard";
import { h } from "../shared/jsx";

/** How close to the end of the list (px) scrolling asks for the next page. */
const loadAhead = 240;

export interface DeliveryListProps {
  items: readonly DeliveryItem[];
  selectedId?: string;
  /** Height the host allocates; otherwise the list caps its own height. */
  height?: number;
  strings: ContactDeliveriesStrings;
  theme: ControlTheme;
  formatDate: StoredDateFormatter;
  onSelect: (id: string) => void;
  onOpen: (id: string) => void;
  onNearEnd: () => void;
  /** Below the last card: loading more, a button for more, or "all shown". */
  footer?: React.ReactNode;
}

function chooseButtons(list: HTMLElement | null): HTMLElement[] {
  return list ? Array.from(list.querySelectorAll<HTMLElement>(".pdx-cd-choose")) : [];
}

/**
 * The deliveries, newest first, in a scrolling list that asks for the next page near its end.
 * Keyboard: one Tab stop per list (the active card's choose button, then its Open button);
 * ArrowUp/ArrowDown, Home and End move between cards (ArrowDown on the last asks for more);
 * Enter or Space chooses a card; Enter on Open opens the delivery's form.
 */
export function DeliveryList(props: DeliveryListProps): React.ReactElement {
  const { items, strings } = props;
  const listRef = React.useRef<HTMLUListElement>(null);
  const active = useValue<string | undefined>(undefined);
  const activeId = items.some((item) => item.id === active.value) ? active.value : props.selectedId;
  const tabbableId = items.some((item) => item.id === activeId) ? activeId : items[0]?.id;

  const onScroll = (event: React.UIEvent<HTMLElement>): void => {
    const element = event.currentTarget;
    if (element.scrollHeight - element.scrollTop - element.clientHeight < loadAhead) props.onNearEnd();
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>): void => {
    const target = event.target as HTMLElement;
    if (!target.classList.contains("pdx-cd-choose")) return;
    const buttons = chooseButtons(listRef.current);
    const index = buttons.indexOf(target);
    let next: number;
    if (event.key === "ArrowDown") next = index + 1;
    else if (event.key === "ArrowUp") next = index - 1;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = buttons.length - 1;
    else return;
    event.preventDefault();
    if (next >= buttons.length) {
      props.onNearEnd();
      return;
    }
    const button = buttons[Math.max(0, next)];
    const id = button.closest("[data-delivery-id]")?.getAttribute("data-delivery-id");
    if (id) active.set(id);
    button.focus();
  };

  const onFocus = (event: React.FocusEvent<HTMLElement>): void => {
    const id = event.target.closest("[data-delivery-id]")?.getAttribute("data-delivery-id");
    if (id && id !== active.value) active.set(id);
  };

  const style: React.CSSProperties = props.height ? { maxHeight: props.height } : {};
  return (
    <div className="pdx-cd-scroll" style={style} onScroll={onScroll}>
      <ul
        ref={listRef}
        className="pdx-cd-list"
        aria-label={strings.get("List_Label")}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        {items.map((item) => (
          <DeliveryCard
            key={item.id}
            item={item}
            selected={item.id === props.selectedId}
            tabbable={item.id === tabbableId}
            strings={strings}
            theme={props.theme}
            formatDate={props.formatDate}
            onSelect={props.onSelect}
            onOpen={props.onOpen}
          />
        ))}
      </ul>
      {props.footer}
    </div>
  );
}
