// The login and connection both judging pages share: the token form, the token kept for this tab
// (sessionStorage, so a reload continues and closing the tab logs out), the link to /ws through
// exam-link.js, its status in the header, and a refused token sending the judge back to the form.

import { ExamLink, socketURL } from "/exam-link.js";

const $ = id => document.getElementById(id);

/**
 * Starts the page's session. `role` is the hello's role, `words` the page's words (judging-text.js
 * for the language, with `page` the page's own part), `onMessage(message)` gets every parsed server
 * message once identified, `onOnline(online)` each change of the link. Returns the session:
 * `request(type, fields)` as ExamLink's, `serverNow()`.
 */
export function startSession({ role, lang, words, page, onMessage, onOnline = () => {} }) {
  const storageKey = `quiz-${role}-token`;
  let link = null;
  let welcomed = false;

  document.documentElement.lang = lang;
  document.title = page.title;
  $("title").textContent = page.title;
  $("login-title").textContent = page.loginTitle;
  $("token-label").textContent = page.tokenLabel;
  $("token-hint").textContent = page.tokenHint;
  $("login-button").textContent = words.login;
  $("logout").textContent = words.logout;

  const showStatus = status => {
    const online = status === "online";
    $("link").textContent = online ? words.online : words.connecting;
    $("link").classList.toggle("online", online);
    $("offline").textContent = words.offline;
    $("offline").hidden = status !== "offline";
    document.documentElement.dataset.link = status;
    onOnline(online);
  };

  const showLogin = problem => {
    $("login").hidden = false;
    $("logout").hidden = true;
    $("link").textContent = "";
    $("offline").hidden = true;
    $("login-problem").textContent = problem || "";
    $("login-problem").hidden = !problem;
    $("token").focus();
  };

  const begin = token => {
    $("login").hidden = true;
    $("logout").hidden = false;
    link = new ExamLink({
      url: socketURL(location),
      hello: () => ({ role, token, lang }),
      onStatus: showStatus,
      onMessage: message => {
        if (message.type === "welcome") welcomed = true;
        if (message.type === "error" && (message.code === "badToken" || !welcomed)) {
          // A refused token (badToken) closes the connection: back to the form, no reconnecting.
          link.stop();
          link = null;
          sessionStorage.removeItem(storageKey);
          showLogin(message.message || words.tokenWrong);
          return;
        }
        if (message.type === "error") {
          $("offline").textContent = message.message || message.code || "";
          $("offline").hidden = false;
          return;
        }
        onMessage(message);
      },
    });
    link.start();
  };

  $("login").addEventListener("submit", event => {
    event.preventDefault();
    const token = $("token").value.trim();
    if (!token) return;
    sessionStorage.setItem(storageKey, token);
    begin(token);
  });
  $("logout").addEventListener("click", () => {
    sessionStorage.removeItem(storageKey);
    if (link) link.stop();
    location.reload();
  });

  const saved = sessionStorage.getItem(storageKey);
  if (saved) begin(saved);
  else showLogin("");

  return {
    request: (type, fields) => (link ? link.request(type, fields) : Promise.resolve({ type: "offline", id: null })),
    serverNow: () => (link ? link.serverNow() : Date.now()),
  };
}
