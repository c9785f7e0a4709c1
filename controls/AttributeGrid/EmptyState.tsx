import { Text, useTheme } from "@fluentui/react";
import * as React from "react";

export function EmptyState({ text }: { text: string }): React.ReactElement {
  const theme = useTheme();
  return (
    <Text block role="status" style={{ padding: "12px 8px", color: theme.palette.neutralSecondary }}>
      {text}
    </Text>
  );
}
