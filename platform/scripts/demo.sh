#!/usr/bin/env bash
# A guided tour of the saga through the edge (the platform must be up: make up):
# sets up a campus, a store and a rider, places an order and plays the owner and the rider,
# printing the order's timeline as it grows until DELIVERED; then a second order the customer
# cancels, until REFUNDED.
set -euo pipefail
source "$(dirname "$0")/env.sh"
EDGE="http://127.0.0.1:$EDGE_PORT"

json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {"d": d}))' "$1"; }
# Calls the edge; on an error answer prints the problem and stops the tour.
call() {
  local out code
  out="$(curl -sS -o - -w '\n%{http_code}' "$@")"; code="${out##*$'\n'}"; out="${out%$'\n'*}"
  if (( code >= 400 )); then echo "  !! $code from ${*: -1}: $out" >&2; exit 1; fi
  printf '%s' "$out"
}
post() { call -X POST -H 'Content-Type: application/json' -d "${2:-"{}"}" "$EDGE$1"; }
get() { call "$EDGE$1"; }
uuid() { cat /proc/sys/kernel/random/uuid; }

# Prints each new timeline entry of an order until it reaches the wanted status.
seen=0
follow() {
  local order="$1" until="$2" deadline=$((SECONDS + 60)) body status count
  while (( SECONDS < deadline )); do
    body="$(get "/api/orders/$order")"
    count="$(json 'len(d["timeline"])' <<<"$body")"
    while (( seen < count )); do
      json "'  %-17s %s  %s' % (d['timeline'][$seen]['status'], d['timeline'][$seen]['at'], d['timeline'][$seen].get('reason') or '')" <<<"$body"
      seen=$((seen + 1))
    done
    status="$(json 'd["status"]' <<<"$body")"
    [ "$status" = "$until" ] && return 0
    sleep 0.3
  done
  echo "  (still $status after 60 s)"; return 1
}

echo "== A campus, a store and a rider"
site="$(post /api/sites '{"name":"Demo campus","address":"1 University Rd"}' | json 'd["siteId"]')"
slot="$(post "/api/sites/$site/slots" '{"orderDeadline":"23:57","pickupTime":"23:58","arrivalTime":"23:59"}' | json 'd["slotId"]')"
owner="$(uuid)"
store="$(post /api/stores "{\"name\":\"Demo Kimbap\",\"ownerId\":\"$owner\",\"openTime\":\"00:00\",\"closeTime\":\"23:59\",\"siteIds\":[\"$site\"],\"capacityPerSlot\":20,\"commission\":{\"type\":\"RATE\",\"value\":1000}}" | json 'd["storeId"]')"
post "/api/stores/$store/approve" >/dev/null
product="$(post "/api/stores/$store/products" '{"name":"Tuna kimbap","price":4500,"options":[{"name":"Extra cheese","price":500,"min":0,"max":2}]}' | json 'd["productId"]')"
rider="$(post /api/riders "{\"name\":\"Demo rider\",\"siteIds\":[\"$site\"]}" | json 'd["riderId"]')"
echo "  site $site, slot $slot, store $store (approved), rider $rider"

place() {
  post /api/orders "{\"customerId\":\"$(uuid)\",\"storeId\":\"$store\",\"siteId\":\"$site\",\"slotId\":\"$slot\",\"items\":[{\"productId\":\"$product\",\"quantity\":2,\"options\":[{\"name\":\"Extra cheese\",\"quantity\":1}]}],\"note\":\"demo\",\"payment\":{\"method\":\"CARD\",\"cardToken\":\"tok_demo\"}}"
}

echo; echo "== Order 1: placed, paid, accepted, picked up, delivered"
order="$(place | json 'd["orderId"]')"; seen=0
echo "  order $order"
follow "$order" ORDER_WAITING
echo "  [owner] accepts the ticket"; post "/api/stores/$store/tickets/$order/accept" >/dev/null
follow "$order" DELIVERY_WAITING
delivery="$(get "/api/deliveries?orderId=$order" | json 'd[0]["deliveryId"]')"
echo "  [rider] picks up";  post "/api/deliveries/$delivery/pickup" >/dev/null
follow "$order" PICKED_UP
echo "  [rider] delivers";  post /api/deliveries/complete "{\"deliveryIds\":[\"$delivery\"]}" >/dev/null
follow "$order" DELIVERED
echo "  payment: $(get "/api/payments?orderId=$order" | json '[(p["method"], p["amount"], p["status"]) for p in d]')"

echo; echo "== Order 2: placed, paid, cancelled by the customer, refunded"
order="$(place | json 'd["orderId"]')"; seen=0
echo "  order $order"
follow "$order" ORDER_WAITING
echo "  [customer] cancels"; post "/api/orders/$order/cancel" '{"reason":"changed my mind"}' >/dev/null
follow "$order" REFUNDED
echo "  payment: $(get "/api/payments?orderId=$order" | json '[(p["method"], p["amount"], p["status"]) for p in d]')"
