// Builds the reference list of states from maintained MIT-licensed datasets
// (i18n-iso-countries: codes and English names; countries-list: capitals and continents)
// plus our own overlay (prisma/seed-data/state-overrides.json): the names news actually uses,
// official names, regions, demonyms, abbreviations and capitals used for governments.
// Plain data, no database: the seed stores it and the extraction evaluation builds its gazetteer from it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import countries from "i18n-iso-countries";
import { countries as countryFacts, continents } from "countries-list";
import { seedDataDir } from "../paths.js";

/** How a state is named in text besides its common name (the values of the database enum AliasKind). */
export type AliasKind = "NAME" | "ABBREVIATION" | "DEMONYM" | "CAPITAL" | "SHORT_FORM";

const require = createRequire(import.meta.url);
countries.registerLocale(require("i18n-iso-countries/langs/en.json"));

export interface StateAliasRecord {
  kind: AliasKind;
  value: string;
}

export interface StateRecord {
  code: string;
  alpha3: string;
  name: string;
  officialName: string;
  region: string;
  subregion: string | null;
  aliases: StateAliasRecord[];
}

interface StateOverride {
  name?: string;
  officialName?: string;
  region?: string;
  subregion?: string;
  aliases?: StateAliasRecord[];
}

const REGION_BY_CONTINENT: Record<string, string> = {
  AF: "Africa",
  AN: "Antarctica",
  AS: "Asia",
  EU: "Europe",
  NA: "Americas",
  SA: "Americas",
  OC: "Oceania",
};

function loadOverrides(): Record<string, StateOverride> {
  const file = path.join(seedDataDir, "state-overrides.json");
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, StateOverride>;
}

/** Every ISO 3166-1 state, with names and aliases merged and de-duplicated. */
export function buildStateRecords(): StateRecord[] {
  const overrides = loadOverrides();
  const namesByCode = countries.getNames("en", { select: "all" });
  return Object.entries(namesByCode)
    .map(([code, datasetNames]): StateRecord => {
      const override = overrides[code] ?? {};
      const facts = countryFacts[code as keyof typeof countryFacts] as
        { name: string; capital: string; continent: string } | undefined;
      const name = override.name ?? facts?.name ?? datasetNames[0]!;
      const aliases = new Map<string, StateAliasRecord>();
      const add = (kind: AliasKind, value: string | undefined) => {
        const trimmed = value?.trim();
        // Skip the common name itself and ISO-style inverted names ("Korea, Republic of") that never occur in prose.
        if (!trimmed || trimmed === name || trimmed.includes(", ")) return;
        if (!aliases.has(trimmed)) aliases.set(trimmed, { kind, value: trimmed });
      };
      for (const alias of override.aliases ?? []) add(alias.kind, alias.value);
      for (const datasetName of datasetNames) add(/^[A-Z.]+$/.test(datasetName) ? "ABBREVIATION" : "NAME", datasetName);
      for (const capital of facts?.capital?.split(",") ?? []) add("CAPITAL", capital);
      const continent = facts?.continent ?? "";
      return {
        code,
        alpha3: countries.alpha2ToAlpha3(code)!,
        name,
        officialName: override.officialName ?? countries.getName(code, "en", { select: "official" }) ?? name,
        region:
          override.region ?? REGION_BY_CONTINENT[continent] ?? continents[continent as keyof typeof continents] ?? "Unknown",
        subregion: override.subregion ?? null,
        aliases: [...aliases.values()],
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
