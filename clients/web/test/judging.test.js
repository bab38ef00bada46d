// The judging pages' pure rules: mark-model.js, practical-model.js, half-points.js, judging-text.js.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readHalfPoints } from "../half-points.js";
import { quickMarks, nudgeMark, progressOf, screenOf, startingMark, recordMark, readHistory } from "../mark-model.js";
import {
  contestantsInOrder, sheetState, shownPoints, tally, stepScore, toggleHalf, panelOf, pendingKey, pickedAfter,
} from "../practical-model.js";
import { clockOf, pointsText, judgingTextsFor } from "../judging-text.js";

test("typed points: whole and half points from 0 to max, full-width as typed on a Chinese keyboard", () => {
  const cases = [
    ["7.5", 10, 7.5], ["0", 10, 0], ["10", 10, 10], [" 3 ", 10, 3], ["７．５", 10, 7.5], ["8。5", 10, 8.5],
    ["7.50", 10, 7.5], ["10.5", 10, null], ["7.3", 10, null], ["-1", 10, null], ["", 10, null], ["abc", 10, null],
    ["1e1", 20, null], ["7.", 10, null], [null, 10, null],
  ];
  for (const [text, max, expected] of cases) assert.equal(readHalfPoints(text, max), expected, `${text} of ${max}`);
});

test("quick marks: every whole point up to 12, else tenths rounded to half points", () => {
  const cases = [
    [5, [0, 1, 2, 3, 4, 5]],
    [2.5, [0, 1, 2, 2.5]],
    [12, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [30, [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30]],
    [25, [0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5, 25]],
    [15, [0, 1.5, 3, 4.5, 6, 7.5, 9, 10.5, 12, 13.5, 15]],
    [0, []],
  ];
  for (const [max, expected] of cases) assert.deepEqual(quickMarks(max), expected, `max ${max}`);
});

test("nudging a mark by half points stays from 0 to max", () => {
  const cases = [[null, 0.5, 10, 0.5], [null, -0.5, 10, 0], [7, 0.5, 10, 7.5], [10, 0.5, 10, 10], [0, -0.5, 10, 0], [7.5, -0.5, 10, 7]];
  for (const [points, delta, max, expected] of cases) assert.equal(nudgeMark(points, delta, max), expected);
});

test("progress: the marker's own counts and the whole marking's, zero when missing", () => {
  const view = { marker: 2, total: 40, markedTwice: 12, needingThird: 3, final: 10, assigned: 20, marked: 7, waiting: 13, next: null };
  assert.deepEqual(progressOf(view), { marker: 2, assigned: 20, marked: 7, waiting: 13, total: 40, markedTwice: 12, needingThird: 3, final: 10 });
  assert.deepEqual(progressOf({ marker: 1 }), { marker: 1, assigned: 0, marked: 0, waiting: 0, total: 0, markedTwice: 0, needingThird: 0, final: 0 });
});

test("what the marking page shows: the opened script, else the next, else all marked", () => {
  const next = { script: 3, open: true, ownMark: null };
  const opened = { script: 1, open: true, ownMark: 6.5 };
  const final = { script: 2, open: false, ownMark: 4 };
  assert.deepEqual(screenOf({ next }, null), { kind: "script", editing: false, script: next, locked: false });
  assert.deepEqual(screenOf({ next }, opened), { kind: "script", editing: true, script: opened, locked: false });
  assert.deepEqual(screenOf({ next: null }, final), { kind: "script", editing: true, script: final, locked: true });
  assert.deepEqual(screenOf({ next: null }, null), { kind: "done" });
  assert.equal(startingMark(opened), 6.5);
  assert.equal(startingMark(next), null);
});

test("the session's list: newest first, a changed script moves up instead of appearing twice", () => {
  let history = [];
  history = recordMark(history, { script: 1, question: "Q19", points: 6, at: 1 });
  history = recordMark(history, { script: 4, question: "Q20", points: 12, at: 2 });
  history = recordMark(history, { script: 1, question: "Q19", points: 7.5, at: 3 });
  assert.deepEqual(history.map(e => [e.script, e.points]), [[1, 7.5], [4, 12]]);
  assert.deepEqual(readHistory(JSON.stringify(history)), history);
  assert.deepEqual(readHistory("not json"), []);
  assert.deepEqual(readHistory('[{"script":"x"},{"script":2,"question":"Q1","points":3}]'), [{ script: 2, question: "Q1", points: 3 }]);
});

const ITEMS = [{ name: "仪容仪表", max: 10 }, { name: "服务用语", max: 15 }, { name: "受理审核", max: 30 }];
const contestant = (id, order, points, signedAt = null) => ({ id, name: `选手${id}`, order, points, total: 0, signedAt, panel: [], score: null, reopens: [] });

test("contestants in performing order with this judge's sheet state", () => {
  const view = {
    contestants: [
      contestant("C", 3, [null, null, null]),
      contestant("A", 1, [8, 12, 25], 1_700_000_000_000_000),
      contestant("B", 2, [8, null, null]),
    ],
  };
  assert.deepEqual(contestantsInOrder(view).map(c => [c.id, sheetState(c)]), [["A", "signed"], ["B", "scoring"], ["C", "none"]]);
  assert.equal(pickedAfter(view, "B").id, "B");
  assert.equal(pickedAfter(view, "Z"), null);
});

test("a change on the way shows over the server's points; the tally counts what is shown", () => {
  const c = contestant("A", 1, [8, null, null]);
  const pending = new Map([[pendingKey("A", 1), { points: 12.5, id: "p1" }]]);
  const points = shownPoints(c, ITEMS, pending);
  assert.deepEqual(points, [8, 12.5, null]);
  assert.deepEqual(tally(points), { total: 20.5, unscored: 1 });
  assert.deepEqual(tally(shownPoints(c, ITEMS, new Map())), { total: 8, unscored: 2 });
});

test("the +, − and half-point controls stay from 0 to the item's maximum", () => {
  const steps = [[null, 1, 10, 1], [null, -1, 10, 0], [9.5, 1, 10, 10], [10, 1, 10, 10], [0, -1, 10, 0], [8.5, -1, 10, 7.5]];
  for (const [points, delta, max, expected] of steps) assert.equal(stepScore(points, delta, max), expected, `${points}${delta > 0 ? "+" : "-"}`);
  const halves = [[null, 10, 0.5], [8, 10, 8.5], [8.5, 10, 8], [10, 10, 10], [0, 10, 0.5]];
  for (const [points, max, expected] of halves) assert.equal(toggleHalf(points, max), expected, `half of ${points}`);
});

test("the chief judge may reopen any signed sheet; other judges reopen none", () => {
  const c = {
    ...contestant("A", 1, [8, 12, 25]),
    panel: [{ judge: 1, name: "甲", signedAt: 5 }, { judge: 2, name: "乙", signedAt: null }, { judge: 3, name: "丙", signedAt: 9 }],
  };
  const chief = panelOf(c, { judge: 1, chief: true });
  assert.deepEqual(chief.map(r => [r.judge, r.canReopen, r.me]), [[1, true, true], [2, false, false], [3, true, false]]);
  assert.ok(panelOf(c, { judge: 3, chief: false }).every(r => !r.canReopen));
});

test("times read as Beijing time and points as a person reads them", () => {
  // 2026-12-10 06:05:09 UTC is 14:05:09 in Beijing.
  assert.equal(clockOf(Date.UTC(2026, 11, 10, 6, 5, 9) * 1000 + 123), "14:05:09");
  assert.equal(clockOf(null), "");
  assert.deepEqual([7.5, 10, 0.1 + 0.2, null].map(pointsText), ["7.5", "10", "0.3", "–"]);
});

test("every Chinese phrase has its English counterpart", () => {
  const keys = words => Object.entries(words).flatMap(([key, value]) =>
    value && typeof value === "object" ? keys(value).map(k => `${key}.${k}`) : [key]);
  assert.deepEqual(keys(judgingTextsFor("en")).sort(), keys(judgingTextsFor("zh-CN")).sort());
  assert.equal(judgingTextsFor("fr"), judgingTextsFor("zh-CN"));
});
