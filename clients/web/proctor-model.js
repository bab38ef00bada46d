// The proctors' list without the DOM: roster deltas applied by candidate, the counts at the top,
// filtering and sorting, what each row shows. Pure: values in, values out.

/** The rows after a `roster` message: each changed row replaces the one with its candidate, new ones are added. */
export function applyRoster(rows, changed) {
  const byCandidate = new Map(rows.map(row => [row.candidate, row]));
  for (const row of changed || []) if (row && row.candidate) byCandidate.set(row.candidate, row);
  return [...byCandidate.values()];
}

/** Whether a candidate has a paper open with no page connected (掉线). */
export const isDisconnected = row => row.status === "answering" && !row.connected;

/** What the top line counts: 已登录, 作答中, 已交卷 (handed in or collected), 缺考 (never logged in), 掉线. */
export function counts(rows) {
  const tally = { total: rows.length, entered: 0, answering: 0, finished: 0, absent: 0, disconnected: 0 };
  for (const row of rows) {
    if (row.enteredAt !== null && row.enteredAt !== undefined) tally.entered++;
    if (row.status === "answering") tally.answering++;
    if (row.status === "submitted" || row.status === "closed") tally.finished++;
    if (row.status === "absent") tally.absent++;
    if (isDisconnected(row)) tally.disconnected++;
  }
  return tally;
}

/** The filters of the list: all, or one of the counted groups, or those who left the page. */
export const FILTERS = ["all", "answering", "finished", "absent", "disconnected", "leftPage"];

function matches(row, filter, search) {
  const group = {
    all: true,
    answering: row.status === "answering",
    finished: row.status === "submitted" || row.status === "closed",
    absent: row.status === "absent",
    disconnected: isDisconnected(row),
    leftPage: (row.leftPage || 0) > 0,
  }[filter] ?? true;
  if (!group) return false;
  const needle = (search || "").trim().toLowerCase();
  return !needle || [row.candidate, row.name, row.unit].some(field => (field || "").toLowerCase().includes(needle));
}

const STATUS_ORDER = { answering: 0, absent: 1, submitted: 2, closed: 3 };

/** A row's value for sorting by a column; `now` (ms, server clock) for the time left. */
export function sortValue(row, column, now) {
  switch (column) {
    case "status":
      return STATUS_ORDER[row.status] ?? 9;
    case "answered":
      return row.answered ?? -1;
    case "connected":
      return row.connected ?? 0;
    case "leftPage":
      return row.leftPage ?? 0;
    case "remaining":
      return row.status === "answering" ? remainingMs(row, now) : Infinity;
    case "finishedAt":
      return row.submittedAt ?? row.closedAt ?? Infinity;
    case "name":
      return row.name || "";
    default:
      return row.candidate || "";
  }
}

/** The rows shown: filtered, searched, sorted by column, `descending` flipping it (ties always by admission number). */
export function visibleRows(rows, { filter = "all", search = "", column = "candidate", descending = false, now = 0 } = {}) {
  const shown = rows.filter(row => matches(row, filter, search));
  const compare = (a, b) => {
    const x = sortValue(a, column, now);
    const y = sortValue(b, column, now);
    const order = typeof x === "string" ? x.localeCompare(y, "zh-CN") : x === y ? 0 : x < y ? -1 : 1;
    return (descending ? -order : order) || (a.candidate || "").localeCompare(b.candidate || "");
  };
  shown.sort(compare);
  return shown;
}

/** Milliseconds left on a row's paper at server time `now` (ms); 0 when past. */
export function remainingMs(row, now) {
  return typeof row.deadline === "number" ? Math.max(0, row.deadline / 1000 - now) : 0;
}

/**
 * Which actions a row offers: 延时 to an open paper, 重新开放 to an ended one, 允许迟到入场 to one
 * never entered once the entry has closed (`entryOver`; before it the candidate just logs in).
 */
export function actionsFor(row, entryOver) {
  return {
    extendTime: row.status === "answering",
    reopenPaper: row.status === "submitted" || row.status === "closed",
    admitLate: Boolean(entryOver) && row.status === "absent" && !row.admittedLate,
  };
}

/** A dialog's input as a request's fields, or the reason it cannot be sent: {fields} | {problem}. */
export function actionRequest(kind, candidate, minutesText, reason) {
  const why = (reason || "").trim();
  if (!why) return { problem: "reasonRequired" };
  if (kind === "admitLate") return { fields: { candidate, reason: why } };
  const minutes = Number(minutesText);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 600) return { problem: "invalidMinutes" };
  return { fields: { candidate, minutes, reason: why } };
}
