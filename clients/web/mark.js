// The marking page (/exam/mark): a marker logs in with their token, sees the next script beside
// its question, reference answer and marking points, gives a mark in half points with an optional
// note, and goes on to the next. Blind: a script is only a number. The one module with state and
// effects; the rules are in mark-model.js, the words in judging-text.js.

import { languageOf } from "/text.js";
import { judgingTextsFor, pointsText, clockOf } from "/judging-text.js";
import { quickMarks, readMark, nudgeMark, progressOf, screenOf, startingMark, recordMark, readHistory } from "/mark-model.js";
import { startSession } from "/judging-session.js";

const LANG = languageOf(location.search);
const WORDS = judgingTextsFor(LANG);
const T = WORDS.mark;
const HISTORY_KEY = "quiz-marker-history";
const $ = id => document.getElementById(id);

let view = null;
let editing = null;
let shownScript = null;
let busy = false;
let scriptWaiter = null;
let history = readHistory(sessionStorage.getItem(HISTORY_KEY));

const session = startSession({
  role: "marker",
  lang: LANG,
  words: WORDS,
  page: T,
  onOnline: () => renderButtons(),
  onMessage: message => {
    if ((message.type === "welcome" || message.type === "marking") && message.marking) {
      if (message.type === "welcome" && view && view.marker !== message.marking.marker) history = [];
      view = message.marking;
      render();
    }
    if (message.type === "script" && message.script && scriptWaiter) scriptWaiter(message);
  },
});

function setUp() {
  $("question-title").textContent = T.question;
  $("reference-title").textContent = T.reference;
  $("points-title").textContent = T.markingPoints;
  $("score-title").textContent = T.score;
  $("note-label").textContent = T.note;
  $("cancel-edit").textContent = T.cancelEdit;
  $("done-title").textContent = T.done;
  $("done-hint").textContent = T.doneHint;
  $("history-title").textContent = T.history;
  $("history-empty").textContent = T.historyEmpty;
  $("score").addEventListener("submit", event => {
    event.preventDefault();
    submit();
  });
  $("points").addEventListener("input", () => renderQuick());
  $("minus").addEventListener("click", () => nudge(-0.5));
  $("plus").addEventListener("click", () => nudge(0.5));
  $("cancel-edit").addEventListener("click", () => {
    editing = null;
    render();
  });
}

function current() {
  const screen = screenOf(view, editing);
  return screen.kind === "script" ? screen : null;
}

function render() {
  if (!view) return;
  $("desk").hidden = false;
  const progress = progressOf(view);
  $("who").textContent = progress.marker == null ? "" : T.who(progress.marker);
  $("own").textContent = `${T.own}${WORDS.colon}${T.ownLine(progress.marked, progress.assigned, progress.waiting)}`;
  $("whole").textContent = `${T.whole}${WORDS.colon}${T.wholeLine(progress.total, progress.markedTwice, progress.needingThird, progress.final)}`;
  const screen = current();
  $("desk").dataset.screen = screen ? "script" : "done";
  $("question-panel").hidden = !screen;
  $("script-panel").hidden = !screen;
  $("done").hidden = Boolean(screen);
  if (screen) renderScript(screen);
  renderHistory();
  renderButtons();
}

function renderScript({ script, editing: isEditing, locked }) {
  const key = `${isEditing ? "edit" : "next"}:${script.script}`;
  $("question-id").textContent = T.questionId(script.question || "");
  $("stem").textContent = script.stem || T.none;
  $("reference").textContent = script.reference || T.none;
  const points = $("marking-points");
  points.replaceChildren(...(script.markingPoints || []).map(point => Object.assign(document.createElement("li"), { textContent: point })));
  if (!points.children.length) points.append(Object.assign(document.createElement("li"), { textContent: T.none }));
  $("script-title").textContent = T.script(script.script);
  $("answer").textContent = script.text && script.text.trim() ? script.text : T.emptyAnswer;
  $("answer").classList.toggle("empty", !(script.text && script.text.trim()));
  $("full").textContent = WORDS.full(script.max);
  $("points-label").textContent = T.pointsLabel(script.max);
  $("editing").hidden = !isEditing;
  $("editing-text").textContent = T.editing(script.script, script.ownMark);
  $("locked").textContent = T.finalLocked;
  $("locked").hidden = !locked;
  if (key !== shownScript) {
    // A new script on screen: its form starts from the marker's own earlier mark, if any.
    shownScript = key;
    const start = startingMark(script);
    $("points").value = start == null ? "" : pointsText(start);
    $("note").value = script.ownNote || "";
    showProblem("");
    $("answer").scrollTop = 0;
  }
  renderQuick();
}

function renderQuick() {
  const screen = current();
  if (!screen) return;
  const { max } = screen.script;
  const chosen = readMark($("points").value, max);
  const buttons = quickMarks(max).map(points => {
    const button = Object.assign(document.createElement("button"), { type: "button", textContent: pointsText(points) });
    button.className = "num" + (points === chosen ? " chosen" : "");
    button.dataset.points = String(points);
    button.addEventListener("click", () => {
      $("points").value = pointsText(points);
      showProblem("");
      renderQuick();
    });
    return button;
  });
  $("quick").replaceChildren(...buttons);
  $("quick").style.setProperty("--marks", String(buttons.length));
  renderButtons();
}

function renderButtons() {
  const screen = current();
  const locked = !screen || screen.locked;
  const online = document.documentElement.dataset.link === "online";
  for (const id of ["points", "note", "minus", "plus"]) $(id).disabled = locked;
  for (const button of $("quick").children) button.disabled = locked;
  $("submit").disabled = locked || busy || !online;
  $("submit").textContent = busy ? T.saving : T.submit;
}

function renderHistory() {
  $("history-empty").hidden = history.length > 0;
  $("history").replaceChildren(
    ...history.map(entry => {
      const item = document.createElement("li");
      item.dataset.script = String(entry.script);
      const what = Object.assign(document.createElement("span"), { className: "what", textContent: T.script(entry.script) });
      const detail = Object.assign(document.createElement("span"), {
        className: "detail hint num",
        textContent: `${T.questionId(entry.question)} · ${clockOf(entry.at)}`,
      });
      const points = Object.assign(document.createElement("strong"), { className: "num", textContent: WORDS.points(entry.points) });
      const edit = Object.assign(document.createElement("button"), { type: "button", className: "quiet", textContent: T.edit });
      edit.addEventListener("click", () => open(entry.script, edit));
      item.append(what, points, detail, edit);
      return item;
    }),
  );
}

function showProblem(text) {
  $("score-problem").textContent = text;
  $("score-problem").hidden = !text;
}

function nudge(delta) {
  const screen = current();
  if (!screen) return;
  const points = readMark($("points").value, screen.script.max);
  $("points").value = pointsText(nudgeMark(points, delta, screen.script.max));
  showProblem("");
  renderQuick();
}

async function submit() {
  const screen = current();
  if (!screen || screen.locked || busy) return;
  const { script } = screen;
  const points = readMark($("points").value, script.max);
  if (points == null) {
    showProblem(T.badPoints(script.max));
    $("points").focus();
    return;
  }
  const note = $("note").value.trim();
  busy = true;
  renderButtons();
  const answer = await session.request("markScript", { script: script.script, points, note });
  busy = false;
  if (answer.type === "ack") {
    history = recordMark(history, { script: script.script, question: script.question || "", points, note, at: answer.at });
    sessionStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    $("saved").textContent = T.saved(script.script, points);
    $("history-problem").hidden = true;
    if (screen.editing) editing = null;
    render();
  } else {
    showProblem(answer.message || WORDS.offline);
    renderButtons();
  }
}

// openScript is answered by a `script` message (or `rejected`): whichever comes first.
async function open(number, button) {
  button.disabled = true;
  button.textContent = T.opening;
  const arrived = new Promise(resolve => (scriptWaiter = resolve));
  const answer = await Promise.race([session.request("openScript", { script: number }), arrived]);
  scriptWaiter = null;
  button.disabled = false;
  button.textContent = T.edit;
  $("history-problem").hidden = answer.type === "script";
  if (answer.type === "script") {
    editing = answer.script;
    render();
    window.scrollTo(0, 0);
  } else {
    $("history-problem").textContent = answer.message || WORDS.offline;
  }
}

setUp();
