import * as React from "react";
import { Button, Divider, Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Comparison } from "../../../engine/comparison";
import { formatNumberNl } from "../../../engine/shared/numbers";
import { useI18n } from "../../i18n/I18nProvider";
import { usePaneServices } from "../../services";
import { PaneHeading } from "../../components/PaneSection";
import { useScrollTableStyles } from "../../components/scrollTable";
import { usePaneStyles } from "../../components/paneStyles";
import { useVergelijken } from "./useVergelijken";
import { MatchSection } from "./MatchSection";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  /** columns as wide as their content (Fluent's fixed layout squeezed six columns into 300 px and the headers overlapped) */
  table: { width: "auto", minWidth: "100%", tableLayout: "auto" },
  nowrap: { whiteSpace: "nowrap" },
  number: { textAlign: "right", whiteSpace: "nowrap" },
  /** long sheet and file names must not widen the pane (a native select is as wide as its longest option) */
  selectRoot: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  file: { maxWidth: "100%", minWidth: 0 },
});

const euro = (v: number) => formatNumberNl(v, Number.isInteger(v) ? 0 : 2);
const signed = (v: number) => (v > 0 ? "+" : "") + euro(v);

/** The Vergelijken pane: two versions of a table → every change explained, on a new sheet. */
export function VergelijkenPane() {
  const styles = usePaneStyles();
  const own = useStyles();
  const { t } = useI18n();
  const { busy } = usePaneServices();
  const s = useVergelijken();
  const sources = [
    ...s.sheets.map((name) => ({ key: `sheet:${name}`, label: t("vergelijken.source.sheet", { name }) })),
    ...(s.file?.sheets ?? []).map((g) => ({ key: `file:${g.name}`, label: t("vergelijken.source.file", { name: g.name, file: s.file!.fileName }) })),
  ];
  const sheetSources = sources.filter((x) => x.key.startsWith("sheet:"));
  return (
    <div className={styles.pane} data-testid="pane-vergelijken">
      <Text as="p">{t("vergelijken.intro")}</Text>
      <PaneHeading>{t("vergelijken.section.tables")}</PaneHeading>
      <Field label={t("vergelijken.old")}>
        <Select className={own.selectRoot} select={{ className: own.select }} value={s.oldSource} onChange={(_, d) => s.setOldSource(d.value)} data-testid="vergelijken-old">
          {sources.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("vergelijken.file.label")}>
        <input
          type="file"
          className={own.file}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="vergelijken-file"
          disabled={busy}
          onChange={(e) => {
            const picked = e.target.files?.[0];
            if (picked) void s.pickFile(picked);
          }}
        />
      </Field>
      <Field label={t("vergelijken.new")}>
        <Select className={own.selectRoot} select={{ className: own.select }} value={s.newSource} onChange={(_, d) => s.setNewSource(d.value)} data-testid="vergelijken-new">
          {sheetSources.map((x) => (
            <option key={x.key} value={x.key}>
              {x.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button appearance={s.match ? "secondary" : "primary"} disabled={busy || !s.oldSource || !s.newSource} onClick={() => void s.pair()} data-testid="vergelijken-pair">
        {t("vergelijken.match.button")}
      </Button>
      {s.match && (
        <>
          <Divider />
          <PaneHeading>{t("vergelijken.section.match")}</PaneHeading>
          <MatchSection key={`${s.oldSource}|${s.newSource}`} match={s.match} onRow={s.repairRow} onColumn={s.repairColumn} />
          <Button appearance={s.comparison ? "secondary" : "primary"} disabled={busy} onClick={() => void s.compare()} data-testid="vergelijken-compare">
            {t("vergelijken.compare.button")}
          </Button>
        </>
      )}
      {s.comparison && (
        <>
          <Divider />
          <PaneHeading>{t("vergelijken.section.result")}</PaneHeading>
          <ResultSection comparison={s.comparison} bridge={s.bridge} onBridge={s.setBridge} />
          <Button appearance="primary" disabled={busy} onClick={() => void s.write()} data-testid="vergelijken-write">
            {t("vergelijken.write.button")}
          </Button>
        </>
      )}
    </div>
  );
}

function ResultSection({ comparison: c, bridge, onBridge }: { comparison: Comparison; bridge?: number; onBridge: (rowPair: number) => void }) {
  const own = useStyles();
  const tableScroll = useScrollTableStyles();
  const { t } = useI18n();
  const a = c.allocation;
  const changed = c.cells.filter((x) => x.status === "changed").length;
  const added = c.cells.filter((x) => x.status === "added").length;
  const removed = c.cells.filter((x) => x.status === "removed").length;
  const kinds = c.cells.filter((x) => x.kind).length;
  const others = c.cells.filter((x) => x.effects && x.effects.other !== 0).length;
  const weight = a ? c.cells.find((x) => x.columnPair === a.weightColumn)?.column ?? "" : "";
  const chosen = a?.municipalities.find((m) => m.rowPair === bridge);
  return (
    <div className={own.list} data-testid="vergelijken-result">
      <Text>{t("vergelijken.result.cells", { changed, added, removed, kinds })}</Text>
      {a ? <Text>{t("vergelijken.result.allocation", { key: weight, lines: a.lines.length })}</Text> : <Text>{c.allocationNote ?? t("vergelijken.result.noAllocation")}</Text>}
      {a && (
        <div className={tableScroll.scroll}>
          <Table size="small" className={own.table} aria-label={t("vergelijken.section.result")} data-testid="vergelijken-lines">
            <TableHeader>
              <TableRow>
                {["line", "change", "volume", "key", "participation", "other"].map((k) => (
                  <TableHeaderCell key={k} className={own.nowrap}>
                    {t(`vergelijken.col.${k}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {a.lines.map((l) => (
                <TableRow key={l.columnPair}>
                  <TableCell>{l.name}</TableCell>
                  {[l.newTotal - l.oldTotal, l.effects.volume, l.effects.key, l.effects.participation, l.effects.other].map((v, i) => (
                    <TableCell key={i} className={own.number}>
                      {signed(v)}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {a && others > 0 && <Text>{t("vergelijken.result.other", { count: others })}</Text>}
      {a && (
        <Field label={t("vergelijken.bridge.label")}>
          <Select className={own.selectRoot} select={{ className: own.select }} value={bridge === undefined ? "" : String(bridge)} onChange={(_, d) => onBridge(Number(d.value))} data-testid="vergelijken-bridge">
            {a.municipalities.map((m) => (
              <option key={m.rowPair} value={String(m.rowPair)}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {chosen && (
        <Text data-testid="vergelijken-bridge-text">
          {t("vergelijken.bridge.text", {
            name: chosen.name,
            old: euro(chosen.old),
            new: euro(chosen.new),
            volume: signed(chosen.effects.volume),
            key: signed(chosen.effects.key),
            participation: signed(chosen.effects.participation),
            other: signed(chosen.effects.other),
          })}
        </Text>
      )}
    </div>
  );
}
