/** @jsx h */
import { DefaultButton, Dropdown, TextField, type IDropdownOption } from "@fluentui/react";
import type * as React from "react";
import { periodPresets, type PeriodPreset } from "../../domain/insights/period";
import { useValue } from "../shared/useValue";
import { h } from "../shared/jsx";
import type { DeliveryInsightsStringKey, DeliveryInsightsStrings } from "./deliveryInsightsStrings";
import type { FilterKey, FilterOption, InsightsState } from "./insightsState";

export interface InsightsToolbarProps {
  state: InsightsState;
  strings: DeliveryInsightsStrings;
  /** The text of a filter option: a name, a documented value in words, or the stored text. */
  optionText: (key: FilterKey, option: FilterOption) => string;
  /** The shown period's first and last UTC day, "yyyy-MM-dd", for the custom range's fields. */
  days: { first: string; last: string } | undefined;
  onPreset: (preset: PeriodPreset) => void;
  onDays: (first: string, last: string) => void;
  onFilter: (key: FilterKey, optionKeys: readonly string[]) => void;
  onClearFilters: () => void;
}

const filterKeys: readonly FilterKey[] = ["queue", "configuration", "dialMode", "channel"];

function CustomRange(props: InsightsToolbarProps): React.ReactElement {
  const { strings } = props;
  const first = useValue(props.days?.first ?? "");
  const last = useValue(props.days?.last ?? "");
  return (
    <div className="pdx-insights-custom">
      <TextField
        type="date"
        label={strings.get("Custom_From")}
        value={first.value}
        onChange={(_event, value) => first.set(value ?? "")}
      />
      <TextField
        type="date"
        label={strings.get("Custom_To")}
        value={last.value}
        onChange={(_event, value) => last.set(value ?? "")}
      />
      <DefaultButton text={strings.get("Custom_Apply")} onClick={() => props.onDays(first.value, last.value)} />
    </div>
  );
}

/** The period (presets and a custom range of UTC days) and the four filters, each a multiple choice. */
export function InsightsToolbar(props: InsightsToolbarProps): React.ReactElement {
  const { state, strings } = props;
  const preset = state.choice.preset;
  const periodOptions: IDropdownOption[] = [...periodPresets, "custom" as const].map((key) => ({
    key,
    text: strings.get(`Period_${key}` as DeliveryInsightsStringKey),
  }));
  const filtered = filterKeys.some((key) => state.selection[key].length > 0);
  return (
    <div className="pdx-insights-toolbar" role="search" aria-label={strings.get("Toolbar_Label")}>
      <Dropdown
        className="pdx-insights-field"
        label={strings.get("Period_Label")}
        options={periodOptions}
        selectedKey={preset}
        onChange={(_event, option) => {
          if (!option || option.key === "custom") {
            if (option) props.onDays(props.days?.first ?? "", props.days?.last ?? "");
            return;
          }
          props.onPreset(option.key as PeriodPreset);
        }}
      />
      {preset === "custom" || state.problem ? <CustomRange {...props} /> : null}
      {filterKeys.map((key) => {
        const options: IDropdownOption[] = state.options[key].map((option) => ({
          key: option.key,
          text: props.optionText(key, option),
        }));
        return (
          <Dropdown
            key={key}
            className="pdx-insights-field"
            label={strings.get(`Filter_${key}` as DeliveryInsightsStringKey)}
            placeholder={strings.get("Filter_All")}
            multiSelect
            options={options}
            selectedKeys={[...state.selection[key]]}
            disabled={options.length === 0}
            onChange={(_event, option) => {
              if (!option) return;
              const chosen = state.selection[key].filter((item) => item !== option.key);
              props.onFilter(key, option.selected ? [...chosen, String(option.key)] : chosen);
            }}
          />
        );
      })}
      <DefaultButton
        className="pdx-insights-clear"
        text={strings.get("Filters_Clear")}
        disabled={!filtered}
        onClick={props.onClearFilters}
      />
    </div>
  );
}
