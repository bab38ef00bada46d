#!/usr/bin/env python3
"""The marking page (/exam/mark) and the practical score page (/practical) in headless Chromium
against the real exam server, end to end.

    python3 Tests/Browser/exam_judging.py --server .build/debug/quiz-server --out /tmp/judging

Starts `quiz-server --exam` (the demo exam) on port 0 with a fresh data directory, and over NDJSON
lets two candidates answer every short-answer and essay question and submit, so scripts exist.
Then two markers whose assignments share an essay mark it in two pages, a point apart at most (in
tolerance), so it becomes final: the marking view says so, and the first marker's 修改 shows the
script locked. A judge on a phone scores every item of a practical sheet (+, half point, typed),
is refused signing while an item is unscored (the server's message is shown), signs, and the
sheet is locked; the chief judge on a tablet reopens it with a reason and the phone sees it open
again; once every judge has signed, the tablet shows the final score. Screenshots go to --out:
mark-1366x768.png, practical-390x844.png, practical-1024x768.png. Any error the pages log fails.
"""

import argparse
import json
import math
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Browser, CDPError  # noqa: E402
from exam_ndjson import Client, die, start_server  # noqa: E402


# ---------------------------------------------------------------------------------------------
# Scripts to mark

ANSWERS = [
    "首先安抚群众情绪，请其坐下，耐心倾听诉求。\n然后对照办事指南，一次性告知所缺材料，出具书面告知单。\n能容缺受理的先受理，约定补齐时间，最后登记台账并回访。",
    "窗口人员应当文明接待，主动询问需求；\n材料不全时一次性告知，不让群众多跑；\n遇到情绪激动的群众，及时报告值班长，做好解释与记录。",
]


def submit_papers(port, tokens):
    """Two candidates answer every short-answer and essay question and submit; the essay ids."""
    essays = set()
    for index, candidate in enumerate(tokens["candidates"][:2]):
        client = Client(port, f"candidate{index + 1}", {"role": "candidate", "candidate": candidate["candidate"], "token": candidate["token"]})
        questions = client.welcome["exam"]["paper"]["questions"]
        written = [q for q in questions if q["type"] in ("short", "essay")]
        if not written:
            die("the demo paper has no short-answer or essay question to mark")
        for q in written:
            client.request("saveAnswer", {"question": q["id"], "text": ANSWERS[index]})
            if q["type"] == "essay":
                essays.add(q["id"])
        client.request("submitPaper", {})
        client.close()
    if not essays:
        die("the demo paper has no essay question")
    return essays


def assignments(port, tokens):
    """{marker: {script: MarkerScriptView}} from openScript on every script number."""
    found = {}
    for entry in tokens["markers"]:
        client = Client(port, f"marker{entry['marker']}", {"role": "marker", "token": entry["token"]})
        total = client.welcome["marking"]["total"]
        found[entry["marker"]] = {}
        for script in range(1, total + 1):
            reply = client.request("openScript", {"script": script}, allow_rejection=True)
            if reply["type"] == "script":
                found[entry["marker"]][script] = reply["script"]
        client.close()
    return found


def marker_view(port, token, who):
    client = Client(port, who, {"role": "marker", "token": token})
    view = client.welcome["marking"]
    client.close()
    return view


# ---------------------------------------------------------------------------------------------
# Pages

def login(page, url, token, ready):
    page.navigate(url)
    page.wait_for("!document.getElementById('login').hidden", what="the login form")
    page.type("#token", token)
    page.click("#login-button")
    page.wait_for(f"document.documentElement.dataset.link === 'online' && {ready}", what="the page online after login")


def text_of(page, selector):
    return page.evaluate(f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent || ''")


def mark_until(page, target, points_for):
    """Marks each next script in the page until `target` is marked; the scripts marked."""
    marked = []
    for _ in range(50):
        script = page.wait_for("(() => { const t = document.getElementById('script-title'); const m = /\\d+/.exec(t.textContent);"
                               " return !document.getElementById('script-panel').hidden && m ? Number(m[0]) : null; })()",
                               what="a script on screen")
        max_points = page.evaluate("Number(/[\\d.]+/.exec(document.getElementById('full').textContent)[0])")
        points = points_for(script, max_points)
        page.evaluate("document.getElementById('points').value = ''")
        page.type("#points", str(points))
        page.click("#submit")
        # Acknowledged (in the session's list), and the page has moved on to the next script or to 全部评完.
        page.wait_for(f"document.querySelector('#history li[data-script=\"{script}\"]') !== null"
                      f" && (!document.getElementById('done').hidden || !/第 {script} 号/.test(document.getElementById('script-title').textContent))",
                      what=f"script {script} acknowledged")
        marked.append((script, points))
        if script == target:
            return marked
    die(f"script {target} never came up on the marker's page")


def check_marking(browser, port, tokens, essays, out):
    by_marker = assignments(port, tokens)
    shared = sorted(
        (script, marker)
        for marker, scripts in by_marker.items()
        for script, view in scripts.items()
        if view["question"] in essays
    )
    target, markers = None, []
    for script, _ in shared:
        markers = sorted(m for m, scripts in by_marker.items() if script in scripts)
        if len(markers) >= 2:
            target = script
            break
    if target is None:
        die(f"no essay script is assigned to two markers: {by_marker}")
    first, second = markers[:2]
    token = {m["marker"]: m["token"] for m in tokens["markers"]}
    max_points = by_marker[first][target]["max"]
    # Within tolerance: half a point apart; every other script gets half marks.
    near = lambda base: (lambda script, top: base if script == target else math.floor(top) / 2)
    base_mark = round(max_points * 0.6 * 2) / 2
    url = f"http://127.0.0.1:{port}/exam/mark"

    page_a = browser.page(1366, 768)
    login(page_a, url, token[first], "!document.getElementById('desk').hidden")
    mark_until(page_a, target, near(base_mark))
    page_b = browser.page(1366, 768)
    login(page_b, url, token[second], "!document.getElementById('desk').hidden")
    mark_until(page_b, target, near(base_mark + 0.5))

    view = marker_view(port, token[first], "check")
    if view["final"] < 1:
        die(f"the essay marked {base_mark} and {base_mark + 0.5} by markers {first} and {second} is not final: {view}")
    page_b.wait_for(f"/已定分 [1-9]/.test(document.getElementById('whole').textContent)", what="已定分 in the marking page's progress")

    # The first marker's 修改 opens the script again, now final: shown locked, submit disabled.
    page_a.click(f"#history li[data-script=\"{target}\"] button")
    page_a.wait_for("!document.getElementById('editing').hidden && !document.getElementById('locked').hidden"
                    " && document.getElementById('submit').disabled", what="the final script shown locked")
    page_a.click("#cancel-edit")
    page_a.wait_for("document.getElementById('editing').hidden")
    # A reload continues the session (token and the session's list kept for the tab) with fresh progress.
    page_a.reload()
    page_a.wait_for(f"document.documentElement.dataset.link === 'online' && /已定分 [1-9]/.test(document.getElementById('whole').textContent)"
                    f" && document.querySelector('#history li[data-script=\"{target}\"]') !== null", what="the marking page after a reload")
    # For the picture: a script on screen with a mark chosen, when there is one left.
    if not page_a.evaluate("document.getElementById('script-panel').hidden"):
        page_a.click("#quick button:nth-child(4)")
        page_a.type("#note", "要点基本齐全，条理清楚")
    page_a.screenshot(os.path.join(out, "mark-1366x768.png"))
    for page in (page_a, page_b):
        if page.errors:
            die(f"the marking page logged errors: {page.errors}")
    print(f"exam judging: essay script {target} marked {base_mark} by marker {first} and {base_mark + 0.5} by marker {second}: "
          f"final ({view['final']} of {view['total']} scripts final)")


# ---------------------------------------------------------------------------------------------
# Practical sheets

def sheet_of(view, contestant):
    return next(c for c in view["practical"]["contestants"] if c["id"] == contestant)


def check_practical(browser, port, tokens, out):
    judges = sorted(tokens["judges"], key=lambda j: j["judge"])
    if len(judges) < 2:
        die("the demo exam has fewer than two practical judges")
    chief, judge = judges[0], judges[1]
    probe = Client(port, "probe", {"role": "judge", "token": judge["token"]})
    items = probe.welcome["practical"]["items"]
    first = sorted(probe.welcome["practical"]["contestants"], key=lambda c: c["order"])[0]
    probe.close()
    contestant = first["id"]
    url = f"http://127.0.0.1:{port}/practical"

    phone = browser.page(390, 844, mobile=True)
    login(phone, url, judge["token"], "!document.getElementById('sheets').hidden")
    phone.click(f"#contestants button[data-contestant=\"{contestant}\"]")
    phone.wait_for(f"document.getElementById('sheet').dataset.contestant === {json.dumps(contestant)}"
                   " && document.getElementById('sheets').dataset.view === 'sheet'", what="the sheet on the phone")
    # Item 0: three taps on + and the half point (3.5); the others typed, the last one left out.
    expected = []
    for _ in range(3):
        phone.click("#items li[data-item=\"0\"] .plus")
    phone.click("#items li[data-item=\"0\"] .half")
    expected.append(3.5)
    for index, item in enumerate(items[1:-1], start=1):
        points = math.floor(item["max"] * 0.8 * 2) / 2
        phone.evaluate(f"document.querySelector('#items li[data-item=\"{index}\"] input').value = ''")
        phone.type(f"#items li[data-item=\"{index}\"] input", str(points))
        phone.evaluate(f"document.querySelector('#items li[data-item=\"{index}\"] input').blur()")
        expected.append(points)
    last = len(items) - 1
    phone.wait_for(f"document.getElementById('unscored').textContent.includes('1')", what="one item left unscored")
    phone.click("#sign")
    phone.wait_for("document.getElementById('sign-dialog').open")
    phone.click("#sign-confirm")
    refusal = phone.wait_for("!document.getElementById('sign-problem').hidden && document.getElementById('sign-problem').textContent",
                             what="the server's refusal to sign an incomplete sheet")
    if "未打分" not in refusal:
        die(f"signing an incomplete sheet showed {refusal!r}, not the server's itemsUnscored message")
    phone.click("#sign-cancel")
    phone.type(f"#items li[data-item=\"{last}\"] input", "15")
    phone.evaluate(f"document.querySelector('#items li[data-item=\"{last}\"] input').blur()")
    expected.append(15.0)
    phone.wait_for("document.getElementById('unscored').textContent === '各项已打分，可以签字'", what="every item scored")
    phone.click("#sign")
    phone.wait_for("document.getElementById('sign-dialog').open")
    phone.click("#sign-confirm")
    phone.wait_for("document.getElementById('sheet').dataset.state === 'signed' && !document.getElementById('sign-dialog').open",
                   what="the sheet signed")
    locked = phone.evaluate("[...document.querySelectorAll('#items input, #items button')].every(e => e.disabled)"
                            " && !document.getElementById('locked').hidden && document.getElementById('sign').hidden")
    if not locked:
        die("the signed sheet is not read-only on the phone")
    check = Client(port, "check", {"role": "judge", "token": judge["token"]})
    sheet = sheet_of(check.welcome, contestant)
    check.close()
    if sheet["points"] != expected or sheet["signedAt"] is None:
        die(f"judge {judge['judge']}'s sheet on the server is {sheet['points']} signed {sheet['signedAt']}, expected {expected} signed")
    phone.screenshot(os.path.join(out, "practical-390x844.png"))

    # The chief judge reopens it with a reason; the phone sees its sheet open again.
    tablet = browser.page(1024, 768)
    login(tablet, url, chief["token"], "!document.getElementById('sheets').hidden")
    tablet.click(f"#contestants button[data-contestant=\"{contestant}\"]")
    row = f"#panel-list li[data-judge=\"{judge['judge']}\"]"
    tablet.click(f"{row} .reopen")
    tablet.wait_for("document.getElementById('reopen-dialog').open")
    tablet.click("#reopen-confirm")
    tablet.wait_for("!document.getElementById('reopen-problem').hidden", what="a reason required before reopening")
    tablet.type("#reason", "仪容仪表一项漏看着装细节，请复核")
    tablet.click("#reopen-confirm")
    tablet.wait_for(f"document.querySelector('{row}').classList.contains('unsigned') && !document.getElementById('reopens').hidden",
                    what="the sheet reopened in the chief's panel")
    phone.wait_for("document.getElementById('sheet').dataset.state === 'scoring' && document.getElementById('locked').hidden",
                   what="the reopened sheet unlocked on the phone")

    # Judge 2 signs again on the phone; every other judge scores and signs over NDJSON: final score.
    phone.click("#sign")
    phone.wait_for("document.getElementById('sign-dialog').open")
    phone.click("#sign-confirm")
    phone.wait_for("document.getElementById('sheet').dataset.state === 'signed'", what="the sheet signed again")
    for other in judges:
        if other["judge"] == judge["judge"]:
            continue
        client = Client(port, f"judge{other['judge']}", {"role": "judge", "token": other["token"]})
        for index, item in enumerate(items):
            client.request("scoreItem", {"contestant": contestant, "item": index, "points": math.floor(item["max"] * (0.7 + 0.04 * other["judge"]) * 2) / 2})
        client.request("signSheet", {"contestant": contestant})
        client.close()
    score = tablet.wait_for("(document.querySelector('#score .final') || {}).textContent", what="the final score on the chief's tablet")
    tablet.evaluate("window.scrollTo(0, 0)")
    tablet.screenshot(os.path.join(out, "practical-1024x768.png"))
    for page in (phone, tablet):
        if page.errors:
            die(f"the practical page logged errors: {page.errors}")
    print(f"exam judging: judge {judge['judge']} scored {expected} on the phone, refused while unscored ({refusal}), signed, "
          f"reopened by chief judge {chief['judge']}, signed again; {score}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", required=True, help="the quiz-server binary")
    parser.add_argument("--out", required=True, help="where the screenshots go")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    data = tempfile.mkdtemp(prefix="exam-judging-")
    server, port = start_server(args.server, data)
    try:
        tokens = json.load(open(os.path.join(data, "exam", "tokens.json"), encoding="utf-8"))
        essays = submit_papers(port, tokens)
        with Browser() as browser:
            check_marking(browser, port, tokens, essays, args.out)
            check_practical(browser, port, tokens, args.out)
    except CDPError as error:
        die(str(error))
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"exam judging: passed; screenshots in {args.out}")


if __name__ == "__main__":
    main()
