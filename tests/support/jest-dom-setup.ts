import "@testing-library/jest-dom";
import { registerIcons } from "@fluentui/react";
import * as React from "react";
import { installConsoleGuard } from "./consoleGuard";
import { experienceQueryProblems } from "./experienceQueries";
import { webApisOfThisTest } from "./pcfContext";

// A test fails on any React warning or error it logs, unless it says it expects one.
installConsoleGuard();

// Model-driven apps register Fluent's icon font before any control renders; jsdom has no font,
// so the icons the controls show (their own and the MessageBar's) are registered here as empty
// glyphs. An icon a control starts to use without being listed here warns ("was used but not
// registered"): Fluent's console.warn, not React's, so it shows in the output but fails no test.
const glyph = React.createElement("span");
registerIcons({
  icons: { search: glyph, copy: glyph, errorbadge: glyph, chevrondown: glyph, checkmark: glyph, cancel: glyph },
});

// Every control test checks what its control asked the Web API: only columns both copies of the
// tables have (Contact Center's elastic ones and the tables solution's standard ones).
afterEach(() => {
  const problems = webApisOfThisTest.flatMap((webAPI) => [
    ...webAPI.retrieveRecord.mock.calls.flatMap(([entityType, , options]) =>
      experienceQueryProblems(entityType, options),
    ),
    ...webAPI.retrieveMultipleRecords.mock.calls.flatMap(([entityType, options]) =>
      experienceQueryProblems(entityType, options),
    ),
  ]);
  webApisOfThisTest.length = 0;
  if (problems.length > 0) throw new Error(problems.join("\n"));
});
