"""A tiny DevTools-protocol client for headless Chromium over --remote-debugging-pipe, stdlib only.

The browser reads commands on its fd 3 and writes answers and events on fd 4, each a JSON text
ended by a NUL byte. One `Browser` is one Chromium process; `browser.page(width, height)` opens a
tab (its own CDP session) that can navigate, evaluate JavaScript, wait for a condition, type,
click, take a screenshot and list what the page logged as an error.

    from cdp import Browser
    with Browser() as browser:
        page = browser.page(1366, 768)
        page.navigate("http://127.0.0.1:7700/exam")
        page.wait_for("document.querySelector('#login') !== null")
        page.type("#token", "K7MX3QPA2B")
        page.click("#enter")
        page.screenshot("/tmp/exam.png")
        assert not page.errors, page.errors
"""

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import threading
import time


class CDPError(Exception):
    """A command the browser refused, a JavaScript exception, or a condition that never came true."""


def find_chromium():
    """The first of chromium, chromium-browser, google-chrome on PATH (or $CHROMIUM), or None."""
    if os.environ.get("CHROMIUM"):
        return os.environ["CHROMIUM"]
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    """One headless Chromium process driven over its debugging pipe."""

    def __init__(self, binary=None, timeout=20):
        self.binary = binary or find_chromium()
        if not self.binary:
            raise CDPError("chromium not found: install it or set CHROMIUM")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="cdp-profile-")
        to_browser, self.commands = os.pipe()
        self.answers, from_browser = os.pipe()

        def pipes_at_3_and_4():
            # Moved high first so that neither end lands on 3 or 4 before its dup2.
            read_end = fcntl.fcntl(to_browser, fcntl.F_DUPFD, 10)
            write_end = fcntl.fcntl(from_browser, fcntl.F_DUPFD, 10)
            os.dup2(read_end, 3)
            os.dup2(write_end, 4)

        self.process = subprocess.Popen(
            [self.binary, "--headless=new", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu",
             "--disable-dev-shm-usage", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
             "--mute-audio", f"--user-data-dir={self.profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            close_fds=False, preexec_fn=pipes_at_3_and_4)
        os.close(to_browser)
        os.close(from_browser)
        self.next_id = 0
        self.replies = {}
        self.listeners = []
        self.lock = threading.Condition()
        self.closed = False
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.process.poll() is None:
            try:
                self.send("Browser.close")
            except CDPError:
                pass
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self.commands, self.answers):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)

    def _read(self):
        buffer = b""
        while True:
            try:
                chunk = os.read(self.answers, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                with self.lock:
                    self.closed = True
                    self.lock.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                text, buffer = buffer.split(b"\0", 1)
                message = json.loads(text)
                with self.lock:
                    if "id" in message:
                        self.replies[message["id"]] = message
                        self.lock.notify_all()
                    else:
                        for listener in list(self.listeners):
                            listener(message)

    def send(self, method, params=None, session=None, timeout=None):
        """Sends one command and returns its result; a refused command raises CDPError."""
        with self.lock:
            self.next_id += 1
            ident = self.next_id
        message = {"id": ident, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        try:
            os.write(self.commands, json.dumps(message).encode() + b"\0")
        except OSError as error:
            raise CDPError(f"{method}: the browser is gone ({error})") from error
        deadline = time.monotonic() + (timeout or self.timeout)
        with self.lock:
            while ident not in self.replies:
                left = deadline - time.monotonic()
                if self.closed or left <= 0:
                    raise CDPError(f"{method}: no answer from the browser")
                self.lock.wait(left)
            reply = self.replies.pop(ident)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error'].get('message')}")
        return reply.get("result", {})

    def page(self, width=1366, height=768, mobile=False):
        """A new tab of this size (a phone when mobile: touch, device-width viewport)."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        return Page(self, target, session, width, height, mobile)


class Page:
    """One tab: its CDP session, its size and the errors it logged."""

    def __init__(self, browser, target, session, width, height, mobile):
        self.browser, self.target, self.session = browser, target, session
        self.errors = []
        with browser.lock:
            browser.listeners.append(self._event)
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")
        self.resize(width, height, mobile)

    def _event(self, message):
        if message.get("sessionId") != self.session:
            return
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append("exception: " + (details.get("exception", {}).get("description") or details.get("text", "")))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.errors.append(f"log: {entry.get('text')} {entry.get('url', '')}".strip())

    def send(self, method, params=None):
        return self.browser.send(method, params, session=self.session)

    def resize(self, width, height, mobile=False):
        self.mobile = mobile
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 2 if mobile else 1, "mobile": mobile})
        self.send("Emulation.setTouchEmulationEnabled", {"enabled": mobile})

    def navigate(self, url):
        """Opens url and waits until its document has loaded."""
        self.send("Page.navigate", {"url": url})
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def reload(self):
        self.evaluate("window.__cdpBeforeReload = true")
        self.send("Page.reload", {"ignoreCache": True})
        self.wait_for("!window.__cdpBeforeReload && document.readyState === 'complete'")

    def evaluate(self, expression):
        """The value of a JavaScript expression (awaited when it is a promise); an exception raises CDPError."""
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise CDPError(f"{expression}: {details.get('exception', {}).get('description') or details.get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression, timeout=15, what=None):
        """Waits until the expression is truthy and returns its value; CDPError after timeout seconds."""
        deadline = time.monotonic() + timeout
        last = None
        while True:
            try:
                value = self.evaluate(expression)
                if value:
                    return value
            except CDPError as error:
                last = error
            if time.monotonic() > deadline:
                raise CDPError(f"waited {timeout} s for {what or expression}" + (f" ({last})" if last else ""))
            time.sleep(0.1)

    def click(self, selector):
        """A real mouse click (a tap on a phone) in the middle of the first element matching selector."""
        box = self.wait_for(
            f"(() => {{ const e = document.querySelector({json.dumps(selector)}); if (!e) return null;"
            " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
            " return r.width && r.height ? {x: r.x + r.width / 2, y: r.y + r.height / 2} : null; })()",
            what=f"a visible {selector}")
        if self.mobile:
            # A tap waits for the page to handle it, which a tab in the background never does.
            self.send("Page.bringToFront")
            self.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [box]})
            self.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
            return
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent",
                      {"type": kind, "x": box["x"], "y": box["y"], "button": "left", "clickCount": 1})

    def type(self, selector, text):
        """Focuses the element and types text into it as the keyboard would (input events included)."""
        self.click(selector)
        self.send("Input.insertText", {"text": text})

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        return path

    def close(self):
        with self.browser.lock:
            if self._event in self.browser.listeners:
                self.browser.listeners.remove(self._event)
        self.browser.send("Target.closeTarget", {"targetId": self.target})
