#!/usr/bin/env python3
"""The clients of benchmarks/load/hostile.sh (stdlib only). Each subcommand prints one line
"RESULT key=value ..." for the script to judge; none judges anything itself.

  probe PORT COUNT INTERVAL_MS
      COUNT sequential GET /health/live, each on a new connection, one every INTERVAL_MS.
  identify-probe PORT ADMIN_TOKEN COUNT INTERVAL_MS
      In a new disabled-mode workspace, one visitor; then COUNT identifies of it, each on a new
      connection, one every INTERVAL_MS.
  trickle PORT ADMIN_TOKEN SECONDS
      In a new workspace, 250 connections that send the headers of a 1,000-byte identify with a
      well-formed visitor token, then one body byte every 5 s, reconnecting whenever the server cuts one (it
      answers or closes), for SECONDS. Prints "OPENED" once the first 250 are open.
  devices PORT ADMIN_TOKEN ROUNDS
      In a new disabled-mode workspace: a visitor with 1 device and one with the workspace's
      maxDevicesPerVisitor devices, then ROUNDS returning identifies of each, alternated; then one
      device past the limit.
  flood PORT ADMIN_TOKEN COUNT THREADS
      In a new workspace, COUNT visitor starts from THREADS keep-alive connections at once, while
      a thread probes GET /health/live every 50 ms.
"""

import http.client
import json
import math
import selectors
import socket
import sys
import threading
import time

HOST = "127.0.0.1"
SLOW_CONNECTIONS = 250
TRICKLE_SECONDS = 5
CUT_WITHIN_SECONDS = 30


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else float("nan")


def latency_fields(prefix, millis):
    return "%s_p50_ms=%.2f %s_p99_ms=%.2f %s_max_ms=%.2f" % (
        prefix, percentile(millis, 50), prefix, percentile(millis, 99), prefix, max(millis, default=float("nan")))


def get_live(port):
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", "/health/live")
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        connection.close()
    return status, (time.perf_counter() - started) * 1000


def probe(port, count, interval_ms):
    millis, ok = [], 0
    started = time.monotonic()
    for i in range(count):
        status, ms = get_live(port)
        millis.append(ms)
        ok += status == 200
        # A fixed schedule: a slow answer is not followed by a longer rest.
        time.sleep(max(0.0, started + (i + 1) * interval_ms / 1000 - time.monotonic()))
    print("RESULT probes=%d ok=%d over_1s=%d %s" % (count, ok, sum(ms > 1000 for ms in millis),
                                                     latency_fields("live", millis)))


def identify_probe(port, admin_token, count, interval_ms):
    api = Api(port)
    ws = api.expect(201, "POST", "/v1/workspaces", admin_token,
                    {"name": "hostile-identify-probe", "verificationMode": "disabled"})["id"]
    token = api.expect(201, "POST", "/v1/workspaces/%s/visitors" % ws)["visitorToken"]
    path = "/v1/workspaces/%s/identify" % ws
    millis, ok = [], 0
    started = time.monotonic()
    for i in range(count):
        status, _, _, ms = Api(port).call("POST", path, token, {"name": "Probe %d" % i})
        millis.append(ms)
        ok += status == 200
        time.sleep(max(0.0, started + (i + 1) * interval_ms / 1000 - time.monotonic()))
    print("RESULT probes=%d ok=%d over_2s=%d %s" % (count, ok, sum(ms > 2000 for ms in millis),
                                                     latency_fields("identify", millis)))


def trickle(port, admin_token, seconds):
    ws = Api(port).expect(201, "POST", "/v1/workspaces", admin_token, {"name": "hostile-trickle"})["id"]
    path = "/v1/workspaces/%s/identify" % ws
    head = ("POST %s HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer vt_%s\r\n"
            "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{" % (path, HOST, "a" * 43)).encode()
    selector = selectors.DefaultSelector()
    first_cut = {}  # of the first 250 connections: seconds from opening to the server's cut
    answers = {}  # what a cut connection read first: a status line, or "closed"
    reconnects = refused = 0

    def connect(original):
        connection = socket.create_connection((HOST, port), timeout=10)
        connection.sendall(head)
        connection.setblocking(False)
        selector.register(connection, selectors.EVENT_READ, (original, time.monotonic()))

    def cut(key):
        nonlocal reconnects, refused
        original, opened = key.data
        try:
            text = key.fileobj.recv(64)
        except OSError:
            text = b""
        answer = text.split(b"\r\n")[0].decode(errors="replace")[9:12] if text.startswith(b"HTTP/") else "closed"
        answers[answer] = answers.get(answer, 0) + 1
        if original is not None and original not in first_cut:
            first_cut[original] = time.monotonic() - opened
        selector.unregister(key.fileobj)
        key.fileobj.close()
        try:
            connect(None)
            reconnects += 1
        except OSError:
            refused += 1

    for i in range(SLOW_CONNECTIONS):
        connect(i)
    print("OPENED", flush=True)
    started = time.monotonic()
    next_byte = started + TRICKLE_SECONDS
    while time.monotonic() < started + seconds:
        for key, _ in selector.select(timeout=max(0.0, min(next_byte, started + seconds) - time.monotonic())):
            cut(key)
        if time.monotonic() >= next_byte:
            next_byte += TRICKLE_SECONDS
            for key in list(selector.get_map().values()):
                try:
                    key.fileobj.send(b" ")
                except OSError:
                    cut(key)
            while len(selector.get_map()) < SLOW_CONNECTIONS:
                try:
                    connect(None)
                except OSError:
                    break
    cut_in_time = sorted(s for s in first_cut.values() if s <= CUT_WITHIN_SECONDS)
    print("RESULT slow=%d cut_within_%ds=%d first_cut_median_s=%.1f first_cut_max_s=%.1f reconnects=%d refused=%d"
          " answers=%s" % (SLOW_CONNECTIONS, CUT_WITHIN_SECONDS, len(cut_in_time), percentile(cut_in_time, 50),
                           max(cut_in_time, default=float("nan")), reconnects, refused,
                           ",".join("%s:%d" % item for item in sorted(answers.items())) or "none"))
    for key in list(selector.get_map().values()):
        key.fileobj.close()


class Api:
    def __init__(self, port):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=60)

    def call(self, method, path, token=None, body=None):
        headers = {"Content-Type": "application/json"}
        if token:
            headers["Authorization"] = "Bearer " + token
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=json.dumps(body) if body is not None else "", headers=headers)
            response = self.connection.getresponse()
            text = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()  # reopened by the next request
            return 0, {}, {}, (time.perf_counter() - started) * 1000
        ms = (time.perf_counter() - started) * 1000
        return response.status, json.loads(text) if text else {}, response.headers, ms

    def expect(self, status, method, path, token=None, body=None):
        answer = self.call(method, path, token, body)
        if answer[0] != status:
            sys.exit("%s %s answered %d, not %d: %s" % (method, path, answer[0], status, answer[1]))
        return answer[1]


def devices(port, admin_token, rounds):
    api = Api(port)
    ws = api.expect(201, "POST", "/v1/workspaces", admin_token,
                    {"name": "hostile-devices", "verificationMode": "disabled"})["id"]
    base = "/v1/workspaces/" + ws
    limit = api.expect(200, "GET", base, admin_token)["maxDevicesPerVisitor"]

    def new_device(external_id):
        started = api.expect(201, "POST", base + "/visitors")
        answer = api.expect(200, "POST", base + "/identify", started["visitorToken"], {"externalId": external_id})
        evicted = [w["keys"] for w in answer["warnings"] if w["code"] == "device-evicted"]
        # A device merged into a known visitor gets a fresh token; the one it started with is revoked.
        return answer.get("visitorToken") or started["visitorToken"], started["anonymousId"], answer["id"], evicted

    single_token, _, single_id, _ = new_device("single")
    sink = [new_device("sink") for _ in range(limit)]
    sink_ids = {device[2] for device in sink}
    early_evictions = sum(len(device[3]) for device in sink)
    held = len(api.expect(200, "GET", base + "/visitors/" + sink[0][2], admin_token)["devices"])

    timings = {"one": [], "limit": []}
    for round_ in range(rounds + rounds // 5):  # the first fifth warms up
        for name, token, external_id in (("one", single_token, "single"), ("limit", sink[-1][0], "sink")):
            status, answer, _, ms = api.call("POST", base + "/identify", token, {"externalId": external_id})
            if status != 200:
                sys.exit("returning identify of %s answered %d: %s" % (external_id, status, answer))
            if round_ >= rounds // 5:
                timings[name].append(ms)

    past = new_device("sink")
    oldest_token, oldest_anonymous_id = sink[0][0], sink[0][1]
    oldest_status = api.call("POST", base + "/identify", oldest_token, {"externalId": "sink"})[0]
    held_after = len(api.expect(200, "GET", base + "/visitors/" + sink[0][2], admin_token)["devices"])
    print("RESULT limit=%d sink_visitors=%d devices_held=%d evictions_below_limit=%d %s %s"
          " past_limit_evicted=%s evicted_is_oldest=%s oldest_token_status=%d devices_held_after=%d"
          % (limit, len(sink_ids), held, early_evictions, latency_fields("one", timings["one"]),
             latency_fields("limit", timings["limit"]), ",".join(k for keys in past[3] for k in keys) or "none",
             past[3] == [[oldest_anonymous_id]], oldest_status, held_after))


def flood(port, admin_token, count, threads):
    ws = Api(port).expect(201, "POST", "/v1/workspaces", admin_token, {"name": "hostile-flood", "verificationMode": "disabled"})["id"]
    path = "/v1/workspaces/%s/visitors" % ws
    statuses, retry_after, lock = {}, [], threading.Lock()
    remaining = [count]
    done = threading.Event()
    live = []

    def starter():
        api = Api(port)
        while True:
            with lock:
                if remaining[0] == 0:
                    return
                remaining[0] -= 1
            status, _, headers, _ = api.call("POST", path)
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 429:
                    retry_after.append(headers.get("Retry-After"))

    def prober():
        while not done.is_set():
            live.append(get_live(port))
            time.sleep(0.05)

    probe_thread = threading.Thread(target=prober)
    probe_thread.start()
    started = time.monotonic()
    workers = [threading.Thread(target=starter) for _ in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    done.set()
    probe_thread.join()
    seconds = [int(value) for value in retry_after if value and value.isdigit()]
    print("RESULT requests=%d seconds=%.2f created=%d limited=%d other=%d limited_without_retry_after=%d"
          " retry_after_s=%s live_probes=%d live_ok=%d %s"
          % (count, elapsed, statuses.get(201, 0), statuses.get(429, 0),
             sum(n for s, n in statuses.items() if s not in (201, 429)), len(retry_after) - len(seconds),
             "%d-%d" % (min(seconds), max(seconds)) if seconds else "none", len(live),
             sum(1 for status, _ in live if status == 200), latency_fields("live", [ms for _, ms in live])))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "probe":
        probe(int(args[0]), int(args[1]), int(args[2]))
    elif command == "identify-probe":
        identify_probe(int(args[0]), args[1], int(args[2]), int(args[3]))
    elif command == "trickle":
        trickle(int(args[0]), args[1], float(args[2]))
    elif command == "devices":
        devices(int(args[0]), args[1], int(args[2]))
    elif command == "flood":
        flood(int(args[0]), args[1], int(args[2]), int(args[3]))
    else:
        sys.exit(__doc__)
