// protocol.js: server texts to plain values, never an exception.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseMessage, parseView, parseOutcome, followSeq, MESSAGE_TYPES } from "../protocol.js";

const VIEW_FIELDS = [
  "title", "stage", "segment", "paused", "turn", "question", "previous", "deadline", "remaining", "buzzes", "answering",
  "buzzers", "outcome", "riskTier", "riskTiers", "essayScoresIn", "scoreboard", "awards",
];
const EMPTY_VIEW = Object.fromEntries(VIEW_FIELDS.map(field => [field, null]));

test("each message type parses to its fields", async t => {
  const cases = [
    [
      '{"type":"welcome","seq":1,"protocolVersion":2,"role":"screen","lang":"en","serverTime":1795284132006781,"public":{}}',
      { type: "welcome", seq: 1, protocolVersion: 2, role: "screen", lang: "en", serverTime: 1795284132006781, team: null, seat: null, teamName: null, judge: null, view: EMPTY_VIEW },
    ],
    [
      '{"type":"welcome","seq":1,"protocolVersion":2,"role":"team","lang":"zh-CN","serverTime":5,"team":3,"seat":2,"teamName":"南湖队","public":{"title":"决赛"}}',
      { type: "welcome", seq: 1, protocolVersion: 2, role: "team", lang: "zh-CN", serverTime: 5, team: 3, seat: 2, teamName: "南湖队", judge: null, view: { ...EMPTY_VIEW, title: "决赛" } },
    ],
    ['{"type":"state","seq":7,"public":{"stage":"running"}}', { type: "state", seq: 7, view: { ...EMPTY_VIEW, stage: "running" } }],
    ['{"type":"state","seq":7,"host":{"view":{"stage":"between"},"answerKey":"A"}}', { type: "state", seq: 7, view: { ...EMPTY_VIEW, stage: "between" } }],
    ['{"type":"state","seq":8}', { type: "state", seq: 8, view: null }],
    ['{"type":"ack","seq":3,"id":"h1","events":[{"buzzersArmed":{"deadline":9}}]}', { type: "ack", seq: 3, id: "h1", events: [{ buzzersArmed: { deadline: 9 } }] }],
    ['{"type":"ack","seq":3,"id":12}', { type: "ack", seq: 3, id: 12, events: null }],
    ['{"type":"rejected","seq":4,"id":"t2","code":"alreadyBuzzed","message":"本队已经抢答过"}', { type: "rejected", seq: 4, id: "t2", code: "alreadyBuzzed", message: "本队已经抢答过" }],
    ['{"type":"error","seq":5,"code":"badMessage","message":"无法识别的消息"}', { type: "error", seq: 5, code: "badMessage", message: "无法识别的消息" }],
    ['{"type":"pong","seq":6,"id":"p"}', { type: "pong", seq: 6, id: "p" }],
    [
      '{"type":"presence","seq":2,"clients":[{"peer":"127.0.0.1:1","role":"host","transport":"ndjson"},{"role":"team","team":3,"seat":2,"peer":"p","transport":"ws"}],"screens":40}',
      {
        type: "presence", seq: 2,
        clients: [
          { role: "host", team: null, seat: null, judge: null, peer: "127.0.0.1:1", transport: "ndjson" },
          { role: "team", team: 3, seat: 2, judge: null, peer: "p", transport: "ws" },
        ],
        screens: 40,
      },
    ],
  ];
  for (const [text, expected] of cases) {
    await t.test(text.slice(0, 60), () => assert.deepEqual(parseMessage(text), expected));
  }
});

test("an unknown message type or a text that is not a message does not throw", () => {
  const cases = [
    ['{"type":"shiny","seq":9,"x":1}', { type: "unknown", seq: 9, name: "shiny" }],
    ['{"seq":9}', { type: "unknown", seq: 9, name: null }],
    ['{"type":42}', { type: "unknown", seq: null, name: null }],
  ];
  for (const [text, expected] of cases) assert.deepEqual(parseMessage(text), expected, text);
  for (const text of ["not json", "", "[1,2]", "null", '"state"', "{"]) {
    const parsed = parseMessage(text);
    assert.equal(parsed.type, "invalid", text);
    assert.equal(typeof parsed.reason, "string");
  }
  assert.ok(!MESSAGE_TYPES.includes("unknown") && !MESSAGE_TYPES.includes("invalid"));
});

test("outcome: the tagged object of protocol version 2", () => {
  const cases = [
    [undefined, null],
    [null, null],
    [{ type: "answered", team: 3 }, { type: "answered", team: 3 }],
    [{ type: "answered" }, { type: "answered", team: null }],
    [{ type: "unanswered" }, { type: "unanswered" }],
    [{ type: "noBuzz" }, { type: "noBuzz" }],
    [{ type: "voided" }, { type: "voided" }],
    [{ type: "voided", reason: "host" }, { type: "voided" }],
    [{ type: "stolen", team: 4 }, { type: "unknown", name: "stolen" }],
    // Version 1's shapes are not read: they come out as unknown, and the screen shows nothing for them.
    [{ answered: { _0: 3 } }, { type: "unknown", name: null }],
    [{ voided: {} }, { type: "unknown", name: null }],
    ["voided", { type: "unknown", name: null }],
    [{ type: 7 }, { type: "unknown", name: null }],
  ];
  for (const [value, expected] of cases) assert.deepEqual(parseOutcome(value), expected, JSON.stringify(value));
  assert.deepEqual(parseView({ outcome: { type: "answered", team: 5 } }).outcome, { type: "answered", team: 5 });
});

test("view fields: kept as sent, null when missing or of another kind, unknown fields left out", () => {
  const raw = {
    title: "决赛", stage: "running", segment: { index: 1, title: "抢答题", kind: "buzz", extra: 1 }, paused: false, turn: null,
    question: { id: "P1-010", type: "multiple", stem: "题干", options: ["甲", "乙"] },
    deadline: 1795284148611239, remaining: 14000000,
    buzzes: [{ team: 3, name: "南湖队", seat: 2, at: 1795284134062437, falseStart: false, round: 1, margin: 0, marginText: "+0.00 ms" }, "junk"],
    answering: 3, buzzers: { round: 1, open: false, out: [2] }, riskTiers: [10, 20, 30],
    scoreboard: [{ team: 3, name: "南湖队", unit: "单位", total: 17.5, bySegment: [0, 17.5], corrections: 0, rank: 1, tied: false }],
    awards: { lines: [{ team: 3, name: "南湖队", rank: 1, total: 17.5, award: "一等奖", awaitingTieBreak: false }], tiesToBreak: [[1, 2]] },
    newField: { anything: true },
  };
  const view = parseView(raw);
  assert.deepEqual(Object.keys(view).sort(), [...VIEW_FIELDS].sort());
  assert.deepEqual(view.segment, { index: 1, title: "抢答题", kind: "buzz" });
  assert.deepEqual(view.question, { id: "P1-010", type: "multiple", stem: "题干", options: ["甲", "乙"], answer: null, explanation: null });
  assert.equal(view.buzzes.length, 1, "a buzz that is not an object is dropped");
  assert.deepEqual(view.buzzes[0], raw.buzzes[0]);
  assert.deepEqual(view.scoreboard, raw.scoreboard);
  assert.deepEqual(view.awards, raw.awards);
  assert.deepEqual(view.buzzers, raw.buzzers);
  assert.equal(view.previous, null);
  assert.equal(view.outcome, null);
  assert.equal(view.riskTier, null);

  const wrong = parseView({ title: 5, paused: "yes", remaining: "14", turn: "3", scoreboard: {}, question: [], buzzes: "x" });
  assert.deepEqual(wrong, EMPTY_VIEW);
  assert.equal(parseView(null), null);
  assert.equal(parseView([]), null);
  assert.equal(parseView({ question: { answer: "ABDE" } }).question.answer, "ABDE");
  assert.equal(parseView({ question: { answer: 42 } }).question.answer, 42);
  assert.equal(parseView({ question: { answer: ["A"] } }).question.answer, null);
});

test("followSeq counts what a connection missed", () => {
  const cases = [
    // last, seq → last, missed
    [0, 1, 1, 0],
    [1, 2, 2, 0],
    [2, 5, 5, 2],
    [0, 3, 3, 2],
    [5, 5, 5, 0],
    [5, 3, 5, 0],
    [4, null, 4, 0],
  ];
  for (const [last, seq, next, missed] of cases) assert.deepEqual(followSeq(last, seq), { last: next, missed }, `${last} → ${seq}`);
});
