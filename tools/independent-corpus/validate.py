#!/usr/bin/env python3
"""Validate a generated corpus directory and print summary statistics."""
import json, re, sys
from datetime import datetime, timedelta
from collections import Counter, defaultdict
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def idok(s):
    if not re.fullmatch(r"\d{17}[\dX]", s): return False
    return "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], W)) % 11] == s[17]
PH = re.compile(r"^(1\d{10}|0\d{2,3}-?\d{7,8})$")
EID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
CH = {"app", "web", "hotline", "email", "letter", "regulator", "social", "branch", "other"}
CAT = {"collection", "fees", "deduction", "credit-report", "privacy", "insurance", "service", "other"}
KINDS = {"ring", "coached", "repeat", "genuine", "follow-up", "incident", "honest-waiver", "honest-represented", "cross-channel-copy"}
d = sys.argv[1]
C = [json.loads(l) for l in open(d + "/complaints.jsonl", encoding="utf-8")]
L = [json.loads(l) for l in open(d + "/labels.jsonl", encoding="utf-8")]
err = []
assert len(C) == len(L), "length mismatch"
seen = set(); prev = None
for i, (c, l) in enumerate(zip(C, L)):
    e = c.get("externalId")
    if not e or not EID.match(e): err.append((i, "eid"))
    if e in seen: err.append((i, "dup eid"))
    seen.add(e)
    if l["externalId"] != e: err.append((i, "label eid"))
    if c["channel"] not in CH: err.append((i, "channel"))
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00", c["receivedAt"]): err.append((i, "time fmt"))
    t = datetime.fromisoformat(c["receivedAt"])
    if prev and t < prev: err.append((i, "unsorted"))
    prev = t
    cp = c["complainant"]
    if not (1 <= len(cp["name"]) <= 64): err.append((i, "name"))
    if "phone" in cp and not PH.match(cp["phone"]): err.append((i, "phone", cp["phone"]))
    if "idNumber" in cp and not idok(cp["idNumber"]): err.append((i, "id", cp["idNumber"]))
    r = c.get("representative")
    if r:
        if r.get("relation") not in ("family", "lawyer", "agent", "other"): err.append((i, "relation"))
        if "phone" in r and not PH.match(r["phone"]): err.append((i, "rphone", r["phone"]))
        if not r.get("name"): err.append((i, "rname"))
    if "category" in c and c["category"] not in CAT: err.append((i, "cat"))
    tx = c["text"].strip()
    if not (1 <= len(tx) <= 10000): err.append((i, "textlen"))
    if len(json.dumps(c, ensure_ascii=False).encode()) > 65536: err.append((i, "size"))
    if l["kind"] not in KINDS: err.append((i, "kind"))
    if l["suspect"] != (l["kind"] in ("ring", "coached", "repeat")): err.append((i, "suspect"))
    g = l["group"]
    ok = (re.fullmatch(r"ring-\d{4}", g) if l["kind"] in ("ring", "coached") else re.fullmatch(r"incident-\d{3}", g) if l["kind"] == "incident" else re.fullmatch(r"person-\d{5}", g))
    if not ok: err.append((i, "group", g))
print(d, "records", len(C), "errors", len(err), err[:10])
k = Counter(l["kind"] for l in L)
print("kinds", dict(sorted(k.items())), "suspect share %.3f" % (sum(v for kk, v in k.items() if kk in ("ring", "coached", "repeat")) / len(L)))
print("span", C[0]["receivedAt"], C[-1]["receivedAt"])
print("groups: ring", len({l["group"] for l in L if l["kind"] in ("ring", "coached")}), "repeat persons", len({l["group"] for l in L if l["kind"] == "repeat"}),
      "incidents", len({l["group"] for l in L if l["kind"] == "incident"}))
chk = defaultdict(Counter)
for c, l in zip(C, L): chk[l["kind"]][c["channel"]] += 1
for kk in sorted(chk): print("  ch", kk, dict(chk[kk].most_common()))
ip = defaultdict(set); dev = defaultdict(set); ph = defaultdict(set)
for c, l in zip(C, L):
    o = c.get("origin") or {}
    if o.get("ip"): ip[o["ip"]].add(l["group"])
    if o.get("deviceId"): dev[o["deviceId"]].add(l["group"])
print("ips shared by >1 group:", sum(1 for v in ip.values() if len(v) > 1), "max groups per ip", max(len(v) for v in ip.values()))
print("devices shared by >1 group:", sum(1 for v in dev.values() if len(v) > 1))
ln = sorted(len(c["text"]) for c in C)
print("text len p10/50/90/max", ln[len(ln)//10], ln[len(ln)//2], ln[9*len(ln)//10], ln[-1])
sys.exit(1 if err else 0)
