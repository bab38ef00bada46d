// The candidate page's DOM: builds the paper once per login (sections, questions, their inputs,
// the answer sheet's buttons) and then only updates it from each question's entry. No state of its
// own and no network: exam.js owns both and calls in here.

import { sections, stemPieces, saveState, isAnswered, clockText } from "./exam-model.js";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

const make = (tag, className, text) => {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

/** Fills `paper` and `navList` with the questions; `onDraft(id, draft, typing)` gets every change. */
export function buildPaper(paper, navList, questions, entries, TEXT, onDraft) {
  paper.replaceChildren();
  navList.replaceChildren();
  sections(questions).forEach((group, index) => {
    const section = make("section", "section");
    section.append(make("h2", "section-head", TEXT.sectionHead(index + 1, group.section, group.questions.length, group.points)));
    for (const question of group.questions) section.append(questionCard(question, entries.get(question.id), TEXT, onDraft));
    paper.append(section);
  });
  for (const question of questions) {
    const item = make("li");
    const button = make("button", "nav-item", String(question.number));
    button.type = "button";
    button.dataset.id = question.id;
    button.addEventListener("click", () => {
      const card = document.getElementById(cardId(question.id));
      card.scrollIntoView({ behavior: "smooth", block: "start" });
      const input = card.querySelector("input, textarea");
      if (input) input.focus({ preventScroll: true });
    });
    item.append(button);
    navList.append(item);
  }
}

const cardId = id => `q-${id}`;

function questionCard(question, entry, TEXT, onDraft) {
  const card = make("article", `question type-${question.type}`);
  card.id = cardId(question.id);
  card.dataset.id = question.id;
  const head = make("header", "question-head");
  head.append(make("span", "number", String(question.number)), make("span", "meta", `${TEXT.points(question.points)}`));
  card.append(head);
  const body = make("div", "question-body");
  card.append(body);
  switch (question.type) {
    case "single":
    case "multiple":
      body.append(make("p", "stem", question.stem), choices(question, entry, onDraft));
      break;
    case "truefalse":
      body.append(make("p", "stem", question.stem), truthChoices(question, entry, TEXT, onDraft));
      break;
    case "fill":
      body.append(blanks(question, entry, TEXT, onDraft));
      break;
    default:
      body.append(make("p", "stem", question.stem), textBox(question, entry, TEXT, onDraft));
  }
  card.append(make("footer", "save-state"));
  return card;
}

function choices(question, entry, onDraft) {
  const list = make("div", "options");
  const multiple = question.type === "multiple";
  (question.options || []).forEach((option, index) => {
    const label = make("label", "option");
    const input = make("input");
    input.type = multiple ? "checkbox" : "radio";
    input.name = question.id;
    input.value = String(index);
    input.addEventListener("change", () => {
      const checked = [...list.querySelectorAll("input")].filter(i => i.checked).map(i => Number(i.value));
      onDraft(question.id, multiple ? checked : checked[0] ?? null, false);
    });
    label.append(input, make("span", "key", LETTERS[index] || String(index + 1)), make("span", "option-text", option));
    list.append(label);
  });
  return list;
}

function truthChoices(question, entry, TEXT, onDraft) {
  const list = make("div", "options truth");
  for (const [value, word, mark] of [[true, TEXT.truth.yes, "✓"], [false, TEXT.truth.no, "✗"]]) {
    const label = make("label", "option");
    const input = make("input");
    input.type = "radio";
    input.name = question.id;
    input.value = String(value);
    input.addEventListener("change", () => onDraft(question.id, value, false));
    label.append(input, make("span", "key", mark), make("span", "option-text", word));
    list.append(label);
  }
  return list;
}

function blanks(question, entry, TEXT, onDraft) {
  const stem = make("p", "stem fill-stem");
  const pieces = stemPieces(question.stem);
  const count = entry.draft.length;
  const inputs = [];
  for (let i = 0; i < count; i++) {
    const input = make("input", "blank");
    input.type = "text";
    input.autocomplete = "off";
    input.setAttribute("aria-label", TEXT.blank(i + 1));
    input.addEventListener("input", () => onDraft(question.id, inputs.map(x => x.value), true));
    input.addEventListener("blur", () => onDraft(question.id, inputs.map(x => x.value), false));
    inputs.push(input);
  }
  if (pieces.length > count) {
    pieces.forEach((piece, i) => {
      stem.append(piece);
      if (i < count) stem.append(inputs[i]);
    });
    return stem;
  }
  // A stem without ____: its one blank goes under it.
  const wrap = make("div");
  stem.textContent = question.stem;
  inputs[0].classList.add("wide");
  wrap.append(stem, inputs[0]);
  return wrap;
}

function textBox(question, entry, TEXT, onDraft) {
  const wrap = make("div", "text-answer");
  const area = make("textarea");
  area.rows = question.type === "essay" ? 12 : 5;
  area.setAttribute("aria-label", question.stem || "");
  const count = make("div", "char-count");
  area.addEventListener("input", () => {
    count.textContent = TEXT.charCount([...area.value].length);
    onDraft(question.id, area.value, true);
  });
  area.addEventListener("blur", () => onDraft(question.id, area.value, false));
  wrap.append(area, count);
  return wrap;
}

/** Puts an entry's draft into its inputs (after a login or a restore), without firing change events. */
export function showDraft(question, entry, TEXT) {
  const card = document.getElementById(cardId(question.id));
  if (!card) return;
  const draft = entry.draft;
  switch (question.type) {
    case "single":
    case "multiple":
      card.querySelectorAll("input").forEach(input => {
        const index = Number(input.value);
        input.checked = Array.isArray(draft) ? draft.includes(index) : draft === index;
      });
      break;
    case "truefalse":
      card.querySelectorAll("input").forEach(input => (input.checked = draft !== null && input.value === String(draft)));
      break;
    case "fill":
      card.querySelectorAll("input.blank").forEach((input, i) => (input.value = draft[i] ?? ""));
      break;
    default: {
      const area = card.querySelector("textarea");
      area.value = draft;
      card.querySelector(".char-count").textContent = TEXT.charCount([...draft].length);
    }
  }
  card.querySelectorAll(".option").forEach(label => label.classList.toggle("chosen", label.querySelector("input").checked));
}

/** The save line under a question and its answer-sheet button, from the entry's state. */
export function showSaveState(question, entry, TEXT) {
  const state = saveState(entry);
  const card = document.getElementById(cardId(question.id));
  if (!card) return;
  card.dataset.state = state;
  card.querySelectorAll(".option").forEach(label => label.classList.toggle("chosen", label.querySelector("input").checked));
  const line = card.querySelector(".save-state");
  line.textContent = {
    saved: entry.saved !== undefined && isAnswered(entry.saved) ? TEXT.saved(clockText(entry.savedAt)) : TEXT.notAnswered,
    saving: TEXT.saving,
    unsaved: TEXT.unsaved,
    rejected: entry.rejected,
    empty: TEXT.notAnswered,
  }[state];
  const button = document.querySelector(`.nav-item[data-id="${CSS.escape(question.id)}"]`);
  if (button) {
    button.dataset.state = state;
    button.classList.toggle("answered", isAnswered(entry.draft));
  }
}

/** Which exam this is, before logging in: the title from /api/state (nothing personal is in it). */
export async function showExamTitle(element) {
  try {
    const title = (await (await fetch("/api/state")).json())?.exam?.title;
    if (typeof title === "string" && title) Object.assign(element, { textContent: title, hidden: false });
  } catch {
    // Without a title the login works the same.
  }
}
