// The server's messages (docs/protocol.md, protocol version 2) as plain values. Pure: a text in, a
// value out, never an exception. Every field the page reads is checked for its JSON kind and comes
// out as it was sent, or null when it is missing or of another kind; fields the page does not read
// are left out. A message type or a tagged value (a buzz question's outcome) that this page does
// not know becomes {type: "unknown", ...}, so an older page keeps working against a newer server.
//
//   parseMessage('{"type":"state","seq":7,"public":{"stage":"running"}}')
//     → {type: "state", seq: 7, view: {stage: "running", title: null, …}}
//   parseMessage('{"type":"shiny","seq":8}') → {type: "unknown", seq: 8, name: "shiny"}
//   parseMessage("not json")                 → {type: "invalid", reason: "…"}

import { isRecord, text, number, flag, scalar, array, records, record, parseObject } from "./json-fields.js";

export const PROTOCOL_VERSION = 2;

/** The message types this page understands; anything else parses as `unknown`. */
export const MESSAGE_TYPES = ["welcome", "state", "ack", "rejected", "error", "pong", "presence"];

/** How a buzz question ended; any other `type` parses as `{type: "unknown", name}`. */
export const OUTCOME_TYPES = ["answered", "unanswered", "noBuzz", "voided"];


/** One text message as received from /ws (or one NDJSON line). */
export function parseMessage(data) {
  const { raw, invalid } = parseObject(data);
  if (invalid) return { type: "invalid", reason: invalid };
  const seq = number(raw.seq);
  switch (raw.type) {
    case "welcome":
      return {
        type: "welcome",
        seq,
        protocolVersion: number(raw.protocolVersion),
        role: text(raw.role),
        lang: text(raw.lang),
        serverTime: number(raw.serverTime),
        team: number(raw.team),
        seat: number(raw.seat),
        teamName: text(raw.teamName),
        judge: number(raw.judge),
        view: viewOf(raw),
      };
    case "state":
      return { type: "state", seq, view: viewOf(raw) };
    case "ack":
      return { type: "ack", seq, id: scalar(raw.id), events: array(raw.events, event => event) };
    case "rejected":
      return { type: "rejected", seq, id: scalar(raw.id), code: text(raw.code), message: text(raw.message) };
    case "error":
      return { type: "error", seq, code: text(raw.code), message: text(raw.message) };
    case "pong":
      return { type: "pong", seq, id: scalar(raw.id) };
    case "presence":
      return { type: "presence", seq, clients: records(raw.clients, client), screens: number(raw.screens) };
    default:
      return { type: "unknown", seq, name: typeof raw.type === "string" ? raw.type : null };
  }
}

// A screen or a team gets the view under "public"; the host and judges under "host": {view: …}.
function viewOf(raw) {
  if (isRecord(raw.public)) return parseView(raw.public);
  if (isRecord(raw.host) && isRecord(raw.host.view)) return parseView(raw.host.view);
  return null;
}

function client(c) {
  return {
    role: text(c.role),
    team: number(c.team),
    seat: number(c.seat),
    judge: number(c.judge),
    peer: text(c.peer),
    transport: text(c.transport),
  };
}

/** The public view (a message's "public", or /api/state's "view"): every field the page reads. */
export function parseView(v) {
  if (!isRecord(v)) return null;
  return {
    title: text(v.title),
    stage: text(v.stage),
    segment: record(v.segment, s => ({ index: number(s.index), title: text(s.title), kind: text(s.kind) })),
    paused: flag(v.paused),
    turn: number(v.turn),
    question: record(v.question, question),
    previous: record(v.previous, question),
    deadline: number(v.deadline),
    remaining: number(v.remaining),
    buzzes: records(v.buzzes, buzz),
    answering: number(v.answering),
    buzzers: record(v.buzzers, b => ({ round: number(b.round), open: flag(b.open), out: array(b.out, number) })),
    outcome: parseOutcome(v.outcome),
    riskTier: number(v.riskTier),
    riskTiers: array(v.riskTiers, number),
    essayScoresIn: number(v.essayScoresIn),
    scoreboard: records(v.scoreboard, standing),
    awards: record(v.awards, a => ({
      lines: records(a.lines, awardLine),
      tiesToBreak: array(a.tiesToBreak, group => array(group, number)),
    })),
  };
}

function question(q) {
  return {
    id: text(q.id),
    type: text(q.type),
    stem: text(q.stem),
    options: array(q.options, text),
    answer: scalar(q.answer),
    explanation: text(q.explanation),
  };
}

function buzz(b) {
  return {
    team: number(b.team),
    name: text(b.name),
    seat: number(b.seat),
    at: number(b.at),
    falseStart: flag(b.falseStart),
    round: number(b.round),
    margin: number(b.margin),
    marginText: text(b.marginText),
  };
}

function standing(s) {
  return {
    team: number(s.team),
    name: text(s.name),
    unit: text(s.unit),
    total: number(s.total),
    bySegment: array(s.bySegment, number),
    corrections: number(s.corrections),
    rank: number(s.rank),
    tied: flag(s.tied),
  };
}

function awardLine(l) {
  return {
    team: number(l.team),
    name: text(l.name),
    rank: number(l.rank),
    total: number(l.total),
    award: text(l.award),
    awaitingTieBreak: flag(l.awaitingTieBreak),
  };
}

/**
 * A buzz question's outcome, a tagged object: {type: "answered", team: 3}, {type: "unanswered"},
 * {type: "noBuzz"}, {type: "voided"}; null when there is none; {type: "unknown", name} for a tag
 * this page does not know (or a value that is not a tagged object at all).
 */
export function parseOutcome(value) {
  if (value == null) return null;
  if (!isRecord(value) || typeof value.type !== "string") return { type: "unknown", name: null };
  switch (value.type) {
    case "answered":
      return { type: "answered", team: number(value.team) };
    case "unanswered":
    case "noBuzz":
    case "voided":
      return { type: value.type };
    default:
      return { type: "unknown", name: value.type };
  }
}

/**
 * Follows a connection's `seq` (1, 2, 3… on each connection): `last` is the previous message's
 * seq (0 on a new connection). Returns the new `last` and how many messages were missed before
 * this one (0 when none; a seq that does not move forward counts as nothing missed).
 */
export function followSeq(last, seq) {
  if (typeof seq !== "number") return { last, missed: 0 };
  return { last: Math.max(last, seq), missed: Math.max(0, seq - last - 1) };
}
