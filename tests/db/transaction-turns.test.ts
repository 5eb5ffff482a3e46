// On PGlite, a transaction that has to wait for another gets its turn on a later turn of the event loop, after the
// statements sent meanwhile (src/db/transaction-turns.ts): a cheap read waits for one write transaction, not for
// every write queued before it (issue 10).
import { readFile } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../src/db/database.js";
import { TurnLine } from "../../src/db/transaction-turns.js";
import { PrismaClient } from "../../src/generated/prisma/client.js";
import { openTestDatabase } from "../helpers/test-database.js";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two transactions and a read, in the order they reach the database: the first holds it for a while. It holds it
 * long enough (250 ms) for the two 10 ms pauses to end while it does even on a loaded machine (with 50 ms, a CI run
 * sharing its two cores with other work once sent the read after the first transaction had ended).
 */
async function orderOf(prisma: PrismaClient): Promise<string[]> {
  const order: string[] = [];
  const first = prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1`;
    await pause(250);
    await tx.$queryRaw`SELECT 2`;
    order.push("first transaction");
  });
  await pause(10);
  const second = prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 3`;
    order.push("second transaction");
  });
  await pause(10);
  const read = prisma.$queryRaw`SELECT 4`.then(() => order.push("read"));
  await Promise.all([first, second, read]);
  return order;
}

describe("transactions in turns on PGlite", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("runs a read sent while a transaction holds the database before the transaction waiting behind it", async () => {
    expect(await orderOf(database.prisma)).toEqual(["first transaction", "read", "second transaction"]);
  });

  /**
   * The first transaction starts in an I/O callback (as an ingest does when its extraction comes back) and ends in the
   * same loop turn; the read is sent by a timer that fell due meanwhile, on the next turn. `next` starts the second.
   */
  async function afterIo(next: (second: () => Promise<void>) => Promise<void>): Promise<string[]> {
    const order: string[] = [];
    await new Promise<void>((resolve) => readFile(import.meta.filename, () => resolve()));
    setTimeout(() => void database.prisma.$queryRaw`SELECT 4`.then(() => order.push("read")), 1);
    const first = database.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT count(*) FROM generate_series(1, 300000)`;
      order.push("first transaction");
    });
    const second = next(() =>
      database.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT 3`;
        order.push("second transaction");
      }),
    );
    await Promise.all([first, second]);
    await pause(20);
    return order;
  }

  it("runs a read sent while a transaction started by I/O holds the database before the one waiting behind it", async () => {
    expect(await afterIo((second) => second())).toEqual(["first transaction", "read", "second transaction"]);
  });

  it("runs that read before a transaction whose first statement waited behind the first transaction", async () => {
    // An ingest's statements before its transaction queue at PGlite's own lock, and it asks for its turn only after.
    const order = await afterIo((second) => database.prisma.$queryRaw`SELECT 5`.then(second));
    expect(order).toEqual(["first transaction", "read", "second transaction"]);
  });

  it("is needed: PGlite's own lock lets the waiting transaction go first", async () => {
    const pglite = await PGlite.create("memory://");
    const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
    try {
      expect(await orderOf(prisma)).toEqual(["first transaction", "second transaction", "read"]);
    } finally {
      await prisma.$disconnect();
      await pglite.close();
    }
  });

  it("hands a turn to one waiter at a time, oldest first, and to nobody else in between", async () => {
    const line = new TurnLine();
    const events: string[] = [];
    const holder = async (name: string, ms: number) => {
      const giveBack = await line.take();
      events.push(`${name} in`);
      await pause(ms);
      events.push(`${name} out`);
      giveBack();
      giveBack(); // a second call gives nothing back
    };
    const first = holder("a", 20);
    const others = [holder("b", 5), holder("c", 5)];
    await first;
    // Between a's release and b's turn (a later event-loop turn), a newcomer queues behind c.
    await Promise.all([...others, holder("d", 1)]);
    expect(events).toEqual(["a in", "a out", "b in", "b out", "c in", "c out", "d in", "d out"]);
  });
});
