#!/usr/bin/env python3
"""How long an order takes from placement to ACCEPTED through the edge.

Sets up a campus, a store and a rider, then places N orders one after another; for each, the
"owner" accepts the ticket as soon as the store shows it. Prints median, p95 and worst of
placement → ORDER_WAITING (payment), ORDER_WAITING → ticket visible, and placement → ACCEPTED.
Usage: bench/acceptance_latency.py [N=100]   (needs `make up`)
"""
import json
import statistics
import sys
import time
import urllib.request
import uuid

EDGE = "http://127.0.0.1:8080"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(EDGE + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read() or b"null")


def until(check, timeout=30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.01)
    raise TimeoutError("condition not met in %.0f s" % timeout)


def summary(name, seconds):
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[max(0, int(round(0.95 * len(ms))) - 1)]
    print("%-34s median %7.1f ms   p95 %7.1f ms   worst %7.1f ms   (n=%d)"
          % (name, statistics.median(ms), p95, ms[-1], len(ms)))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    site = call("POST", "/api/sites", {"name": "Bench campus", "address": "1 Bench Rd"})["siteId"]
    slot = call("POST", "/api/sites/%s/slots" % site,
                {"orderDeadline": "23:57", "pickupTime": "23:58", "arrivalTime": "23:59"})["slotId"]
    store = call("POST", "/api/stores", {"name": "Bench Kimbap", "ownerId": str(uuid.uuid4()), "openTime": "00:00",
                                         "closeTime": "23:59", "siteIds": [site], "capacityPerSlot": 10000,
                                         "commission": {"type": "RATE", "value": 1000}})["storeId"]
    call("POST", "/api/stores/%s/approve" % store, {})
    product = call("POST", "/api/stores/%s/products" % store, {"name": "Kimbap", "price": 4000, "options": []})["productId"]
    call("POST", "/api/riders", {"name": "Bench rider", "siteIds": [site]})

    paid, ticketed, accepted = [], [], []
    for _ in range(n):
        started = time.monotonic()
        order = call("POST", "/api/orders", {
            "customerId": str(uuid.uuid4()), "storeId": store, "siteId": site, "slotId": slot,
            "items": [{"productId": product, "quantity": 1, "options": []}],
            "payment": {"method": "CARD", "cardToken": "tok_bench"}})["orderId"]
        until(lambda: call("GET", "/api/orders/" + order)["status"] == "ORDER_WAITING")
        paid.append(time.monotonic() - started)
        t = time.monotonic()
        until(lambda: any(ticket["orderId"] == order
                          for ticket in call("GET", "/api/stores/%s/tickets?status=WAITING" % store)))
        ticketed.append(time.monotonic() - t)
        call("POST", "/api/stores/%s/tickets/%s/accept" % (store, order), {})
        until(lambda: call("GET", "/api/orders/" + order)["status"] in ("ACCEPTED", "DELIVERY_WAITING"))
        accepted.append(time.monotonic() - started)

    summary("placement -> ORDER_WAITING (paid)", paid)
    summary("ORDER_WAITING -> ticket visible", ticketed)
    summary("placement -> ACCEPTED", accepted)


if __name__ == "__main__":
    main()
