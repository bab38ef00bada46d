#!/usr/bin/env python3
"""The exam pages (/exam, /exam/proctor) in headless Chromium against the real quiz-server --exam.

    python3 Tests/Browser/exam_candidate.py [QUIZ_SERVER]      # or QUIZ_SERVER=… ; pictures to $OUT

1. The demo exam on a fresh data folder: candidate 1 types their admission number and token,
   answers one question of each kind on the paper, and every answer shows 已保存 (only after the
   server's ack); a reload logs in again from the session and shows every answer, saved. A second
   candidate answers on a 390×844 phone. A proctor logs in, is refused without a reason, then
   extends candidate 1 by 10 minutes with a typed reason, and the candidate's countdown moves.
2. A one-minute exam (the demo exam file with durationMinutes 1): a candidate saves an answer, the
   deadline passes, the page shows the paper collected, and a save sent after it is refused.

Screenshots in $OUT (default .build/exam-check): exam-1366x768.png, exam-390x844.png,
exam-proctor-1366x768.png, exam-closed-1366x768.png. Stdlib only (cdp.py beside this file).
"""

import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, CDPError  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO_EXAM = os.path.join(ROOT, "question-banks", "demo-exam", "exam.json")


def say(message):
    print(f"exam check: {message}", flush=True)


def fail(message):
    sys.exit(f"exam check: FAILED: {message}")


class Server:
    """quiz-server --exam [file] on port 0 with a fresh data folder; its tokens and port."""

    def __init__(self, binary, work, exam_file=None):
        os.makedirs(work, exist_ok=True)
        self.data = os.path.join(work, "data")
        port_file = os.path.join(work, "port")
        self.log = open(os.path.join(work, "server.out"), "w")
        command = [binary, "--exam"] + ([exam_file] if exam_file else [])
        command += ["--data", self.data, "--port", "0", "--port-file", port_file, "--web", os.path.join(ROOT, "clients", "web")]
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        for _ in range(200):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            if self.process.poll() is not None:
                fail(f"quiz-server exited at start: {open(self.log.name).read()[-2000:]}")
            time.sleep(0.05)
        else:
            fail("quiz-server wrote no port within 10 s")
        self.port = int(open(port_file).read().strip())
        self.url = f"http://127.0.0.1:{self.port}"
        self.tokens = json.load(open(os.path.join(self.data, "tokens.json"), encoding="utf-8"))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()

    def request(self, hello, message):
        """Over NDJSON: hello, then one request; returns its ack or rejected."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as sock:
            lines = sock.makefile("r", encoding="utf-8")
            sock.sendall((json.dumps(hello, ensure_ascii=False) + "\n").encode())
            sock.sendall((json.dumps({**message, "id": "t1"}, ensure_ascii=False) + "\n").encode())
            for line in lines:
                reply = json.loads(line)
                if reply.get("type") == "error" or reply.get("id") == "t1":
                    return reply
        fail("the server closed the NDJSON connection without answering")


# What the candidate page shows, read from its DOM: per question, the inputs' values and the save line.
SHOWN = """[...document.querySelectorAll('.question')].map(q => ({
  id: q.dataset.id, state: q.dataset.state, line: q.querySelector('.save-state').textContent,
  checked: [...q.querySelectorAll('input[type=radio], input[type=checkbox]')].map(i => i.checked),
  texts: [...q.querySelectorAll('input.blank, textarea')].map(i => i.value) }))"""


def login(page, url, candidate, token):
    page.navigate(url + "/exam")
    page.wait_for("document.getElementById('candidate') !== null && !document.getElementById('login').hidden")
    page.type("#candidate", candidate)
    page.type("#token", token)
    page.click("#enter")
    page.wait_for("document.documentElement.dataset.link === 'online' && !document.getElementById('exam').hidden",
                  what=f"candidate {candidate}'s paper")


def answer_each_kind(page):
    """Answers the first question of each type on the page; returns the ids answered."""
    answered = []
    for kind, how in [("single", "option2"), ("multiple", "option13"), ("truefalse", "option2"), ("fill", "blanks"),
                      ("short", "text"), ("essay", "text")]:
        qid = page.evaluate(f"(document.querySelector('.question.type-{kind}') || {{}}).dataset?.id || null")
        if not qid:
            continue
        card = f'.question[data-id="{qid}"]'
        if how == "option2":
            page.click(f"{card} .option:nth-child(2)")
        elif how == "option13":
            page.click(f"{card} .option:nth-child(1)")
            page.click(f"{card} .option:nth-child(3)")
        elif how == "blanks":
            for index in range(page.evaluate(f"document.querySelectorAll('{card} input.blank').length")):
                page.type(f"{card} input.blank:nth-of-type({index + 1})", f"答案{index + 1}")
        else:
            page.type(f"{card} textarea", "先安抚群众情绪，再问清诉求，当场能办的当场办结。")
        answered.append(qid)
    return answered


def wait_saved(page, ids):
    condition = " && ".join(
        f"(q => q && q.dataset.state === 'saved' && q.querySelector('.save-state').textContent.startsWith('已保存'))"
        f"(document.querySelector('.question[data-id=\"{qid}\"]'))" for qid in ids)
    page.wait_for(condition, what=f"已保存 on questions {', '.join(ids)}")


def seconds_left(page):
    text = page.evaluate("document.getElementById('clock').textContent")
    parts = [int(p) for p in re.findall(r"\d+", text)]
    return sum(value * 60 ** power for power, value in enumerate(reversed(parts)))


def part_one(browser, binary, work, out):
    server = Server(binary, os.path.join(work, "demo"))
    try:
        first, second = server.tokens["candidates"][:2]
        page = browser.page(1366, 768)
        login(page, server.url, first["candidate"], first["token"])
        ids = answer_each_kind(page)
        if len(ids) < 4:
            fail(f"the demo paper shows only the kinds {ids}")
        wait_saved(page, ids)
        before = {q["id"]: q for q in page.evaluate(SHOWN)}
        say(f"candidate {first['candidate']} answered and saw 已保存 on {len(ids)} questions: {', '.join(ids)}")

        page.reload()
        page.wait_for("document.documentElement.dataset.link === 'online' && !document.getElementById('exam').hidden",
                      what="the paper after a reload (no login typed again)")
        wait_saved(page, ids)
        after = {q["id"]: q for q in page.evaluate(SHOWN)}
        for qid in ids:
            if (after[qid]["checked"], after[qid]["texts"]) != (before[qid]["checked"], before[qid]["texts"]):
                fail(f"question {qid} after the reload shows {after[qid]}, before it {before[qid]}")
        say(f"after a reload every answer is back and saved: {', '.join(ids)}")
        page.evaluate("document.querySelector('.paper-scroll').scrollTop = 0")

        phone = browser.page(390, 844, mobile=True)
        login(phone, server.url, second["candidate"], second["token"])
        wait_saved(phone, answer_each_kind(phone)[:1])
        phone.evaluate("document.querySelector('.paper-scroll').scrollTop = 0")
        phone.screenshot(os.path.join(out, "exam-390x844.png"))

        proctor = browser.page(1366, 768)
        proctor.navigate(server.url + "/exam/proctor")
        proctor.type("#token", server.tokens["proctors"][0]["token"])
        proctor.click("#enter")
        row = f'tr[data-candidate="{first["candidate"]}"]'
        proctor.wait_for(f"document.querySelector('{row} .cell-answered')?.textContent.startsWith('{len(ids)}/')",
                         what=f"the proctor's row of {first['candidate']} with {len(ids)} answered")
        left = seconds_left(page)
        proctor.click(f"{row} .act-extendTime")
        proctor.click("#action-confirm")
        if not proctor.evaluate("document.getElementById('action-error').textContent"):
            fail("the extend dialog accepted an empty reason")
        proctor.evaluate("document.getElementById('minutes').value = '10'")
        proctor.type("#reason", "电脑故障，更换座位")
        proctor.click("#action-confirm")
        proctor.wait_for("!document.getElementById('action').open", what="the extension's ack")
        page.wait_for(f"(() => {{ const t = document.getElementById('clock').textContent.match(/\\d+/g).map(Number);"
                      f" return t.reduce((s, v) => s * 60 + v, 0) > {left + 500}; }})()",
                      what="the candidate's countdown to move by 10 minutes")
        say(f"proctor extended {first['candidate']} by 10 min: countdown {left} s → {seconds_left(page)} s")
        proctor.wait_for(f"document.querySelector('{row}').nextElementSibling?.textContent.includes('电脑故障')",
                         what="the extension in the candidate's record")
        page.screenshot(os.path.join(out, "exam-1366x768.png"))
        proctor.screenshot(os.path.join(out, "exam-proctor-1366x768.png"))
        for name, tab in [("candidate", page), ("phone", phone), ("proctor", proctor)]:
            if tab.errors:
                fail(f"the {name} page logged errors: {tab.errors}")
    finally:
        server.stop()


def part_two(browser, binary, work, out):
    exam = json.load(open(DEMO_EXAM, encoding="utf-8"))
    exam["durationMinutes"] = 1
    exam["paper"] = os.path.join(os.path.dirname(DEMO_EXAM), exam["paper"])
    folder = os.path.join(work, "short")
    os.makedirs(folder, exist_ok=True)
    exam_file = os.path.join(folder, "EXAM.json")
    json.dump(exam, open(exam_file, "w", encoding="utf-8"), ensure_ascii=False)
    server = Server(binary, folder, exam_file)
    try:
        who = server.tokens["candidates"][0]
        page = browser.page(1366, 768)
        login(page, server.url, who["candidate"], who["token"])
        ids = answer_each_kind(page)[:2]
        wait_saved(page, ids)
        page.wait_for("document.documentElement.dataset.phase === 'closed'", timeout=90, what="the paper closed at the deadline")
        banner = page.evaluate("document.getElementById('banner').textContent")
        if "已收卷" not in banner or not page.evaluate("document.getElementById('sheet').disabled"):
            fail(f"after the deadline the page shows {banner!r} and the paper is still open")
        hello = {"type": "hello", "role": "candidate", "candidate": who["candidate"], "token": who["token"]}
        reply = server.request(hello, {"type": "saveAnswer", "question": ids[0], "text": "迟交"})
        if reply.get("type") != "rejected":
            fail(f"a save after the deadline was not refused: {reply}")
        say(f"after the deadline the page shows {banner!r}; a late save: {reply.get('code')} {reply.get('message')}")
        page.evaluate("document.querySelector('.paper-scroll').scrollTop = 0")
        page.screenshot(os.path.join(out, "exam-closed-1366x768.png"))
        if page.errors:
            fail(f"the page logged errors: {page.errors}")
    finally:
        server.stop()


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("QUIZ_SERVER")
    if not binary or not os.access(binary, os.X_OK):
        fail(f"no quiz-server to run ({binary!r}): pass its path or set QUIZ_SERVER")
    out = os.path.abspath(os.environ.get("OUT") or os.path.join(ROOT, ".build", "exam-check"))
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="exam-check-") as work, Browser() as browser:
        try:
            part_one(browser, binary, work, out)
            part_two(browser, binary, work, out)
        except CDPError as error:
            fail(str(error))
    say(f"passed; screenshots in {out}")


if __name__ == "__main__":
    main()
