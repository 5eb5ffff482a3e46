// State ids by ISO code, kept for the life of the process. States are reference data, seeded once and never
// renumbered, so once the codes are known a filter's codes become ids without a round trip; before, every list
// filtered by state codes spent one extra statement on this lookup. A code the map does not know reloads the
// codes (so states added later are found), and one no state has still costs that one lookup, as before.
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import { queryRows } from "../../raw-rows.js";

interface CodeIndex {
  ids: Map<string, number>;
  /** The reload under way, which concurrent misses wait for instead of starting their own. */
  loading: Promise<void> | null;
}

// One index per client (per database): tests open many databases in one process.
const indexes = new WeakMap<PrismaClient, CodeIndex>();

async function reload(prisma: PrismaClient, index: CodeIndex): Promise<void> {
  const rows = await queryRows<{ id: number; code: string; alpha3: string }>(
    prisma,
    Prisma.sql`SELECT "id", "code", "alpha3" FROM "State"`,
  );
  const ids = new Map<string, number>();
  for (const { id, code, alpha3 } of rows) ids.set(code, id).set(alpha3, id);
  index.ids = ids;
}

/** The id of each code (upper-case alpha-2 or alpha-3), undefined for a code no state has. */
export async function stateIdsByCode(prisma: PrismaClient, codes: readonly string[]): Promise<(number | undefined)[]> {
  let index = indexes.get(prisma);
  if (!index) indexes.set(prisma, (index = { ids: new Map(), loading: null }));
  if (codes.some((code) => !index.ids.has(code))) {
    const current = index;
    current.loading ??= reload(prisma, current).finally(() => (current.loading = null));
    await current.loading;
  }
  return codes.map((code) => index.ids.get(code));
}
