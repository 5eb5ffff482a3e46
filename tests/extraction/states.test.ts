import { afterEach, describe, expect, it } from "vitest";
import { setDisabledFamilies } from "../../src/extraction/rules/registry.js";
import { compileGazetteer, datelineState, findStateMentions } from "../../src/extraction/states.js";
import { states } from "./helpers.js";

const codes = (text: string) => findStateMentions(text, compileGazetteer(states())).map((m) => m.code);
const surfaces = (text: string) => findStateMentions(text, compileGazetteer(states())).map((m) => `${m.surface}:${m.code}`);

describe("state mentions", () => {
  it("finds names, abbreviations, demonyms and capitals, longest first", () => {
    expect(surfaces("The U.S. and the DPRK met; North Korean and South Korean officials, Beijing and the UK too.")).toEqual([
      "U.S.:US",
      "DPRK:KP",
      "North Korean:KP",
      "South Korean:KR",
      "Beijing:CN",
      "UK:GB",
    ]);
    expect(codes("PNG's foreign minister flew to Suva.")).toEqual(["PG", "FJ"]);
    expect(codes("Japan pledged US$30 billion and NZ$5 million more to the fund.")).toEqual(["JP"]);
    expect(codes("the Democratic People's Republic of Korea")).toEqual(["KP"]);
    expect(codes("the Democratic People’s Republic of Korea")).toEqual(["KP"]);
  });

  it("is case-sensitive and respects word boundaries", () => {
    expect(codes("a turkey dinner on fine china in chad")).toEqual([]);
    expect(codes("Nigerian and Niger")).toEqual(["NG", "NE"]);
    expect(codes("the Indiana governor")).toEqual([]);
  });

  it("does not read people's names or U.S. states as states", () => {
    expect(codes("Michael Jordan visited Jordan.")).toEqual(["JO"]);
    expect(codes("Jordan Peterson spoke.")).toEqual([]);
    expect(codes("He flew to Atlanta, Georgia, on Monday.")).toEqual([]);
    expect(codes("Georgia's government in Tbilisi said")).toEqual(["GE", "GE"]);
    expect(codes("officials in Washington state and at the Washington Post")).toEqual([]);
    expect(codes("Washington said it would respond.")).toEqual(["US"]);
    expect(codes("storms in New Mexico and the South China Sea")).toEqual([]);
  });

  it("resolves the North/the South only in a Korean context", () => {
    expect(codes("North Korea fired a missile. The South said the North would pay.")).toEqual(["KP", "KR", "KP"]);
    expect(codes("Sudan's army fought in the North. The South was calm.")).toEqual(["SD"]);
    expect(codes("Seoul said the North Korean launch was a provocation.")).toEqual(["KR", "KP"]);
  });

  it("reads a hyphenated name also written with a space as one state, not as a shorter name and a capital", () => {
    expect(codes("Talks with the Republic of Guinea Bissau and the Republic of Guinea-Bissau")).toEqual(["GW", "GW"]);
    expect(codes("Dili and the Democratic Republic of Timor Leste")).toEqual(["TL", "TL"]);
  });

  it("maps India's foreign ministry by its own name, as other institutions", () => {
    expect(codes("The Ministry of External Affairs said the External Affairs Ministry would reply.")).toEqual(["IN", "IN"]);
  });

  it("maps government institutions to their state", () => {
    expect(codes("The Kremlin and the White House said")).toEqual(["RU", "US"]);
  });

  it("maps seats of government and parliaments that news uses for the government to their state", () => {
    expect(codes("Itamaraty rejected the claim, and officials at the Planalto Palace agreed.")).toEqual(["BR", "BR"]);
    expect(codes("Foggy Bottom and Whitehall were both silent on the deal.")).toEqual(["US", "GB"]);
    expect(codes("Malacañang welcomed the ruling; Malacanang aides said more would follow.")).toEqual(["PH", "PH"]);
    expect(codes("The Casa Rosada and Palazzo Chigi issued a joint note.")).toEqual(["AR", "IT"]);
    expect(codes("Cheong Wa Dae said the Verkhovna Rada and the Bundestag had voted.")).toEqual(["KR", "UA", "DE"]);
    expect(codes("Aso Rock denied the report.")).toEqual(["NG"]);
  });

  it("maps armed forces named without their state to it", () => {
    expect(codes("The PLA held drills as the People's Liberation Army Navy sailed and the IDF watched.")).toEqual([
      "CN",
      "CN",
      "IL",
    ]);
  });

  it("reads a combining form before a hyphen and a state as a state of its own", () => {
    expect(codes("Sino-U.S. ties and the Sino-Japanese dispute")).toEqual(["CN", "US", "CN", "JP"]);
    expect(codes("Anglo-Irish talks, the Franco-German engine and the Indo-Bangladesh border")).toEqual([
      "GB",
      "IE",
      "FR",
      "DE",
      "IN",
      "BD",
    ]);
    expect(
      codes("the Indo-Pacific, Anglo-Saxon law, the Franco-Prussian War, the Russo-Japanese War, a Sino-Pacific forum"),
    ).toEqual([]);
  });

  it("reads unhyphenated spellings of hyphenated names", () => {
    expect(codes("Guinea Bissau and Timor Leste voted; Guinea abstained.")).toEqual(["GW", "TL", "GN"]);
  });

  it("does not read newspapers, airlines or clubs named after a place as the state", () => {
    expect(codes("the minister told the Kyiv Independent and the Moscow Times")).toEqual([]);
    expect(codes("as the Jerusalem Post, the Times of Israel and the Times of India reported")).toEqual([]);
    expect(codes("the Tehran Times, the Taipei Times, the Bangkok Post, the Jakarta Post and the Manila Times")).toEqual([]);
    expect(codes("flights by Air India, Air China, Air France, Qatar Airways, Singapore Airlines and Japan Airlines")).toEqual(
      [],
    );
    expect(codes("Real Madrid beat Atletico Madrid and Atlético Madrid fans left")).toEqual([]);
    expect(codes("American Indian leaders met American Indians from Canada")).toEqual(["CA"]);
    expect(codes("India said the Kyiv Post story was false; Kyiv said so too.")).toEqual(["IN", "UA"]);
  });

  it("reads a name two states share as the one the article names in full", () => {
    expect(codes("The DRC accused Rwanda. Congolese troops and Congo's army held Goma.")).toEqual(["CD", "RW", "CD", "CD"]);
    expect(codes("Brazzaville said Congo would send observers.")).toEqual(["CG", "CG"]);
    expect(codes("Congolese officials said the talks went well.")).toEqual(["CD"]);
    expect(codes("Kinshasa and Brazzaville said Congo would take part.")).toEqual(["CD", "CG", "CD"]);
    expect(codes("Boats on the Congo River and the Congo Basin forests.")).toEqual([]);
  });

  it("reads the state of a one-place dateline", () => {
    const dateline = (text: string) => datelineState(text, compileGazetteer(states()));
    expect(dateline("HELSINKI, Jan. 14 — Border guards boarded a tanker.")).toBe("FI");
    expect(dateline("SEOUL, June 3 (Wire) - North Korea fired a missile.")).toBe("KR");
    expect(dateline("NEW DELHI - India said on Monday.")).toBe("IN");
    expect(dateline("ODESA, Ukraine, May 2 - Drones struck the port.")).toBe("UA");
    expect(dateline("BEIJING/WASHINGTON, Dec 4 (Wire) - China banned exports.")).toBeNull();
    expect(dateline("The talks ended on Friday - without a deal.")).toBeNull();
  });
  it("reads a dependent territory as the state that governs it (states.territory-sovereign)", () => {
    expect(codes("Madrid raised the border at Gibraltar, and Pyongyang named Guam and the Falklands.")).toEqual([
      "ES",
      "GB",
      "KP",
      "US",
      "GB",
    ]);
    // Territories whose own governments speak keep their code.
    expect(codes("Greenland and Hong Kong")).toEqual(["GL", "HK"]);
  });

  it("reads no state inside the name of an agreement, a war or a forum (states.name-inside-name)", () => {
    expect(codes("Kenya cited the Nairobi Declaration, the Vietnam War and the Minsk Group.")).toEqual(["KE"]);
    expect(codes("Vietnam said Paris agreed.")).toEqual(["VN", "FR"]);
    expect(codes("Finland patrols the Gulf of Finland, and Thailand the Gulf of Thailand.")).toEqual(["FI", "TH"]);
  });
});

describe("rule states.seat-of-institutions", () => {
  afterEach(() => setDisabledFamilies([]));

  it("reads 'Brussels' as no state unless the article names Belgium too", () => {
    expect(codes("After Brussels, the Serbian president welcomed the Hungarian premier.")).toEqual(["RS", "HU"]);
    expect(codes("Belgian officials said Brussels would expel the envoy.")).toEqual(["BE", "BE"]);
  });

  it("is a rule that can be switched off", () => {
    setDisabledFamilies(["states.seat-of-institutions"]);
    expect(codes("After Brussels, the Serbian president welcomed the Hungarian premier.")).toEqual(["BE", "RS", "HU"]);
  });
});
