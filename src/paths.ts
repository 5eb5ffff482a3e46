// Absolute paths to the project's own folders, valid both from src/ (tests) and dist/ (compiled).
import { fileURLToPath } from "node:url";
import path from "node:path";

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const prismaDir = path.join(projectRoot, "prisma");
export const schemaFile = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
export const seedDataDir = path.join(prismaDir, "seed-data");
