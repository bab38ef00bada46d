// Points in whole and half points, as both judging pages take them: the marking page because the
// server refuses any other mark (invalidMark), the practical sheet because its rubric is scored so.

/** The finest step either page offers. */
export const HALF = 0.5;

const isNumber = value => typeof value === "number" && Number.isFinite(value);

/** Whether `points` is a whole or half point. */
export function onHalfStep(points) {
  return isNumber(points) && Math.abs(points / HALF - Math.round(points / HALF)) < 1e-9;
}

/**
 * Typed points, or null when they are not a whole or half point from 0 to `max`. Full-width digits
 * and the Chinese full stop are read as a Chinese keyboard types them: "７．５" is 7.5.
 */
export function readHalfPoints(text, max) {
  if (typeof text !== "string") return null;
  const plain = text
    .trim()
    .replace(/[０-９]/g, digit => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".");
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  const points = Number(plain);
  if (!isNumber(points) || points > max || !onHalfStep(points)) return null;
  return points;
}
