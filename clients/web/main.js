// The audience screen: follows the contest's public view over /ws as a "screen" and never sends
// anything but hello and ping. The one module with state and effects: the connection and its
// reconnects, the current model, the clock, the animation frame, the sound.
//
//   protocol.js  text → message      model.js  view + previous model + now → model
//   render.js    model → DOM         text.js   the words in each language

import { parseMessage, parseView, followSeq } from "./protocol.js";
import { screenModel, countdown } from "./model.js";
import { setUp, render, renderCountdown, renderLink, renderOffline, fit, hideSoundHint } from "./render.js";
import { languageOf, textsFor } from "./text.js";

const LANG = languageOf(location.search);
const TEXT = textsFor(LANG);

let model = null;

function accept(view, fromSocket) {
  if (!view) return;
  model = screenModel(view, model, performance.now());
  if (model.sound.foul) beep(220, 0.45, "sawtooth");
  if (model.sound.buzz) beep(1046, 0.25, "square");
  render(model, TEXT);
  if (fromSocket) renderLink(true, TEXT);
}

function animate() {
  if (model && model.timer && !model.timer.paused) renderCountdown(countdown(model.timer, performance.now()), TEXT);
  requestAnimationFrame(animate);
}

// ---------------------------------------------------------------------------------------------
// Sound: a short beep per new buzz, made with an oscillator so no file is needed. Browsers only
// let a page start audio after a gesture, so the context is made on the first click or key.

let audio = null;

function enableSound() {
  try {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return;
    if (!audio) audio = new Context();
    // Every gesture resumes it again: some browsers suspend audio after a device change.
    if (audio.state === "suspended") audio.resume().catch(() => {});
    hideSoundHint();
  } catch (error) {
    audio = null;
  }
}

function beep(frequency, seconds, wave) {
  if (!audio || audio.state !== "running") return;
  try {
    const now = audio.currentTime;
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = wave;
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.4, now + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + seconds);
    osc.connect(gain).connect(audio.destination);
    osc.start(now);
    osc.stop(now + seconds + 0.05);
  } catch (error) {
    // Sound is a nicety: a broken audio device must not stop the screen.
  }
}

// ---------------------------------------------------------------------------------------------
// Connection

let socket = null;
let delay = 500;
let lastMessage = 0;
// seq counts from 1 on each connection; a gap means this screen missed a (superseded) state.
let lastSeq = 0;
let missed = 0;

function connect() {
  const scheme = location.protocol === "https:" ? "wss://" : "ws://";
  let ws;
  try {
    ws = new WebSocket(scheme + location.host + "/ws");
  } catch (error) {
    retry();
    return;
  }
  socket = ws;
  ws.onopen = () => {
    lastMessage = Date.now();
    lastSeq = 0;
    ws.send(JSON.stringify({ type: "hello", role: "screen", lang: LANG }));
  };
  ws.onmessage = event => {
    lastMessage = Date.now();
    const message = parseMessage(event.data);
    if (message.type === "invalid") return;
    const seq = followSeq(lastSeq, message.seq);
    lastSeq = seq.last;
    if (seq.missed) {
      // Every state is a whole view, so the next one puts the screen right; counted for the checks.
      missed += seq.missed;
      document.documentElement.dataset.missed = String(missed);
    }
    if ((message.type === "welcome" || message.type === "state") && message.view) {
      delay = 500;
      renderOffline(false, TEXT);
      accept(message.view, true);
    }
  };
  ws.onclose = () => {
    if (socket !== ws) return;
    socket = null;
    renderLink(false, TEXT);
    renderOffline(true, TEXT);
    retry();
  };
}

function retry() {
  setTimeout(connect, delay);
  delay = Math.min(delay * 2, 5000);
}

// A projector laptop can lose its network without the socket noticing for minutes: ping now and
// then, and give up on a connection that has been silent for longer than the server would allow.
setInterval(() => {
  if (!socket || socket.readyState !== WebSocket.OPEN) return;
  if (Date.now() - lastMessage > 45000) {
    socket.close();
    return;
  }
  socket.send(JSON.stringify({ type: "ping" }));
}, 15000);

// The first paint comes from /api/state, so the hall sees the scores even before the socket is up.
function loadOnce() {
  fetch("/api/state", { cache: "no-store" })
    .then(response => (response.ok ? response.json() : null))
    .then(body => {
      if (body && !model) accept(parseView(body.view), false);
    })
    .catch(() => {});
}

function start() {
  setUp(TEXT, LANG);
  for (const type of ["pointerdown", "keydown", "touchstart"]) addEventListener(type, enableSound, { passive: true });
  addEventListener("resize", () => fit());
  loadOnce();
  connect();
  requestAnimationFrame(animate);
}

start();
