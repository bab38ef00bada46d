// The practical score page (/practical): a judge logs in with their token on a phone or tablet,
// picks a contestant in performing order, scores every rubric item, and signs the sheet, which
// then locks. The chief judge also sees who signed and can reopen a signed sheet with a reason.
// The one module with state and effects; the rules are in practical-model.js, the words in
// judging-text.js, the sheet's rows in practical-sheet.js.

import { languageOf } from "/text.js";
import { judgingTextsFor, pointsText, clockOf } from "/judging-text.js";
import { contestantsInOrder, sheetState, shownPoints, tally, pendingKey, panelOf, pickedAfter } from "/practical-model.js";
import { startSession } from "/judging-session.js";
import { buildItems, updateItems } from "/practical-sheet.js";

const LANG = languageOf(location.search);
const WORDS = judgingTextsFor(LANG);
const T = WORDS.practical;
const PICKED_KEY = "quiz-judge-contestant";
const $ = id => document.getElementById(id);
const element = (tag, className, text) => Object.assign(document.createElement(tag), { className, textContent: text ?? "" });

let view = null;
let picked = sessionStorage.getItem(PICKED_KEY);
let builtFor = null;
let reopening = null;
// Item changes on the way to the server, by pendingKey: {contestant, item, points, timer}.
const pending = new Map();

const session = startSession({
  role: "judge",
  lang: LANG,
  words: WORDS,
  page: T,
  onOnline: () => render(),
  onMessage: message => {
    if ((message.type === "welcome" || message.type === "practical") && message.practical) {
      view = message.practical;
      render();
    }
  },
});

function setUp() {
  $("roster-title").textContent = T.contestants;
  $("pick").textContent = T.pick;
  $("back").textContent = T.back;
  $("total-label").textContent = T.total;
  $("sign").textContent = T.sign;
  $("panel-title").textContent = T.panel;
  $("reopens-title").textContent = T.reopens;
  $("sign-title").textContent = T.signTitle;
  $("sign-cancel").textContent = T.cancel;
  $("sign-confirm").textContent = T.confirm;
  $("reason-label").textContent = T.reason;
  $("reopen-cancel").textContent = T.cancel;
  $("reopen-confirm").textContent = T.reopenConfirm;
  $("back").addEventListener("click", () => pick(null));
  $("sign").addEventListener("click", openSignDialog);
  $("sign-cancel").addEventListener("click", () => $("sign-dialog").close());
  $("sign-confirm").addEventListener("click", sign);
  $("reopen-cancel").addEventListener("click", () => $("reopen-dialog").close());
  $("reopen-confirm").addEventListener("click", reopen);
}

function pick(id) {
  picked = id;
  if (id) sessionStorage.setItem(PICKED_KEY, id);
  else sessionStorage.removeItem(PICKED_KEY);
  render();
  if (id) window.scrollTo(0, 0);
}

function chosen() {
  return view ? pickedAfter(view, picked) : null;
}

function render() {
  if (!view) return;
  $("sheets").hidden = false;
  $("who").textContent = T.who(view.judge, view.name);
  $("chief").textContent = T.chief;
  $("chief").hidden = !view.chief;
  const contestant = chosen();
  $("sheets").dataset.view = contestant ? "sheet" : "list";
  renderRoster(contestant);
  renderSheet(contestant);
}

function renderRoster(current) {
  $("contestants").replaceChildren(
    ...contestantsInOrder(view).map(c => {
      const state = sheetState(c);
      const row = element("button", "contestant" + (current && current.id === c.id ? " current" : ""));
      row.type = "button";
      row.dataset.contestant = c.id;
      const points = shownPoints(c, view.items, pending);
      const own = state === "none" ? "" : `${T.total} ${pointsText(tally(points).total)}`;
      const final = c.score != null ? `${T.score} ${pointsText(c.score)}` : "";
      // The chief judge sees how far each contestant's panel has signed without opening the sheet.
      const panel = view.chief && c.panel && c.score == null ? T.signedCount(c.panel.filter(p => p.signedAt != null).length, c.panel.length) : "";
      const sum = [own, panel, final].filter(Boolean).join(" · ");
      row.append(element("span", "order num", T.order(c.order)), element("span", "name", c.name), element("span", `tag ${state}`, T.state[state]), element("span", "sum num", sum));
      row.addEventListener("click", () => pick(c.id));
      const item = document.createElement("li");
      item.append(row);
      return item;
    }),
  );
}

function renderSheet(contestant) {
  $("pick").hidden = Boolean(contestant);
  $("sheet-body").hidden = !contestant;
  if (!contestant) {
    builtFor = null;
    return;
  }
  const state = sheetState(contestant);
  const signed = state === "signed";
  const online = document.documentElement.dataset.link === "online";
  $("sheet").dataset.contestant = contestant.id;
  $("sheet").dataset.state = state;
  $("sheet-name").textContent = `${T.order(contestant.order)} ${contestant.name}`;
  $("sheet-state").className = `tag ${state}`;
  $("sheet-state").textContent = signed ? T.signedAt(clockOf(contestant.signedAt)) : T.state[state];
  $("locked").textContent = T.locked;
  $("locked").hidden = !signed;
  if (builtFor !== contestant.id) {
    builtFor = contestant.id;
    $("items").replaceChildren(...buildItems(view.items, WORDS, { onChange: (item, points) => change(contestant.id, item, points), onProblem: showProblem }));
    showProblem("");
  }
  const points = shownPoints(contestant, view.items, pending);
  updateItems($("items"), view.items, points, signed || !online);
  const { total, unscored } = tally(points);
  const full = view.items.reduce((sum, item) => sum + (item.max || 0), 0);
  $("total").textContent = `${pointsText(total)} / ${pointsText(full)}`;
  $("unscored").textContent = signed ? "" : unscored ? T.unscored(unscored) : T.allScored;
  $("sign").hidden = signed;
  $("sign").disabled = !online;
  $("score").replaceChildren(
    contestant.score != null
      ? element("strong", "final num", `${T.score}${WORDS.colon}${pointsText(contestant.score)}`)
      : element("span", "hint", T.scoreWaiting),
  );
  renderPanel(contestant);
}

function renderPanel(contestant) {
  $("panel").hidden = !view.chief;
  if (view.chief) {
    $("panel-list").replaceChildren(
      ...panelOf(contestant, view).map(row => {
        const item = element("li", row.signedAt ? "signed" : "unsigned");
        item.dataset.judge = String(row.judge);
        const who = element("span", "judge-name", T.judgeName(row.judge, row.name));
        const when = element("span", `tag ${row.signedAt ? "signed" : "none"}`, row.signedAt ? T.signedAt(clockOf(row.signedAt)) : T.notSigned);
        item.append(who, when);
        if (row.canReopen) {
          const button = element("button", "quiet reopen", T.reopen);
          button.type = "button";
          button.addEventListener("click", () => openReopenDialog(contestant, row));
          item.append(button);
        }
        return item;
      }),
    );
  }
  const reopens = contestant.reopens || [];
  $("reopens").hidden = reopens.length === 0;
  const name = number => T.judgeName(number, ((contestant.panel || []).find(p => p.judge === number) || {}).name);
  $("reopens-list").replaceChildren(...reopens.map(r => element("li", "hint", T.reopenLine(name(r.chief), name(r.judge), r.reason, clockOf(r.at)))));
}

function showProblem(text) {
  $("sheet-problem").textContent = text;
  $("sheet-problem").hidden = !text;
}

// A tap on + or − waits a moment for the next tap, so five quick taps send one score, not five.
function change(contestant, item, points) {
  const key = pendingKey(contestant, item);
  const old = pending.get(key);
  if (old) clearTimeout(old.timer);
  const entry = { contestant, item, points, timer: null };
  entry.timer = setTimeout(() => send(entry), 350);
  pending.set(key, entry);
  showProblem("");
  render();
}

async function send(entry) {
  clearTimeout(entry.timer);
  const key = pendingKey(entry.contestant, entry.item);
  const answer = await session.request("scoreItem", { contestant: entry.contestant, item: entry.item, points: entry.points });
  if (pending.get(key) !== entry) return;
  pending.delete(key);
  if (answer.type !== "ack") showProblem(answer.message || WORDS.offline);
  render();
}

function openSignDialog() {
  const contestant = chosen();
  if (!contestant) return;
  const points = shownPoints(contestant, view.items, pending);
  $("sign-body").textContent = T.signBody(contestant.name);
  $("sign-summary").replaceChildren(
    ...view.items.map((item, index) => {
      const row = element("li", points[index] == null ? "missing" : "");
      row.append(element("span", "", item.name), element("strong", "num", points[index] == null ? T.notScored : pointsText(points[index])));
      return row;
    }),
  );
  $("sign-total").textContent = `${T.total}${WORDS.colon}${pointsText(tally(points).total)}`;
  $("sign-problem").hidden = true;
  $("sign-confirm").disabled = false;
  $("sign-dialog").showModal();
}

async function sign() {
  const contestant = chosen();
  if (!contestant) return;
  $("sign-confirm").disabled = true;
  // Scores still waiting for their tap pause go out first, so the sheet signed is the sheet shown.
  await Promise.all([...pending.values()].filter(entry => entry.contestant === contestant.id).map(send));
  const answer = await session.request("signSheet", { contestant: contestant.id });
  $("sign-confirm").disabled = false;
  if (answer.type === "ack") {
    $("sign-dialog").close();
    return;
  }
  $("sign-problem").textContent = answer.message || WORDS.offline;
  $("sign-problem").hidden = false;
}

function openReopenDialog(contestant, row) {
  reopening = { contestant: contestant.id, judge: row.judge };
  $("reopen-title").textContent = T.reopenTitle(T.judgeName(row.judge, row.name), contestant.name);
  $("reason").value = "";
  $("reopen-problem").hidden = true;
  $("reopen-confirm").disabled = false;
  $("reopen-dialog").showModal();
  $("reason").focus();
}

async function reopen() {
  if (!reopening) return;
  const reason = $("reason").value.trim();
  if (!reason) {
    $("reopen-problem").textContent = T.reasonRequired;
    $("reopen-problem").hidden = false;
    return;
  }
  $("reopen-confirm").disabled = true;
  const answer = await session.request("reopenSheet", { ...reopening, reason });
  $("reopen-confirm").disabled = false;
  if (answer.type === "ack") {
    reopening = null;
    $("reopen-dialog").close();
    return;
  }
  $("reopen-problem").textContent = answer.message || WORDS.offline;
  $("reopen-problem").hidden = false;
}

setUp();
