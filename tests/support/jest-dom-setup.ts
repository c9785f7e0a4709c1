import "@testing-library/jest-dom";
import { experienceQueryProblems } from "./experienceQueries";
import { webApisOfThisTest } from "./pcfContext";

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
