// The audience screen: follows the contest's public view over /ws as a "screen" and never sends
// anything but hello and ping. Every field of the view may be missing (older servers, a view made
// between segments), so each read has a fallback instead of a try/catch that would hide bugs.
"use strict";

const LANG = /^en/i.test(new URLSearchParams(location.search).get("lang") || "") ? "en" : "zh-CN";

const TEXT = {
  "zh-CN": {
    stage: { notStarted: "未开始", running: "进行中", between: "环节间", finished: "已结束" },
    kind: {},
    type: { single: "单选题", multiple: "多选题", truefalse: "判断题", fill: "填空题", short: "简答题", essay: "论述题" },
    paused: "暂停",
    offline: "连接中断，正在重连…",
    connecting: "连接中…",
    online: "在线",
    soundHint: "点击任意处启用声音",
    scoreboard: "计 分 板",
    buzzOrder: "抢答顺序",
    falseStart: "犯规",
    round: n => `第${n}轮`,
    answer: "答案",
    turn: "轮到",
    answering: "答题权",
    buzzOpen: "请抢答！",
    buzzReopen: "重新开放抢答！",
    buzzReady: "准备抢答",
    waitBuzz: "等待抢答…",
    tier: (n, points) => `风险题 第${n}档` + (points != null ? ` · ${points}分` : ""),
    essayIn: n => `已有 ${n} 位裁判评分`,
    answered: "答对",
    unanswered: "无人答对",
    noBuzz: "无人抢答，本题不计",
    voided: "本题作废",
    tied: "并列",
    yes: "对",
    no: "错",
    previous: "上一题",
    colon: "：",
    seconds: "秒",
    waitStart: "比赛即将开始",
    waitBetween: "环节间休息",
    waitQuestion: "请稍候，即将出题",
    finished: "比赛结束",
    awards: "获 奖 名 单",
    awaiting: "待加赛",
    ties: groups => `并列跨越奖项分界，需加赛：${groups.map(g => g.join("、")).join("；")}`,
  },
  en: {
    stage: { notStarted: "Not started", running: "Running", between: "Between segments", finished: "Finished" },
    kind: { speed: "Speed answer", buzz: "Buzz-in", relay: "Relay", risk: "Escalating risk", essay: "Essay", tiebreak: "Tie-break" },
    type: { single: "Single choice", multiple: "Multiple choice", truefalse: "True or false", fill: "Fill in", short: "Short answer", essay: "Essay" },
    paused: "Paused",
    offline: "Offline, reconnecting…",
    connecting: "Connecting…",
    online: "Live",
    soundHint: "Click anywhere to enable sound",
    scoreboard: "SCOREBOARD",
    buzzOrder: "BUZZ ORDER",
    falseStart: "False start",
    round: n => `Round ${n}`,
    answer: "Answer",
    turn: "Turn",
    answering: "Answering",
    buzzOpen: "Buzz now!",
    buzzReopen: "Open again: buzz now!",
    buzzReady: "Get ready to buzz",
    waitBuzz: "Waiting for buzzes…",
    tier: (n, points) => `Risk tier ${n}` + (points != null ? ` · ${points} points` : ""),
    essayIn: n => `${n} judge${n === 1 ? "" : "s"} scored`,
    answered: "correct",
    unanswered: "Nobody got it right",
    noBuzz: "No buzz, question void",
    voided: "Question voided",
    tied: "tied",
    yes: "True",
    no: "False",
    previous: "Previous",
    colon: ": ",
    seconds: "s",
    waitStart: "The contest starts soon",
    waitBetween: "Break between segments",
    waitQuestion: "Next question coming up",
    finished: "Contest finished",
    awards: "AWARDS",
    awaiting: "Tie-break",
    ties: groups => `Tied across an award boundary, tie-break needed: ${groups.map(g => g.join(", ")).join("; ")}`,
  },
}[LANG];

const $ = id => document.getElementById(id);
const list = value => (Array.isArray(value) ? value : []);
const records = value => list(value).filter(item => item && typeof item === "object");
const str = value => (value == null ? "" : String(value));

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

let view = null;
let receivedAt = 0;
// Whether anything was shown yet: the first paint animates nothing.
let painted = false;

// ---------------------------------------------------------------------------------------------
// Rendering

function render() {
  if (!view) return;
  const names = new Map(records(view.scoreboard).map(s => [s.team, str(s.name)]));
  const teamName = team => names.get(team) || (team == null ? "" : `#${team}`);

  document.title = str(view.title) || document.title;
  $("title").textContent = str(view.title);
  $("segment").textContent = segmentLabel(view.segment);
  const stage = $("stage");
  stage.textContent = TEXT.stage[view.stage] || str(view.stage);
  stage.className = "stage " + str(view.stage);
  $("paused").hidden = !view.paused;

  renderStatus(teamName);
  renderCard();
  renderBuzzes();
  renderBoard();
  // Last: the buzz rail and the status line decide how much room the card has.
  fit($("card"));
  updateTimer();
  painted = true;
}

// The server's default segment titles; an organiser's own title is content and stays as written.
const DEFAULT_TITLES = { speed: "速答题", buzz: "抢答题", relay: "接力答题", risk: "进阶风险题", essay: "论述题", tiebreak: "加赛" };

function segmentLabel(segment) {
  if (!segment) return "";
  const title = str(segment.title);
  const kind = TEXT.kind[segment.kind];
  if (!kind) return title;
  return !title || title === DEFAULT_TITLES[segment.kind] ? kind : `${kind} · ${title}`;
}

function outcomeOf(outcome) {
  // The server encodes the Swift enum as {"answered": {"_0": 3}}, {"voided": {}}, …
  if (!outcome || typeof outcome !== "object") return null;
  const key = Object.keys(outcome)[0];
  if (!key) return null;
  const inner = outcome[key];
  const team = inner && typeof inner === "object" ? inner._0 : undefined;
  return { key, team };
}

function renderStatus(teamName) {
  const box = $("status");
  box.replaceChildren();
  const kind = view.segment && view.segment.kind;
  const outcome = outcomeOf(view.outcome);
  const buzzKind = kind === "buzz" || kind === "tiebreak";

  if (view.answering != null) {
    box.append(el("span", "label", TEXT.answering), el("span", "holder", teamName(view.answering)));
  } else if (view.turn != null) {
    box.append(el("span", "label", TEXT.turn), el("span", "holder", teamName(view.turn)));
  } else if (buzzKind && view.question && !outcome && view.buzzers) {
    const round = Number(view.buzzers.round) || 0;
    box.append(view.buzzers.open
      ? el("span", "call", round > 1 ? TEXT.buzzReopen : TEXT.buzzOpen)
      : el("span", "quiet", TEXT.buzzReady));
  }
  if (view.riskTier != null) {
    const points = Array.isArray(view.riskTiers) ? view.riskTiers[view.riskTier] : null;
    box.append(el("span", "chip tier", TEXT.tier(Number(view.riskTier) + 1, points)));
  }
  if (view.essayScoresIn != null) box.append(el("span", "chip", TEXT.essayIn(view.essayScoresIn)));
  if (outcome) {
    if (outcome.key === "answered") {
      box.append(el("span", "holder", teamName(outcome.team)), el("span", "chip good", "✓ " + TEXT.answered));
    } else {
      box.append(el("span", "chip bad", TEXT[outcome.key] || outcome.key));
    }
  }
}

function renderCard() {
  const card = $("card");
  card.replaceChildren();
  card.classList.remove("revealed");

  if (view.stage === "finished") {
    card.append(awardsPanel());
  } else if (view.question) {
    renderQuestion(card, view.question, false);
  } else if (view.previous && view.previous.answer != null) {
    // Between questions (a risk team deciding to climb, a revealed answer): keep the last
    // question and its answer up rather than an empty card.
    renderQuestion(card, view.previous, true);
  } else {
    const panel = el("div", "idle-panel");
    const big = { notStarted: TEXT.waitStart, between: TEXT.waitBetween, running: segmentLabel(view.segment) }[view.stage];
    panel.append(el("div", "big", big || str(view.stage)));
    if (view.stage === "running") panel.append(el("div", "small", TEXT.waitQuestion));
    else if (view.stage === "notStarted") panel.append(el("div", "small", str(view.title)));
    card.append(panel);
  }
  // Only the turn-based segments move on to the next question at once; elsewhere the question
  // stays on screen until the host shows another, so a "previous" line would repeat old news.
  const kind = view.segment && view.segment.kind;
  const previous = view.previous;
  if (view.question && (kind === "speed" || kind === "relay") && previous && previous.answer != null) {
    const line = el("div", "previous", `${TEXT.previous}${TEXT.colon}${str(previous.stem)}  `);
    line.append(el("b", null, `${TEXT.answer} ${str(previous.answer)}`));
    card.append(line);
  }
}

function correctLetters(question) {
  const answer = str(question.answer);
  return /^[A-H]+$/.test(answer) ? new Set(answer) : null;
}

function renderQuestion(card, question, past) {
  const meta = el("div", "meta");
  if (past) meta.append(el("span", "past", TEXT.previous));
  meta.append(el("span", "kind", TEXT.type[question.type] || str(question.type)));
  if (question.id) meta.append(el("span", null, str(question.id)));
  card.append(meta, el("p", "stem", str(question.stem)));

  const revealed = question.answer != null;
  let options = list(question.options).map((text, index) => ({ letter: String.fromCharCode(65 + index), text: str(text) }));
  let correct = revealed ? correctLetters(question) : null;
  if (question.type === "truefalse" && options.length === 0) {
    // True/false questions have no options in the bank; two tiles make the answer visible.
    options = [{ letter: "✓", text: TEXT.yes, key: "对" }, { letter: "✗", text: TEXT.no, key: "错" }];
    if (revealed) correct = new Set(options.filter(o => o.key === str(question.answer)).map(o => o.letter));
  }
  if (options.length) {
    const ol = el("ol", "options");
    // Short options may sit in two columns; fit() takes that back if one of them wraps.
    const short = options.every(o => o.text.length <= 16);
    if (short && options.length !== 3 && options.length <= 8) ol.dataset.pairs = "yes";
    for (const option of options) {
      const li = el("li", "option");
      li.dataset.letter = option.letter;
      li.append(el("span", "letter", option.letter), el("span", "text", option.text));
      if (correct && correct.has(option.letter)) li.classList.add("correct");
      ol.append(li);
    }
    card.append(ol);
  }
  if (revealed) {
    if (correct) card.classList.add("revealed");
    const box = el("div", "answer");
    const truth = { 对: TEXT.yes, 错: TEXT.no }[str(question.answer)];
    const shown = question.type === "truefalse" && truth ? truth : str(question.answer);
    box.append(el("div", "key", `${TEXT.answer}${TEXT.colon}${shown}`));
    if (question.explanation) box.append(el("p", "why", str(question.explanation)));
    card.append(box);
  }
}

function awardsPanel() {
  const panel = el("div", "awards-panel");
  panel.append(el("h3", null, `${TEXT.finished} · ${TEXT.awards}`));
  const groups = new Map();
  for (const line of records(view.awards && view.awards.lines)) {
    const prize = line.award || (line.awaitingTieBreak ? TEXT.awaiting : null);
    if (!prize) continue;
    if (!groups.has(prize)) groups.set(prize, []);
    groups.get(prize).push(str(line.name));
  }
  for (const [prize, teams] of groups) {
    const row = el("div", "award-group");
    row.append(el("span", "prize", prize), el("span", "names", teams.join("、")));
    panel.append(row);
  }
  return panel;
}

// Long essays and reference answers would overflow the card: shrink the card's type step by step
// until it fits (bounded, so a pathological question is cut rather than unreadable).
function fit(card) {
  let scale = 1;
  card.style.setProperty("--fit", "1");
  const pairs = card.querySelector(".options[data-pairs]");
  if (pairs) {
    pairs.classList.add("two");
    if ([...pairs.querySelectorAll(".text")].some(wraps)) pairs.classList.remove("two");
  }
  while (card.scrollHeight > card.clientHeight + 1 && scale > 0.5) {
    scale -= 0.025;
    card.style.setProperty("--fit", scale.toFixed(3));
  }
}

function wraps(node) {
  return node.getBoundingClientRect().height > parseFloat(getComputedStyle(node).lineHeight) * 1.5;
}

// Team names are usually three characters (南湖队) but may be a whole unit's name: long ones get a
// smaller size instead of being cut off.
function nameSize(name) {
  const length = [...str(name)].length;
  return length > 8 ? "longer" : length > 5 ? "long" : "";
}

function buzzKey(buzz) {
  return `${buzz.round}:${buzz.team}:${buzz.seat}:${buzz.at}`;
}

// The rail lists the current round first (its order is what the hall argues about), then false
// starts, then earlier rounds of a re-opened question, dimmed. Chips are keyed by buzz so only a
// new buzz pops in; a re-render must not replay the animation of old ones.
const chips = new Map();

function renderBuzzes() {
  const buzzes = records(view.buzzes);
  $("buzzes").hidden = buzzes.length === 0;
  document.querySelector(".play").classList.toggle("with-rail", buzzes.length > 0);
  const box = $("buzz-list");
  const outcome = outcomeOf(view.outcome);
  const valid = buzzes.filter(b => !b.falseStart);
  // The server's buzzers name the current round, which a re-opened question starts before anyone buzzes.
  const current = view.buzzers ? Number(view.buzzers.round) || 0 : 0;
  const lastRound = valid.reduce((max, b) => Math.max(max, Number(b.round) || 0), current);
  const winner = outcome && outcome.key === "answered" ? outcome.team : view.answering;
  const earlier = [...new Set(valid.map(b => Number(b.round) || 0))].filter(r => r !== lastRound).sort((a, b) => b - a);

  const items = [];
  const add = (buzz, order, old) => {
    const key = buzzKey(buzz);
    let li = chips.get(key);
    if (!li) {
      li = el("li", painted ? "buzz fresh" : "buzz");
      li.dataset.team = str(buzz.team);
      li.append(el("span", "order"), el("span", "name"), el("span", "margin"));
      chips.set(key, li);
    }
    li.classList.toggle("foul", Boolean(buzz.falseStart));
    li.classList.toggle("old", old);
    li.classList.toggle("winner", !old && !buzz.falseStart && buzz.team === winner);
    li.querySelector(".order").textContent = buzz.falseStart ? "✗" : String(order);
    li.querySelector(".name").textContent = str(buzz.name);
    li.querySelector(".name").className = `name ${nameSize(buzz.name)}`;
    li.querySelector(".margin").textContent = buzz.falseStart ? TEXT.falseStart : str(buzz.marginText);
    items.push(li);
  };
  if (earlier.length) items.push(el("li", "round-mark now", TEXT.round(lastRound)));
  const now = valid.filter(b => (Number(b.round) || 0) === lastRound);
  now.forEach((b, i) => add(b, i + 1, false));
  if (earlier.length && now.length === 0) items.push(el("li", "round-mark waiting", TEXT.waitBuzz));
  buzzes.filter(b => b.falseStart).forEach(b => add(b, 0, false));
  for (const round of earlier) {
    items.push(el("li", "round-mark", TEXT.round(round)));
    valid.filter(b => (Number(b.round) || 0) === round).forEach((b, i) => add(b, i + 1, true));
  }
  const keep = new Set(items);
  for (const [key, li] of chips) if (!keep.has(li)) chips.delete(key);
  // Past five lines the two-line chips would run off the screen: one line each, then.
  box.classList.toggle("many", items.length > 5);
  box.replaceChildren(...items);
}

// The scoreboard keeps one <li> per team (keyed by team number) so rows can slide (FLIP): measure
// where each row is, reorder and update, then animate each row from its old place to its new one.
const rows = new Map();
let before = null;

function renderBoard() {
  const board = records(view.scoreboard).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const box = $("teams");
  const firstTop = new Map();
  for (const [team, row] of rows) {
    firstTop.set(team, row.getBoundingClientRect().top);
    // A slide still running starts over from where the row is now.
    if (row.getAnimations) row.getAnimations().forEach(a => a.cancel());
  }

  const awards = new Map(records(view.awards && view.awards.lines).map(line => [line.team, line]));
  const active = view.answering ?? view.turn;
  const seen = new Set();
  for (const standing of board) {
    const team = standing.team;
    seen.add(team);
    let row = rows.get(team);
    if (!row) {
      row = makeRow(team);
      rows.set(team, row);
    }
    fillRow(row, standing, before && before.get(team), awards.get(team), team === active);
    box.append(row);
  }
  for (const [team, row] of rows) {
    if (!seen.has(team)) {
      row.remove();
      rows.delete(team);
    }
  }

  for (const [team, row] of rows) {
    const top = firstTop.get(team);
    const dy = top == null ? 0 : top - row.getBoundingClientRect().top;
    if (Math.abs(dy) > 1 && row.animate) {
      // Climbing rows pass over the others, not under them.
      const z = dy > 0 ? 2 : 1;
      row.animate(
        [{ transform: `translateY(${dy}px)`, zIndex: z }, { transform: "none", zIndex: z }],
        { duration: 900, easing: "cubic-bezier(.25,.8,.25,1)" },
      );
    }
  }
  before = new Map(board.map(s => [s.team, { rank: s.rank, total: s.total }]));

  const ties = $("ties");
  const groups = list(view.awards && view.awards.tiesToBreak);
  ties.hidden = view.stage !== "finished" || groups.length === 0;
  if (!ties.hidden) {
    const names = new Map(board.map(s => [s.team, str(s.name)]));
    ties.textContent = TEXT.ties(groups.map(g => list(g).map(t => names.get(t) || `#${t}`)));
  }
}

function makeRow(team) {
  const row = el("li", "team");
  row.id = `team-${team}`;
  row.dataset.team = String(team);
  const rank = el("span", "rank num");
  rank.append(el("span", "pos"), el("span", "tie"));
  const who = el("span", "who");
  const line = el("span", "line");
  line.append(el("span", "name"), el("span", "award"));
  who.append(line, el("span", "unit"));
  const score = el("span", "score");
  const marks = el("span", "marks");
  marks.append(el("span", "move"));
  score.append(marks, el("span", "total"));
  row.append(rank, who, score);
  return row;
}

function fillRow(row, standing, old, award, active) {
  const q = selector => row.querySelector(selector);
  row.dataset.rank = str(standing.rank);
  row.classList.toggle("active", active);
  q(".pos").textContent = str(standing.rank);
  q(".tie").textContent = standing.tied ? TEXT.tied : "";
  q(".name").textContent = str(standing.name);
  q(".name").className = `name ${nameSize(standing.name)}`;
  q(".unit").textContent = str(standing.unit);
  const total = q(".total");
  total.textContent = str(standing.total);
  total.classList.toggle("negative", Number(standing.total) < 0);

  const prize = q(".award");
  const finished = view.stage === "finished";
  const text = finished && award ? award.award || (award.awaitingTieBreak ? TEXT.awaiting : "") : "";
  prize.textContent = text;
  prize.hidden = !text;
  prize.classList.toggle("wait", Boolean(finished && award && !award.award));

  if (!old) return;
  const moved = Number(old.rank) - Number(standing.rank);
  if (moved && Number.isFinite(moved)) {
    const move = q(".move");
    move.textContent = moved > 0 ? `▲${moved}` : `▼${-moved}`;
    move.className = "move " + (moved > 0 ? "up" : "down");
    clearTimeout(move.fadeTimer);
    move.fadeTimer = setTimeout(() => move.classList.add("fade"), 10000);
  }
  const delta = Math.round((Number(standing.total) - Number(old.total)) * 100) / 100;
  if (delta && Number.isFinite(delta)) {
    row.querySelector(".delta")?.remove();
    const chip = el("span", "delta " + (delta > 0 ? "gain" : "loss"), (delta > 0 ? "+" : "") + delta);
    chip.addEventListener("animationend", () => chip.remove());
    q(".marks").append(chip);
  }
}

// ---------------------------------------------------------------------------------------------
// Countdown ring

const RING = 2 * Math.PI * 44;
let timerFull = 0;
let timerDeadline = null;

function timeLeft() {
  if (!view || view.remaining == null) return null;
  const remaining = Number(view.remaining);
  if (!Number.isFinite(remaining)) return null;
  if (view.paused) return remaining;
  return Math.max(0, remaining - (performance.now() - receivedAt) * 1000);
}

// The full length of the ring is the longest `remaining` seen for this deadline; a resume moves
// the deadline without starting a new timer, so it keeps the full length it had.
function noteTimer(previous) {
  if (view.remaining == null || !Number.isFinite(Number(view.remaining))) {
    timerDeadline = null;
    timerFull = 0;
    return;
  }
  const remaining = Number(view.remaining);
  const resumed = previous && previous.paused && !view.paused && Math.abs(remaining - Number(previous.remaining)) < 2e6;
  if (view.deadline !== timerDeadline && !resumed) timerFull = 0;
  timerDeadline = view.deadline;
  timerFull = Math.max(timerFull, remaining);
}

// Runs every frame: write only what changed, so an idle frame costs no style work.
function put(node, key, value) {
  if (node[key] !== value) node[key] = value;
}

function drain(ring, offset) {
  // The style reads back as "12.3px", so remember what was written instead of comparing to it.
  if (ring.dataset.offset === offset) return;
  ring.dataset.offset = offset;
  ring.style.strokeDashoffset = offset;
}

function updateTimer() {
  const box = $("timer");
  const ring = $("ring");
  const left = timeLeft();
  if (left == null) {
    put(box, "className", "timer idle");
    put($("seconds"), "textContent", "");
    put($("clock-note"), "textContent", "");
    drain(ring, "0");
    return;
  }
  const seconds = Math.ceil(left / 1e6);
  const share = timerFull > 0 ? Math.min(1, left / timerFull) : 0;
  put(box, "className", "timer" + (view.paused ? " frozen" : "") + (seconds <= 5 ? " urgent" : ""));
  put($("seconds"), "textContent", String(seconds));
  put($("clock-note"), "textContent", view.paused ? TEXT.paused : TEXT.seconds);
  drain(ring, (RING * (1 - share)).toFixed(1));
}

function animate() {
  if (view && view.remaining != null && !view.paused) updateTimer();
  requestAnimationFrame(animate);
}

// ---------------------------------------------------------------------------------------------
// Sound: a short beep per new buzz, made with an oscillator so no file is needed. Browsers only
// let a page start audio after a gesture, so the context is made on the first click or key.

let audio = null;
const heard = new Set();

function enableSound() {
  try {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    if (!audio) audio = new Context();
    // Every gesture resumes it again: some browsers suspend audio after a device change.
    if (audio.state === "suspended") audio.resume().catch(() => {});
    $("sound-hint").hidden = true;
  } catch (error) {
    audio = null;
  }
}

function beep(frequency, seconds, wave) {
  if (!audio || audio.state !== "running") return;
  try {
    const now = audio.currentTime;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = wave;
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.4, now + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + seconds);
    osc.connect(gain).connect(audio.destination);
    osc.start(now);
    osc.stop(now + seconds + 0.05);
  } catch (error) {
    // Sound is a nicety: a broken audio device must not stop the screen.
  }
}

function soundNewBuzzes(first) {
  const fresh = records(view.buzzes).filter(b => !heard.has(buzzKey(b)));
  for (const b of fresh) heard.add(buzzKey(b));
  if (first || fresh.length === 0) return;
  const foul = fresh.some(b => b.falseStart);
  if (foul) beep(220, 0.45, "sawtooth");
  if (fresh.some(b => !b.falseStart)) beep(1046, 0.25, "square");
}

// ---------------------------------------------------------------------------------------------
// Connection

function accept(next, fromSocket) {
  if (!next || typeof next !== "object") return;
  const previous = view;
  view = next;
  receivedAt = performance.now();
  noteTimer(previous);
  soundNewBuzzes(previous == null);
  render();
  if (fromSocket) setLink(true);
}

function setLink(online) {
  const link = $("link");
  link.textContent = online ? TEXT.online : TEXT.connecting;
  link.className = "link " + (online ? "up" : "down");
  document.documentElement.dataset.link = online ? "online" : "offline";
}

function showOffline(offline) {
  const banner = $("offline");
  banner.textContent = TEXT.offline;
  banner.hidden = !offline;
}

let socket = null;
let delay = 500;
let lastMessage = 0;

function connect() {
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  let ws;
  try {
    ws = new WebSocket(scheme + location.host + "/ws");
  } catch (error) {
    retry();
    return;
  }
  socket = ws;
  ws.onopen = () => {
    lastMessage = Date.now();
    ws.send(JSON.stringify({ type: "hello", role: "screen", lang: LANG }));
  };
  ws.onmessage = event => {
    lastMessage = Date.now();
    let message;
    try {
      message = JSON.parse(event.data);
    } catch (error) {
      return;
    }
    if (message && (message.type === "welcome" || message.type === "state") && message.public) {
      delay = 500;
      showOffline(false);
      accept(message.public, true);
    }
  };
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = null;
    setLink(false);
    showOffline(true);
    retry();
  };
}

function retry() {
  setTimeout(connect, delay);
  delay = Math.min(delay * 2, 5000);
}

// A projector laptop can lose its network without the socket noticing for minutes: ping now and
// then, and give up on a connection that has been silent for longer than the server would allow.
setInterval(() => {
  if (!socket || socket.readyState !== WebSocket.OPEN) return;
  if (Date.now() - lastMessage > 45000) {
    socket.close();
    return;
  }
  socket.send(JSON.stringify({ type: "ping" }));
}, 15000);

// The first paint comes from /api/state, so the hall sees the scores even before the socket is up.
function loadOnce() {
  fetch("/api/state", { cache: "no-store" })
    .then(response => (response.ok ? response.json() : null))
    .then(body => {
      if (body && body.view && !view) accept(body.view, false);
    })
    .catch(() => {});
}

function start() {
  document.documentElement.lang = LANG;
  $("board-title").textContent = TEXT.scoreboard;
  $("buzz-title").textContent = TEXT.buzzOrder;
  $("sound-hint").textContent = TEXT.soundHint;
  $("link").textContent = TEXT.connecting;
  $("paused").textContent = TEXT.paused;
  $("ring").style.strokeDasharray = `${RING} ${RING}`;
  for (const type of ["pointerdown", "keydown", "touchstart"]) addEventListener(type, enableSound, { passive: true });
  addEventListener("resize", () => fit($("card")));
  loadOnce();
  connect();
  requestAnimationFrame(animate);
}

start();
