// The exam pages' parser against the server's own messages: Tests/Contract/exam-messages.json is
// written by the Swift tests (ExamProtocolDocumentTests) from one scripted exam day, each `text`
// exactly as sent on the wire. Every value the parser gives must be the server's value at the same
// place, and every field the parser reads must carry a value in some message, so a field the
// server renames or sends as another kind fails here rather than in a hall.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseExamMessage, EXAM_MESSAGE_TYPES } from "../exam-link.js";

const FILE = fileURLToPath(new URL("../../../Tests/Contract/exam-messages.json", import.meta.url));
const SAMPLES = JSON.parse(readFileSync(FILE, "utf8"));

// Fields the parser reads that the scripted day need not show with a value.
const MAY_BE_UNSEEN = new Set([
  "exam.submittedAt", "exam.closedAt", "exam.answers[].truth", "proctor.rows[].submittedAt", "proctor.rows[].closedAt",
  "proctor.rows[].lastSaveAt", "proctor.rows[].enteredAt", "proctor.rows[].actions[].minutes",
  "proctor.rows[].actions[].deadline", "rows[].actions[].deadline", "rows[].actions[].minutes",
  "marking.next.ownMark", "marking.next.ownNote", "script.ownMark", "script.ownNote",
  "practical.contestants[].signedAt", "practical.contestants[].score", "practical.contestants[].panel[].signedAt",
  "practical.contestants[].reopens[].chief", "practical.contestants[].reopens[].judge",
  "practical.contestants[].reopens[].reason", "practical.contestants[].reopens[].at", "submittedAt", "closedAt",
  "marking.next", "marking.next.script", "marking.next.question", "marking.next.stem", "marking.next.reference",
  "marking.next.markingPoints", "marking.next.text", "marking.next.max", "marking.next.open",
  "rows[].submittedAt", "rows[].closedAt", "rows[].lastSaveAt", "rows[].enteredAt",
]);

/** Walks what the parser gave beside the raw message, noting every path and whether it had a value. */
function compare(parsed, raw, path, seen, problems) {
  for (const [key, value] of Object.entries(parsed)) {
    if (path === "" && (key === "type" || key === "name")) continue;
    const place = path ? `${path}.${key}` : key;
    const source = raw ? raw[key] : undefined;
    if (value === null || value === undefined) {
      if (!seen.has(place)) seen.set(place, false);
      if (source !== null && source !== undefined) problems.push(`${place}: the parser gave null for ${JSON.stringify(source)}`);
      continue;
    }
    seen.set(place, true);
    if (Array.isArray(value)) {
      if (!Array.isArray(source)) problems.push(`${place}: not a list on the wire`);
      else value.forEach((item, index) => {
        if (item !== null && typeof item === "object") compare(item, source[index], `${place}[]`, seen, problems);
        else if (item !== source[index]) problems.push(`${place}[${index}]: ${item} ≠ ${source[index]}`);
      });
    } else if (typeof value === "object") {
      compare(value, source, place, seen, problems);
    } else if (value !== source) {
      problems.push(`${place}: ${JSON.stringify(value)} ≠ ${JSON.stringify(source)}`);
    }
  }
}

test("every sample is a message type the pages know", () => {
  assert.ok(SAMPLES.length >= 10);
  for (const { name, text } of SAMPLES) {
    const parsed = parseExamMessage(text);
    assert.ok(EXAM_MESSAGE_TYPES.includes(parsed.type), `${name}: parsed as ${parsed.type}`);
  }
  const kinds = new Set(SAMPLES.map(sample => JSON.parse(sample.text).type));
  for (const type of EXAM_MESSAGE_TYPES) assert.ok(kinds.has(type), `no ${type} in the contract file`);
});

test("the parser gives the server's values, and every field it reads appears with one", () => {
  const seen = new Map();
  const problems = [];
  for (const { name, text } of SAMPLES) {
    const found = [];
    compare(parseExamMessage(text), JSON.parse(text), "", seen, found);
    problems.push(...found.map(problem => `${name}: ${problem}`));
  }
  for (const [place, hadValue] of seen) {
    if (!hadValue && !MAY_BE_UNSEEN.has(place)) problems.push(`${place}: read by the parser, in no message`);
  }
  assert.deepEqual(problems, []);
});
