// Correcting a statement by hand: the references are checked first (all problems reported at once), then the
// statement, its targets and topics change in one transaction with the analytics rollups kept in step. The values
// are marked reviewed, so re-extraction keeps them.
import type { Prisma, PrismaClient, Statement, Topic } from "../../generated/prisma/client.js";
import { STATEMENT_TYPES } from "../../extraction/statement-types.js";
import type { StatementType } from "../../extraction/types.js";
import { addStatements, subtractStatements } from "../../db/queries/analytics/rollup-maintenance.js";
import { badInput, notFound, type InputProblem, type Outcome, type RecordRef } from "../service-errors.js";

/** The corrections: a field left undefined stays as it is; null clears it. */
export interface StatementCorrection {
  statement: RecordRef;
  speaker?: RecordRef | null;
  /** ISO code of the speaker's state. */
  speakerState?: string | null;
  /** ISO codes of the target states (replaces the list). */
  targets?: string[];
  /** Topic slugs (replaces the list). */
  topics?: string[];
  /** -1..1; the label follows from it. */
  sentiment?: number;
  type?: StatementType;
}

/** The correction with every reference resolved to a stored record. */
interface ResolvedCorrection {
  statement: Statement;
  speakerId: number | null | undefined;
  stateIdOf: Map<string, number>;
  topics: Topic[];
}

const labelOf = (score: number) => (score < -0.05 ? "NEGATIVE" : score > 0.05 ? "POSITIVE" : "NEUTRAL");
const normaliseCode = (code: string) => code.trim().toUpperCase();

async function resolveSpeaker(prisma: PrismaClient, speaker: RecordRef | null | undefined, problems: InputProblem[]) {
  if (speaker == null) return speaker;
  const found = speaker.id === null ? null : await prisma.person.findUnique({ where: { id: speaker.id }, select: { id: true } });
  if (!found) problems.push(notFound("speaker", `No person has the ID "${speaker.given}".`));
  return found?.id;
}

async function resolveStates(prisma: PrismaClient, correction: StatementCorrection, problems: InputProblem[]) {
  const codes = [...(correction.speakerState ? [correction.speakerState] : []), ...(correction.targets ?? [])].map(normaliseCode);
  const states = await prisma.state.findMany({ where: { OR: [{ code: { in: codes } }, { alpha3: { in: codes } }] } });
  const stateIdOf = new Map(states.flatMap((s) => [[s.code, s.id] as const, [s.alpha3, s.id] as const]));
  const targetCodes = correction.targets?.map((code) => code.toUpperCase()) ?? [];
  for (const code of codes) {
    if (!stateIdOf.has(code)) {
      problems.push(badInput(targetCodes.includes(code) ? "targets" : "speakerState", `No state has the code "${code}".`));
    }
  }
  return stateIdOf;
}

async function resolveCorrection(prisma: PrismaClient, correction: StatementCorrection): Promise<Outcome<ResolvedCorrection>> {
  const problems: InputProblem[] = [];
  const { statement: ref } = correction;
  const statement = ref.id === null ? null : await prisma.statement.findUnique({ where: { id: ref.id } });
  if (!statement) problems.push(notFound("id", `No statement has the ID "${ref.given}".`));
  const speakerId = await resolveSpeaker(prisma, correction.speaker, problems);
  const stateIdOf = await resolveStates(prisma, correction, problems);
  const topics = correction.topics ? await prisma.topic.findMany({ where: { slug: { in: correction.topics } } }) : [];
  for (const slug of correction.topics ?? []) {
    if (!topics.some((topic) => topic.slug === slug)) problems.push(badInput("topics", `No topic has the slug "${slug}".`));
  }
  if (correction.sentiment != null && !(correction.sentiment >= -1 && correction.sentiment <= 1)) {
    problems.push(badInput("sentiment", "sentiment must be between -1 and 1."));
  }
  if (problems.length || !statement) return { ok: false, problems };
  return { ok: true, value: { statement, speakerId, stateIdOf, topics } };
}

function correctedColumns(correction: StatementCorrection, resolved: ResolvedCorrection): Prisma.StatementUncheckedUpdateInput {
  const { speakerState, sentiment, type } = correction;
  return {
    ...(resolved.speakerId !== undefined ? { speakerId: resolved.speakerId } : {}),
    ...(speakerState !== undefined
      ? { speakerStateId: speakerState === null ? null : resolved.stateIdOf.get(normaliseCode(speakerState))! }
      : {}),
    ...(sentiment != null ? { sentimentScore: sentiment, sentimentLabel: labelOf(sentiment) } : {}),
    ...(type ? { type, cameoCode: STATEMENT_TYPES[type].cameoCode, goldstein: STATEMENT_TYPES[type].goldstein } : {}),
    reviewed: true,
    reviewedAt: new Date(),
  };
}

/** Applies the corrections, or returns the problems with them (then nothing is written). */
export async function updateStatement(prisma: PrismaClient, correction: StatementCorrection): Promise<Outcome<Statement>> {
  const resolution = await resolveCorrection(prisma, correction);
  if (!resolution.ok) return resolution;
  const resolved = resolution.value;
  const statementId = resolved.statement.id;
  const updated = await prisma.$transaction(async (tx) => {
    // The analytics rollups lose the statement's old values here and gain the corrected ones at the end.
    await subtractStatements(tx, { statementIds: [statementId] });
    if (correction.targets) {
      await tx.statementTarget.deleteMany({ where: { statementId } });
      const stateIds = new Set(correction.targets.map((code) => resolved.stateIdOf.get(normaliseCode(code))!));
      await tx.statementTarget.createMany({ data: [...stateIds].map((stateId) => ({ statementId, stateId })) });
    }
    if (correction.topics) {
      await tx.statementTopic.deleteMany({ where: { statementId } });
      await tx.statementTopic.createMany({
        data: resolved.topics.map((topic) => ({ statementId, topicId: topic.id, evidence: null, confidence: 1 })),
      });
    }
    const corrected = await tx.statement.update({ where: { id: statementId }, data: correctedColumns(correction, resolved) });
    await addStatements(tx, { statementIds: [statementId] });
    return corrected;
  });
  return { ok: true, value: updated };
}
