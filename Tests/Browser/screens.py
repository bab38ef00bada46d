#!/usr/bin/env python3
"""Screenshots of the audience page in the states that matter, taken the same way every time so two
versions of the page can be compared picture by picture.

    python3 Tests/Browser/screens.py record --server .build/debug/quiz-server --out /tmp/scenes.json
    python3 Tests/Browser/screens.py shoot --scenes /tmp/scenes.json --web clients/web --out /tmp/shots [--wire v2]
    python3 Tests/Browser/screens.py compare /tmp/before /tmp/after --out /tmp/side-by-side

`record` starts the real server on the demo contest and plays a contest over NDJSON. Each scene
opens a fresh screen connection, runs its steps and keeps every message that connection got, word
for word: what a page that connected at the start of the scene would have seen.

`shoot` replays each scene into headless Chromium (DevTools protocol): a small local server serves
the page's files from --web, /api/state from the scene's first view, and on /ws the recorded
messages 0.2 s apart. After the last one it waits 1.3 s, stops every animation at the same point
(1 s in) and captures 1920×1080 zh, 1920×1080 en and 1280×720 zh. `--wire v2` converts the recorded
messages to the shapes of protocol version 2 (per-connection seq, protocolVersion in welcome, the
tagged outcome) on the way out, for a page written for them.

`compare` puts each pair side by side and counts the differing pixels, with their bounding box.
Needs chromium, `pip install websockets` and, for compare, `pip install pillow`.
"""

import argparse
import asyncio
import base64
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

# ---------------------------------------------------------------------------------------------
# Recording against the real server

# (scene, steps). A step is "who:type" or "who:type:{json}"; who is host, teamN or judgeN; "$turn"
# in the JSON stands for the team whose turn it is in the latest public view.
SCENES = [
    ("not-started", []),
    ("buzz-revealed", [
        'host:startSegment:{"segment":1}', "host:showQuestion", "host:armBuzzers", "team3:buzz",
        'host:rule:{"verdict":"correct"}', "host:revealAnswer"]),
    ("rank-changes", [
        "host:showQuestion", "team2:buzz", "host:armBuzzers", "team5:buzz", "team1:buzz",
        'host:rule:{"verdict":"correct"}']),
    ("buzz-open", [
        "host:showQuestion", "team2:buzz", "host:armBuzzers", "team7:buzz", "team4:buzz", "team8:buzz"]),
    ("buzz-reopened", ['host:rule:{"verdict":"wrong"}', "team4:buzz", "team6:buzz"]),
    ("buzz-unanswered", ['host:rule:{"verdict":"wrong"}', "team6:buzz", 'host:rule:{"verdict":"wrong"}', "host:skip"]),
    ("paused", ["host:showQuestion", "host:armBuzzers", "host:pause"]),
    ("voided", ["host:resume", "host:void"]),
    ("risk", [
        "host:endSegment", 'host:startSegment:{"segment":3}', "host:nextTurn",
        'host:pickTier:{"tier":1,"team":"$turn"}']),
    ("risk-decide", ['host:rule:{"verdict":"correct"}']),
    ("essay", [
        'host:stop:{"team":"$turn"}', "host:endSegment", 'host:startSegment:{"segment":4}', "host:nextTurn",
        'judge1:scoreEssay:{"team":"$turn","score":17.5}', 'judge2:scoreEssay:{"team":"$turn","score":16}']),
    ("finished", [
        'judge3:scoreEssay:{"team":"$turn","score":18}', 'judge4:scoreEssay:{"team":"$turn","score":15.5}',
        'judge5:scoreEssay:{"team":"$turn","score":19}', "host:endSegment", "host:finishContest"]),
]


class Client:
    def __init__(self, port, who, hello):
        self.who, self.count = who, 0
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.lines = self.sock.makefile("r", encoding="utf-8", newline="\n")
        self.send(hello)
        self.welcome = self.read_until(lambda m: m.get("type") == "welcome", "welcome")

    def send(self, message):
        self.sock.sendall((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))

    def read_until(self, wanted, what):
        while True:
            line = self.lines.readline()
            if not line:
                sys.exit(f"screens: {self.who}: the server closed the connection while waiting for {what}")
            message = json.loads(line)
            if message.get("type") == "error":
                sys.exit(f"screens: {self.who}: server error {message}")
            if wanted(message):
                return message

    def command(self, kind, fields):
        self.count += 1
        ident = f"{self.who}-{self.count}"
        self.send({"type": kind, "id": ident, **fields})
        reply = self.read_until(lambda m: m.get("id") == ident and m.get("type") in ("ack", "rejected"), kind)
        if reply["type"] == "rejected":
            sys.exit(f"screens: {self.who}: {kind} {fields} rejected: {reply.get('code')} {reply.get('message')}")


class Screen:
    """A screen connection that keeps every line it receives, as text."""

    def __init__(self, port):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.sock.sendall(b'{"type":"hello","role":"screen"}\n')
        self.buffer, self.texts = b"", []

    def drain(self, seconds):
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            self.buffer += chunk
            while b"\n" in self.buffer:
                line, self.buffer = self.buffer.split(b"\n", 1)
                self.texts.append(line.decode("utf-8").rstrip("\r"))

    def latest_view(self):
        for text in reversed(self.texts):
            message = json.loads(text)
            if message.get("type") in ("welcome", "state") and "public" in message:
                return message["public"]
        return {}


def record(args):
    tmp = tempfile.mkdtemp()
    port_file = os.path.join(tmp, "port")
    server = subprocess.Popen(
        [args.server, "--new", "--quiet", "--port", "0", "--port-file", port_file, "--data", os.path.join(tmp, "data")],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.1)
        port = int(open(port_file).read())
        tokens = json.load(open(os.path.join(tmp, "data", "tokens.json"), encoding="utf-8"))
        clients = {"host": Client(port, "host", {"type": "hello", "role": "host", "token": tokens["host"]})}

        def client(who):
            if who not in clients:
                if who.startswith("team"):
                    number = int(who.removeprefix("team"))
                    token = next(t["token"] for t in tokens["teams"] if t["team"] == number)
                    clients[who] = Client(port, who, {"type": "hello", "role": "team", "token": token, "seat": 1})
                else:
                    number = int(who.removeprefix("judge"))
                    token = next(j["token"] for j in tokens["judges"] if j["judge"] == number)
                    clients[who] = Client(port, who, {"type": "hello", "role": "judge", "token": token})
            return clients[who]

        scenes = []
        for name, steps in SCENES:
            screen = Screen(port)
            screen.drain(0.3)
            for step in steps:
                who, kind, *rest = step.split(":", 2)
                fields = json.loads(rest[0]) if rest else {}
                if "$turn" in fields.values():
                    turn = screen.latest_view().get("turn")
                    fields = {k: (turn if v == "$turn" else v) for k, v in fields.items()}
                client(who).command(kind, fields)
                screen.drain(0.15)
            screen.drain(0.3)
            screen.sock.close()
            scenes.append({"name": name, "messages": screen.texts})
            print(f"screens: recorded {name}: {len(screen.texts)} messages")
        json.dump(scenes, open(args.out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Protocol version 2, for replaying recorded messages to a page written for it

def outcome_v2(outcome):
    """{"answered": {"_0": 3}} → {"type": "answered", "team": 3}; {"voided": {}} → {"type": "voided"}."""
    if not isinstance(outcome, dict) or "type" in outcome or len(outcome) != 1:
        return outcome
    (key, inner), = outcome.items()
    if key == "answered":
        return {"type": "answered", "team": inner.get("_0")}
    return {"type": key}


def view_v2(view):
    if isinstance(view, dict) and "outcome" in view:
        view = {**view, "outcome": outcome_v2(view["outcome"])}
    return view


def message_v2(message, seq):
    message = {**message, "seq": seq}
    if message.get("type") == "welcome":
        message["protocolVersion"] = 2
    if "public" in message:
        message["public"] = view_v2(message["public"])
    if isinstance(message.get("host"), dict) and "view" in message["host"]:
        message["host"] = {**message["host"], "view": view_v2(message["host"]["view"])}
    return message


# ---------------------------------------------------------------------------------------------
# Replaying into Chromium

TYPES = {"html": "text/html; charset=utf-8", "js": "text/javascript; charset=utf-8", "css": "text/css; charset=utf-8",
         "json": "application/json", "svg": "image/svg+xml", "png": "image/png"}

SHOTS = [("1920x1080", 1920, 1080, ""), ("1920x1080-en", 1920, 1080, "?lang=en"), ("1280x720", 1280, 720, "")]

FREEZE = "document.getAnimations().forEach(a => { a.pause(); a.currentTime = 1000; }); 'frozen'"


class Replay:
    def __init__(self, web, wire):
        self.web, self.wire = web, wire
        self.scene, self.done = None, asyncio.Event()

    def api_state(self):
        first = json.loads(self.scene["messages"][0])
        view = first.get("public")
        return {"view": view_v2(view) if self.wire == "v2" else view}

    async def process_request(self, connection, request):
        from websockets.datastructures import Headers
        from websockets.http11 import Response

        path = request.path.split("?", 1)[0]
        if path == "/ws":
            return None
        if path == "/api/state":
            body, kind = json.dumps(self.api_state(), ensure_ascii=False).encode("utf-8"), TYPES["json"]
        else:
            name = "index.html" if path == "/" else path[1:]
            file = os.path.join(self.web, name)
            if "/" in name or name.startswith(".") or not os.path.isfile(file):
                return Response(404, "Not Found", Headers([("Content-Length", "0")]), b"")
            body, kind = open(file, "rb").read(), TYPES.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        headers = Headers([("Content-Type", kind), ("Content-Length", str(len(body))), ("Cache-Control", "no-store")])
        return Response(200, "OK", headers, body)

    async def handler(self, connection):
        scene = self.scene
        await connection.recv()  # hello
        for seq, text in enumerate(scene["messages"], start=1):
            if self.wire == "v2":
                text = json.dumps(message_v2(json.loads(text), seq), ensure_ascii=False)
            await connection.send(text)
            await asyncio.sleep(0.2)
        self.done.set()
        try:
            async for _ in connection:
                pass
        except Exception:
            pass


class DevTools:
    def __init__(self, socket_):
        self.ws, self.next_id, self.waiting, self.events = socket_, 0, {}, []

    async def pump(self):
        async for text in self.ws:
            message = json.loads(text)
            if "id" in message and message["id"] in self.waiting:
                self.waiting.pop(message["id"]).set_result(message)
            else:
                self.events.append(message)

    async def call(self, method, params=None, session=None):
        self.next_id += 1
        future = asyncio.get_running_loop().create_future()
        self.waiting[self.next_id] = future
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        await self.ws.send(json.dumps(message))
        reply = await asyncio.wait_for(future, 30)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply.get("result", {})


def find_browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    sys.exit("screens: chromium not found")


async def shoot_async(args):
    import websockets
    from websockets.asyncio.server import serve

    scenes = json.load(open(args.scenes, encoding="utf-8"))
    wanted = set(args.only.split(",")) if args.only else None
    os.makedirs(args.out, exist_ok=True)
    replay = Replay(os.path.abspath(args.web), args.wire)
    profile = tempfile.mkdtemp()
    async with serve(replay.handler, "127.0.0.1", 0, process_request=replay.process_request) as server:
        port = server.sockets[0].getsockname()[1]
        browser = subprocess.Popen(
            [find_browser(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
             "--no-first-run", "--hide-scrollbars", "--remote-debugging-port=0", f"--user-data-dir={profile}",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            active = os.path.join(profile, "DevToolsActivePort")
            for _ in range(200):
                if os.path.exists(active) and len(open(active).read().split()) >= 2:
                    break
                await asyncio.sleep(0.1)
            debug_port, path = open(active).read().split()[:2]
            async with websockets.connect(f"ws://127.0.0.1:{debug_port}{path}", max_size=64 << 20) as ws:
                tools = DevTools(ws)
                pump = asyncio.create_task(tools.pump())
                problems = []
                for scene in scenes:
                    if wanted and scene["name"] not in wanted:
                        continue
                    for label, width, height, query in SHOTS:
                        replay.scene, replay.done = scene, asyncio.Event()
                        target = (await tools.call("Target.createTarget", {"url": "about:blank"}))["targetId"]
                        session = (await tools.call("Target.attachToTarget", {"targetId": target, "flatten": True}))["sessionId"]
                        await tools.call("Emulation.setDeviceMetricsOverride",
                                         {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}, session)
                        await tools.call("Runtime.enable", {}, session)
                        await tools.call("Log.enable", {}, session)
                        tools.events.clear()
                        await tools.call("Page.navigate", {"url": f"http://127.0.0.1:{port}/{query}"}, session)
                        await asyncio.wait_for(replay.done.wait(), 30)
                        await asyncio.sleep(1.3)
                        await tools.call("Runtime.evaluate", {"expression": FREEZE}, session)
                        shot = await tools.call("Page.captureScreenshot", {"format": "png"}, session)
                        file = os.path.join(args.out, f"{scene['name']}-{label}.png")
                        open(file, "wb").write(base64.b64decode(shot["data"]))
                        for event in tools.events:
                            method, params = event.get("method"), event.get("params", {})
                            if method == "Runtime.exceptionThrown":
                                problems.append(f"{file}: exception {params['exceptionDetails'].get('text')} "
                                                f"{params['exceptionDetails'].get('exception', {}).get('description', '')}")
                            elif method == "Runtime.consoleAPICalled":
                                problems.append(f"{file}: console.{params.get('type')} "
                                                + " ".join(str(a.get("value", a.get("description"))) for a in params.get("args", [])))
                            elif method == "Log.entryAdded":
                                entry = params.get("entry", {})
                                problems.append(f"{file}: log {entry.get('level')} {entry.get('text')} {entry.get('url', '')}")
                        await tools.call("Target.closeTarget", {"targetId": target})
                        print(f"screens: {file}")
                pump.cancel()
                for problem in problems:
                    print("screens: " + problem, file=sys.stderr)
                if problems:
                    sys.exit(1)
        finally:
            browser.terminate()
            browser.wait()
            shutil.rmtree(profile, ignore_errors=True)


def compare(args):
    from PIL import Image, ImageChops

    os.makedirs(args.out, exist_ok=True)
    differ = 0
    for name in sorted(os.listdir(args.before)):
        if not name.endswith(".png"):
            continue
        a, b = os.path.join(args.before, name), os.path.join(args.after, name)
        if not os.path.exists(b):
            print(f"{name}: missing in {args.after}")
            differ += 1
            continue
        left, right = Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
        if left.size != right.size:
            print(f"{name}: sizes differ {left.size} {right.size}")
            differ += 1
            continue
        # A pixel differs when a channel is off by more than 8 of 255 (anti-aliasing noise is below).
        mask = ImageChops.difference(left, right).convert("L").point(lambda v: 255 if v > 8 else 0)
        count = mask.histogram()[255]
        pair = Image.new("RGB", (left.width * 2 + 10, left.height), "white")
        pair.paste(left, (0, 0))
        pair.paste(right, (left.width + 10, 0))
        pair.save(os.path.join(args.out, name))
        box = mask.getbbox()
        print(f"{name}: {count} pixels differ" + (f" within {box}" if box else ""))
        differ += count > 0
    return 1 if differ else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("--server", required=True)
    rec.add_argument("--out", required=True)
    sh = sub.add_parser("shoot")
    sh.add_argument("--scenes", required=True)
    sh.add_argument("--web", required=True)
    sh.add_argument("--out", required=True)
    sh.add_argument("--wire", choices=["recorded", "v2"], default="recorded")
    sh.add_argument("--only", help="comma-separated scene names")
    cmp = sub.add_parser("compare")
    cmp.add_argument("before")
    cmp.add_argument("after")
    cmp.add_argument("--out", required=True)
    args = parser.parse_args()
    if args.command == "record":
        record(args)
    elif args.command == "shoot":
        asyncio.run(shoot_async(args))
    else:
        sys.exit(compare(args))


if __name__ == "__main__":
    main()
