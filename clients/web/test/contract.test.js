// The page's parser against the server's own messages: Tests/Contract/server-messages.json is an
// array of {name, text}, `text` being one message exactly as sent on the wire. For each, the parser
// must give a known type and exactly the values of the message for every field the page reads
// (listed below independently of protocol.js: a field the server renames, drops or sends as
// another kind fails here). A field the page reads must appear in at least one message, so that a
// rename cannot pass as "absent".
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseMessage, MESSAGE_TYPES, OUTCOME_TYPES, PROTOCOL_VERSION } from "../protocol.js";

const FILE = fileURLToPath(new URL("../../../Tests/Contract/server-messages.json", import.meta.url));
const SAMPLES = JSON.parse(readFileSync(FILE, "utf8"));

// What the page reads, by shape. A string names a leaf; [name, shape] a nested record; [name, {each: shape}] a list of records.
const QUESTION = ["id", "type", "stem", "options", "answer", "explanation"];
const VIEW = [
  "title", "stage", ["segment", ["index", "title", "kind"]], "paused", "turn", ["question", QUESTION], ["previous", QUESTION],
  "deadline", "remaining", ["buzzes", { each: ["team", "name", "seat", "at", "falseStart", "round", "margin", "marginText"] }], "answering",
  ["buzzers", ["round", "open", "out"]], "outcome", "riskTier", "riskTiers", "essayScoresIn",
  ["scoreboard", { each: ["team", "name", "unit", "total", "bySegment", "corrections", "rank", "tied"] }],
  ["awards", [["lines", { each: ["team", "name", "rank", "total", "award", "awaitingTieBreak"] }], "tiesToBreak"]],
];
const MESSAGES = {
  welcome: ["seq", "protocolVersion", "role", "lang", "serverTime", "team", "seat", "teamName", "judge"],
  state: ["seq"],
  ack: ["seq", "id", "events"],
  rejected: ["seq", "id", "code", "message"],
  error: ["seq", "code", "message"],
  pong: ["seq", "id"],
  presence: ["seq", ["clients", { each: ["role", "team", "seat", "judge", "peer", "transport"] }], "screens"],
};
// Fields the page reads that these samples need not show: a judge's welcome, the speed segment's
// previous question, risk and essay fields. Every other field must appear in some message.
const MAY_BE_UNSEEN = new Set([
  "welcome.judge", "view.previous", "view.turn", "view.riskTier", "view.riskTiers", "view.essayScoresIn", "presence.clients[].team",
  "presence.clients[].seat", "presence.clients[].judge",
  "view.previous.id", "view.previous.type", "view.previous.stem", "view.previous.options", "view.previous.answer", "view.previous.explanation",
]);

// The raw JSON cut down to `shape`, a missing field as null: what the parser must return.
function project(raw, shape) {
  const out = {};
  for (const field of shape) {
    if (typeof field === "string") {
      out[field] = raw[field] ?? null;
      continue;
    }
    const [name, inner] = field;
    const value = raw[name];
    if (value == null) out[name] = null;
    else if (inner.each) out[name] = Array.isArray(value) ? value.map(item => project(item, inner.each)) : value;
    else out[name] = typeof value === "object" && !Array.isArray(value) ? project(value, inner) : value;
  }
  return out;
}

const rawView = raw => raw.public ?? raw.host?.view ?? null;

// Every path of `shape` ("view.scoreboard[].total"), and adds to `seen` those that `raw` has.
function paths(raw, shape, prefix, seen, all) {
  for (const field of shape) {
    const name = typeof field === "string" ? field : field[0];
    const path = `${prefix}.${name}`;
    all.add(path);
    const value = raw == null ? null : raw[name];
    if (value != null) seen.add(path);
    if (typeof field === "string") continue;
    const inner = field[1];
    if (inner.each) {
      for (const item of Array.isArray(value) ? value : [null]) paths(item, inner.each, `${path}[]`, seen, all);
    } else {
      paths(value != null && typeof value === "object" ? value : null, inner, path, seen, all);
    }
  }
}

test("the contract file has every message kind the page must read", () => {
  assert.ok(Array.isArray(SAMPLES) && SAMPLES.length > 0, `${FILE}: an array of {name, text}`);
  const raws = SAMPLES.map(s => JSON.parse(s.text));
  for (const type of MESSAGE_TYPES) assert.ok(raws.some(r => r.type === type), `a ${type} message`);
  for (const role of ["screen", "team", "host"]) assert.ok(raws.some(r => r.type === "welcome" && r.role === role), `a welcome for a ${role}`);
  assert.ok(raws.some(r => r.type === "state" && r.public), "a state with public");
  assert.ok(raws.some(r => r.type === "state" && r.host), "a state with host");
  const seen = new Set();
  const all = new Set();
  for (const raw of raws) {
    if (MESSAGES[raw.type]) paths(raw, MESSAGES[raw.type], raw.type, seen, all);
    if (rawView(raw)) paths(rawView(raw), VIEW, "view", seen, all);
  }
  const unseen = [...all].filter(path => !seen.has(path) && !MAY_BE_UNSEEN.has(path));
  assert.deepEqual(unseen, [], "fields the page reads that no message has (renamed?)");
});

test("each server message parses to a known type with exactly its values", async t => {
  for (const sample of SAMPLES) {
    await t.test(sample.name, () => {
      const raw = JSON.parse(sample.text);
      const parsed = parseMessage(sample.text);
      assert.ok(MESSAGE_TYPES.includes(parsed.type), `known type, got ${parsed.type}`);
      assert.equal(parsed.type, raw.type);
      assert.ok(Number.isInteger(raw.seq) && raw.seq >= 1, "seq counts from 1");
      const { type, view, ...fields } = parsed;
      assert.deepEqual(fields, project(raw, MESSAGES[raw.type]));
      if (raw.type === "welcome") assert.equal(parsed.protocolVersion, PROTOCOL_VERSION);
      if (raw.type === "welcome" || raw.type === "state") {
        const expected = rawView(raw);
        assert.ok(expected, "a view under public or host.view");
        assert.deepEqual(view, project(expected, VIEW));
        if (expected.outcome != null) {
          assert.ok(OUTCOME_TYPES.includes(view.outcome.type), `a known outcome, got ${JSON.stringify(expected.outcome)}`);
        }
      }
    });
  }
});
