"""The exam server for browser tests: start `quiz-server --exam` on port 0, and one NDJSON connection.

    server, port = start_server(".build/debug/quiz-server", tempfile.mkdtemp())
    marker = Client(port, "marker1", {"role": "marker", "token": token})
    marker.request("openScript", {"script": 3}, allow_rejection=True)   # → script | rejected
"""

import json
import os
import socket
import subprocess
import sys
import time


def die(message):
    sys.exit(f"{os.path.basename(sys.argv[0])}: {message}")


class Client:
    """One NDJSON connection: hello, then requests answered by ack, rejected or script."""

    def __init__(self, port, who, hello):
        self.who, self.count = who, 0
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.lines = self.sock.makefile("r", encoding="utf-8", newline="\n")
        self.send({"type": "hello", **hello})
        self.welcome = self.read_until(lambda m: m.get("type") == "welcome", "welcome")

    def send(self, message):
        self.sock.sendall((json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8"))

    def read_until(self, wanted, what):
        while True:
            try:
                line = self.lines.readline()
            except socket.timeout:
                die(f"{self.who}: no {what} within 10 s")
            if not line:
                die(f"{self.who}: the server closed the connection while waiting for {what}")
            message = json.loads(line)
            if message.get("type") == "error":
                die(f"{self.who}: server error {message.get('code')}: {message.get('message')}")
            if wanted(message):
                return message

    def request(self, kind, fields, allow_rejection=False):
        self.count += 1
        ident = f"{self.who}-{self.count}"
        self.send({"type": kind, "id": ident, **fields})
        reply = self.read_until(lambda m: m.get("id") == ident and m.get("type") in ("ack", "rejected", "script"), kind)
        if reply["type"] == "rejected" and not allow_rejection:
            die(f"{self.who}: {kind} {json.dumps(fields, ensure_ascii=False)} rejected: {reply.get('code')} {reply.get('message')}")
        return reply

    def close(self):
        self.sock.close()


def start_server(binary, data):
    port_file = os.path.join(data, "port")
    log = open(os.path.join(data, "server.out"), "w")
    server = subprocess.Popen([binary, "--exam", "--data", os.path.join(data, "exam"), "--port", "0", "--port-file", port_file],
                              stdout=log, stderr=subprocess.STDOUT)
    for _ in range(200):
        if os.path.exists(port_file) and open(port_file).read().strip().isdigit():
            return server, int(open(port_file).read().strip())
        if server.poll() is not None:
            die(f"quiz-server --exam exited at start: {open(os.path.join(data, 'server.out')).read()}")
        time.sleep(0.1)
    server.kill()
    die("quiz-server wrote no port within 20 s")
