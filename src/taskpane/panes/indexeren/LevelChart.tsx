import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../../i18n/I18nProvider";
import { formatNumberNl } from "../../../engine/shared/numbers";
import type { TariffLevel } from "../../../engine/indexation";

const useStyles = makeStyles({
  figure: { margin: 0 },
  svg: { width: "100%", maxWidth: "420px", height: "auto", display: "block" },
  line: { fill: "none", stroke: tokens.colorBrandForeground1, strokeWidth: "2px" },
  dot: { fill: tokens.colorBrandForeground1 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: "1px" },
  label: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
});

const WIDTH = 320;
const HEIGHT = 140;
const PAD = { left: 34, right: 10, top: 12, bottom: 22 };

/** Cumulative tariff level (100 in the first year shown) as a small inline SVG line chart. */
export function LevelChart({ levels }: { levels: TariffLevel[] }) {
  const styles = useStyles();
  const { t } = useI18n();
  if (levels.length < 2) return null;
  const values = levels.map((l) => l.level);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / (levels.length - 1);
  const y = (v: number) => PAD.top + ((max - v) * (HEIGHT - PAD.top - PAD.bottom)) / span;
  const points = levels.map((l, i) => `${x(i).toFixed(1)},${y(l.level).toFixed(1)}`).join(" ");
  const first = levels[0];
  const last = levels[levels.length - 1];
  const summary = t("indexeren.chart.summary", {
    from: first.year,
    to: last.year,
    level: formatNumberNl(last.level, 1),
  });
  return (
    <figure className={styles.figure}>
      <Text as="h3" weight="semibold" size={300}>
        {t("indexeren.chart.title")}
      </Text>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} data-testid="indexeren-chart">
        <line className={styles.axis} x1={PAD.left} y1={HEIGHT - PAD.bottom} x2={WIDTH - PAD.right} y2={HEIGHT - PAD.bottom} />
        <line className={styles.axis} x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={HEIGHT - PAD.bottom} />
        <text className={styles.label} x={PAD.left - 4} y={y(max) + 3} textAnchor="end">
          {formatNumberNl(max, 1)}
        </text>
        <text className={styles.label} x={PAD.left - 4} y={y(min) + 3} textAnchor="end">
          {formatNumberNl(min, 1)}
        </text>
        <polyline className={styles.line} points={points} />
        {levels.map((l, i) => (
          <g key={l.year}>
            <circle className={styles.dot} cx={x(i)} cy={y(l.level)} r={2.5}>
              <title>{`${l.year}: ${formatNumberNl(l.level, 2)}`}</title>
            </circle>
            <text className={styles.label} x={x(i)} y={HEIGHT - 6} textAnchor="middle">
              {String(l.year).slice(2)}
            </text>
          </g>
        ))}
      </svg>
      <Text as="p" size={200}>
        {summary}
      </Text>
    </figure>
  );
}
