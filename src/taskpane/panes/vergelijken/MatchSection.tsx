import * as React from "react";
import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { pairKinds, type LabelMatch, type LabelPair, type TableMatch } from "../../../engine/comparison";
import { useI18n } from "../../i18n/I18nProvider";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  /** long labels must not widen the pane (a native select is as wide as its longest option) */
  selectRoot: { minWidth: 0, maxWidth: "100%" },
  select: { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  same: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  sameItem: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minWidth: 0 },
  sameLabel: { flexGrow: 1, minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  toggle: { alignSelf: "flex-start" },
});

/** (new index, old index or null): the user's correction of one pairing */
export type OnRepair = (newIndex: number, oldIndex: number | null) => void;

function counts(m: LabelMatch) {
  const { paired, added, removed } = pairKinds(m);
  return { paired: paired.length, added: added.length, removed: removed.length };
}

/** Paired on the same name, one old row to one new row: listed collapsed. */
const isSame = (p: LabelPair) => p.new !== null && p.old.length === 1 && p.how === "same";

/**
 * The pairing the comparison will use, editable before comparing: per kind (rows, columns)
 * first every pair not made on the same name and every new row, each with a choice of its
 * old partner or "geen"; then every removed old row with a choice of a new partner; then the
 * pairs on the same name, collapsed behind a button, each changeable on request.
 */
export function MatchSection({ match, onRow, onColumn }: { match: TableMatch; onRow: OnRepair; onColumn: OnRepair }) {
  const { t } = useI18n();
  const rows = counts(match.rows);
  const cols = counts(match.columns);
  const allSame = [match.rows, match.columns].every((m) => m.pairs.every(isSame));
  return (
    <>
      <Text data-testid="vergelijken-match-summary">
        {t("vergelijken.match.summary", { ...rows, cpaired: cols.paired, cadded: cols.added, cremoved: cols.removed })}
      </Text>
      <Text>{allSame ? t("vergelijken.match.none") : t("vergelijken.match.hint")}</Text>
      <MatchBlock kind="rows" match={match} onChange={onRow} />
      <MatchBlock kind="columns" match={match} onChange={onColumn} />
    </>
  );
}

function MatchBlock({ kind, match, onChange }: { kind: "rows" | "columns"; match: TableMatch; onChange: OnRepair }) {
  const own = useStyles();
  const { t } = useI18n();
  const [showSame, setShowSame] = React.useState(false);
  const [editing, setEditing] = React.useState<ReadonlySet<number>>(new Set());
  const m = kind === "rows" ? match.rows : match.columns;
  const newLabels = kind === "rows" ? match.new.rows.map((r) => r.label) : match.new.columns.map((c) => c.header);
  const oldLabels = kind === "rows" ? match.old.rows.map((r) => r.label) : match.old.columns.map((c) => c.header);
  const rowsKind = kind === "rows";

  const open = m.pairs.filter((p) => p.new !== null && (!isSame(p) || editing.has(p.new)));
  const same = m.pairs.filter((p) => isSame(p) && !editing.has(p.new!));
  const { removed } = pairKinds(m);
  const sameId = `vergelijken-same-${kind}`;

  const oldChoice = (p: LabelPair) => (
    <Field
      key={`new:${p.new}`}
      label={t(rowsKind ? "vergelijken.match.oldOf" : "vergelijken.match.oldColumnOf", { label: newLabels[p.new!] })}
      hint={p.old.length > 0 && !isSame(p) ? t(`vergelijken.how.${p.how}`) : undefined}
    >
      <Select
        className={own.selectRoot}
        select={{ className: own.select }}
        value={p.old.length > 0 ? String(p.old[0]) : ""}
        onChange={(_, d) => onChange(p.new!, d.value === "" ? null : Number(d.value))}
        data-new-index={p.new!}
      >
        <option value="">{t(rowsKind ? "vergelijken.match.isNew" : "vergelijken.match.isNewColumn")}</option>
        {oldLabels.map((label, i) => (
          <option key={i} value={String(i)}>
            {p.old.length > 1 && i === p.old[0] ? p.old.map((k) => oldLabels[k]).join(" + ") : label}
          </option>
        ))}
      </Select>
    </Field>
  );

  const newChoice = (p: LabelPair) => (
    <Field key={`old:${p.old[0]}`} label={t(rowsKind ? "vergelijken.match.newOf" : "vergelijken.match.newColumnOf", { label: oldLabels[p.old[0]] })}>
      <Select
        className={own.selectRoot}
        select={{ className: own.select }}
        value=""
        onChange={(_, d) => {
          if (d.value !== "") onChange(Number(d.value), p.old[0]);
        }}
        data-old-index={p.old[0]}
      >
        <option value="">{t(rowsKind ? "vergelijken.match.isRemoved" : "vergelijken.match.isRemovedColumn")}</option>
        {newLabels.map((label, j) => (
          <option key={j} value={String(j)}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <div className={own.list} data-testid={`vergelijken-match-${kind}`}>
      <Text weight="semibold">{t(rowsKind ? "vergelijken.match.rowsHeading" : "vergelijken.match.columnsHeading")}</Text>
      {open.map(oldChoice)}
      {removed.map(newChoice)}
      {same.length > 0 && (
        <Button
          className={own.toggle}
          appearance="subtle"
          size="small"
          aria-expanded={showSame}
          aria-controls={sameId}
          onClick={() => setShowSame((v) => !v)}
          data-testid={`vergelijken-toggle-same-${kind}`}
        >
          {t(showSame ? "vergelijken.match.hideSame" : "vergelijken.match.showSame", { count: same.length })}
        </Button>
      )}
      {showSame && same.length > 0 && (
        <ul className={own.same} id={sameId} aria-label={t("vergelijken.match.sameList")} data-testid={sameId}>
          {same.map((p) => {
            const label = newLabels[p.new!];
            return (
              <li key={p.new!} className={own.sameItem}>
                <Text className={own.sameLabel} title={label}>
                  {label}
                </Text>
                <Button size="small" appearance="secondary" aria-label={t("vergelijken.match.changeLabel", { label })} onClick={() => setEditing((e) => new Set(e).add(p.new!))}>
                  {t("vergelijken.match.change")}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
