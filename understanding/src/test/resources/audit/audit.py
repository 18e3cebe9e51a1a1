#!/usr/bin/env python3
"""Generalisation audit: requests written apart from every corpus the rules were built on, sent through the running
service's POST /api/voice/interpret (the product path), counted as right, refused or WRONG.

  python3 audit.py --base http://localhost:8080 --secret "$ROMNA_AUTH_JWT_SECRET" [--verbose]

Each row of requests.jsonl: `text`, `zone`, `now` (UTC instant), `group` and `expected`: a local time the plan is
due ("2026-12-03T09:00", right when the answer is that minute), "refuse" (a time that must be asked again: right
when no time is given), "command:<action>" (a command or question on existing plans, never a new plan; "list" and "query" both only
ask, so either counts) or "none"
(out of domain: no intent). A time answered for a "refuse" row, another time, another command or a new plan
where a command was meant is WRONG; no time where one was expected is refused."""
import argparse, base64, hashlib, hmac, json, os, sys, time, urllib.error, urllib.request, uuid
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))


def b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(secret):
    now = int(time.time())
    head = b64(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64(json.dumps({"sub": "audit-" + uuid.uuid4().hex[:8], "iat": now, "exp": now + 3600}).encode())
    return f"{head}.{body}.{b64(hmac.new(secret.encode(), f'{head}.{body}'.encode(), hashlib.sha256).digest())}"


def interpret(base, tok, row):
    body = {"transcript": row["text"], "locale": row["lang"], "timezone": row["zone"], "now": row["now"]}
    req = urllib.request.Request(base + "/api/voice/interpret", json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": "Bearer " + tok})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read().decode())
    except urllib.error.HTTPError as e:
        return json.loads(e.read().decode() or "{}")


def judge(row, got):
    want = row["expected"]
    at = got.get("scheduledFor")
    command = (got.get("command") or {}).get("action")
    local = None if not at else datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(
        ZoneInfo(row["zone"])).strftime("%Y-%m-%dT%H:%M")
    if want.startswith("command:"):
        asked = want.split(":")[1]
        questions = ("list", "query")  # both only ask about plans: either reading changes nothing
        same = command == asked or command in questions and asked in questions
        return "right" if same and not at else "WRONG"
    if want == "none":
        return "right" if not got.get("intent") and not command else "WRONG"
    if want == "refuse":
        return "right" if not at else "WRONG"
    if command:
        return "WRONG"
    return "right" if local == want else "refused" if not at else "WRONG"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8080")
    ap.add_argument("--secret", default=os.environ.get("ROMNA_AUTH_JWT_SECRET", ""))
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if not a.secret:
        sys.exit("give --secret (the service's ROMNA_AUTH_JWT_SECRET)")
    tok = token(a.secret)
    counts, by = Counter(), {}
    for line in open(os.path.join(HERE, "requests.jsonl"), encoding="utf-8"):
        row = json.loads(line)
        got = interpret(a.base, tok, row)
        verdict = judge(row, got)
        counts[verdict] += 1
        by.setdefault((row["group"], row["lang"]), Counter())[verdict] += 1
        if a.verbose and verdict != "right":
            print(f"{verdict:7} {row['text']} | expected {row['expected']} | got {got.get('scheduledFor')}"
                  f" {got.get('intent')} {(got.get('command') or {}).get('action')} {got.get('reply')}")
    for (group, lang), c in sorted(by.items()):
        print(f"{group:9} {lang}: right {c['right']}, refused {c['refused']}, WRONG {c['WRONG']}")
    total = sum(counts.values())
    print(f"all {total}: right {counts['right']}, refused {counts['refused']}, WRONG {counts['WRONG']}")


if __name__ == "__main__":
    main()
