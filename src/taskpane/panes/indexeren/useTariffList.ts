import * as React from "react";
import type { SheetSnapshot } from "../../../excel/WorkbookPort";
import { usePaneServices } from "../../services";
import { useI18n } from "../../i18n/I18nProvider";
import {
  guessBasisKind,
  indexTariffList,
  recognizeColumns,
  yearInHeader,
  type BasisKind,
  type ColumnMapping,
  type IndexOverride,
  type IndexSeries,
  type IndexationMethod,
} from "../../../engine/indexation";
import { buildTariffSheet, otherColumns } from "./tariffSheet";
import { checkSourceUnchanged } from "../../../excel/sourceCheck";

export interface TariffListState {
  snapshot?: SheetSnapshot;
  headers: string[];
  mapping: ColumnMapping;
  fromYear?: number;
  withSettlement: boolean;
  basisKind: BasisKind;
}

const EMPTY: TariffListState = { headers: [], mapping: {}, withSettlement: false, basisKind: "volume" };

/** Reading a tariff list from the selection and writing the indexed list to a new sheet. */
export function useTariffList(args: { series: IndexSeries; overrides: readonly IndexOverride[]; method?: IndexationMethod; toYear?: number }) {
  const { port, run, notify } = usePaneServices();
  const { t } = useI18n();
  const [state, setState] = React.useState<TariffListState>(EMPTY);

  const read = () =>
    run(t("indexeren.apply.reading"), async () => {
      const snapshot = await port.readSnapshot({ kind: "selection", expand: true });
      if (snapshot.values.length < 2) throw new Error(t("indexeren.apply.tooSmall", { address: `${snapshot.sheetName}!${snapshot.address}` }));
      const headers = snapshot.values[0].map((h) => String(h ?? "").trim());
      const mapping = recognizeColumns(headers);
      const fromYear = mapping.tariff === undefined ? undefined : yearInHeader(headers[mapping.tariff]);
      const basisKind = mapping.basis === undefined ? "volume" : guessBasisKind(headers[mapping.basis]);
      setState({ snapshot, headers, mapping, fromYear: fromYear ?? (args.toYear ? args.toYear - 1 : undefined), withSettlement: false, basisKind });
    });

  const write = () =>
    run(t("indexeren.apply.writing"), async (report) => {
      const { snapshot, fromYear } = state;
      if (!snapshot) throw new Error(t("indexeren.apply.readFirst"));
      if (!args.method) throw new Error(t("indexeren.weights.custom.invalid"));
      if (fromYear === undefined || args.toYear === undefined) throw new Error(t("indexeren.apply.noYear"));
      if (fromYear > args.toYear) throw new Error(t("indexeren.apply.yearOrder", { from: fromYear, to: args.toYear }));
      // stale data: the list may have been edited since it was read; then nothing is written
      await checkSourceUnchanged(port, snapshot);
      const result = indexTariffList(args.series, {
        rows: snapshot.values.slice(1),
        mapping: state.mapping,
        // the body starts one row below the header row
        origin: { row: snapshot.origin.row + 1, col: snapshot.origin.col },
        fromYear,
        toYear: args.toYear,
        method: args.method,
        decimals: 2,
        basisKind: state.withSettlement ? state.basisKind : undefined,
      });
      report(0.5);
      const spec = buildTariffSheet(
        {
          result,
          fromYear,
          toYear: args.toYear,
          basisKind: state.withSettlement ? state.basisKind : undefined,
          sourceRange: `${snapshot.sheetName}!${snapshot.address}`,
          overrides: args.overrides,
          decimals: 2,
          // a basis column not used for a settlement is an ordinary column of the list
          otherColumns: otherColumns(snapshot, state.withSettlement ? state.mapping : { ...state.mapping, basis: undefined }),
        },
        t,
      );
      const written = await port.writeTable(spec);
      notify("success", t("indexeren.apply.done", { count: result.rows.length, sheet: written.sheetName }));
      return written;
    });

  return { state, setState, read, write };
}
