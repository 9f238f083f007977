import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { formatPercentNl } from "../../../engine/shared/numbers";
import type { Derivation, DerivationLine, IndexFigure } from "../../../engine/indexation";
import { figureSource, methodSummary } from "./describe";
import { useScrollTableStyles } from "../../components/scrollTable";

const useStyles = makeStyles({
  table: { minWidth: "460px" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  total: { fontWeight: tokens.fontWeightSemibold },
  result: { display: "block", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  figure: {
    cursor: "help",
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    ":focus-visible": { outlineStyle: "solid", outlineWidth: "2px", outlineColor: tokens.colorStrokeFocus2 },
  },
  method: { display: "block", color: tokens.colorNeutralForeground2, marginBottom: tokens.spacingVerticalS },
});

const COLUMNS = ["weight", "prevProv", "prevDef", "difference", "prov", "provider"] as const;

/** A figure with its source on hover and on keyboard focus. */
function Sourced(props: { value: string; figures: IndexFigure[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  const content = props.figures.map((f) => `${f.series} ${f.year} ${formatPercentNl(f.percent / 100, 2)}: ${figureSource(f, t)}`).join("\n");
  return (
    <Tooltip content={content} relationship="description" withArrow>
      <span tabIndex={0} className={styles.figure}>
        {props.value}
      </span>
    </Tooltip>
  );
}

function Line({ line, year }: { line: DerivationLine; year: number }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [prevProv, prevDef, prov] = chunk(line);
  const isTotal = line.label === "Totaal";
  return (
    <TableRow className={isTotal ? styles.total : undefined} data-testid={`indexeren-derivation-${line.label}`}>
      <TableCell>{isTotal ? t("indexeren.derivation.total") : line.label}</TableCell>
      <TableCell className={styles.number}>{formatPercentNl(line.weight, 0)}</TableCell>
      <TableCell className={styles.number}>
        <Sourced value={formatPercentNl(line.previousProvisional)} figures={prevProv} />
      </TableCell>
      <TableCell className={styles.number}>
        <Sourced value={formatPercentNl(line.previousDefinitive)} figures={prevDef} />
      </TableCell>
      <TableCell className={styles.number}>{formatPercentNl(line.difference)}</TableCell>
      <TableCell className={styles.number}>
        <Sourced value={formatPercentNl(line.provisional)} figures={prov} />
      </TableCell>
      <TableCell className={styles.number} data-testid={isTotal ? "indexeren-result" : undefined} aria-label={t("indexeren.derivation.providerOf", { year })}>
        {formatPercentNl(line.provider)}
      </TableCell>
    </TableRow>
  );
}

/** The figures of a line split into t−1 voorlopig, t−1 definitief, t voorlopig. */
function chunk(line: DerivationLine): [IndexFigure[], IndexFigure[], IndexFigure[]] {
  if (line.label !== "Totaal") return [[line.figures[0]], [line.figures[1]], [line.figures[2]]];
  const n = line.figures.length / 3;
  return [line.figures.slice(0, n), line.figures.slice(n, 2 * n), line.figures.slice(2 * n)];
}

/** The derivation the way VNG prints it, per component and total, with the method in words. */
export function DerivationTable({ derivation }: { derivation: Derivation }) {
  const styles = useStyles();
  const tableScroll = useScrollTableStyles();
  const { t } = useI18n();
  const y = derivation.year;
  return (
    <div>
      <Text as="p" className={styles.result}>
        {t("indexeren.derivation.result", { year: y, value: formatPercentNl(derivation.indexation, derivation.method.rounding?.decimals ?? 3) })}
      </Text>
      <Text as="p" size={200} className={styles.method} data-testid="indexeren-method-summary">
        {methodSummary(derivation.method, t)}
      </Text>
      <div className={tableScroll.scroll}>
        <Table size="extra-small" className={styles.table} aria-label={t("indexeren.derivation.caption", { year: y })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("indexeren.derivation.component")}</TableHeaderCell>
              {COLUMNS.map((c) => (
                <TableHeaderCell key={c}>{t(`indexeren.derivation.${c}`, { prev: y - 1, year: y })}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {derivation.components.map((line) => (
              <Line key={line.label} line={line} year={y} />
            ))}
            <Line line={derivation.total} year={y} />
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
