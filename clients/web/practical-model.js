// The practical score page's rules, pure: contestants in performing order with their sheet's state,
// the points a judge sees while their changes are on the way, the +/- and half-point controls,
// reading a typed score, the running total and the chief judge's panel. Views come as the server
// sends them (JudgeView, docs/exam.md); points are numbers.
//
//   node --test clients/web/test/

import { HALF as SCORE_STEP, readHalfPoints } from "./half-points.js";

const isNumber = value => typeof value === "number" && Number.isFinite(value);

/** The contestants in performing order (then by id), as the sheets print. */
export function contestantsInOrder(view) {
  const list = (view && Array.isArray(view.contestants) ? view.contestants : []).slice();
  return list.sort((a, b) => a.order - b.order || String(a.id).localeCompare(String(b.id)));
}

/** This judge's sheet for a contestant: "signed" once signed, "scoring" with any item scored, else "none". */
export function sheetState(contestant) {
  if (!contestant) return "none";
  if (isNumber(contestant.signedAt)) return "signed";
  return (contestant.points || []).some(isNumber) ? "scoring" : "none";
}

/** The key of one item's change on the way to the server. */
export const pendingKey = (contestant, item) => `${contestant}#${item}`;

/**
 * The points the judge sees for a contestant, item by item: a change still on the way (in
 * `pending`, keyed by `pendingKey`, value {points}) over the server's value, so a second tap on +
 * never jumps back while the first is being acknowledged.
 */
export function shownPoints(contestant, items, pending) {
  return items.map((_, item) => {
    const change = pending && pending.get(pendingKey(contestant.id, item));
    if (change) return change.points;
    const points = contestant.points && contestant.points[item];
    return isNumber(points) ? points : null;
  });
}

/** The running total of the points shown and how many items are still unscored. */
export function tally(points) {
  const scored = points.filter(isNumber);
  const total = Math.round(scored.reduce((sum, p) => sum + p, 0) * 100) / 100;
  return { total, unscored: points.length - scored.length };
}

/** + or − one point, kept from 0 to `max`; from no score yet, + gives 1 and − gives 0. */
export function stepScore(points, delta, max) {
  if (!isNumber(points)) return delta > 0 ? Math.min(max, delta) : 0;
  return Math.min(max, Math.max(0, points + delta));
}

/** The half-point button: 8 → 8.5 → 8 (a full score stays full, since max + 0.5 is over); none → 0.5. */
export function toggleHalf(points, max) {
  if (!isNumber(points)) return Math.min(max, SCORE_STEP);
  const whole = Math.floor(points);
  if (points !== whole) return whole;
  return points + SCORE_STEP <= max ? points + SCORE_STEP : points;
}

/** A typed score as points, or null when it is not a whole or half point from 0 to `max`. */
export const readScore = readHalfPoints;

/**
 * The contestant's panel as the chief judge sees it: every judge, whether and when they signed,
 * and whether this judge may reopen that sheet (the chief, a signed sheet).
 */
export function panelOf(contestant, view) {
  const chief = Boolean(view && view.chief);
  return (contestant.panel || []).map(row => ({
    judge: row.judge,
    name: row.name || "",
    signedAt: isNumber(row.signedAt) ? row.signedAt : null,
    me: view && row.judge === view.judge,
    canReopen: chief && isNumber(row.signedAt),
  }));
}

/** The contestant to show after a new view: the one picked if still on the roster, else none. */
export function pickedAfter(view, picked) {
  return contestantsInOrder(view).find(c => c.id === picked) || null;
}
