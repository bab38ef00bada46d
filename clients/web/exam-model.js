// The candidate page's rules, without the DOM: what a draft answer sends, whether a question counts
// as answered, which state its save is in, how the clock reads. Pure: values in, values out.
//
//   wireAnswer({type: "fill", stem: "由____和____组成"}, ["甲", "乙"]) → {text: "甲；乙"}
//   countdownText(65_000) → "01:05"

/** How many blanks a fill-in stem has: one per run of underscores (____), at least one. */
export function blankCount(stem) {
  return Math.max(1, ((stem || "").match(/_{3,}|＿{2,}/g) || []).length);
}

/** The stem cut at its blanks: n blanks give n + 1 pieces of text around them. */
export function stemPieces(stem) {
  return (stem || "").split(/_{3,}|＿{2,}/);
}

/**
 * A draft as the page keeps it, by type: single → index or null, multiple → sorted indices,
 * truefalse → true/false/null, fill → one string per blank, short/essay → string.
 */
export function emptyDraft(question) {
  switch (question.type) {
    case "single":
    case "truefalse":
      return null;
    case "multiple":
      return [];
    case "fill":
      return Array.from({ length: blankCount(question.stem) }, () => "");
    default:
      return "";
  }
}

/** The answer fields of saveAnswer for a draft: {choices}, {truth} or {text}; null when there is nothing to send. */
export function wireAnswer(question, draft) {
  switch (question.type) {
    case "single":
      return typeof draft === "number" ? { choices: [draft] } : null;
    case "multiple":
      return Array.isArray(draft) ? { choices: [...draft].sort((a, b) => a - b) } : null;
    case "truefalse":
      return typeof draft === "boolean" ? { truth: draft } : null;
    case "fill":
      // The grader cuts at "；", so a blank's own "；" or ";" would shift every later blank: taken out.
      return Array.isArray(draft) ? { text: draft.map(blank => blank.replace(/[；;]/g, " ").trim()).join("；") } : null;
    default:
      return typeof draft === "string" ? { text: draft } : null;
  }
}

/** A saved answer from welcome.exam.answers back as a draft of this question. */
export function draftOf(question, saved) {
  if (!saved) return emptyDraft(question);
  switch (question.type) {
    case "single":
      return Array.isArray(saved.choices) && typeof saved.choices[0] === "number" ? saved.choices[0] : null;
    case "multiple":
      return Array.isArray(saved.choices) ? saved.choices.filter(i => typeof i === "number").sort((a, b) => a - b) : [];
    case "truefalse":
      return typeof saved.truth === "boolean" ? saved.truth : null;
    case "fill": {
      const blanks = emptyDraft(question);
      const parts = typeof saved.text === "string" && saved.text !== "" ? saved.text.split("；") : [];
      parts.forEach((part, i) => {
        if (i < blanks.length) blanks[i] = part;
        else blanks[blanks.length - 1] += "；" + part;
      });
      return blanks;
    }
    default:
      return typeof saved.text === "string" ? saved.text : "";
  }
}

/** Whether a draft counts as an answer: a choice made, a blank or a text not empty. */
export function isAnswered(draft) {
  if (draft === null || draft === undefined) return false;
  if (Array.isArray(draft)) return draft.some(part => (typeof part === "string" ? part.trim() !== "" : true));
  if (typeof draft === "string") return draft.trim() !== "";
  return true;
}

/** Two drafts the same (what was saved is what is shown). */
export function sameDraft(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Where one question's answer stands, for its line and the navigator:
 * "empty" (nothing, nothing saved), "saved" (what is shown is what the server acknowledged),
 * "saving" (sent, no answer yet), "unsaved" (changed since, or the connection is down),
 * "rejected" (the server refused the last save).
 */
export function saveState(entry) {
  if (entry.rejected) return "rejected";
  if (entry.saved !== undefined && sameDraft(entry.draft, entry.saved)) return "saved";
  if (entry.saved === undefined && !isAnswered(entry.draft)) return "empty";
  return entry.inFlight ? "saving" : "unsaved";
}

/** The paper's questions grouped by section, in the paper's order: [{section, questions, points}]. */
export function sections(questions) {
  const groups = [];
  for (const question of questions || []) {
    let group = groups.at(-1);
    if (!group || group.section !== question.section) {
      group = { section: question.section, questions: [], points: 0 };
      groups.push(group);
    }
    group.questions.push(question);
    group.points += question.points || 0;
  }
  return groups;
}

/** Milliseconds left as the clock shows them: "MM:SS" under an hour, "H:MM:SS" above, "00:00" when past. */
export function countdownText(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = n => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** A server time (µs since 1970) as Beijing wall-clock HH:MM:SS, the time printed on the slips. */
export function clockText(micros) {
  if (typeof micros !== "number") return "";
  const beijing = new Date(micros / 1000 + 8 * 3600 * 1000);
  return beijing.toISOString().slice(11, 19);
}

/** The phase of the paper at server time `now` (ms): "waiting" before the start, "answering", "timeUp", "submitted", "closed". */
export function phase(exam, now) {
  if (exam.status === "submitted") return "submitted";
  if (exam.status === "closed") return "closed";
  if (typeof exam.start === "number" && now < exam.start / 1000) return "waiting";
  if (typeof exam.deadline === "number" && now >= exam.deadline / 1000) return "timeUp";
  return "answering";
}

/** The minute at which the clock turns to a warning. */
export const WARNING_MS = 5 * 60 * 1000;
