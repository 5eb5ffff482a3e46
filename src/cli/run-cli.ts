// Runs a command-line task: one clear line on failure (no stack trace for expected errors); exit code 2 for a
// wrong command line (UsageError), 1 for any other failure.
import { ConfigError } from "../config/env.js";
import { UsageError } from "./cli-args.js";

export async function runCli(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`entente: ${error instanceof ConfigError ? message : message.split("\n")[0]}`);
    if (process.env.DEBUG) console.error(error);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}
