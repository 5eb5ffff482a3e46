// npm run schema:print   writes schema/schema.graphql
// npm run schema:check   fails when schema/schema.graphql differs from the code
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../paths.js";
import { printEntenteSchema } from "../graphql/print-schema.js";

const target = path.join(projectRoot, "schema", "schema.graphql");
const printed = await printEntenteSchema();

if (process.argv.includes("--check")) {
  const current = existsSync(target) ? await readFile(target, "utf8") : "";
  if (current !== printed) {
    console.error("schema/schema.graphql is out of date with the code: run `npm run schema:print` and commit it.");
    process.exit(1);
  }
  console.log("schema/schema.graphql is up to date.");
} else {
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, printed);
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
