import { DefinitionError } from "../validate/validateSolution";

/**
 * How every command under solution/cli runs: its work returns whether it succeeded, and any
 * error is printed as what it names (a definition error lists each component and field)
 * instead of a stack trace. The exit code carries the result, so npm and CI see a failure.
 */
export function runCli(name: string, work: () => Promise<boolean>): void {
  const run = async (): Promise<void> => {
    try {
      if (!(await work())) process.exitCode = 1;
    } catch (error) {
      console.error(error instanceof DefinitionError ? error.message : error);
      console.error(`${name} failed`);
      process.exitCode = 1;
    }
  };
  void run();
}
