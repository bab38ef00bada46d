// exam-link.js: the exam server's texts to plain values, and the connection's ids, retries and clock.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseExamMessage, reconnectDelay, clockOffset, socketURL, ExamLink, EXAM_MESSAGE_TYPES, PING_EVERY } from "../exam-link.js";

const QUESTION = { id: "Q7", number: 3, type: "single", section: "单选题", stem: "窗口首问负责制是指？", options: ["甲", "乙"], points: 1.5 };
const ROW = {
  candidate: "2026120003", name: "李四", unit: "城东中心", status: "answering", answered: 4, questions: 40, connected: 0,
  leftPage: 2, enteredAt: 10, lastSaveAt: 20, deadline: 90, submittedAt: null, closedAt: null, admittedLate: true,
  actions: [
    { type: "extended", minutes: 10, deadline: null, reason: "电脑故障", proctor: 1, at: 30 },
    { type: "reopened", minutes: null, deadline: 99, reason: "误交卷", proctor: 2, at: 40 },
  ],
};
const SCRIPT = {
  script: 12, question: "Q40", stem: "论述…", reference: "要点", markingPoints: ["一", "二"], text: "答", max: 20, ownMark: 7.5, ownNote: null, open: true,
};
const MARKING = { marker: 2, total: 40, markedTwice: 3, needingThird: 1, final: 2, assigned: 20, marked: 5, waiting: 15, next: SCRIPT };
const PRACTICAL = {
  judge: 1, name: "王评委", chief: true, trimFromJudges: 5, items: [{ name: "仪容仪表", max: 10 }],
  contestants: [{
    id: "S01", name: "赵六", order: 1, points: [8.5, null], total: 8.5, signedAt: null,
    panel: [{ judge: 1, name: "王评委", signedAt: 50 }], score: null, reopens: [{ chief: 1, judge: 2, reason: "录错", at: 60 }],
  }],
};

test("each exam message type parses to its fields", async t => {
  const exam = {
    candidate: "2026120001", name: "张三", unit: "政务中心", title: "理论考试", start: 1, entryCloses: 2, status: "answering",
    deadline: 3, submittedAt: null, closedAt: null, paper: { title: "试卷", questions: [QUESTION] },
    answers: [
      { question: "Q7", choices: [1], savedAt: 5 }, { question: "Q8", truth: false, savedAt: 6 }, { question: "Q9", text: "甲；乙", savedAt: 7 },
    ],
  };
  const welcome = { seq: 1, protocolVersion: 2, role: "candidate", lang: "zh-CN", serverTime: 1795284132006781 };
  const none = { exam: null, proctor: null, marking: null, practical: null };
  const proctor = { proctor: 1, title: "理论考试", start: 1, deadline: 3, entryCloses: 2, rows: [ROW] };
  const cases = [
    [{ type: "welcome", ...welcome, exam }, { type: "welcome", ...welcome, ...none, exam }],
    [{ type: "welcome", ...welcome, role: "proctor", proctor }, { type: "welcome", ...welcome, ...none, role: "proctor", proctor }],
    [{ type: "welcome", ...welcome, role: "marker", marking: MARKING }, { type: "welcome", ...welcome, ...none, role: "marker", marking: MARKING }],
    [{ type: "welcome", ...welcome, role: "judge", practical: PRACTICAL }, { type: "welcome", ...welcome, ...none, role: "judge", practical: PRACTICAL }],
    [{ type: "ack", seq: 4, id: "r2", at: 77 }, { type: "ack", seq: 4, id: "r2", at: 77 }],
    [
      { type: "rejected", seq: 4, id: "s3", code: "timeUp", message: "考试时间已到，答案未保存" },
      { type: "rejected", seq: 4, id: "s3", code: "timeUp", message: "考试时间已到，答案未保存" },
    ],
    [{ type: "error", seq: 1, code: "badToken", message: "令牌无效" }, { type: "error", seq: 1, code: "badToken", message: "令牌无效" }],
    [{ type: "pong", seq: 6, id: "p3" }, { type: "pong", seq: 6, id: "p3" }],
    [
      { type: "paperStatus", seq: 9, status: "closed", deadline: 3, submittedAt: null, closedAt: 3 },
      { type: "paperStatus", seq: 9, status: "closed", deadline: 3, submittedAt: null, closedAt: 3 },
    ],
    [{ type: "roster", seq: 2, rows: [ROW] }, { type: "roster", seq: 2, rows: [ROW] }],
    [{ type: "marking", seq: 2, marking: { ...MARKING, next: null } }, { type: "marking", seq: 2, marking: { ...MARKING, next: null } }],
    [{ type: "script", seq: 3, id: "r4", script: SCRIPT }, { type: "script", seq: 3, id: "r4", script: SCRIPT }],
    [{ type: "practical", seq: 5, practical: PRACTICAL }, { type: "practical", seq: 5, practical: PRACTICAL }],
  ];
  for (const [message, expected] of cases) {
    const text = JSON.stringify(message);
    await t.test(text.slice(0, 60), () => assert.deepEqual(parseExamMessage(text), expected));
  }
  assert.deepEqual(new Set(cases.map(([m]) => m.type)), new Set(EXAM_MESSAGE_TYPES));
});

test("a field of the wrong kind is null, and an unknown type or a non-message never throws", () => {
  const odd = parseExamMessage('{"type":"paperStatus","seq":"1","status":3,"deadline":"soon","closedAt":null}');
  assert.deepEqual(odd, { type: "paperStatus", seq: null, status: null, deadline: null, submittedAt: null, closedAt: null });
  const bad = parseExamMessage('{"type":"roster","rows":[1,{"candidate":7,"actions":"x"}]}');
  assert.equal(bad.rows.length, 1);
  assert.equal(bad.rows[0].candidate, null);
  assert.equal(bad.rows[0].actions, null);
  const answerless = parseExamMessage('{"type":"welcome","exam":{"answers":[{"question":"Q1","truth":"yes"}]}}');
  assert.deepEqual(answerless.exam.answers, [{ question: "Q1", savedAt: null }]);
  assert.deepEqual(parseExamMessage('{"type":"state","seq":9}'), { type: "unknown", seq: 9, name: "state" });
  assert.deepEqual(parseExamMessage('{"type":42}'), { type: "unknown", seq: null, name: null });
  for (const text of ["not json", "", "[1]", "null", '"ack"', "{"]) assert.equal(parseExamMessage(text).type, "invalid", text);
});

test("reconnects wait 1, 2, 4, 8, then 10 s; the clock offset comes from serverTime in µs", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 9].map(reconnectDelay), [1000, 2000, 4000, 8000, 10000, 10000]);
  assert.equal(clockOffset(5_000_000, 3000), 2000);
  assert.equal(clockOffset(null, 3000), 0);
  assert.equal(socketURL({ protocol: "http:", host: "10.0.0.2:7700" }), "ws://10.0.0.2:7700/ws");
  assert.equal(socketURL({ protocol: "https:", host: "exam.example" }), "wss://exam.example/ws");
});

// A stand-in for the browser's WebSocket and timers: sockets made are kept, timers run by hand.
function harness() {
  const sockets = [];
  class FakeSocket {
    constructor(url) {
      Object.assign(this, { url, readyState: 0, sent: [] });
      sockets.push(this);
    }
    send(text) { this.sent.push(JSON.parse(text)); }
    close() { this.readyState = 3; }
    open() { this.readyState = 1; this.onopen(); }
    receive(message) { this.onmessage({ data: JSON.stringify(message) }); }
    drop() { this.readyState = 3; this.onclose(); }
  }
  const timeouts = [];
  const intervals = [];
  const timers = {
    setTimeout: (f, ms) => timeouts.push({ f, ms }),
    clearTimeout: () => {},
    setInterval: (f, ms) => intervals.push({ f, ms }),
    clearInterval: () => {},
  };
  const clock = { now: 1000 };
  const messages = [];
  const statuses = [];
  const link = new ExamLink({
    url: "ws://h/ws", hello: () => ({ role: "candidate", candidate: "2026120001", token: "T" }), WebSocket: FakeSocket, timers,
    now: () => clock.now, onMessage: m => messages.push(m), onStatus: s => statuses.push(s),
  });
  return { link, sockets, timeouts, intervals, clock, messages, statuses };
}

test("hello on every connection, requests answered by id, lost on a drop, backoff grows and resets", async () => {
  const { link, sockets, timeouts, intervals, clock, statuses } = harness();
  link.start();
  assert.deepEqual(await link.request("saveAnswer", { question: "Q1", truth: true }), { type: "offline", id: null });
  sockets[0].open();
  assert.deepEqual(sockets[0].sent, [{ type: "hello", role: "candidate", candidate: "2026120001", token: "T" }]);
  sockets[0].receive({ type: "welcome", seq: 1, serverTime: 61_000_000 });
  assert.equal(link.serverNow(), 61000);
  clock.now = 2000;
  assert.equal(link.serverNow(), 62000);

  const first = link.request("saveAnswer", { question: "Q1", choices: [2] });
  const second = link.request("submitPaper");
  assert.deepEqual(sockets[0].sent.slice(1), [
    { type: "saveAnswer", id: "r1", question: "Q1", choices: [2] }, { type: "submitPaper", id: "r2" },
  ]);
  sockets[0].receive({ type: "rejected", seq: 3, id: "r2", code: "x", message: "不行" });
  sockets[0].receive({ type: "ack", seq: 2, id: "r1", at: 5 });
  assert.deepEqual(await first, { type: "ack", seq: 2, id: "r1", at: 5 });
  assert.equal((await second).code, "x");

  const third = link.request("leftPage");
  sockets[0].drop();
  assert.deepEqual(await third, { type: "lost", id: "r3" });
  for (let i = 0; i < 3; i++) {
    timeouts.at(-1).f();
    sockets.at(-1).drop();
  }
  timeouts.at(-1).f();
  assert.deepEqual(timeouts.map(t => t.ms), [1000, 2000, 4000, 8000]);
  const last = sockets.at(-1);
  last.open();
  assert.equal(last.sent[0].type, "hello");
  last.receive({ type: "welcome", seq: 1, serverTime: 2_000_000 });
  last.drop();
  assert.equal(timeouts.at(-1).ms, 1000);
  assert.deepEqual(statuses.slice(0, 4), ["connecting", "online", "offline", "connecting"]);
  assert.equal(intervals[0].ms, PING_EVERY);
});

test("pings while heard from, gives up a silent connection, and stop ends the retries", () => {
  const { link, sockets, timeouts, intervals, clock } = harness();
  link.start();
  sockets[0].open();
  sockets[0].receive({ type: "welcome", seq: 1, serverTime: 1_000_000 });
  clock.now += PING_EVERY;
  intervals[0].f();
  assert.deepEqual(sockets[0].sent.at(-1), { type: "ping", id: "p1" });
  clock.now += 60000;
  intervals[0].f();
  assert.equal(sockets[0].readyState, 3);
  assert.equal(timeouts.length, 1);
  timeouts[0].f();
  assert.equal(sockets.length, 2);
  link.stop();
  sockets[1].onclose();
  assert.equal(timeouts.length, 1);
});
