// The rows of a practical score sheet: per rubric item its name and maximum, a big − and +, the
// points typed directly, and a half-point button. Built once per contestant and then only updated,
// so a judge typing in one row never loses what they typed when another judge's change arrives.

import { pointsText } from "/judging-text.js";
import { stepScore, toggleHalf, readScore } from "/practical-model.js";

const element = (tag, className, text) => Object.assign(document.createElement(tag), { className, textContent: text ?? "" });

const button = (className, text, label) => {
  const b = element("button", className, text);
  b.type = "button";
  if (label) b.setAttribute("aria-label", label);
  return b;
};

/**
 * One <li> per item. `onChange(item, points)` gets each new score, `onProblem(text)` a typed score
 * that is not a whole or half point from 0 to the item's maximum (the field then shows the last score).
 */
export function buildItems(items, words, { onChange, onProblem }) {
  const T = words.practical;
  return items.map((item, index) => {
    const row = element("li", "item");
    row.dataset.item = String(index);
    const head = element("div", "item-head");
    head.append(element("span", "item-name", item.name), element("span", "item-max hint num", words.full(item.max)));
    const minus = button("step minus", "−", `${item.name} −1`);
    const plus = button("step plus", "+", `${item.name} +1`);
    const half = button("half", T.half, `${item.name} ±0.5`);
    const field = element("input", "points num");
    Object.assign(field, { inputMode: "decimal", autocomplete: "off" });
    field.setAttribute("aria-label", item.name);
    const shown = () => (row.dataset.points === "" ? null : Number(row.dataset.points));
    minus.addEventListener("click", () => onChange(index, stepScore(shown(), -1, item.max)));
    plus.addEventListener("click", () => onChange(index, stepScore(shown(), 1, item.max)));
    half.addEventListener("click", () => onChange(index, toggleHalf(shown(), item.max)));
    field.addEventListener("change", () => {
      if (field.value.trim() === "") {
        field.value = shown() == null ? "" : pointsText(shown());
        return;
      }
      const points = readScore(field.value, item.max);
      if (points == null) {
        onProblem(`${item.name}${words.colon}${words.full(item.max)}`);
        field.value = shown() == null ? "" : pointsText(shown());
        return;
      }
      if (points !== shown()) onChange(index, points);
    });
    field.addEventListener("keydown", event => {
      if (event.key === "Enter") field.blur();
    });
    const controls = element("div", "controls");
    controls.append(minus, field, plus, half);
    row.append(head, controls);
    return row;
  });
}

/** Shows `points` (null: not scored) in the rows from `buildItems`; `locked` disables every control. */
export function updateItems(list, items, points, locked) {
  for (const row of list.children) {
    const index = Number(row.dataset.item);
    const value = points[index];
    const max = items[index] ? items[index].max : 0;
    row.dataset.points = value == null ? "" : String(value);
    row.classList.toggle("unscored", value == null);
    const field = row.querySelector("input");
    if (document.activeElement !== field) field.value = value == null ? "" : pointsText(value);
    field.placeholder = "–";
    field.disabled = locked;
    row.querySelector(".minus").disabled = locked || value === 0;
    row.querySelector(".plus").disabled = locked || value === max;
    row.querySelector(".half").disabled = locked;
  }
}
