// Loads Prisma's schema engine compiled to WebAssembly (@prisma/schema-engine-wasm).
// The Prisma CLI would download a native binary for migrations, which is impossible offline;
// the WebAssembly build is the same engine, shipped inside an npm package.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
let wasmReady: Promise<void> | undefined;

/** Instantiates the WebAssembly module once per process. */
function initWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The package's default entry imports the .wasm file directly, which Node refuses;
    // instantiate it by hand and hand its exports to the JS glue.
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(jsPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return wasmReady;
}

/** Opens a schema engine on the database behind `adapterFactory`. Call `free()` when done. */
export async function openSchemaEngine(
  schemaFileName: string,
  schemaText: string,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<SchemaEngine> {
  await initWasm();
  const engine = (await bg.SchemaEngine.new(
    { datamodels: [[schemaFileName, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  )) as unknown as SchemaEngine;
  return engine;
}
