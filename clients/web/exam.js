// The candidate's page (/exam): login, the paper, saving every change, the server's countdown,
// handing in. The one module with state and effects: the link, each question's entry, the timers.
//
//   exam-link.js  wire and connection     exam-model.js  drafts, save states, clock (pure)
//   exam-view.js  the paper's DOM         exam-text.js   the words in each language
//
// An entry per question: {draft, saved, savedAt, inFlight, rejected, timer}. `saved` is the draft
// the server last acknowledged (undefined before any ack); 已保存 shows only when draft = saved.

import { ExamLink, socketURL } from "./exam-link.js";
import { draftOf, wireAnswer, sameDraft, saveState, isAnswered, countdownText, clockText, phase, WARNING_MS } from "./exam-model.js";
import { buildPaper, showDraft, showSaveState, showExamTitle } from "./exam-view.js";
import { examTexts } from "./exam-text.js";
import { languageOf } from "./text.js";

const LANG = languageOf(location.search);
const TEXT = examTexts(LANG);
const STORE = "exam-login";
const TEXT_DEBOUNCE = 800;
const $ = id => document.getElementById(id);

let link = null;
let exam = null;
let questions = [];
const entries = new Map();
let away = false;

// ---------------------------------------------------------------------------------------------
// Login

function showLogin(message) {
  $("login").hidden = false;
  $("exam").hidden = true;
  $("login-error").textContent = message || "";
  $("enter").disabled = false;
}

function login(candidate, token) {
  if (link) link.stop();
  $("enter").disabled = true;
  $("login-error").textContent = TEXT.connecting;
  link = new ExamLink({
    url: socketURL(location),
    hello: () => ({ role: "candidate", candidate, token, lang: LANG }),
    onMessage: receive,
    onStatus: showLink,
  });
  link.start();
}

function loginForm(event) {
  event.preventDefault();
  const candidate = $("candidate").value.trim();
  const token = $("token").value.trim();
  if (!candidate || !token) return showLogin(TEXT.missingLogin);
  sessionStorage.setItem(STORE, JSON.stringify({ candidate, token }));
  login(candidate, token);
}

// ---------------------------------------------------------------------------------------------
// Messages

function receive(message) {
  switch (message.type) {
    case "welcome":
      if (message.exam) welcome(message.exam);
      break;
    case "error":
      // A refused login (badToken) closes the connection: back to the form, nothing remembered.
      if (!exam || message.code === "badToken") {
        link.stop();
        sessionStorage.removeItem(STORE);
        exam = null;
        showLogin(message.message);
      }
      break;
    case "rejected":
      // A hello refused (entryClosed) has no id: the page stays at the form and may try again.
      if (message.id === null && !exam) {
        link.stop();
        showLogin(`${message.message || message.code} ${TEXT.entryClosedRetry}`);
      }
      break;
    case "paperStatus":
      if (exam) {
        Object.assign(exam, { status: message.status, deadline: message.deadline, submittedAt: message.submittedAt, closedAt: message.closedAt });
        tick();
      }
      break;
  }
}

function welcome(view) {
  const first = !exam || exam.candidate !== view.candidate;
  exam = view;
  const saved = new Map((view.answers || []).map(answer => [answer.question, answer]));
  if (first) {
    questions = (view.paper && view.paper.questions) || [];
    entries.clear();
    for (const question of questions) {
      const answer = saved.get(question.id);
      const draft = draftOf(question, answer);
      entries.set(question.id, { draft, saved: answer ? draft : undefined, savedAt: answer ? answer.savedAt : null, inFlight: false, rejected: null, timer: null });
    }
    buildPaper($("paper"), $("nav-list"), questions, entries, TEXT, changed);
    $("title").textContent = view.title || (view.paper && view.paper.title) || TEXT.pageTitle;
    $("who").textContent = [view.name, view.candidate, view.unit].filter(Boolean).join(" · ");
    document.title = `${view.title || TEXT.pageTitle} · ${view.name || ""}`;
  } else {
    // A reconnect: what the server holds wins unless this page changed the answer since its last ack.
    for (const question of questions) {
      const entry = entries.get(question.id);
      const answer = saved.get(question.id);
      const serverDraft = answer ? draftOf(question, answer) : undefined;
      const untouched = entry.saved === undefined ? !isAnswered(entry.draft) : sameDraft(entry.draft, entry.saved);
      entry.saved = serverDraft;
      entry.savedAt = answer ? answer.savedAt : null;
      if (untouched && serverDraft !== undefined) entry.draft = serverDraft;
    }
  }
  $("login").hidden = true;
  $("exam").hidden = false;
  for (const question of questions) {
    showDraft(question, entries.get(question.id), TEXT);
    showSaveState(question, entries.get(question.id), TEXT);
  }
  tick();
  for (const question of questions) if (saveState(entries.get(question.id)) === "unsaved") save(question.id);
}

// ---------------------------------------------------------------------------------------------
// Saving

function changed(id, draft, typing) {
  const entry = entries.get(id);
  if (!entry || !canAnswer()) return;
  entry.draft = draft;
  entry.rejected = null;
  clearTimeout(entry.timer);
  entry.timer = null;
  if (typing) entry.timer = setTimeout(() => save(id), TEXT_DEBOUNCE);
  else save(id);
  update(id);
  showCount();
}

function save(id) {
  const entry = entries.get(id);
  const question = questions.find(q => q.id === id);
  clearTimeout(entry.timer);
  entry.timer = null;
  if (entry.inFlight || !question || sameDraft(entry.draft, entry.saved)) return entry.inFlight || Promise.resolve();
  const fields = wireAnswer(question, entry.draft);
  if (!fields) return Promise.resolve();
  const sent = JSON.parse(JSON.stringify(entry.draft));
  entry.inFlight = link.request("saveAnswer", { question: id, ...fields }).then(reply => {
    entry.inFlight = false;
    if (reply.type === "ack") {
      entry.saved = sent;
      entry.savedAt = reply.at;
      entry.rejected = null;
    } else if (reply.type === "rejected") {
      entry.rejected = reply.message || reply.code;
    }
    update(id);
    // Changed again while this one was on its way: send the newer draft (unless it was refused).
    if (reply.type === "ack" && !sameDraft(entry.draft, entry.saved) && !entry.timer) return save(id);
  });
  update(id);
  return entry.inFlight;
}

function update(id) {
  showSaveState(questions.find(q => q.id === id), entries.get(id), TEXT);
}

function showCount() {
  const answered = questions.filter(q => isAnswered(entries.get(q.id).draft)).length;
  $("nav-summary").textContent = TEXT.answeredOf(answered, questions.length);
}

// ---------------------------------------------------------------------------------------------
// The clock and the paper's phase

let refetching = false;

function canAnswer() {
  return exam && link && phase(exam, link.serverNow()) === "answering";
}

function tick() {
  if (!exam || !link) return;
  const now = link.serverNow();
  const current = phase(exam, now);
  // Logged in early, the page has no questions yet: at the start it logs in again (spread over a
  // few seconds, so a full hall does not ask for the paper in the same instant).
  if (current === "answering" && questions.length === 0 && !refetching) {
    refetching = true;
    setTimeout(() => location.reload(), Math.random() * 3000);
  }
  const left = exam.deadline / 1000 - now;
  const ended = current === "submitted" || current === "closed";
  $("clock").textContent = ended ? TEXT.status[current] : countdownText(left);
  $("clock-label").textContent = ended ? "" : TEXT.remaining;
  $("clock-box").classList.toggle("ended", ended);
  $("clock-box").classList.toggle("warning", current === "answering" && left <= WARNING_MS);
  $("sheet").disabled = current !== "answering";
  $("submit").hidden = current !== "answering";
  document.documentElement.dataset.phase = current;
  const banner = {
    waiting: TEXT.waiting(clockText(exam.start)),
    timeUp: TEXT.timeUp,
    submitted: TEXT.submitted(clockText(exam.submittedAt)),
    closed: TEXT.closed,
    answering: left <= WARNING_MS ? TEXT.warning : "",
  }[current];
  $("banner").textContent = banner;
  $("banner").hidden = !banner;
  $("banner").className = `banner ${current === "answering" ? "warning" : current}`;
  showCount();
}

function showLink(status) {
  const bar = $("link");
  bar.dataset.status = status;
  bar.textContent = status === "online" ? TEXT.online : status === "offline" ? TEXT.offline : TEXT.connecting;
  document.documentElement.dataset.link = status;
}

// ---------------------------------------------------------------------------------------------
// Handing in

function askSubmit() {
  const unanswered = questions.filter(q => !isAnswered(entries.get(q.id).draft));
  const unsaved = questions.filter(q => ["unsaved", "saving", "rejected"].includes(saveState(entries.get(q.id))));
  $("confirm-unanswered").textContent = unanswered.length ? TEXT.confirmUnanswered(unanswered.length) : TEXT.confirmAll;
  const list = $("confirm-list");
  list.replaceChildren(
    ...unanswered.map(q => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "nav-item";
      button.textContent = String(q.number);
      button.addEventListener("click", () => {
        $("confirm").close();
        document.querySelector(`.nav-item[data-id="${CSS.escape(q.id)}"]`).click();
      });
      return button;
    }),
  );
  $("confirm-unsaved").textContent = unsaved.length ? TEXT.confirmUnsaved(unsaved.length) : "";
  $("confirm-error").textContent = "";
  $("confirm-yes").disabled = false;
  $("confirm").showModal();
}

async function submit() {
  $("confirm-yes").disabled = true;
  $("confirm-error").textContent = TEXT.submitting;
  await Promise.all(questions.map(q => save(q.id)));
  const reply = await link.request("submitPaper");
  if (reply.type === "ack") {
    Object.assign(exam, { status: "submitted", submittedAt: reply.at });
    $("confirm").close();
    tick();
    return;
  }
  $("confirm-yes").disabled = false;
  $("confirm-error").textContent = reply.type === "rejected" ? reply.message || reply.code : TEXT.submitLost;
}

// ---------------------------------------------------------------------------------------------
// Leaving the page: told to the proctors once per time away, never shown to the candidate.

function leave() {
  if (away || !canAnswer()) return;
  away = true;
  link.request("leftPage");
}

function back() {
  if (document.visibilityState === "visible") away = false;
}

function start() {
  document.documentElement.lang = LANG;
  for (const [id, key] of [["login-title", "pageTitle"], ["candidate-label", "candidateNumber"], ["token-label", "token"], ["enter", "enter"], ["login-hint", "loginHint"], ["clock-label", "remaining"], ["submit", "submit"], ["nav-title", "navigator"], ["legend-answered", "legendAnswered"], ["legend-unanswered", "legendUnanswered"], ["legend-unsaved", "legendUnsaved"], ["confirm-title", "confirmTitle"], ["confirm-note", "confirmNote"], ["confirm-yes", "confirmYes"], ["confirm-no", "confirmNo"]]) {
    $(id).textContent = TEXT[key];
  }
  document.title = TEXT.pageTitle;
  $("login-form").addEventListener("submit", loginForm);
  $("submit").addEventListener("click", askSubmit);
  $("confirm-yes").addEventListener("click", submit);
  $("confirm-no").addEventListener("click", () => $("confirm").close());
  $("nav-toggle").addEventListener("click", () => $("nav").classList.toggle("open"));
  for (const type of ["copy", "cut", "paste", "contextmenu", "dragstart", "drop"]) {
    $("paper").addEventListener(type, event => event.preventDefault());
  }
  addEventListener("blur", leave);
  addEventListener("focus", back);
  document.addEventListener("visibilitychange", () => (document.visibilityState === "hidden" ? leave() : back()));
  setInterval(tick, 250);
  showExamTitle($("login-exam"));
  const remembered = JSON.parse(sessionStorage.getItem(STORE) || "null");
  if (remembered && remembered.candidate && remembered.token) {
    $("candidate").value = remembered.candidate;
    showLogin(TEXT.connecting);
    login(remembered.candidate, remembered.token);
  } else {
    showLogin("");
  }
}

start();
