// Child-process entry of `npm run bench:postgraphile`: PostGraphile 5 with its default ("amber") preset on the
// benchmark database, as a user would start it, listening once its schema is built. PostGraphile is not a
// dependency of Entente (185 packages, 300 MB with its bundled GraphiQL): it is loaded from the folder given in
// POSTGRAPHILE_DIR, where `npm install postgraphile@5` was run (see src/cli/bench-postgraphile.ts).
// Environment: POSTGRAPHILE_DIR, DATABASE_URL, HOST, PORT, POOL_SIZE.
import { createServer } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

/** The few PostGraphile exports used here (its own types are not installed with Entente). */
interface PostGraphileModules {
  postgraphile(preset: object): { createServ(grafserv: unknown): Serv; release(): Promise<void> };
  amber: object;
  makePgService(options: { connectionString: string; schemas: string[]; poolConfig: { max: number } }): object;
  grafserv: unknown;
}

interface Serv {
  ready(): Promise<void>;
  addTo(server: ReturnType<typeof createServer>): Promise<void>;
}

async function loadPostGraphile(folder: string): Promise<PostGraphileModules> {
  const require = createRequire(path.join(path.resolve(folder), "package.json"));
  const load = async (specifier: string) => import(pathToFileURL(require.resolve(specifier)).href);
  const [main, amber, pg, grafserv] = await Promise.all([
    load("postgraphile"),
    load("postgraphile/presets/amber"),
    load("postgraphile/adaptors/pg"),
    load("postgraphile/grafserv/node"),
  ]);
  return {
    postgraphile: main.postgraphile,
    amber: amber.PostGraphileAmberPreset,
    makePgService: pg.makePgService,
    grafserv: grafserv.grafserv,
  };
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set.`);
  return value;
}

const modules = await loadPostGraphile(required("POSTGRAPHILE_DIR"));
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(required("PORT"));
const preset = {
  extends: [modules.amber],
  pgServices: [
    modules.makePgService({
      connectionString: required("DATABASE_URL"),
      schemas: ["public"],
      poolConfig: { max: Number(process.env.POOL_SIZE ?? 10) },
    }),
  ],
  grafserv: { port, host, graphiql: false },
  grafast: { explain: false },
};
const pgl = modules.postgraphile(preset);
const serv = pgl.createServ(modules.grafserv);
const server = createServer();
await serv.addTo(server);
await serv.ready();
// Listening only once the schema is built: the parent's readiness probe (a GraphQL request) then succeeds.
server.listen(port, host);
const stop = () => server.close(() => void pgl.release().then(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
