// The field readers both message parsers share (protocol.js for the final, exam-link.js for the
// exam day): each gives the value when it is of the JSON kind the page reads, and null otherwise,
// so a parser never throws on a field of the wrong kind.

export const isRecord = value => value !== null && typeof value === "object" && !Array.isArray(value);
export const text = value => (typeof value === "string" ? value : null);
export const number = value => (typeof value === "number" && Number.isFinite(value) ? value : null);
export const flag = value => (typeof value === "boolean" ? value : null);
// An answer key, a team's id or a request id may be a string or a number.
export const scalar = value => (typeof value === "string" || number(value) !== null ? value : null);
export const array = (value, item) => (Array.isArray(value) ? value.map(item) : null);
export const records = (value, item) => (Array.isArray(value) ? value.filter(isRecord).map(item) : null);
export const record = (value, item) => (isRecord(value) ? item(value) : null);

/** A whole JSON text as an object, or why it is not one: {raw} or {invalid: reason}. */
export function parseObject(data) {
  let raw;
  try {
    raw = JSON.parse(data);
  } catch (error) {
    return { invalid: `not JSON: ${error.message}` };
  }
  return isRecord(raw) ? { raw } : { invalid: "not a JSON object" };
}
