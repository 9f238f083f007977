import * as React from "react";
import { Caption1, Field, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, display: "block", marginTop: tokens.spacingVerticalXXS },
});

export interface ChoiceOption<T extends string> {
  value: T;
  label: string;
}

/** A radio group with a one-line explanation of the selected option underneath. */
export function ChoiceField<T extends string>(props: {
  label: string;
  value: T;
  options: readonly ChoiceOption<T>[];
  hint: string;
  onChange: (value: T) => void;
  testId: string;
}) {
  const styles = useStyles();
  return (
    <Field label={props.label}>
      <RadioGroup
        value={props.value}
        layout="vertical"
        data-testid={props.testId}
        onChange={(_, data) => {
          const next = props.options.find((o) => o.value === data.value);
          if (next) props.onChange(next.value);
        }}
      >
        {props.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} data-testid={`${props.testId}-${o.value}`} />
        ))}
      </RadioGroup>
      <Caption1 className={styles.hint}>{props.hint}</Caption1>
    </Field>
  );
}
