// Puts a screen model (model.js) on the page. DOM only: every decision about what to show is the
// model's; this module picks the words (text.js) and keeps what only the DOM can keep, in the DOM
// itself: the buzz chips and scoreboard rows are reused by key so that only a new buzz pops in and
// rows slide from their old places (FLIP). No module state.

const $ = id => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = text;
  return node;
}

/** The words that never change, the ring's length: once, before the first model. */
export function setUp(text, lang) {
  document.documentElement.lang = lang;
  $("board-title").textContent = text.scoreboard;
  $("buzz-title").textContent = text.buzzOrder;
  $("sound-hint").textContent = text.soundHint;
  $("link").textContent = text.connecting;
  $("paused").textContent = text.paused;
  $("ring").style.strokeDasharray = `${RING} ${RING}`;
}

/** The segment as the header names it: the kind in the page's language, and an organiser's own title. */
export function segmentLabel(segment, text) {
  if (!segment) return "";
  const kind = text.kind[segment.kind];
  if (!kind) return segment.title;
  return segment.defaultTitle ? kind : `${kind} · ${segment.title}`;
}

/** The whole screen from a model. */
export function render(model, text) {
  document.title = model.title || document.title;
  $("title").textContent = model.title;
  $("segment").textContent = segmentLabel(model.segment, text);
  const stage = $("stage");
  stage.textContent = text.stage[model.stage] || model.stage;
  stage.className = "stage " + model.stage;
  $("paused").hidden = !model.paused;

  renderStatus(model.status, text);
  renderCard(model, text);
  renderRail(model.rail, model.first, text);
  renderBoard(model.board, model.first, text);
  // Last: the buzz rail and the status line decide how much room the card has.
  fit();
  renderCountdown(model.countdown, text);
}

function renderStatus(status, text) {
  const box = $("status");
  box.replaceChildren();
  if (status.holder) {
    box.append(el("span", "label", text[status.holder.label]), el("span", "holder", status.holder.name));
  } else if (status.call === "ready") {
    box.append(el("span", "quiet", text.buzzReady));
  } else if (status.call) {
    box.append(el("span", "call", status.call === "reopen" ? text.buzzReopen : text.buzzOpen));
  }
  if (status.tier) box.append(el("span", "chip tier", text.tier(status.tier.number, status.tier.points)));
  if (status.essayScoresIn != null) box.append(el("span", "chip", text.essayIn(status.essayScoresIn)));
  const outcome = status.outcome;
  if (outcome && outcome.kind === "answered") {
    box.append(el("span", "holder", outcome.name), el("span", "chip good", "✓ " + text.answered));
  } else if (outcome) {
    box.append(el("span", "chip bad", text[outcome.kind]));
  }
}

function renderCard(model, text) {
  const card = $("card");
  card.replaceChildren();
  card.classList.remove("revealed");
  const shown = model.card;
  if (shown.kind === "awards") {
    card.append(awardsPanel(shown.groups, text));
  } else if (shown.kind === "question") {
    renderQuestion(card, shown, text);
  } else {
    const panel = el("div", "idle-panel");
    const big = { notStarted: text.waitStart, between: text.waitBetween, running: segmentLabel(model.segment, text) }[shown.stage];
    panel.append(el("div", "big", big || shown.stage));
    if (shown.stage === "running") panel.append(el("div", "small", text.waitQuestion));
    else if (shown.stage === "notStarted") panel.append(el("div", "small", shown.title));
    card.append(panel);
  }
  if (model.previousLine) {
    const line = el("div", "previous", `${text.previous}${text.colon}${model.previousLine.stem}  `);
    line.append(el("b", null, `${text.answer} ${model.previousLine.answer}`));
    card.append(line);
  }
}

function renderQuestion(card, question, text) {
  const meta = el("div", "meta");
  if (question.past) meta.append(el("span", "past", text.previous));
  meta.append(el("span", "kind", text.type[question.type] || question.type));
  if (question.id) meta.append(el("span", null, question.id));
  card.append(meta, el("p", "stem", question.stem));

  if (question.options.length) {
    const ol = el("ol", "options");
    // Short options may sit in two columns; fit() takes that back if one of them wraps.
    if (question.pairs) ol.dataset.pairs = "yes";
    for (const option of question.options) {
      const li = el("li", "option");
      li.dataset.letter = option.letter;
      li.append(el("span", "letter", option.letter), el("span", "text", option.word ? text[option.word] : option.text));
      if (option.correct) li.classList.add("correct");
      ol.append(li);
    }
    card.append(ol);
  }
  if (question.answer) {
    if (question.highlight) card.classList.add("revealed");
    const box = el("div", "answer");
    const shown = question.answer.word ? text[question.answer.word] : question.answer.text;
    box.append(el("div", "key", `${text.answer}${text.colon}${shown}`));
    if (question.explanation) box.append(el("p", "why", question.explanation));
    card.append(box);
  }
}

function awardsPanel(groups, text) {
  const panel = el("div", "awards-panel");
  panel.append(el("h3", null, `${text.finished} · ${text.awards}`));
  for (const group of groups) {
    const row = el("div", "award-group");
    row.append(el("span", "prize", group.awaiting ? text.awaiting : group.award), el("span", "names", group.names.join("、")));
    panel.append(row);
  }
  return panel;
}

/**
 * Long essays and reference answers would overflow the card: shrink the card's type step by step
 * until it fits (bounded, so a pathological question is cut rather than unreadable). Also on resize.
 */
export function fit() {
  const card = $("card");
  let scale = 1;
  card.style.setProperty("--fit", "1");
  const pairs = card.querySelector(".options[data-pairs]");
  if (pairs) {
    pairs.classList.add("two");
    if ([...pairs.querySelectorAll(".text")].some(wraps)) pairs.classList.remove("two");
  }
  while (card.scrollHeight > card.clientHeight + 1 && scale > 0.5) {
    scale -= 0.025;
    card.style.setProperty("--fit", scale.toFixed(3));
  }
}

function wraps(node) {
  return node.getBoundingClientRect().height > parseFloat(getComputedStyle(node).lineHeight) * 1.5;
}

// Chips are keyed by buzz (data-key) so only a new buzz pops in; a re-render must not replay the
// animation of old ones.
function renderRail(rail, first, text) {
  $("buzzes").hidden = !rail.visible;
  document.querySelector(".play").classList.toggle("with-rail", rail.visible);
  const box = $("buzz-list");
  const chips = new Map([...box.children].filter(li => li.dataset.key != null).map(li => [li.dataset.key, li]));
  const items = rail.items.map(item => {
    if (item.kind === "round") return el("li", item.now ? "round-mark now" : "round-mark", text.round(item.round));
    if (item.kind === "waiting") return el("li", "round-mark waiting", text.waitBuzz);
    let li = chips.get(item.key);
    if (!li) {
      li = el("li", first ? "buzz" : "buzz fresh");
      li.dataset.team = item.team == null ? "" : String(item.team);
      li.dataset.key = item.key;
      li.append(el("span", "order"), el("span", "name"), el("span", "margin"));
      chips.set(item.key, li);
    }
    li.classList.toggle("foul", item.falseStart);
    li.classList.toggle("old", item.old);
    li.classList.toggle("winner", item.winner);
    li.querySelector(".order").textContent = item.mark;
    li.querySelector(".name").textContent = item.name;
    li.querySelector(".name").className = `name ${item.nameSize}`;
    li.querySelector(".margin").textContent = item.falseStart ? text.falseStart : item.margin;
    return li;
  });
  box.classList.toggle("many", rail.many);
  box.replaceChildren(...items);
}

// The scoreboard keeps one <li> per team (id team-N) so rows can slide (FLIP): measure where each
// row is, reorder and update, then animate each row from its old place to its new one.
function renderBoard(board, first, text) {
  const box = $("teams");
  const rows = new Map([...box.children].filter(li => li.classList.contains("team")).map(li => [li.dataset.team, li]));
  const firstTop = new Map();
  for (const [team, row] of rows) {
    firstTop.set(team, row.getBoundingClientRect().top);
    // A slide still running starts over from where the row is now.
    if (row.getAnimations) row.getAnimations().forEach(a => a.cancel());
  }

  const seen = new Set();
  for (const standing of board.rows) {
    const team = String(standing.team);
    seen.add(team);
    let row = rows.get(team);
    if (!row) {
      row = makeRow(team);
      rows.set(team, row);
    }
    fillRow(row, standing, text);
    box.append(row);
  }
  for (const [team, row] of rows) {
    if (!seen.has(team)) {
      row.remove();
      rows.delete(team);
    }
  }

  for (const [team, row] of rows) {
    const top = firstTop.get(team);
    const dy = top == null ? 0 : top - row.getBoundingClientRect().top;
    if (Math.abs(dy) > 1 && row.animate) {
      // Climbing rows pass over the others, not under them.
      const z = dy > 0 ? 2 : 1;
      row.animate(
        [{ transform: `translateY(${dy}px)`, zIndex: z }, { transform: "none", zIndex: z }],
        { duration: 900, easing: "cubic-bezier(.25,.8,.25,1)" },
      );
    }
  }

  const ties = $("ties");
  ties.hidden = board.ties == null;
  if (board.ties) ties.textContent = text.ties(board.ties);
}

function makeRow(team) {
  const row = el("li", "team");
  row.id = `team-${team}`;
  row.dataset.team = team;
  const rank = el("span", "rank num");
  rank.append(el("span", "pos"), el("span", "tie"));
  const who = el("span", "who");
  const line = el("span", "line");
  line.append(el("span", "name"), el("span", "award"));
  who.append(line, el("span", "unit"));
  const score = el("span", "score");
  const marks = el("span", "marks");
  marks.append(el("span", "move"));
  score.append(marks, el("span", "total"));
  row.append(rank, who, score);
  return row;
}

function fillRow(row, standing, text) {
  const q = selector => row.querySelector(selector);
  row.dataset.rank = standing.rank;
  row.classList.toggle("active", standing.active);
  q(".pos").textContent = standing.rank;
  q(".tie").textContent = standing.tied ? text.tied : "";
  q(".name").textContent = standing.name;
  q(".name").className = `name ${standing.nameSize}`;
  q(".unit").textContent = standing.unit;
  const total = q(".total");
  total.textContent = standing.total;
  total.classList.toggle("negative", standing.negative);

  const prize = q(".award");
  const label = standing.prize ? (standing.prize.awaiting ? text.awaiting : standing.prize.award) : "";
  prize.textContent = label;
  prize.hidden = !label;
  prize.classList.toggle("wait", Boolean(standing.prize && standing.prize.awaiting));

  // A climb or fall stays up (and fades after 10 s) until the team moves again.
  if (standing.moved) {
    const move = q(".move");
    move.textContent = standing.moved > 0 ? `▲${standing.moved}` : `▼${-standing.moved}`;
    move.className = "move " + (standing.moved > 0 ? "up" : "down");
    clearTimeout(move.fadeTimer);
    move.fadeTimer = setTimeout(() => move.classList.add("fade"), 10000);
  }
  if (standing.delta) {
    row.querySelector(".delta")?.remove();
    const chip = el("span", "delta " + (standing.delta > 0 ? "gain" : "loss"), (standing.delta > 0 ? "+" : "") + standing.delta);
    chip.addEventListener("animationend", () => chip.remove());
    q(".marks").append(chip);
  }
}

// ---------------------------------------------------------------------------------------------
// Countdown ring

const RING = 2 * Math.PI * 44;

// Runs every frame: write only what changed, so an idle frame costs no style work.
function put(node, key, value) {
  if (node[key] !== value) node[key] = value;
}

function drain(ring, offset) {
  // The style reads back as "12.3px", so remember what was written instead of comparing to it.
  if (ring.dataset.offset === offset) return;
  ring.dataset.offset = offset;
  ring.style.strokeDashoffset = offset;
}

/** The clock from model.countdown(): every frame while a timer runs, and with every model. */
export function renderCountdown(clock, text) {
  const box = $("timer");
  const ring = $("ring");
  if (clock == null) {
    put(box, "className", "timer idle");
    put($("seconds"), "textContent", "");
    put($("clock-note"), "textContent", "");
    drain(ring, "0");
    return;
  }
  put(box, "className", "timer" + (clock.frozen ? " frozen" : "") + (clock.urgent ? " urgent" : ""));
  put($("seconds"), "textContent", clock.text);
  put($("clock-note"), "textContent", clock.frozen ? text.paused : text.seconds);
  drain(ring, (RING * (1 - clock.share)).toFixed(1));
}

/** The connection line in the header, and the attribute the browser check looks for. */
export function renderLink(online, text) {
  const link = $("link");
  link.textContent = online ? text.online : text.connecting;
  link.className = "link " + (online ? "up" : "down");
  document.documentElement.dataset.link = online ? "online" : "offline";
}

/** The banner over everything while the connection is down. */
export function renderOffline(offline, text) {
  const banner = $("offline");
  banner.textContent = text.offline;
  banner.hidden = !offline;
}

export function hideSoundHint() {
  $("sound-hint").hidden = true;
}
