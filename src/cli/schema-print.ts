// npm run schema:print   writes schema/schema.graphql
// npm run schema:check   fails when schema/schema.graphql differs from the code
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../paths.js";
import { printEntenteSchema } from "../graphql/print-schema.js";
import { parseCliArgs } from "./cli-args.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: node dist/cli/schema-print.js [--check]   (npm run schema:print / schema:check)
  Writes schema/schema.graphql, the SDL printed from the code.
  --check      write nothing; exit 1 when schema/schema.graphql differs from the code
  --help, -h   this help`;

await runCli(async () => {
  const { values } = parseCliArgs({ usage: USAGE, options: { check: { type: "boolean", default: false } } });
  const target = path.join(projectRoot, "schema", "schema.graphql");
  const printed = await printEntenteSchema();
  if (values.check) {
    const current = existsSync(target) ? await readFile(target, "utf8") : "";
    if (current !== printed) {
      console.error("schema/schema.graphql is out of date with the code: run `npm run schema:print` and commit it.");
      process.exitCode = 1;
      return;
    }
    console.log("schema/schema.graphql is up to date.");
  } else {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, printed);
    console.log(`Wrote ${path.relative(process.cwd(), target)}`);
  }
});
