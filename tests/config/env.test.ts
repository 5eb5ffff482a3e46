import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig, prettyLogsInstalled } from "../../src/config/env.js";

describe("configuration", () => {
  it("defaults to the embedded database under ./data on port 4000", () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: "pglite", dataDir: expect.stringMatching(/data$/) });
    expect(config.migrateOnStart).toBe(true);
    expect(config.apiKeys).toEqual([]);
  });

  it("uses PostgreSQL when DATABASE_URL is set", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u@db:5432/entente" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@db:5432/entente",
    });
  });

  it.each([
    [{ PORT: "http" }, /PORT must be a number/],
    [{ PORT: "70000" }, /PORT must be between 0 and 65535/],
    [{ DATABASE_URL: "mysql://x/y" }, /DATABASE_URL must start with postgres:\/\//],
    [{ MIGRATE_ON_START: "maybe" }, /MIGRATE_ON_START must be one of/],
    [{ ENTENTE_API_KEYS: "short" }, /ENTENTE_API_KEYS keys must be at least 16 characters/],
    [{ CORS_ORIGINS: "not a url" }, /CORS_ORIGINS must be \*/],
  ])("rejects %o with one clear line", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("logs JSON without pino-pretty (a production install) and refuses LOG_FORMAT=pretty there", () => {
    const production = { prettyLogs: () => false };
    expect(prettyLogsInstalled()).toBe(true); // a development install
    expect(loadConfig({}, production).logFormat).toBe("json");
    expect(loadConfig({ LOG_FORMAT: "json" }, production).logFormat).toBe("json");
    expect(() => loadConfig({ LOG_FORMAT: "pretty" }, production)).toThrow(/LOG_FORMAT=pretty needs pino-pretty/);
    expect(loadConfig({ LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
  });

  it("treats empty values as unset", () => {
    expect(loadConfig({ PORT: "", DATABASE_URL: "" }).port).toBe(4000);
  });
});
