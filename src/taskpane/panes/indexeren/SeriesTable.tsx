import * as React from "react";
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { SERIES_NAMES, STAGES, type IndexSeries, type SeriesName, type Stage } from "../../../engine/indexation";
import { figureSource } from "./describe";
import { useScrollTableStyles } from "../../components/scrollTable";
import { formatPercentNl } from "../../../engine/shared/numbers";

const useStyles = makeStyles({
  scroll: { maxHeight: "320px", overflowY: "auto" },
  cell: { textAlign: "right", whiteSpace: "nowrap" },
  override: { fontWeight: tokens.fontWeightBold, color: tokens.colorPaletteDarkOrangeForeground1 },
  missing: { color: tokens.colorNeutralForeground4 },
});

export interface SlotRef {
  year: number;
  series: SeriesName;
  stage: Stage;
}

/** All figures per year and stage; each cell shows its source and picks the slot for editing. */
export function SeriesTable(props: { series: IndexSeries; years: number[]; onPick: (slot: SlotRef) => void }) {
  const styles = useStyles();
  const tableScroll = useScrollTableStyles();
  const { t } = useI18n();
  return (
    <div className={mergeClasses(tableScroll.scroll, styles.scroll)}>
      <Table size="extra-small" aria-label={t("indexeren.series.caption")} data-testid="indexeren-series-table">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("indexeren.series.year")}</TableHeaderCell>
            {SERIES_NAMES.flatMap((name) =>
              STAGES.map((stage) => <TableHeaderCell key={`${name}${stage}`}>{t(`indexeren.series.head.${stage}`, { series: name })}</TableHeaderCell>),
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.years.map((year) => (
            <TableRow key={year}>
              <TableCell>{year}</TableCell>
              {SERIES_NAMES.flatMap((name) =>
                STAGES.map((stage) => {
                  const slot = props.series.slot(year, name, stage);
                  const used = slot.used;
                  const label = used ? formatPercentNl(used.percent / 100, 2) : "—";
                  const tip = used
                    ? `${figureSource(used, t)}${slot.alternatives.length ? `\n${t("indexeren.series.alternatives", { count: slot.alternatives.length })}` : ""}`
                    : t("indexeren.series.missing");
                  return (
                    <TableCell key={`${name}${stage}`} className={styles.cell}>
                      <Tooltip content={tip} relationship="description">
                        <Button
                          size="small"
                          appearance="transparent"
                          className={used?.sourceKind === "werkmap" ? styles.override : used ? undefined : styles.missing}
                          aria-label={t("indexeren.series.cellLabel", { series: name, stage, year, value: label })}
                          onClick={() => props.onPick({ year, series: name, stage })}
                        >
                          {label}
                        </Button>
                      </Tooltip>
                    </TableCell>
                  );
                }),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
