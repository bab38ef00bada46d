// What the audience screen shows, as plain values, from the parsed view (protocol.js). Pure: no
// DOM, no globals, no clock; the time comes in as an argument. No words either: the model says
// "the answering team is 临河队" or "false start", render.js picks the words for the language.
//
//   let model = null;
//   model = screenModel(view, model, performance.now());   // each new view
//   countdown(model.timer, performance.now());             // each animation frame
//
// `previous` is the model made for the view before (null for the first one): the rank changes,
// the countdown ring's full length and the buzzes already heard are worked out against it.

/** The server's default segment titles; an organiser's own title is content and stays as written. */
export const DEFAULT_TITLES = { speed: "速答题", buzz: "抢答题", relay: "接力答题", risk: "进阶风险题", essay: "论述题", tiebreak: "加赛" };

const list = value => (Array.isArray(value) ? value : []);
const records = value => list(value).filter(item => item && typeof item === "object");
const str = value => (value == null ? "" : String(value));

/**
 * The whole screen for `view` (a parsed public view), shown at `now` (milliseconds on the page's
 * own monotonic clock, e.g. performance.now()). See the fields below; every one is always present.
 */
export function screenModel(view, previous, now) {
  const v = view || {};
  const names = new Map(records(v.scoreboard).map(s => [s.team, str(s.name)]));
  const teamName = team => names.get(team) || (team == null ? "" : `#${team}`);
  const outcome = outcomeOf(v.outcome);
  const finished = v.stage === "finished";
  const board = boardOf(v, previous, finished);
  const heard = new Set(previous ? previous.heard : []);
  const fresh = records(v.buzzes).map(buzzKey).filter(key => !heard.has(key));
  const freshBuzzes = records(v.buzzes).filter(b => fresh.includes(buzzKey(b)));
  const timer = timerOf(v, previous && previous.timer, now);
  return {
    /** True for the first view: nothing animates, nothing beeps. */
    first: previous == null,
    title: str(v.title),
    /** {kind, title, defaultTitle}: defaultTitle when the title is the server's default for the kind. */
    segment: v.segment ? { kind: str(v.segment.kind), title: str(v.segment.title), defaultTitle: isDefaultTitle(v.segment) } : null,
    stage: str(v.stage),
    paused: Boolean(v.paused),
    status: statusOf(v, outcome, teamName),
    card: cardOf(v),
    /** Speed and relay: the question just answered, under the new one. */
    previousLine: previousLineOf(v),
    rail: railOf(v, outcome),
    board,
    timer,
    countdown: countdown(timer, now),
    /** What to beep for: a new valid buzz, a new false start (never on the first view). */
    sound: {
      buzz: previous != null && freshBuzzes.some(b => !b.falseStart),
      foul: previous != null && freshBuzzes.some(b => b.falseStart),
    },
    /** Every buzz key heard so far, for the next view's `sound`. */
    heard: [...heard, ...new Set(fresh)],
  };
}

function isDefaultTitle(segment) {
  const title = str(segment.title);
  return !title || title === DEFAULT_TITLES[segment.kind];
}

/**
 * A parsed outcome as the screen treats it: null when the question has none, {kind: "answered",
 * team}, {kind: "unanswered" | "noBuzz" | "voided"}, or {kind: "unknown"} for a tag this page does
 * not know (the question ended some way: no call to buzz, no chip, nothing special).
 */
export function outcomeOf(outcome) {
  if (!outcome || typeof outcome !== "object") return null;
  switch (outcome.type) {
    case "answered":
      return { kind: "answered", team: outcome.team ?? null };
    case "unanswered":
    case "noBuzz":
    case "voided":
      return { kind: outcome.type };
    default:
      return { kind: "unknown" };
  }
}

// The line over the card: who holds the answer or the turn, or the call to buzz; then the chips.
function statusOf(v, outcome, teamName) {
  const kind = v.segment && v.segment.kind;
  const buzzKind = kind === "buzz" || kind === "tiebreak";
  let holder = null;
  let call = null;
  if (v.answering != null) holder = { label: "answering", team: v.answering, name: teamName(v.answering) };
  else if (v.turn != null) holder = { label: "turn", team: v.turn, name: teamName(v.turn) };
  else if (buzzKind && v.question && !outcome && v.buzzers) {
    call = v.buzzers.open ? ((Number(v.buzzers.round) || 0) > 1 ? "reopen" : "open") : "ready";
  }
  const tier =
    v.riskTier != null
      ? { number: Number(v.riskTier) + 1, points: (Array.isArray(v.riskTiers) ? v.riskTiers[v.riskTier] : null) ?? null }
      : null;
  let shown = null;
  if (outcome && outcome.kind === "answered") shown = { kind: "answered", team: outcome.team, name: teamName(outcome.team) };
  else if (outcome && outcome.kind !== "unknown") shown = { kind: outcome.kind };
  return { holder, call, tier, essayScoresIn: v.essayScoresIn ?? null, outcome: shown };
}

// ---------------------------------------------------------------------------------------------
// The card

/**
 * {kind: "awards", groups} once finished; {kind: "question", ...} for the question on screen, or
 * for the previous one while its answer is up between questions (past: true); else {kind: "idle",
 * stage, title}.
 */
function cardOf(v) {
  if (v.stage === "finished") return { kind: "awards", groups: awardGroups(v.awards) };
  if (v.question) return questionCard(v.question, false);
  // Between questions (a risk team deciding to climb, a revealed answer): keep the last question
  // and its answer up rather than an empty card.
  if (v.previous && v.previous.answer != null) return questionCard(v.previous, true);
  return { kind: "idle", stage: str(v.stage), title: str(v.title) };
}

// Only the turn-based segments move on to the next question at once; elsewhere the question stays
// on screen until the host shows another, so a "previous" line would repeat old news.
function previousLineOf(v) {
  const kind = v.segment && v.segment.kind;
  const previous = v.previous;
  if (!(v.question && (kind === "speed" || kind === "relay") && previous && previous.answer != null)) return null;
  return { stem: str(previous.stem), answer: str(previous.answer) };
}

function correctLetters(question) {
  const answer = str(question.answer);
  return /^[A-H]+$/.test(answer) ? new Set(answer) : null;
}

/**
 * A question as the card shows it. options: [{letter, text, word, correct}], `word` ("yes"/"no")
 * standing for a text in the page's language (true/false tiles); pairs: short options may sit in
 * two columns; highlight: the correct options are marked (the card gets "revealed");
 * answer: null until revealed, then {text, word}.
 */
export function questionCard(question, past) {
  const revealed = question.answer != null;
  let options = list(question.options).map((text, index) => ({ letter: String.fromCharCode(65 + index), text: str(text), word: null }));
  let correct = revealed ? correctLetters(question) : null;
  if (question.type === "truefalse" && options.length === 0) {
    // True/false questions have no options in the bank; two tiles make the answer visible.
    const tiles = [{ letter: "✓", text: "", word: "yes", key: "对" }, { letter: "✗", text: "", word: "no", key: "错" }];
    options = tiles.map(({ letter, text, word }) => ({ letter, text, word }));
    if (revealed) correct = new Set(tiles.filter(t => t.key === str(question.answer)).map(t => t.letter));
  }
  // The words for yes and no are short in every language.
  const short = options.every(o => o.word != null || o.text.length <= 16);
  const truth = { 对: "yes", 错: "no" }[str(question.answer)];
  return {
    kind: "question",
    past,
    type: str(question.type),
    id: question.id ? str(question.id) : null,
    stem: str(question.stem),
    options: options.map(o => ({ ...o, correct: Boolean(correct && correct.has(o.letter)) })),
    pairs: options.length > 0 && short && options.length !== 3 && options.length <= 8,
    revealed,
    highlight: revealed && correct != null,
    answer: revealed ? { text: str(question.answer), word: question.type === "truefalse" && truth ? truth : null } : null,
    explanation: revealed && question.explanation ? str(question.explanation) : null,
  };
}

/**
 * The awards panel: one group per prize in the order the lines first name it, teams in line
 * order; teams waiting for a tie-break form their own group ({award: null, awaiting: true}).
 */
export function awardGroups(awards) {
  const groups = [];
  const byKey = new Map();
  for (const line of records(awards && awards.lines)) {
    const award = line.award ? str(line.award) : null;
    if (!award && !line.awaitingTieBreak) continue;
    const key = award ?? "\u0000awaiting";
    if (!byKey.has(key)) {
      const group = { award, awaiting: award == null, names: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    byKey.get(key).names.push(str(line.name));
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// The buzz rail

/** Identifies a buzz across views: the same buzz keeps its chip (and its beep is not repeated). */
export function buzzKey(buzz) {
  return `${buzz.round}:${buzz.team}:${buzz.seat}:${buzz.at}`;
}

/** Team names are usually three characters (南湖队); long ones get a smaller size: "", "long", "longer". */
export function nameSize(name) {
  const length = [...str(name)].length;
  return length > 8 ? "longer" : length > 5 ? "long" : "";
}

/**
 * The rail lists the current round first (its order is what the hall argues about), then false
 * starts, then earlier rounds of a re-opened question, dimmed (old). items: {kind: "round", round,
 * now}, {kind: "waiting"} (a re-opened round nobody buzzed in yet), {kind: "buzz", key, team, name,
 * nameSize, mark ("1", "2"… or "✗"), falseStart, margin, old, winner}. many: past five lines the
 * chips go on one line each.
 */
function railOf(v, outcome) {
  const buzzes = records(v.buzzes);
  const valid = buzzes.filter(b => !b.falseStart);
  // The server's buzzers name the current round, which a re-opened question starts before anyone buzzes.
  const current = v.buzzers ? Number(v.buzzers.round) || 0 : 0;
  const roundOf = b => Number(b.round) || 0;
  const lastRound = valid.reduce((max, b) => Math.max(max, roundOf(b)), current);
  const winner = outcome && outcome.kind === "answered" ? outcome.team : v.answering;
  const earlier = [...new Set(valid.map(roundOf))].filter(r => r !== lastRound).sort((a, b) => b - a);

  const items = [];
  const chip = (b, order, old) => ({
    kind: "buzz",
    key: buzzKey(b),
    team: b.team,
    name: str(b.name),
    nameSize: nameSize(b.name),
    mark: b.falseStart ? "✗" : String(order),
    falseStart: Boolean(b.falseStart),
    margin: b.falseStart ? "" : str(b.marginText),
    old,
    winner: !old && !b.falseStart && b.team === winner,
  });
  if (earlier.length) items.push({ kind: "round", round: lastRound, now: true });
  const now = valid.filter(b => roundOf(b) === lastRound);
  now.forEach((b, i) => items.push(chip(b, i + 1, false)));
  if (earlier.length && now.length === 0) items.push({ kind: "waiting" });
  buzzes.filter(b => b.falseStart).forEach(b => items.push(chip(b, 0, false)));
  for (const round of earlier) {
    items.push({ kind: "round", round, now: false });
    valid.filter(b => roundOf(b) === round).forEach((b, i) => items.push(chip(b, i + 1, true)));
  }
  return { visible: buzzes.length > 0, many: items.length > 5, items };
}

// ---------------------------------------------------------------------------------------------
// The scoreboard

/**
 * rows in rank order: {team, name, nameSize, unit, total (as text), negative, rank (as text), tied,
 * active (answering or on turn), prize (once finished: {award} or {awaiting: true}, else null),
 * moved (places climbed since the previous view: +2, -1, 0; null for the first view or a team
 * that was not on the board), isNew (a team that was not on the previous board), delta (points
 * since the previous view, to 0.01; null when not comparable)}; ties: null, or the names of each
 * group of teams tied across an award boundary once finished.
 */
function boardOf(v, previous, finished) {
  const standings = records(v.scoreboard).sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  const before = new Map(previous ? previous.board.rows.map(r => [r.team, r]) : []);
  const awards = new Map(records(v.awards && v.awards.lines).map(line => [line.team, line]));
  const active = v.answering ?? v.turn;
  const rows = standings.map(s => {
    const old = before.get(s.team);
    const award = finished ? awards.get(s.team) : null;
    const moved = old ? Number(old.rankValue) - Number(s.rank) : null;
    const delta = old ? Math.round((Number(s.total) - Number(old.totalValue)) * 100) / 100 : null;
    return {
      team: s.team,
      name: str(s.name),
      nameSize: nameSize(s.name),
      unit: str(s.unit),
      total: str(s.total),
      negative: Number(s.total) < 0,
      rank: str(s.rank),
      tied: Boolean(s.tied),
      active: s.team === active,
      prize: award ? (award.award ? { award: str(award.award) } : award.awaitingTieBreak ? { awaiting: true } : null) : null,
      moved: Number.isFinite(moved) ? moved : null,
      isNew: previous != null && !old,
      delta: Number.isFinite(delta) ? delta : null,
      // For the next view's comparison.
      rankValue: s.rank,
      totalValue: s.total,
    };
  });
  const groups = list(v.awards && v.awards.tiesToBreak);
  const names = new Map(standings.map(s => [s.team, str(s.name)]));
  const ties = finished && groups.length ? groups.map(g => list(g).map(t => names.get(t) || `#${t}`)) : null;
  return { rows, ties };
}

// ---------------------------------------------------------------------------------------------
// The countdown

/**
 * The running timer, or null: {deadline, remaining (µs left when the view was made), paused, full
 * (the ring's full length, µs), since (the `now` the view was shown at, ms)}. The full length is
 * the longest `remaining` seen for this deadline; a resume moves the deadline without starting a
 * new timer, so it keeps the full length it had.
 */
export function timerOf(v, previousTimer, now) {
  if (v.remaining == null || !Number.isFinite(Number(v.remaining))) return null;
  const remaining = Number(v.remaining);
  const deadline = v.deadline ?? null;
  const paused = Boolean(v.paused);
  const p = previousTimer;
  const resumed = Boolean(p && p.paused && !paused && Math.abs(remaining - p.remaining) < 2e6);
  const kept = p && (deadline === p.deadline || resumed) ? p.full : 0;
  return { deadline, remaining, paused, full: Math.max(kept, remaining), since: now };
}

/**
 * What the clock shows at `now` (ms, the same clock as the model's): null when no timer runs, else
 * {seconds, text, share (of the ring still lit, 0…1), urgent (5 s or less), frozen (paused)}.
 */
export function countdown(timer, now) {
  if (!timer) return null;
  const left = timer.paused ? timer.remaining : Math.max(0, timer.remaining - (now - timer.since) * 1000);
  const seconds = Math.ceil(left / 1e6);
  return {
    seconds,
    text: String(seconds),
    share: timer.full > 0 ? Math.min(1, left / timer.full) : 0,
    urgent: seconds <= 5,
    frozen: timer.paused,
  };
}
