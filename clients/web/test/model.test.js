// model.js: what the screen shows, from views as the parser gives them.
//   node --test clients/web/test/
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseView } from "../protocol.js";
import { screenModel, countdown, awardGroups, nameSize, outcomeOf } from "../model.js";

const TEAMS = ["城东队", "城西队", "南湖队", "北岭队"];

// A public view as the server would send it, parsed; `over` replaces or adds fields.
function view(over = {}) {
  return parseView({
    title: "决赛",
    stage: "running",
    segment: { index: 1, title: "抢答题", kind: "buzz" },
    paused: false,
    buzzes: [],
    scoreboard: TEAMS.map((name, i) => ({ team: i + 1, name, unit: `${name}单位`, total: 0, rank: 1, tied: true })),
    ...over,
  });
}

const board = (...rows) => rows.map(([team, total, rank, tied = false]) => ({ team, name: TEAMS[team - 1], unit: "", total, rank, tied }));

const buzz = (team, round, at, falseStart = false, marginText = "+0.00 ms") => ({
  team, name: TEAMS[team - 1], seat: 1, at, falseStart, round, margin: 0, marginText: falseStart ? "犯规" : marginText,
});

const model = (over, previous = null, now = 0) => screenModel(view(over), previous, now);

// ---------------------------------------------------------------------------------------------

test("which card the screen shows", () => {
  const question = { id: "Q1", type: "single", stem: "题干", options: ["甲", "乙"] };
  const revealed = { ...question, answer: "B" };
  const cases = [
    ["not started", { stage: "notStarted", segment: null }, { kind: "idle", stage: "notStarted", title: "决赛" }],
    ["between segments", { stage: "between", segment: null }, { kind: "idle", stage: "between", title: "决赛" }],
    ["running, no question yet", {}, { kind: "idle", stage: "running", title: "决赛" }],
    ["a question", { question }, { kind: "question", past: false, id: "Q1" }],
    ["the previous question while its answer is up", { previous: revealed }, { kind: "question", past: true, id: "Q1" }],
    ["a previous question without its answer is not kept", { previous: question }, { kind: "idle", stage: "running" }],
    ["the question wins over the previous one", { question: { ...question, id: "Q2" }, previous: revealed }, { kind: "question", past: false, id: "Q2" }],
    ["finished: the awards, even with a question", { stage: "finished", question }, { kind: "awards" }],
  ];
  for (const [name, over, expected] of cases) {
    const card = model(over).card;
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(card[key], value, `${name}: ${key}`);
  }
});

test("the previous line under the card: speed and relay only, once answered", () => {
  const previous = { id: "Q0", type: "fill", stem: "上一题", answer: "一次性告知" };
  const question = { id: "Q1", type: "fill", stem: "本题" };
  const cases = [
    ["speed", { kind: "speed", question, previous }, { stem: "上一题", answer: "一次性告知" }],
    ["relay", { kind: "relay", question, previous }, { stem: "上一题", answer: "一次性告知" }],
    ["buzz", { kind: "buzz", question, previous }, null],
    ["speed, no answer yet", { kind: "speed", question, previous: { ...previous, answer: null } }, null],
    ["speed, no question now", { kind: "speed", question: null, previous }, null],
  ];
  for (const [name, { kind, ...over }, expected] of cases) {
    assert.deepEqual(model({ segment: { index: 0, title: "", kind }, ...over }).previousLine, expected, name);
  }
});

test("the revealed answer: correct options, true/false tiles, the answer line", () => {
  const options = ["甲", "乙", "丙", "丁"];
  const cases = [
    // name, question, correct letters, highlight, answer, explanation
    ["not revealed", { type: "single", options }, [], false, null, null],
    ["single", { type: "single", options, answer: "B", explanation: "因为" }, ["B"], true, { text: "B", word: null }, "因为"],
    ["multiple", { type: "multiple", options, answer: "ABD" }, ["A", "B", "D"], true, { text: "ABD", word: null }, null],
    ["fill: no letters to mark", { type: "fill", options: [], answer: "一次性告知" }, [], false, { text: "一次性告知", word: null }, null],
    ["true/false, true", { type: "truefalse", answer: "对" }, ["✓"], true, { text: "对", word: "yes" }, null],
    ["true/false, false", { type: "truefalse", answer: "错" }, ["✗"], true, { text: "错", word: "no" }, null],
    ["true/false, not revealed", { type: "truefalse" }, [], false, null, null],
    ["explanation only once revealed", { type: "single", options, explanation: "因为" }, [], false, null, null],
  ];
  for (const [name, q, letters, highlight, answer, explanation] of cases) {
    const card = model({ question: { id: "Q", stem: "题干", ...q } }).card;
    assert.deepEqual(card.options.filter(o => o.correct).map(o => o.letter), letters, `${name}: correct`);
    assert.equal(card.highlight, highlight, `${name}: highlight`);
    assert.deepEqual(card.answer, answer, `${name}: answer`);
    assert.equal(card.explanation, explanation, `${name}: explanation`);
    assert.equal(card.revealed, answer != null, `${name}: revealed`);
  }
  const tiles = model({ question: { id: "Q", type: "truefalse", stem: "对吗" } }).card.options;
  assert.deepEqual(tiles.map(o => [o.letter, o.word]), [["✓", "yes"], ["✗", "no"]]);
});

test("options sit in pairs when short, not three, at most eight", () => {
  const cases = [
    [["甲", "乙"], true],
    [["甲", "乙", "丙"], false],
    [["甲", "乙", "丙", "丁"], true],
    [["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬"], false],
    [["一二三四五六七八九十一二三四五六", "乙"], true],
    [["一二三四五六七八九十一二三四五六七", "乙"], false],
    [[], false],
  ];
  for (const [options, pairs] of cases) {
    assert.equal(model({ question: { id: "Q", type: "single", stem: "", options } }).card.pairs, pairs, JSON.stringify(options));
  }
  assert.equal(model({ question: { id: "Q", type: "truefalse", stem: "" } }).card.pairs, true, "true/false tiles");
});

test("the buzz rail: current round first, false starts next, earlier rounds dimmed", () => {
  const rail = over => model(over).rail.items.map(item =>
    item.kind === "buzz" ? `${item.mark} ${item.team}${item.old ? " old" : ""}${item.winner ? " winner" : ""}` : item.kind === "round" ? `round ${item.round}${item.now ? " now" : ""}` : "waiting");
  const cases = [
    ["no buzzes", {}, []],
    ["before arming: a false start", { buzzers: { round: 0, open: false, out: [2] }, buzzes: [buzz(2, 0, 100, true)] }, ["✗ 2"]],
    [
      "armed: the order, the false start after it",
      { answering: 3, buzzers: { round: 1, open: false, out: [2] }, buzzes: [buzz(2, 0, 100, true), buzz(3, 1, 300), buzz(1, 1, 310), buzz(4, 1, 320)] },
      ["1 3 winner", "2 1", "3 4", "✗ 2"],
    ],
    [
      "the order is the server's, not the team numbers'",
      { answering: 4, buzzes: [buzz(4, 1, 300), buzz(1, 1, 310)] },
      ["1 4 winner", "2 1"],
    ],
    [
      "re-opened after a wrong answer: round 2 first, round 1 dimmed",
      { answering: 1, buzzers: { round: 2, open: false, out: [3] }, buzzes: [buzz(3, 1, 300), buzz(1, 1, 310), buzz(1, 2, 500), buzz(4, 2, 510)] },
      ["round 2 now", "1 1 winner", "2 4", "round 1", "1 3 old", "2 1 old"],
    ],
    [
      "re-opened, nobody buzzed yet",
      { buzzers: { round: 2, open: true, out: [3] }, buzzes: [buzz(3, 1, 300), buzz(1, 1, 310)] },
      ["round 2 now", "waiting", "round 1", "1 3 old", "2 1 old"],
    ],
    [
      "answered: the outcome names the winner",
      { outcome: { type: "answered", team: 1 }, buzzes: [buzz(3, 1, 300), buzz(1, 2, 500)] },
      ["round 2 now", "1 1 winner", "round 1", "1 3 old"],
    ],
    ["unanswered: no winner", { outcome: { type: "unanswered" }, buzzes: [buzz(3, 1, 300)] }, ["1 3"]],
    ["an unknown outcome: the answering team, if any", { answering: 3, outcome: { type: "stolen" }, buzzes: [buzz(3, 1, 300)] }, ["1 3 winner"]],
  ];
  for (const [name, over, expected] of cases) assert.deepEqual(rail(over), expected, name);

  const full = model({ answering: 3, buzzes: [buzz(2, 0, 100, true), buzz(3, 1, 300, false, "+0.00 ms"), buzz(1, 1, 310, false, "+10.20 ms")] }).rail;
  assert.equal(full.visible, true);
  assert.equal(full.many, false);
  assert.deepEqual(full.items.map(i => [i.name, i.margin, i.falseStart]), [["南湖队", "+0.00 ms", false], ["城东队", "+10.20 ms", false], ["城西队", "", true]]);
  assert.equal(model({ buzzes: [1, 2, 3, 4, 5, 6].map(i => buzz((i % 4) + 1, 1, i)) }).rail.many, true, "six lines");
  assert.equal(model({ buzzes: [1, 2, 3, 4, 5].map(i => buzz((i % 4) + 1, 1, i)) }).rail.many, false, "five lines");
  assert.equal(model({}).rail.visible, false);
});

test("rank changes against the previous view: up, down, same, new, first", () => {
  const first = model({ scoreboard: board([1, 0, 1, true], [2, 0, 1, true], [3, 0, 1, true]) });
  assert.deepEqual(first.board.rows.map(r => [r.team, r.moved, r.isNew, r.delta]), [[1, null, false, null], [2, null, false, null], [3, null, false, null]], "first view");
  const next = model({ scoreboard: board([3, 10, 1], [1, 0, 2, true], [2, -5, 2, true], [4, 0, 2, true]) }, first);
  const rows = Object.fromEntries(next.board.rows.map(r => [r.team, r]));
  const cases = [
    // team, moved, isNew, delta, total, negative
    [3, 0, false, 10, "10", false],
    [1, -1, false, 0, "0", false],
    [2, -1, false, -5, "-5", true],
    [4, null, true, null, "0", false],
  ];
  for (const [team, moved, isNew, delta, total, negative] of cases) {
    assert.deepEqual([rows[team].moved, rows[team].isNew, rows[team].delta, rows[team].total, rows[team].negative], [moved, isNew, delta, total, negative], `team ${team}`);
  }
  assert.deepEqual(next.board.rows.map(r => r.team), [3, 1, 2, 4], "rank order");
  const climb = model({ scoreboard: board([2, 15, 1], [3, 10, 2], [1, 0, 3], [4, 0, 3]) }, next);
  assert.deepEqual(climb.board.rows.map(r => [r.team, r.moved, r.delta]), [[2, 1, 20], [3, -1, 0], [1, -1, 0], [4, -1, 0]]);
  const fraction = model({ scoreboard: board([1, 17.17, 1]) }, model({ scoreboard: board([1, 0.1, 1]) }));
  assert.equal(fraction.board.rows[0].delta, 17.07, "to 0.01");
});

test("the board: who is active, ties and prizes once finished", () => {
  const awards = {
    lines: [
      { team: 1, name: "城东队", rank: 1, total: 20, award: "一等奖", awaitingTieBreak: false },
      { team: 2, name: "城西队", rank: 2, total: 10, awaitingTieBreak: true },
      { team: 3, name: "南湖队", rank: 2, total: 10, awaitingTieBreak: true },
      { team: 4, name: "北岭队", rank: 4, total: 0, awaitingTieBreak: false },
    ],
    tiesToBreak: [[2, 3]],
  };
  const scoreboard = board([1, 20, 1], [2, 10, 2, true], [3, 10, 2, true], [4, 0, 4]);
  const running = model({ scoreboard, awards, turn: 2 });
  assert.deepEqual(running.board.rows.map(r => [r.team, r.active, r.prize]), [[1, false, null], [2, true, null], [3, false, null], [4, false, null]]);
  assert.equal(running.board.ties, null);
  assert.deepEqual(model({ scoreboard, answering: 3, turn: 2 }).board.rows.map(r => r.active), [false, false, true, false], "answering wins over turn");

  const finished = model({ stage: "finished", scoreboard, awards });
  assert.deepEqual(finished.board.rows.map(r => r.prize), [{ award: "一等奖" }, { awaiting: true }, { awaiting: true }, null]);
  assert.deepEqual(finished.board.ties, [["城西队", "南湖队"]]);
  assert.deepEqual(finished.card.groups, [
    { award: "一等奖", awaiting: false, names: ["城东队"] },
    { award: null, awaiting: true, names: ["城西队", "南湖队"] },
  ]);
  assert.deepEqual(model({ stage: "finished", scoreboard, awards: { lines: [], tiesToBreak: [[9]] } }).board.ties, [["#9"]], "a team not on the board");
  assert.equal(model({ stage: "finished", scoreboard, awards: { lines: [], tiesToBreak: [] } }).board.ties, null);
});

test("award lines group by prize in order of first mention", () => {
  const line = (name, award, awaitingTieBreak = false) => ({ team: 1, name, rank: 1, total: 0, award, awaitingTieBreak });
  const cases = [
    [null, []],
    [{ lines: [] }, []],
    [
      { lines: [line("甲", "一等奖"), line("乙", "二等奖"), line("丙", "二等奖"), line("丁", null), line("戊", "三等奖")] },
      [{ award: "一等奖", awaiting: false, names: ["甲"] }, { award: "二等奖", awaiting: false, names: ["乙", "丙"] }, { award: "三等奖", awaiting: false, names: ["戊"] }],
    ],
    [
      { lines: [line("甲", null, true), line("乙", "三等奖"), line("丙", null, true)] },
      [{ award: null, awaiting: true, names: ["甲", "丙"] }, { award: "三等奖", awaiting: false, names: ["乙"] }],
    ],
  ];
  for (const [awards, groups] of cases) assert.deepEqual(awardGroups(awards), groups, JSON.stringify(awards));
});

test("the status line: holder, call to buzz, tier, essay progress, outcome kinds", () => {
  const question = { id: "Q", type: "single", stem: "", options: ["甲"] };
  const cases = [
    ["nothing", {}, { holder: null, call: null, tier: null, essayScoresIn: null, outcome: null }],
    ["answering", { question, answering: 3, buzzers: { round: 1, open: false, out: [] } }, { holder: { label: "answering", team: 3, name: "南湖队" }, call: null }],
    ["turn", { segment: { index: 0, title: "", kind: "speed" }, turn: 2 }, { holder: { label: "turn", team: 2, name: "城西队" } }],
    ["a team not on the board", { turn: 9 }, { holder: { label: "turn", team: 9, name: "#9" } }],
    ["buzzers not armed", { question, buzzers: { round: 0, open: false, out: [] } }, { call: "ready" }],
    ["buzzers open", { question, buzzers: { round: 1, open: true, out: [] } }, { call: "open" }],
    ["re-opened", { question, buzzers: { round: 2, open: true, out: [3] } }, { call: "reopen" }],
    ["no call outside buzz segments", { segment: { index: 0, title: "", kind: "risk" }, question, buzzers: { round: 1, open: true, out: [] } }, { call: null }],
    ["tie-break calls too", { segment: { index: 5, title: "", kind: "tiebreak" }, question, buzzers: { round: 1, open: true, out: [] } }, { call: "open" }],
    ["risk tier", { segment: { index: 3, title: "", kind: "risk" }, turn: 1, riskTier: 1, riskTiers: [10, 20, 30] }, { tier: { number: 2, points: 20 } }],
    ["risk tier without points", { riskTier: 0 }, { tier: { number: 1, points: null } }],
    ["essay progress", { segment: { index: 4, title: "", kind: "essay" }, turn: 1, essayScoresIn: 2 }, { essayScoresIn: 2 }],
    ["essay, none in yet", { essayScoresIn: 0 }, { essayScoresIn: 0 }],
    ["answered", { question, outcome: { type: "answered", team: 3 }, buzzers: { round: 1, open: false, out: [] } }, { call: null, outcome: { kind: "answered", team: 3, name: "南湖队" } }],
    ["unanswered", { question, outcome: { type: "unanswered" } }, { outcome: { kind: "unanswered" } }],
    ["no buzz", { question, outcome: { type: "noBuzz" } }, { outcome: { kind: "noBuzz" } }],
    ["voided", { question, outcome: { type: "voided" } }, { outcome: { kind: "voided" } }],
    ["unknown outcome: nothing special, no call", { question, outcome: { type: "stolen" }, buzzers: { round: 1, open: true, out: [] } }, { call: null, outcome: null }],
    ["an old-shape outcome is unknown", { question, outcome: { answered: { _0: 3 } } }, { outcome: null }],
  ];
  for (const [name, over, expected] of cases) {
    const status = model(over).status;
    for (const [key, value] of Object.entries(expected)) assert.deepEqual(status[key], value, `${name}: ${key}`);
  }
  assert.deepEqual(outcomeOf(null), null);
  assert.deepEqual(outcomeOf({ type: "unknown", name: "x" }), { kind: "unknown" });
});

test("countdown: text, share of the ring, urgent, paused", () => {
  const timed = (remaining, over = {}) => model({ deadline: 1000, remaining, ...over }, null, 5000);
  const cases = [
    // remaining µs, now ms, text, share, urgent, frozen
    [20e6, 5000, "20", 1, false, false],
    [20e6, 5001, "20", 0.99995, false, false],
    [20e6, 6000, "19", 0.95, false, false],
    [20e6, 20000, "5", 0.25, true, false],
    [20e6, 25000, "0", 0, true, false],
    [20e6, 30000, "0", 0, true, false],
    [19.4e6, 5000, "20", 1, false, false],
  ];
  for (const [remaining, now, text, share, urgent, frozen] of cases) {
    const clock = countdown(timed(remaining).timer, now);
    assert.deepEqual([clock.text, Number(clock.share.toFixed(5)), clock.urgent, clock.frozen], [text, share, urgent, frozen], `${remaining} at ${now}`);
  }
  const paused = timed(12.5e6, { paused: true });
  assert.equal(paused.paused, true);
  assert.deepEqual(countdown(paused.timer, 99999), { seconds: 13, text: "13", share: 1, urgent: false, frozen: true }, "a paused clock stands still");
  assert.equal(model({}).timer, null);
  assert.equal(model({}).countdown, null);
  assert.equal(countdown(null, 0), null);
  assert.deepEqual(timed(20e6).countdown, countdown(timed(20e6).timer, 5000), "the model's countdown is for its own now");
});

test("the ring's full length: longest remaining for a deadline, kept over a pause", () => {
  const step = (previous, remaining, deadline, paused = false, now = 0) => screenModel(view({ remaining, deadline, paused }), previous, now);
  const a = step(null, 20e6, 100);
  const b = step(a, 15e6, 100);
  const c = step(b, 10e6, 100);
  assert.deepEqual([a.timer.full, b.timer.full, c.timer.full], [20e6, 20e6, 20e6], "same deadline: the first length");
  const d = step(c, 30e6, 200);
  assert.equal(d.timer.full, 30e6, "a new deadline starts over");
  const e = step(d, 8e6, 300);
  assert.equal(e.timer.full, 8e6, "a new, shorter timer");
  const pausedView = step(e, 6e6, 300, true);
  const resumed = step(pausedView, 6e6, 900);
  assert.equal(resumed.timer.full, 8e6, "a resume moves the deadline but keeps the length");
  assert.equal(countdown(resumed.timer, 0).share, 0.75);
  const notResumed = step(pausedView, 19e6, 900);
  assert.equal(notResumed.timer.full, 19e6, "after a pause, a new timer of another length is new");
  const gone = step(c, null, null);
  assert.equal(gone.timer, null);
  assert.equal(step(gone, 10e6, 100).timer.full, 10e6, "a timer after none starts from its own length");
});

test("segment, stage, paused, title", () => {
  const cases = [
    [{ segment: { index: 1, title: "抢答题", kind: "buzz" } }, { kind: "buzz", title: "抢答题", defaultTitle: true }],
    [{ segment: { index: 1, title: "", kind: "buzz" } }, { kind: "buzz", title: "", defaultTitle: true }],
    [{ segment: { index: 1, title: "抢答题（上半场）", kind: "buzz" } }, { kind: "buzz", title: "抢答题（上半场）", defaultTitle: false }],
    [{ segment: null }, null],
  ];
  for (const [over, segment] of cases) assert.deepEqual(model(over).segment, segment);
  assert.equal(model({ paused: true }).paused, true);
  assert.equal(model({ paused: null }).paused, false);
  assert.equal(model({ stage: "between" }).stage, "between");
  assert.equal(model({}).title, "决赛");
});

test("sound: new buzzes beep once, never on the first view", () => {
  const first = model({ buzzes: [buzz(2, 0, 100, true)] });
  assert.deepEqual(first.sound, { buzz: false, foul: false }, "first view");
  const same = model({ buzzes: [buzz(2, 0, 100, true)] }, first);
  assert.deepEqual(same.sound, { buzz: false, foul: false }, "nothing new");
  const valid = model({ buzzes: [buzz(2, 0, 100, true), buzz(3, 1, 300)] }, same);
  assert.deepEqual(valid.sound, { buzz: true, foul: false });
  const foul = model({ buzzes: [buzz(2, 0, 100, true), buzz(3, 1, 300), buzz(4, 0, 310, true)] }, valid);
  assert.deepEqual(foul.sound, { buzz: false, foul: true });
  const cleared = model({ buzzes: [] }, foul);
  const again = model({ buzzes: [buzz(3, 1, 300)] }, cleared);
  assert.deepEqual(again.sound, { buzz: false, foul: false }, "a buzz heard before stays heard");
});

test("names: long ones get a smaller size", () => {
  const cases = [["南湖队", ""], ["五个字的队", ""], ["六个字的队名", "long"], ["八个字的队名字呀", "long"], ["九个字的队名字呀呀", "longer"], [null, ""]];
  for (const [name, size] of cases) assert.equal(nameSize(name), size, String(name));
});

test("pure: same inputs, same model; inputs untouched", () => {
  const deepFreeze = value => {
    if (value && typeof value === "object") {
      Object.values(value).forEach(deepFreeze);
      Object.freeze(value);
    }
    return value;
  };
  const over = {
    question: { id: "Q", type: "multiple", stem: "题干", options: ["甲", "乙", "丙"], answer: "AC" },
    answering: 3, buzzers: { round: 1, open: false, out: [2] }, deadline: 5, remaining: 9e6,
    buzzes: [buzz(2, 0, 100, true), buzz(3, 1, 300)],
    scoreboard: board([3, 10, 1], [1, 0, 2]),
  };
  const previous = deepFreeze(model({ scoreboard: board([1, 0, 1], [3, 0, 1]) }));
  const v = deepFreeze(view(over));
  const one = screenModel(v, previous, 1234);
  const two = screenModel(v, previous, 1234);
  assert.deepEqual(one, two);
  assert.deepEqual(JSON.parse(JSON.stringify(one)), one, "plain values only");
  assert.deepEqual(screenModel(null, null, 0).card, { kind: "idle", stage: "", title: "" }, "no view at all");
});
