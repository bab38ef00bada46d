// exam-model.js: what a draft sends, how a save reads, how the clock reads.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  blankCount, stemPieces, emptyDraft, wireAnswer, draftOf, isAnswered, saveState, sections, countdownText, clockText, phase,
} from "../exam-model.js";

const q = (type, stem = "题干") => ({ id: "Q", type, stem, section: "S", points: 2 });

test("each question type's draft goes on the wire as choices, truth or text, and comes back the same", () => {
  const cases = [
    [q("single"), 2, { choices: [2] }],
    [q("multiple"), [3, 0], { choices: [0, 3] }],
    [q("truefalse"), false, { truth: false }],
    [q("fill", "由____和____组成"), ["甲", "乙"], { text: "甲；乙" }],
    [q("fill", "没有空的填空题"), ["甲"], { text: "甲" }],
    [q("short"), "答：首问负责", { text: "答：首问负责" }],
    [q("essay"), "", { text: "" }],
  ];
  for (const [question, draft, wire] of cases) {
    assert.deepEqual(wireAnswer(question, draft), wire, question.type);
    const back = draftOf(question, { question: "Q", ...wire, savedAt: 1 });
    assert.deepEqual(back, question.type === "multiple" ? [0, 3] : draft, question.type);
  }
  assert.equal(wireAnswer(q("single"), null), null);
  assert.equal(wireAnswer(q("truefalse"), null), null);
});

test("a fill-in blank cannot shift the others: its own ； or ; is taken out before joining", () => {
  assert.deepEqual(wireAnswer(q("fill", "____、____"), [" 甲；丙 ", "乙;"]), { text: "甲 丙；乙" });
  assert.deepEqual(draftOf(q("fill", "____"), { text: "甲；乙" }), ["甲；乙"]);
  assert.deepEqual(draftOf(q("fill", "____和____和____"), { text: "甲" }), ["甲", "", ""]);
});

test("blanks are runs of three or more underscores (or two full-width ones)", () => {
  assert.equal(blankCount("由____和______组成"), 2);
  assert.equal(blankCount("由＿＿组成"), 1);
  assert.equal(blankCount("没有空"), 1);
  assert.equal(blankCount("a_b"), 1);
  assert.deepEqual(stemPieces("由____和____组成"), ["由", "和", "组成"]);
  assert.deepEqual(emptyDraft(q("fill", "____和____")), ["", ""]);
  assert.deepEqual(emptyDraft(q("multiple")), []);
  assert.equal(emptyDraft(q("essay")), "");
});

test("answered means a choice made or some text typed", () => {
  const cases = [[null, false], [[], false], [["", " "], false], [["", "甲"], true], [[0], true], [false, true], [0, true], ["  ", false], ["字", true]];
  for (const [draft, answered] of cases) assert.equal(isAnswered(draft), answered, JSON.stringify(draft));
});

test("已保存 only when what is shown is what the server acknowledged", () => {
  const cases = [
    [{ draft: null, saved: undefined }, "empty"],
    [{ draft: 1, saved: undefined }, "unsaved"],
    [{ draft: 1, saved: undefined, inFlight: {} }, "saving"],
    [{ draft: 1, saved: 1 }, "saved"],
    [{ draft: 2, saved: 1 }, "unsaved"],
    [{ draft: ["a"], saved: ["a"] }, "saved"],
    [{ draft: "", saved: "x" }, "unsaved"],
    [{ draft: 1, saved: 1, rejected: "考试时间已到" }, "rejected"],
  ];
  for (const [entry, state] of cases) assert.equal(saveState(entry), state, JSON.stringify(entry));
});

test("sections keep the paper's order and add up their points", () => {
  const questions = [
    { id: "a", section: "单选题", points: 1 }, { id: "b", section: "单选题", points: 1.5 }, { id: "c", section: "判断题", points: 1 },
  ];
  assert.deepEqual(sections(questions).map(s => [s.section, s.questions.map(x => x.id), s.points]), [
    ["单选题", ["a", "b"], 2.5], ["判断题", ["c"], 1],
  ]);
  assert.deepEqual(sections(null), []);
});

test("the clock: MM:SS under an hour, H:MM:SS above, never negative; Beijing wall time for saves", () => {
  const cases = [[65_000, "01:05"], [64_001, "01:05"], [0, "00:00"], [-5000, "00:00"], [5_400_000, "1:30:00"], [3_599_000, "59:59"]];
  for (const [ms, shown] of cases) assert.equal(countdownText(ms), shown, String(ms));
  assert.equal(clockText(Date.UTC(2026, 4, 20, 1, 2, 3) * 1000), "09:02:03");
  assert.equal(clockText(null), "");
});

test("the paper's phase from its status and the server's clock", () => {
  const exam = { status: "answering", start: 1_000_000, deadline: 10_000_000 };
  const cases = [
    [exam, 500, "waiting"], [exam, 1000, "answering"], [exam, 9999, "answering"], [exam, 10_000, "timeUp"],
    [{ ...exam, status: "submitted" }, 5000, "submitted"], [{ ...exam, status: "closed" }, 5000, "closed"],
  ];
  for (const [view, now, expected] of cases) assert.equal(phase(view, now), expected, `${view.status} ${now}`);
});
