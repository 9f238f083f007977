import { makeStyles, tokens } from "@fluentui/react-components";

const firstColumn = {
  position: "sticky",
  left: 0,
  zIndex: 1,
  backgroundColor: tokens.colorNeutralBackground1,
  boxShadow: `1px 0 0 ${tokens.colorNeutralStroke2}`,
} as const;

/**
 * The wrapper every table in a pane sits in: in a narrow pane (320–350 px) the table scrolls
 * sideways inside it, with its first column (the names) held in place, instead of pushing the
 * pane wider or being cut off.
 */
export const useScrollTableStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    maxWidth: "100%",
    "& td:first-child": firstColumn,
    "& th:first-child": firstColumn,
  },
});
