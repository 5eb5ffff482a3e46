// Command-line arguments of the npm run commands: node's util.parseArgs in strict mode, plus `--help`.
// A wrong flag or value is a UsageError: runCli prints it on one line and exits with code 2.
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

export class UsageError extends Error {
  override name = "UsageError";
}

interface CliSpec<T extends ParseArgsOptionsConfig, P extends boolean> {
  /** Printed by --help: the command line and one line per option. */
  usage: string;
  options: T;
  /** Whether the command takes plain arguments (files, a name); without it any plain argument is an error. */
  positionals?: P;
  args?: string[];
}

const HELP = { help: { type: "boolean", short: "h" } } as const;
type Parsed<T extends ParseArgsOptionsConfig, P extends boolean> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T & typeof HELP; allowPositionals: P; strict: true }>
>;

/** Parses argv (strictly: unknown flags, missing values and stray arguments are errors); --help prints usage and exits 0. */
export function parseCliArgs<const T extends ParseArgsOptionsConfig, const P extends boolean = false>(
  spec: CliSpec<T, P>,
): Parsed<T, P> {
  let parsed: Parsed<T, P>;
  try {
    parsed = parseArgs({
      args: spec.args ?? process.argv.slice(2),
      options: { ...spec.options, ...HELP },
      allowPositionals: (spec.positionals ?? false) as P,
      strict: true,
    });
  } catch (error) {
    // Node's messages continue with advice about `--`; the first sentence is the one that matters.
    throw new UsageError(`${(error as Error).message.split(". ")[0]!.replace(/\.$/, "")} (see --help)`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    console.log(spec.usage);
    process.exit(0);
  }
  return parsed;
}

/** A whole number ≥ `min` given as a flag value, or a UsageError naming the flag. */
export function integerArg(value: string | undefined, flag: string, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\s*-?\d+\s*$/.test(value) || n < min) throw new UsageError(`${flag} takes a whole number ≥ ${min}, not "${value}"`);
  return n;
}

/** A number > 0 given as a flag value, or a UsageError naming the flag. */
export function positiveNumberArg(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} takes a number > 0, not "${value}"`);
  return n;
}
