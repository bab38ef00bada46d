#!/usr/bin/env python3
"""Checks that a benchmark peer keeps the contract quiz-bench relies on, and times its fan-out.

Starts the peer itself (adding --port 0 --port-file FILE --frame-bytes B), so the port-file and
start-line parts of the contract are checked too, then:
  * with the `websockets` package: N clients, one text frame from one of them, every client gets
    exactly one text frame of B bytes starting with it; a payload longer than B comes back unpadded;
    ping gets pong; close gets close; any path upgrades;
  * with --time: raw sockets on one epoll, the time from the trigger's send until each of N clients
    has its whole frame, over a few rounds (Python's own per-socket cost is in these figures);
  * SIGTERM ends the peer with status 0.

    pip install websockets
    python3 Benchmarks/peers/check.py --clients 1000 --time 1000,10000 -- Benchmarks/peers/c-floor/floor
"""

import argparse
import asyncio
import base64
import os
import resource
import select
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

import websockets
from websockets.asyncio.client import connect


def start(command, frame_bytes):
    """Starts the peer and returns (process, port) once it has written its port file."""
    port_file = os.path.join(tempfile.mkdtemp(prefix="peer-check-"), "port")
    process = subprocess.Popen(
        command + ["--port", "0", "--port-file", port_file, "--frame-bytes", str(frame_bytes)],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline().strip()
    with open(port_file) as file:
        text = file.read()
    assert text.endswith("\n") and text.strip().isdigit(), f"port file holds {text!r}"
    port = int(text)
    assert line.endswith(f"listening on 127.0.0.1:{port}"), f"start line {line!r}"
    print(line)
    return process, port


async def check_contract(port, clients, frame_bytes):
    """Runs the websockets checks; raises AssertionError on the first broken rule."""
    sockets = []
    for i in range(clients):
        sockets.append(await connect(f"ws://127.0.0.1:{port}/any/path/{i}", max_size=None, ping_interval=None))
    for message in (f"trigger {os.getpid()}", "x" * (frame_bytes + 100)):
        await sockets[clients // 2].send(message)
        frames = await asyncio.gather(*(ws.recv() for ws in sockets))
        want = max(frame_bytes, len(message))
        for frame in frames:
            assert isinstance(frame, str) and len(frame) == want, f"frame of {len(frame)} bytes, want {want}"
            assert frame.startswith(message) and frame[len(message):].strip(" ") == "", "wrong payload"
        extra = await asyncio.gather(*(asyncio.wait_for(ws.recv(), 0.3) for ws in sockets[:50]),
                                     return_exceptions=True)
        assert all(isinstance(e, TimeoutError) for e in extra), "a client got a second frame"
        print(f"  {clients} clients each got exactly one frame of {want} bytes")
    pong = await sockets[0].ping(b"are you there")
    await asyncio.wait_for(pong, 2)
    print("  ping answered with pong")
    await sockets[0].close(code=1000)
    received = sockets[0].protocol.close_rcvd
    assert received is not None and received.code == 1000, "close not answered"
    print("  close answered with close 1000")
    await asyncio.gather(*(ws.close() for ws in sockets[1:]))


def raw_client(port):
    """Opens one WebSocket with a hand-written handshake; returns the non-blocking socket."""
    key = base64.b64encode(os.urandom(16)).decode()
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(f"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n".encode())
    reply = b""
    while b"\r\n\r\n" not in reply:
        reply += s.recv(4096)
    assert reply.startswith(b"HTTP/1.1 101"), reply[:40]
    s.setblocking(False)
    return s


def masked_text(payload):
    """A client text frame (masked, as a client must), for payloads under 126 bytes."""
    mask = os.urandom(4)
    return bytes([0x81, 0x80 | len(payload)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


def time_fan_out(port, clients, frame_bytes, rounds):
    """Returns per-round lists of seconds from the trigger's send to each client's whole frame."""
    sockets = [raw_client(port) for _ in range(clients)]
    poller = select.epoll()
    by_fd = {s.fileno(): s for s in sockets}
    for fd in by_fd:
        poller.register(fd, select.EPOLLIN)
    want = frame_bytes + (2 if frame_bytes < 126 else 4 if frame_bytes < 65536 else 10)
    results = []
    for round_number in range(rounds + 1):
        got = dict.fromkeys(by_fd, 0)
        done = []
        trigger = masked_text(b"round %d" % round_number)
        start = time.perf_counter()
        sockets[0].send(trigger)
        deadline = start + 30
        while len(done) < clients:
            assert time.perf_counter() < deadline, f"only {len(done)} of {clients} clients got the frame in 30 s"
            for fd, _ in poller.poll(5):
                data = by_fd[fd].recv(65536)
                got[fd] += len(data)
                if got[fd] == want:
                    done.append(time.perf_counter() - start)
                assert got[fd] <= want, "more bytes than one frame"
        if round_number:  # the first round warms both sides up
            results.append(done)
    poller.close()
    for s in sockets:
        s.close()
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=1000)
    parser.add_argument("--frame-bytes", type=int, default=2048)
    parser.add_argument("--time", default="", help="comma-separated connection counts to time, e.g. 1000,10000")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("command", nargs="+", help="the peer to start, after --")
    options = parser.parse_args()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    process, port = start(options.command, options.frame_bytes)
    try:
        asyncio.run(check_contract(port, options.clients, options.frame_bytes))
        for count in [int(n) for n in options.time.split(",") if n]:
            rounds = time_fan_out(port, count, options.frame_bytes, options.rounds)
            last = [max(r) * 1000 for r in rounds]
            every = sorted(t * 1000 for r in rounds for t in r)
            p99 = every[int(len(every) * 0.99) - 1]
            print(f"  fan-out to {count}: last client median {statistics.median(last):.1f} ms, "
                  f"max {max(last):.1f} ms; per client p50 {statistics.median(every):.1f} ms, "
                  f"p99 {p99:.1f} ms ({options.rounds} rounds of {options.frame_bytes} B)")
    finally:
        process.send_signal(signal.SIGTERM)
        status = process.wait(10)
    assert status == 0, f"peer exited with {status} on SIGTERM"
    print(f"  SIGTERM: exited with status 0 (websockets {websockets.__version__})")


if __name__ == "__main__":
    sys.exit(main())
