// The exam day's wire (docs/exam.md): the server's messages as plain values, and one page's
// connection to /ws. The parser is pure (text in, value out, never an exception): a field comes out
// as sent, or null when it is missing or of another JSON kind; a message type this page does not
// know becomes {type: "unknown", seq, name}, so an older page keeps working against a newer server.
//
//   parseExamMessage('{"type":"ack","seq":4,"id":"r2","at":1795284132006781}')
//     → {type: "ack", seq: 4, id: "r2", at: 1795284132006781}
//   const link = new ExamLink({ hello: () => ({ role: "candidate", candidate, token }), onMessage });
//   link.start();  await link.request("saveAnswer", { question: "Q7", choices: [1] })  // → ack | rejected

import { text, number, flag, scalar, array, records, record, parseObject } from "./json-fields.js";

/** The message types this module understands; anything else parses as `unknown`. */
export const EXAM_MESSAGE_TYPES = [
  "welcome", "ack", "rejected", "error", "pong", "paperStatus", "roster", "marking", "script", "practical",
];


/** One text message from /ws (or one NDJSON line) of the exam server. */
export function parseExamMessage(data) {
  const { raw, invalid } = parseObject(data);
  if (invalid) return { type: "invalid", reason: invalid };
  const seq = number(raw.seq);
  switch (raw.type) {
    case "welcome":
      return {
        type: "welcome", seq, protocolVersion: number(raw.protocolVersion), role: text(raw.role), lang: text(raw.lang),
        serverTime: number(raw.serverTime), exam: record(raw.exam, examView), proctor: record(raw.proctor, proctorView),
        marking: record(raw.marking, markerView), practical: record(raw.practical, judgeView),
      };
    case "ack":
      return { type: "ack", seq, id: scalar(raw.id), at: number(raw.at) };
    case "rejected":
      return { type: "rejected", seq, id: scalar(raw.id), code: text(raw.code), message: text(raw.message) };
    case "error":
      return { type: "error", seq, code: text(raw.code), message: text(raw.message) };
    case "pong":
      return { type: "pong", seq, id: scalar(raw.id) };
    case "paperStatus":
      return { type: "paperStatus", seq, ...paperStatus(raw) };
    case "roster":
      return { type: "roster", seq, rows: records(raw.rows, proctorRow) };
    case "marking":
      return { type: "marking", seq, marking: record(raw.marking, markerView) };
    case "script":
      return { type: "script", seq, id: scalar(raw.id), script: record(raw.script, scriptView) };
    case "practical":
      return { type: "practical", seq, practical: record(raw.practical, judgeView) };
    default:
      return { type: "unknown", seq, name: typeof raw.type === "string" ? raw.type : null };
  }
}

function paperStatus(s) {
  return { status: text(s.status), deadline: number(s.deadline), submittedAt: number(s.submittedAt), closedAt: number(s.closedAt) };
}

function examView(e) {
  return {
    candidate: text(e.candidate), name: text(e.name), unit: text(e.unit), title: text(e.title),
    start: number(e.start), entryCloses: number(e.entryCloses), ...paperStatus(e),
    paper: record(e.paper, p => ({ title: text(p.title), questions: records(p.questions, paperQuestion) })),
    answers: records(e.answers, savedAnswer),
  };
}

function paperQuestion(q) {
  return {
    id: text(q.id), number: number(q.number), type: text(q.type), section: text(q.section), stem: text(q.stem),
    options: array(q.options, text), points: number(q.points),
  };
}

/** A saved answer keeps only the answer field it was sent with: choices, truth or text. */
function savedAnswer(a) {
  const saved = { question: text(a.question), savedAt: number(a.savedAt) };
  if (Array.isArray(a.choices)) saved.choices = a.choices.map(number);
  else if (flag(a.truth) !== null) saved.truth = a.truth;
  else if (text(a.text) !== null) saved.text = a.text;
  return saved;
}

function proctorView(p) {
  return {
    proctor: number(p.proctor), title: text(p.title), start: number(p.start), deadline: number(p.deadline),
    entryCloses: number(p.entryCloses), rows: records(p.rows, proctorRow),
  };
}

function proctorRow(r) {
  return {
    candidate: text(r.candidate), name: text(r.name), unit: text(r.unit), status: text(r.status),
    answered: number(r.answered), questions: number(r.questions), connected: number(r.connected), leftPage: number(r.leftPage),
    enteredAt: number(r.enteredAt), lastSaveAt: number(r.lastSaveAt), deadline: number(r.deadline),
    submittedAt: number(r.submittedAt), closedAt: number(r.closedAt), admittedLate: flag(r.admittedLate),
    actions: records(r.actions, a => ({
      type: text(a.type), minutes: number(a.minutes), deadline: number(a.deadline), reason: text(a.reason),
      proctor: scalar(a.proctor), at: number(a.at),
    })),
  };
}

function markerView(m) {
  return {
    marker: number(m.marker), total: number(m.total), markedTwice: number(m.markedTwice), needingThird: number(m.needingThird),
    final: number(m.final), assigned: number(m.assigned), marked: number(m.marked), waiting: number(m.waiting),
    next: record(m.next, scriptView),
  };
}

function scriptView(s) {
  return {
    script: number(s.script), question: text(s.question), stem: text(s.stem), reference: text(s.reference),
    markingPoints: array(s.markingPoints, text), text: text(s.text), max: number(s.max), ownMark: number(s.ownMark),
    ownNote: text(s.ownNote), open: flag(s.open),
  };
}

function judgeView(j) {
  return {
    judge: number(j.judge), name: text(j.name), chief: flag(j.chief), trimFromJudges: number(j.trimFromJudges),
    items: records(j.items, i => ({ name: text(i.name), max: number(i.max) })),
    contestants: records(j.contestants, c => ({
      id: text(c.id), name: text(c.name), order: number(c.order), points: array(c.points, number), total: number(c.total),
      signedAt: number(c.signedAt), panel: records(c.panel, p => ({ judge: number(p.judge), name: text(p.name), signedAt: number(p.signedAt) })),
      score: number(c.score), reopens: records(c.reopens, r => ({ chief: number(r.chief), judge: number(r.judge), reason: text(r.reason), at: number(r.at) })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The connection

/** Milliseconds before reconnect attempt `attempt` (0, 1, 2…): 1, 2, 4, 8, then 10 s. */
export function reconnectDelay(attempt) {
  return Math.min(1000 * 2 ** Math.max(0, attempt), 10000);
}

/** How far the server's clock is ahead of this machine's, in ms, from a welcome's serverTime (µs). */
export function clockOffset(serverTimeMicros, localMillis) {
  return typeof serverTimeMicros === "number" ? serverTimeMicros / 1000 - localMillis : 0;
}

/** The `/ws` address of the page's own server: `ws://host/ws`, or `wss://` under https. */
export function socketURL(location) {
  return (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws";
}

export const PING_EVERY = 15000;
// The messages that answer a request by its id.
const ANSWERS = new Set(["ack", "rejected", "script"]);
// A connection silent this long is taken for dead (the server would have dropped it by 60 s).
const SILENT_LIMIT = 45000;

/**
 * One page's connection: opens `url`, sends `hello()` on every (re)connection, reconnects after
 * 1, 2, 4… 10 s, pings every 15 s. `request` sends a request with the next id ("r1", "r2"…) and
 * resolves with the parsed `ack`, `rejected` or `script` for that id; with {type: "offline"} when not
 * identified, or {type: "lost"} when the connection closes before the answer. `serverNow()` is
 * the server's clock in ms (the offset taken at each welcome). `onMessage(message)` gets every
 * parsed message, `onStatus("connecting" | "online" | "offline")` each change. The socket class,
 * timers and clock are passed in for tests.
 */
export class ExamLink {
  constructor({ url, hello, onMessage = () => {}, onStatus = () => {}, WebSocket: Socket = globalThis.WebSocket, timers = globalThis, now = () => Date.now() }) {
    Object.assign(this, { url, hello, onMessage, onStatus, Socket, timers, now });
    this.socket = null;
    this.identified = false;
    this.attempt = 0;
    this.offset = 0;
    this.counter = 0;
    this.pending = new Map();
    this.stopped = true;
    this.retryTimer = null;
    this.pingTimer = null;
    this.lastHeard = 0;
  }

  start() {
    this.stopped = false;
    this.connect();
    this.pingTimer = this.timers.setInterval(() => this.ping(), PING_EVERY);
  }

  /** Closes for good (a refused token): no reconnect until `start` again. */
  stop() {
    this.stopped = true;
    this.timers.clearTimeout(this.retryTimer);
    this.timers.clearInterval(this.pingTimer);
    const socket = this.socket;
    this.dropped();
    if (socket) socket.close();
  }

  serverNow() {
    return this.now() + this.offset;
  }

  request(type, fields = {}) {
    if (!this.identified) return Promise.resolve({ type: "offline", id: null });
    const id = `r${++this.counter}`;
    return new Promise(resolve => {
      this.pending.set(id, resolve);
      this.send({ type, id, ...fields });
    });
  }

  send(message) {
    if (this.socket && this.socket.readyState === 1) this.socket.send(JSON.stringify(message));
  }

  connect() {
    if (this.stopped) return;
    this.onStatus("connecting");
    let socket;
    try {
      socket = new this.Socket(this.url);
    } catch (error) {
      this.retry();
      return;
    }
    this.socket = socket;
    socket.onopen = () => {
      this.lastHeard = this.now();
      this.send({ type: "hello", ...this.hello() });
    };
    socket.onmessage = event => {
      if (this.socket !== socket) return;
      this.lastHeard = this.now();
      this.receive(parseExamMessage(event.data));
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.dropped();
      this.retry();
    };
  }

  receive(message) {
    if (message.type === "welcome") {
      this.offset = clockOffset(message.serverTime, this.now());
      this.identified = true;
      this.attempt = 0;
      this.onStatus("online");
    }
    // `script` is the answer to an `openScript`, in place of its ack.
    if (ANSWERS.has(message.type) && this.pending.has(message.id)) {
      const resolve = this.pending.get(message.id);
      this.pending.delete(message.id);
      resolve(message);
    }
    this.onMessage(message);
  }

  // The connection is gone: every request still waiting is answered `lost`, so its page retries.
  dropped() {
    this.socket = null;
    this.identified = false;
    for (const [id, resolve] of this.pending) resolve({ type: "lost", id });
    this.pending.clear();
    if (!this.stopped) this.onStatus("offline");
  }

  retry() {
    if (this.stopped) return;
    this.timers.clearTimeout(this.retryTimer);
    this.retryTimer = this.timers.setTimeout(() => this.connect(), reconnectDelay(this.attempt++));
  }

  ping() {
    if (!this.socket || this.socket.readyState !== 1) return;
    if (this.now() - this.lastHeard > SILENT_LIMIT) {
      const socket = this.socket;
      this.dropped();
      socket.close();
      this.retry();
      return;
    }
    this.send({ type: "ping", id: `p${++this.counter}` });
  }
}
