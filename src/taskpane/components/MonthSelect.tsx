/**
 * A month chooser that speaks the pane's language ("januari 2022"), where the browser's own
 * <input type="month"> shows the month names of the browser's locale. The value stays
 * "2022-01", so the rest of the pane is unchanged.
 */
import * as React from "react";
import { Select } from "@fluentui/react-components";
import type { Language } from "../i18n/types";
import { monthLabel } from "../../engine/shared/months";

const MONTH_KEY = /^(\d{4})-(\d{2})$/;

/** Years offered: from a few years before the earliest of the value, `around` and this year, to two after the latest. */
export function offeredYears(keys: string[], thisYear: number): number[] {
  const years = [...keys.flatMap((k) => (MONTH_KEY.test(k) ? [Number(k.slice(0, 4))] : [])), thisYear];
  const first = Math.min(...years) - 3;
  const last = Math.max(...years) + 2;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

export interface MonthSelectProps {
  value: string;
  /** other months that must be on offer (e.g. the other end of the period) */
  around: string[];
  language: Language;
  placeholder: string;
  onChange: (value: string) => void;
  className?: string;
  "data-testid"?: string;
}

export function MonthSelect(props: MonthSelectProps) {
  const years = offeredYears([props.value, ...props.around], new Date().getFullYear());
  const keys = years.flatMap((y) => Array.from({ length: 12 }, (_, m) => `${y}-${String(m + 1).padStart(2, "0")}`));
  return (
    <Select className={props.className} value={props.value} onChange={(_, d) => props.onChange(d.value)} data-testid={props["data-testid"]}>
      {props.value === "" && <option value="">{props.placeholder}</option>}
      {keys.map((k) => (
        <option key={k} value={k}>
          {monthLabel(k, props.language)}
        </option>
      ))}
    </Select>
  );
}
