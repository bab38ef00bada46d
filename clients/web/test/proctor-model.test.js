// proctor-model.js: roster deltas, counts, filters and sorting, the actions a row offers and their requests.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { applyRoster, counts, visibleRows, remainingMs, actionsFor, actionRequest } from "../proctor-model.js";

const row = (candidate, fields = {}) => ({
  candidate, name: `考生${candidate}`, unit: "城东", status: "answering", answered: 0, questions: 40, connected: 1, leftPage: 0,
  enteredAt: 1, deadline: 100_000_000, submittedAt: null, closedAt: null, admittedLate: false, actions: [], ...fields,
});
const ROWS = [
  row("03", { answered: 12, leftPage: 2 }),
  row("01", { status: "submitted", submittedAt: 50_000_000, answered: 40 }),
  row("02", { status: "absent", enteredAt: null, connected: 0 }),
  row("04", { connected: 0, deadline: 40_000_000, name: "王五" }),
  row("05", { status: "closed", closedAt: 100_000_000 }),
];

test("a roster message replaces rows by admission number and adds new ones", () => {
  const next = applyRoster(ROWS, [row("02", { status: "answering" }), row("06"), null, { name: "no id" }]);
  assert.equal(next.length, 6);
  assert.equal(next.find(r => r.candidate === "02").status, "answering");
  assert.deepEqual(applyRoster(ROWS, null), ROWS);
});

test("the counts at the top", () => {
  assert.deepEqual(counts(ROWS), { total: 5, entered: 4, answering: 2, finished: 2, absent: 1, disconnected: 1 });
  assert.deepEqual(counts([]), { total: 0, entered: 0, answering: 0, finished: 0, absent: 0, disconnected: 0 });
});

test("filters, search and sorting", () => {
  const ids = options => visibleRows(ROWS, options).map(r => r.candidate);
  const cases = [
    [{}, ["01", "02", "03", "04", "05"]],
    [{ descending: true }, ["05", "04", "03", "02", "01"]],
    [{ filter: "answering" }, ["03", "04"]],
    [{ filter: "finished" }, ["01", "05"]],
    [{ filter: "absent" }, ["02"]],
    [{ filter: "disconnected" }, ["04"]],
    [{ filter: "leftPage" }, ["03"]],
    [{ search: "王五" }, ["04"]],
    [{ search: " 0 " }, ["01", "02", "03", "04", "05"]],
    [{ column: "answered", descending: true }, ["01", "03", "02", "04", "05"]],
    [{ column: "remaining", now: 10_000 }, ["04", "03", "01", "02", "05"]],
    [{ column: "status" }, ["03", "04", "02", "01", "05"]],
    [{ column: "finishedAt" }, ["01", "05", "02", "03", "04"]],
  ];
  for (const [options, expected] of cases) assert.deepEqual(ids(options), expected, JSON.stringify(options));
});

test("time left is never negative", () => {
  assert.equal(remainingMs(row("x", { deadline: 5_000_000 }), 2000), 3000);
  assert.equal(remainingMs(row("x", { deadline: 5_000_000 }), 9000), 0);
});

test("each row offers the actions its paper allows; late entry only once entry has closed", () => {
  const cases = [
    [row("a"), { extendTime: true, reopenPaper: false, admitLate: false }],
    [row("a", { status: "absent" }), { extendTime: false, reopenPaper: false, admitLate: false }, false],
    [row("a", { status: "submitted" }), { extendTime: false, reopenPaper: true, admitLate: false }],
    [row("a", { status: "closed" }), { extendTime: false, reopenPaper: true, admitLate: false }],
    [row("a", { status: "absent" }), { extendTime: false, reopenPaper: false, admitLate: true }],
    [row("a", { status: "absent", admittedLate: true }), { extendTime: false, reopenPaper: false, admitLate: false }],
  ];
  for (const [r, expected, entryOver = true] of cases) assert.deepEqual(actionsFor(r, entryOver), expected, r.status);
});

test("a dialog sends nothing without a reason or with minutes outside 1…600", () => {
  const cases = [
    [["extendTime", "01", "10", " 电脑故障 "], { fields: { candidate: "01", minutes: 10, reason: "电脑故障" } }],
    [["reopenPaper", "01", "600", "误交卷"], { fields: { candidate: "01", minutes: 600, reason: "误交卷" } }],
    [["admitLate", "01", "", "公交延误"], { fields: { candidate: "01", reason: "公交延误" } }],
    [["extendTime", "01", "10", "   "], { problem: "reasonRequired" }],
    [["admitLate", "01", "10", ""], { problem: "reasonRequired" }],
    [["extendTime", "01", "0", "x"], { problem: "invalidMinutes" }],
    [["extendTime", "01", "601", "x"], { problem: "invalidMinutes" }],
    [["reopenPaper", "01", "2.5", "x"], { problem: "invalidMinutes" }],
    [["reopenPaper", "01", "", "x"], { problem: "invalidMinutes" }],
  ];
  for (const [args, expected] of cases) assert.deepEqual(actionRequest(...args), expected, args.join(" "));
});
