// The marking page's rules, pure: which script is on screen, the quick marks, reading a typed mark,
// the progress lines and the session's list of marked scripts. Views come as the server sends them
// (MarkerView and MarkerScriptView, docs/exam.md), marks are numbers of points.
//
//   node --test clients/web/test/

import { HALF as MARK_STEP, readHalfPoints } from "./half-points.js";

const isNumber = value => typeof value === "number" && Number.isFinite(value);

/**
 * The quick-mark buttons for a question worth `max`: every whole point up to 12, else eleven marks
 * from 0 to full in tenths, each rounded to the nearest half point, so a 30-point essay gets
 * 0, 3, 6 … 30 and a 25-point one 0, 2.5, 5 … 25.
 */
export function quickMarks(max) {
  if (!isNumber(max) || max <= 0) return [];
  if (max <= 12) {
    const marks = [];
    for (let points = 0; points <= max; points += 1) marks.push(points);
    if (marks[marks.length - 1] !== max) marks.push(max);
    return marks;
  }
  const marks = [];
  for (let tenth = 0; tenth <= 10; tenth += 1) {
    const points = Math.round((max * tenth) / 10 / MARK_STEP) * MARK_STEP;
    if (!marks.includes(points)) marks.push(points);
  }
  return marks;
}

/** A typed mark as points, or null when it is not from 0 to `max` in steps of 0.5 (see half-points.js). */
export const readMark = readHalfPoints;

/** A mark moved by `delta`, kept from 0 to `max`; from no mark yet, + gives the step and − gives 0. */
export function nudgeMark(points, delta, max) {
  const start = isNumber(points) ? points : delta > 0 ? 0 : MARK_STEP;
  return Math.min(max, Math.max(0, Math.round((start + delta) / MARK_STEP) * MARK_STEP));
}

/** The two progress lines' numbers: this marker's own work and the whole marking's. */
export function progressOf(view) {
  const count = value => (isNumber(value) ? value : 0);
  return {
    marker: view && isNumber(view.marker) ? view.marker : null,
    assigned: count(view && view.assigned),
    marked: count(view && view.marked),
    waiting: count(view && view.waiting),
    total: count(view && view.total),
    markedTwice: count(view && view.markedTwice),
    needingThird: count(view && view.needingThird),
    final: count(view && view.final),
  };
}

/**
 * What the page shows: the script being changed (opened from the list) when there is one, else
 * the next script to mark, else "all marked". `editing` is a MarkerScriptView from `openScript`.
 */
export function screenOf(view, editing) {
  if (editing) return { kind: "script", editing: true, script: editing, locked: editing.open === false };
  const next = view && view.next;
  if (next) return { kind: "script", editing: false, script: next, locked: next.open === false };
  return { kind: "done" };
}

/** The mark a script's form starts with: the marker's own earlier mark, else none. */
export function startingMark(script) {
  return script && isNumber(script.ownMark) ? script.ownMark : null;
}

/**
 * The session's list after an acknowledged mark, newest first: a changed script moves to the top
 * with its new mark instead of appearing twice.
 */
export function recordMark(history, entry) {
  const rest = (history || []).filter(old => old.script !== entry.script);
  return [entry, ...rest];
}

/** The session's list as kept in sessionStorage, dropping anything that is not a marked script. */
export function readHistory(text) {
  let raw;
  try {
    raw = JSON.parse(text || "[]");
  } catch (error) {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    entry => entry && isNumber(entry.script) && isNumber(entry.points) && typeof entry.question === "string",
  );
}
