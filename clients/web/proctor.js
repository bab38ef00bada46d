// The proctors' page (/exam/proctor): every candidate's row from the welcome, then the changed
// rows of each `roster`; counts, a filter, sorting; 延时, 重新开放 and 允许迟到入场, each asking
// for a reason, and each candidate's record of them. State and effects only; the rules are in
// proctor-model.js, the words in proctor-text.js.

import { ExamLink, socketURL } from "./exam-link.js";
import { applyRoster, counts, FILTERS, visibleRows, remainingMs, actionsFor, actionRequest, isDisconnected } from "./proctor-model.js";
import { countdownText, clockText } from "./exam-model.js";
import { proctorTexts } from "./proctor-text.js";
import { languageOf } from "./text.js";

const LANG = languageOf(location.search);
const TEXT = proctorTexts(LANG);
const STORE = "proctor-login";
const COLUMNS = ["candidate", "name", "status", "answered", "connected", "leftPage", "remaining", "finishedAt", "actions"];
const $ = id => document.getElementById(id);

let link = null;
let view = null;
let rows = [];
const options = { filter: "all", search: "", column: "candidate", descending: false };
const opened = new Set();
let dialog = null;

const make = (tag, className, text) => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

function showLogin(message) {
  $("login").hidden = false;
  $("desk").hidden = true;
  $("login-error").textContent = message || "";
  $("enter").disabled = false;
}

function login(token) {
  if (link) link.stop();
  $("enter").disabled = true;
  $("login-error").textContent = TEXT.connecting;
  link = new ExamLink({ url: socketURL(location), hello: () => ({ role: "proctor", token, lang: LANG }), onMessage: receive, onStatus: showLink });
  link.start();
}

function receive(message) {
  if (message.type === "welcome" && message.proctor) {
    view = message.proctor;
    rows = view.rows || [];
    $("login").hidden = true;
    $("desk").hidden = false;
    $("title").textContent = `${TEXT.pageTitle} · ${view.title || ""}`;
    $("times").textContent = [TEXT.deadline(clockText(view.deadline)), TEXT.entryCloses(clockText(view.entryCloses))].join(" · ");
    render();
  } else if (message.type === "roster" && view) {
    rows = applyRoster(rows, message.rows);
    render();
  } else if (message.type === "error" && (!view || message.code === "badToken")) {
    link.stop();
    sessionStorage.removeItem(STORE);
    view = null;
    showLogin(message.message);
  }
}

function showLink(status) {
  $("link").dataset.status = status;
  $("link").textContent = status === "online" ? TEXT.online : status === "offline" ? TEXT.offline : TEXT.connecting;
  document.documentElement.dataset.link = status;
}

// ---------------------------------------------------------------------------------------------
// The list

const entryOver = () => view && link.serverNow() > view.entryCloses / 1000;

function statusText(row) {
  if (row.status === "absent") return entryOver() && !row.admittedLate ? TEXT.status.absentLate : TEXT.status.absent;
  return TEXT.status[row.status] || row.status || "";
}

function render() {
  if (!view) return;
  const now = link.serverNow();
  const tally = counts(rows);
  $("counts").replaceChildren(
    ...["total", "entered", "answering", "finished", "absent", "disconnected"].map(key => {
      const item = make("li", `count count-${key}`);
      const label = key === "absent" && !entryOver() ? TEXT.counts.absentEarly : TEXT.counts[key];
      item.append(make("strong", "num", String(tally[key])), make("span", "", label));
      return item;
    }),
  );
  $("filters").querySelectorAll("button").forEach(b => b.classList.toggle("on", b.dataset.filter === options.filter));
  $("head").querySelectorAll("th").forEach(th => {
    th.dataset.sort = th.dataset.column === options.column ? (options.descending ? "down" : "up") : "";
  });
  const body = [];
  for (const row of visibleRows(rows, { ...options, now })) {
    body.push(rowElement(row, now));
    if (opened.has(row.candidate)) body.push(recordElement(row));
  }
  $("rows").replaceChildren(...body);
  const left = view.deadline / 1000 - now;
  $("clock").textContent = countdownText(left);
}

function rowElement(row, now) {
  const tr = make("tr", `row status-${row.status}${isDisconnected(row) ? " gone" : ""}`);
  tr.dataset.candidate = row.candidate;
  const finishedAt = row.submittedAt ?? row.closedAt;
  const cells = {
    candidate: row.candidate,
    name: row.name,
    status: statusText(row) + (row.admittedLate ? ` · ${TEXT.late}` : ""),
    answered: `${row.answered ?? 0}/${row.questions ?? 0}`,
    connected: row.status === "absent" && !row.connected ? TEXT.notIn : TEXT.pages(row.connected),
    leftPage: String(row.leftPage ?? 0),
    remaining: row.status === "answering" ? countdownText(remainingMs(row, now)) : TEXT.notIn,
    finishedAt: finishedAt ? clockText(finishedAt) : TEXT.notIn,
  };
  for (const column of COLUMNS.slice(0, -1)) {
    const td = make("td", `cell-${column}`, cells[column]);
    if (column === "name" && row.unit) td.append(make("div", "unit", row.unit));
    tr.append(td);
  }
  const cell = make("td", "cell-actions");
  const actions = make("div", "actions");
  cell.append(actions);
  const allowed = actionsFor(row, entryOver());
  for (const kind of ["extendTime", "reopenPaper", "admitLate"]) {
    if (!allowed[kind]) continue;
    const button = make("button", `act act-${kind}`, TEXT[kind]);
    button.type = "button";
    button.addEventListener("click", () => openDialog(kind, row));
    actions.append(button);
  }
  const count = (row.actions || []).length;
  const record = make("button", `act record${count ? "" : " empty"}`, TEXT.record(count));
  record.type = "button";
  record.addEventListener("click", () => {
    if (opened.has(row.candidate)) opened.delete(row.candidate);
    else opened.add(row.candidate);
    render();
  });
  actions.append(record);
  tr.append(cell);
  return tr;
}

function recordElement(row) {
  const tr = make("tr", "record-row");
  const td = make("td", "", undefined);
  td.colSpan = COLUMNS.length;
  const list = make("ol", "record-list");
  for (const action of row.actions || []) {
    const words = (TEXT.action[action.type] || (() => action.type))({ ...action, deadlineText: clockText(action.deadline) });
    const item = make("li");
    item.append(make("span", "num when", clockText(action.at)), make("strong", "", words), make("span", "", `${action.reason || ""}`), make("span", "by", TEXT.byProctor(action.proctor)));
    list.append(item);
  }
  td.append(list.children.length ? list : make("p", "by", TEXT.noRecord));
  tr.append(td);
  return tr;
}

// ---------------------------------------------------------------------------------------------
// The actions' dialog

function openDialog(kind, row) {
  dialog = { kind, candidate: row.candidate };
  $("action-title").textContent = TEXT.dialogTitle[kind];
  $("action-who").textContent = TEXT.dialogWho(row, row.status === "answering" ? clockText(row.deadline) : "");
  $("minutes-row").hidden = kind === "admitLate";
  $("minutes").value = "10";
  $("reason").value = "";
  $("action-error").textContent = "";
  $("action-confirm").disabled = false;
  $("action").showModal();
  $("reason").focus();
}

async function confirmDialog(event) {
  event.preventDefault();
  if (!dialog) return;
  const request = actionRequest(dialog.kind, dialog.candidate, $("minutes").value, $("reason").value);
  if (request.problem) {
    $("action-error").textContent = TEXT.problem[request.problem];
    return;
  }
  $("action-confirm").disabled = true;
  $("action-error").textContent = TEXT.sending;
  const reply = await link.request(dialog.kind, request.fields);
  $("action-confirm").disabled = false;
  if (reply.type === "ack") {
    opened.add(dialog.candidate);
    dialog = null;
    $("action").close();
    render();
    return;
  }
  $("action-error").textContent = reply.type === "rejected" ? reply.message || reply.code : TEXT.lost;
}

function start() {
  document.documentElement.lang = LANG;
  document.title = TEXT.pageTitle;
  for (const [id, text] of [["login-title", TEXT.pageTitle], ["token-label", TEXT.token], ["enter", TEXT.enter], ["login-hint", TEXT.loginHint], ["clock-label", TEXT.examLeft], ["minutes-label", TEXT.minutes], ["reason-label", TEXT.reason], ["action-cancel", TEXT.cancel], ["action-confirm", TEXT.confirm]]) {
    $(id).textContent = text;
  }
  $("search").placeholder = TEXT.search;
  $("search").addEventListener("input", () => {
    options.search = $("search").value;
    render();
  });
  $("filters").replaceChildren(
    ...FILTERS.map(filter => {
      const button = make("button", "filter", TEXT.filters[filter]);
      button.type = "button";
      button.dataset.filter = filter;
      button.addEventListener("click", () => {
        options.filter = filter;
        render();
      });
      return button;
    }),
  );
  $("head").replaceChildren(
    ...COLUMNS.map(column => {
      const th = make("th", `cell-${column}`, TEXT.columns[column]);
      th.dataset.column = column;
      if (column !== "actions") {
        th.classList.add("sortable");
        th.addEventListener("click", () => {
          options.descending = options.column === column ? !options.descending : false;
          options.column = column;
          render();
        });
      }
      return th;
    }),
  );
  $("login-form").addEventListener("submit", event => {
    event.preventDefault();
    const token = $("token").value.trim();
    if (!token) return showLogin(TEXT.missingToken);
    sessionStorage.setItem(STORE, token);
    login(token);
  });
  $("action-form").addEventListener("submit", confirmDialog);
  $("action-cancel").addEventListener("click", () => $("action").close());
  setInterval(render, 1000);
  const remembered = sessionStorage.getItem(STORE);
  if (remembered) {
    showLogin(TEXT.connecting);
    login(remembered);
  } else {
    showLogin("");
  }
}

start();
