// Sanctioned people: a sanction phrase right after one of the person's mentions ("X, who is under UN sanctions").
import type { PersonEntity } from "../people.js";

const SANCTION_PATTERN =
  /\b(?:(?:who|which)\s+(?:is|are|was|has been|have been)\s+)?(?:under|subject to|facing|faces|targeted by)\s+(?:[\w.\-'’]+\s+){0,6}?sanctions\b|\bsanctioned\s+by\s+(?:the\s+)?[\w.\-'’ ]{2,40}?(?=[,.;)]|\s+(?:for|in|over|since|and)\b)|\b(?:blacklisted|sanctioned)\b(?:\s+by\s+(?:the\s+)?[\w.\-'’]+(?:\s+[A-Z][\w.\-'’]*)*)?/;

/** "who is under UN Security Council sanctions", "sanctioned by the EU": close after one of the person's mentions. */
export function detectSanctions(text: string, p: PersonEntity): void {
  for (const m of p.mentions) {
    const windowEnd = Math.min(text.length, m.end + 90);
    let tail = text.slice(m.end, windowEnd);
    const stop = tail.search(/(?<![A-Z])[.!?](?:\s|$)|\n/);
    if (stop >= 0) tail = tail.slice(0, stop);
    // The sanction phrase must come right after the name (apposition / relative clause), not in a later clause.
    const hit = SANCTION_PATTERN.exec(tail);
    if (hit && hit.index <= 60 && /^[\s,]*(?:\([^)]*\)\s*)?(?:,|who|which|—|-)?/.test(tail)) {
      const before = tail.slice(0, hit.index);
      if (/\b(?:said|says|told|warned|added)\b/.test(before)) continue;
      if (!/^\s*,|^\s*who\b|^\s*—/.test(tail) && hit.index > 3) continue;
      p.sanctioned = true;
      p.sanctionNote = hit[0].replace(/^(?:who|which)\s+(?:is|are|was|has been|have been)\s+/, "").trim();
      return;
    }
  }
}
