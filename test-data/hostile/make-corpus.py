#!/usr/bin/env python3
"""Writes the hostile-input corpus (conversations/, consent/, expected/decisions.jsonl).

Deterministic: run from anywhere, `python3 test-data/hostile/make-corpus.py`; the committed files
are its output. Every content string carries a marker `HOSTILE-<file>-<line>` so that leak tests
can look for the content of each line in logs and shards. The 20 MB line is not here: the test
writes it into a temporary directory.
"""
import gzip, io, json, os, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CONV = os.path.join(HERE, "conversations")
CONSENT = os.path.join(HERE, "consent")
EXPECTED = os.path.join(HERE, "expected")
for d in (CONV, CONSENT, EXPECTED):
    os.makedirs(d, exist_ok=True)

oracle = []      # (source, conversation_id, decision, code)
planted = []     # (TYPE, value)


def conv(cid, user="h-ok", created="2026-03-01T10:00:00Z", marker="", **over):
    email = "hostile.%s@example.net" % (cid or "x").replace("_", "-")
    rec = {"conversation_id": cid, "user_id": user, "workspace_id": None, "product": "chatgpt", "plan": "plus",
           "temporary": False, "created_at": created,
           "messages": [{"id": "m1", "role": "user", "created_at": created,
                         "content": "%s please write to %s about the hostile corpus" % (marker, email)},
                        {"id": "m2", "role": "assistant", "content": "%s sure, done" % marker}]}
    rec.update(over)
    return rec


def js(rec):
    return json.dumps(rec, ensure_ascii=False)


class File:
    def __init__(self, name):
        self.name = name
        self.lines = []  # bytes, without line end

    def marker(self):
        return "HOSTILE-%s-%d" % (self.name.split("-")[0], len(self.lines) + 1)

    def add(self, raw, decision, cid=None, code=None):
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        self.lines.append(raw)
        oracle.append(("%s:%d" % (self.name, len(self.lines)), cid, decision, code))

    def ok(self, cid, decision="ELIGIBLE", **kw):
        rec = conv(cid, marker=self.marker(), **kw)
        if decision == "ELIGIBLE":
            planted.append(("EMAIL", rec["messages"][0]["content"].split(" ")[4]))
        self.add(js(rec), decision, cid)

    def bad(self, raw_or_rec, code, cid=None):
        raw = raw_or_rec if isinstance(raw_or_rec, (bytes, str)) else js(raw_or_rec)
        self.add(raw, "DEAD_LETTER", cid, code)

    def write(self, sep=b"\n", prefix=b"", final=True):
        data = prefix + sep.join(self.lines) + (sep if final else b"")
        with open(os.path.join(CONV, self.name), "wb") as f:
            f.write(data)
        return data


# 00: a clean baseline, with the two users the consent file excludes
f = File("00-baseline.jsonl")
f.ok("base-ok")
f.ok("base-opted-out", "EXCLUDED_OPTED_OUT", user="h-out")
f.ok("base-deleted", "EXCLUDED_USER_DELETED", user="h-del")
f.ok("base-business", "EXCLUDED_BUSINESS_TIER", plan="enterprise")
f.write()

# 01: invalid UTF-8
f = File("01-invalid-utf8.jsonl")
f.ok("utf8-ok")
m = f.marker(); f.bad(js(conv("utf8-ff", marker=m)).replace(m, m + " \udcff").encode("utf-8", "surrogateescape"), "MALFORMED_JSON")
m = f.marker(); f.bad(js(conv("utf8-overlong", marker=m)).encode().replace(m.encode(), m.encode() + b" \xc0\xaf"), "MALFORMED_JSON")
m = f.marker(); f.bad(js(conv("utf8-surrogate", marker=m)).encode().replace(m.encode(), m.encode() + b" \xed\xa0\x80"), "MALFORMED_JSON")
m = f.marker(); f.bad(js(conv("utf8-cut", marker=m)).encode().replace(m.encode(), m.encode() + b" \xe2\x82"), "MALFORMED_JSON")
f.ok("utf8-after")
f.write()

# 02: NUL bytes
f = File("02-nul-byte.jsonl")
m = f.marker(); f.bad(js(conv("nul-in-string", marker=m)).encode().replace(m.encode(), m.encode() + b"\x00"), "MALFORMED_JSON")
m = f.marker(); f.bad(js(conv("nul-between", marker=m)).encode().replace(b', "plan"', b',\x00 "plan"'), "MALFORMED_JSON")
f.bad(b"\x00", "MALFORMED_JSON")
m = f.marker(); f.ok("nul-escaped")  # the JSON escape \u0000 is a valid string character
f.lines[-1] = f.lines[-1].replace(b"sure, done", b"sure,\\u0000 done")
f.write()

# 03: byte-order marks
f = File("03-bom.jsonl")
f.ok("bom-at-start")
m = f.marker(); f.bad(b"\xef\xbb\xbf" + js(conv("bom-mid-file", marker=m)).encode(), "MALFORMED_JSON")
f.ok("bom-after")
f.write(prefix=b"\xef\xbb\xbf")

# 04: CRLF line ends (and a blank CRLF line)
f = File("04-crlf.jsonl")
f.ok("crlf-1")
f.ok("crlf-2")
f.bad(b"", "MALFORMED_JSON")
f.ok("crlf-3")
f.write(sep=b"\r\n")

# 05: empty and blank lines
f = File("05-empty-lines.jsonl")
f.bad(b"", "MALFORMED_JSON")
f.ok("empty-between-1")
f.bad(b"   \t ", "MALFORMED_JSON")
f.bad(b"", "MALFORMED_JSON")
f.ok("empty-between-2")
f.write()

# 06: deep nesting
f = File("06-deep-nesting.jsonl")
m = f.marker(); r = js(conv("nest-10000-array", marker=m)); f.bad(r[:-1] + ', "x": ' + "[" * 10000 + "]" * 10000 + "}", "MALFORMED_JSON")
m = f.marker(); f.bad('{"a": ' * 10000 + '"%s"' % m + "}" * 10000, "MALFORMED_JSON")
f.bad("[" * 10000, "MALFORMED_JSON")
m = f.marker(); r = js(conv("nest-500", marker=m)); f.add(r[:-1] + ', "x": ' + "[" * 500 + "]" * 500 + "}", "ELIGIBLE", "nest-500")
planted.append(("EMAIL", "hostile.nest-500@example.net"))
f.write()

# 07: duplicate keys
f = File("07-duplicate-keys.jsonl")
m = f.marker(); r = js(conv("dup-user", marker=m)); f.bad(r.replace('"user_id": "h-ok"', '"user_id": "h-ok", "user_id": "h-out"'), "MALFORMED_JSON")
m = f.marker(); r = js(conv("dup-content", marker=m)); f.bad(r.replace('"role": "assistant", ', '"role": "assistant", "content": "other", '), "MALFORMED_JSON")
m = f.marker(); r = js(conv("dup-extra", marker=m)); f.bad(r[:-1] + ', "extra": 1, "extra": 2}', "MALFORMED_JSON")
f.ok("dup-none")
f.write()

# 08: numbers (and other wrong types) where strings belong
f = File("08-wrong-types.jsonl")
def typed(cid, code, out_id=None, **over):
    m = f.marker()
    rec = conv(cid, marker=m)
    for k, v in over.items():
        if k.startswith("msg_"):
            rec["messages"][0][k[4:]] = v
        else:
            rec[k] = v
    f.bad(rec, code, out_id)
typed("t-id", "BAD_FIELD_TYPE", conversation_id=12345)
typed("t-user", "BAD_FIELD_TYPE", "t-user", user_id=42)
typed("t-plan", "BAD_FIELD_TYPE", "t-plan", plan=3)
typed("t-product", "BAD_FIELD_TYPE", "t-product", product=True)
typed("t-content", "BAD_FIELD_TYPE", "t-content", msg_content=7)
typed("t-role", "BAD_FIELD_TYPE", "t-role", msg_role=1)
typed("t-temporary", "BAD_FIELD_TYPE", "t-temporary", temporary="false")
typed("t-workspace", "BAD_FIELD_TYPE", "t-workspace", workspace_id=0)
typed("t-created-float", "BAD_FIELD_TYPE", "t-created-float", created_at=1772359200000.5)
typed("t-messages-object", "BAD_FIELD_TYPE", "t-messages-object", messages={"role": "user", "content": "x"})
typed("t-message-string", "BAD_FIELD_TYPE", "t-message-string", messages=["hello"])
typed("t-type-before-ts", "BAD_FIELD_TYPE", "t-type-before-ts", plan=7, created_at="yesterday")
m = f.marker(); rec = conv("t-missing-first", marker=m, temporary=1, created_at="soon"); del rec["plan"]; f.bad(rec, "MISSING_FIELD", "t-missing-first")
typed("t-ts-before-value", "BAD_TIMESTAMP", "t-ts-before-value", created_at="soon", msg_role="robot")
typed("t-role-value", "BAD_VALUE", "t-role-value", msg_role="robot")
f.write()

# 09: null everywhere
f = File("09-nulls.jsonl")
f.bad("null", "MALFORMED_JSON")
f.bad(js({k: None for k in conv("x")}), "MISSING_FIELD")
m = f.marker(); rec = conv("nulls-optional", marker=m, temporary=None); rec["messages"][0]["created_at"] = None; rec["messages"][0]["id"] = None
f.add(js(rec), "ELIGIBLE", "nulls-optional"); planted.append(("EMAIL", "hostile.nulls-optional@example.net"))
m = f.marker(); f.bad(conv("nulls-messages", marker=m, messages=None), "MISSING_FIELD", "nulls-messages")
m = f.marker(); f.bad(conv("nulls-message", marker=m, messages=[None]), "BAD_FIELD_TYPE", "nulls-message")
m = f.marker(); rec = conv("nulls-content", marker=m); rec["messages"][0]["content"] = None; f.bad(rec, "MISSING_FIELD", "nulls-content")
m = f.marker(); rec = conv("nulls-role", marker=m); rec["messages"][0]["role"] = None; f.bad(rec, "MISSING_FIELD", "nulls-role")
f.bad("{}", "MISSING_FIELD")
f.bad("[]", "MALFORMED_JSON")
m = f.marker(); f.bad(conv("nulls-user", marker=m, user_id=None), "MISSING_FIELD", "nulls-user")
m = f.marker(); f.bad(conv("nulls-created", marker=m, created_at=None), "MISSING_FIELD", "nulls-created")
f.write()

# 10: timestamps
f = File("10-timestamps.jsonl")
f.ok("ts-z", created="2026-03-01T10:00:00Z")
f.ok("ts-offset", created="2026-03-01T15:30:00+05:30")
f.ok("ts-negative-offset", created="2026-03-01T05:00:00-05:00")
f.ok("ts-nanos", created="2026-03-01T10:00:00.123456789Z")
f.ok("ts-leap-second", created="2016-12-31T23:59:60Z")
f.ok("ts-millis", created=1772359200000)
f.ok("ts-first-valid", created="2000-01-01T00:00:00Z")
f.ok("ts-last-valid", "EXCLUDED_BEYOND_CONSENT_HORIZON", created="2099-12-31T23:59:59Z")
def badts(cid, value, where="created_at", code="BAD_TIMESTAMP"):
    m = f.marker(); rec = conv(cid, marker=m)
    if where == "created_at":
        rec["created_at"] = value
    else:
        rec["messages"][0]["created_at"] = value
    f.bad(rec, code, cid)
badts("ts-no-offset", "2026-03-01T10:00:00")
badts("ts-date-only", "2026-03-01")
badts("ts-year-0", "0000-01-01T00:00:00Z")
badts("ts-year-9999", "9999-12-31T23:59:59Z")
badts("ts-year-10000", "+10000-01-01T00:00:00Z")
badts("ts-before-2000", "1999-12-31T23:59:59Z")
badts("ts-2100", "2100-01-01T00:00:00Z")
badts("ts-epoch-seconds", 1772359200)
badts("ts-millis-as-string", "1772359200000")
badts("ts-negative-millis", -1)
badts("ts-huge-integer", 99999999999999999999)
badts("ts-message-year-9999", "9999-12-31T23:59:59Z", where="message")
badts("ts-message-epoch-seconds", 1772359200, where="message")
badts("ts-boolean", True, code="BAD_FIELD_TYPE")
f.write()

# 11: a truncated gzip file (stored blocks, cut inside a line far from the start)
f = File("11-truncated.jsonl.gz")
TRUNC_LINES = 60
for i in range(1, TRUNC_LINES + 1):
    f.ok("trunc-%02d" % i)
oracle[:] = [o for o in oracle if not o[0].startswith("11-")]  # the test decides this file's oracle
planted[:] = [p for p in planted if "trunc-" not in p[1]]
plain = b"\n".join(f.lines) + b"\n"
buf = io.BytesIO()
with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=0, mtime=0) as g:
    g.write(plain)
whole = buf.getvalue()
cut_in_plain = plain.index(b"trunc-55")  # inside line 55
header = 10
with open(os.path.join(CONV, f.name), "wb") as out:
    out.write(whole[: header + 5 + cut_in_plain])  # gzip header, one stored-block header, then the plain bytes

# 12: an empty file
open(os.path.join(CONV, "12-empty.jsonl"), "wb").close()

# consent for the corpus: two users excluded, everyone else opted in by default
with open(os.path.join(CONSENT, "consent-00.jsonl"), "w") as c:
    c.write(js({"user_id": "h-out", "event": "opt_out", "effective_at": "2026-01-01T00:00:00Z", "source": "privacy_portal"}) + "\n")
    c.write(js({"user_id": "h-del", "event": "delete", "effective_at": "2026-02-01T00:00:00Z", "source": "privacy_portal"}) + "\n")

with open(os.path.join(EXPECTED, "decisions.jsonl"), "w") as o:
    for source, cid, decision, code in oracle:
        rec = {"source": source, "conversation_id": cid, "decision": decision}
        if code:
            rec["code"] = code
        o.write(json.dumps(rec) + "\n")
with open(os.path.join(EXPECTED, "planted-pii.txt"), "w") as p:
    for t, v in planted:
        p.write("%s\t%s\n" % (t, v))
print(len(oracle), "oracle lines")

# ---- consent-cases/: consent inputs that cannot be trusted (ConsentFailsClosedTest)
CASES = os.path.join(HERE, "consent-cases")
def case_file(*parts):
    path = os.path.join(CASES, *parts)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    return path

with open(case_file("conversations.jsonl"), "w") as c:
    c.write(js(conv("cc-a-1", user="cc-a", marker="HOSTILE-CC-1")) + "\n")
    c.write(js(conv("cc-b-1", user="cc-b", marker="HOSTILE-CC-2")) + "\n")
    c.write(js(conv("cc-late-1", user="cc-late", marker="HOSTILE-CC-3")) + "\n")
    c.write(js(conv("cc-late-2", user="cc-late", created="2026-01-15T10:00:00Z", marker="HOSTILE-CC-4")) + "\n")
    c.write(js(conv("cc-biz-1", user="cc-biz", plan="team", marker="HOSTILE-CC-5")) + "\n")
    c.write(js(conv("cc-temp-1", user="cc-temp", temporary=True, marker="HOSTILE-CC-6")) + "\n")

def event(user, ev, at):
    return js({"user_id": user, "event": ev, "effective_at": at, "source": "privacy_portal"})

# the consent that a sound input would hold: cc-late opted out on 2026-02-01 (after cc-late-2, before cc-late-1)
sound = [event("cc-a", "opt_in", "2026-01-01T00:00:00Z")]
sound += [event("cc-filler-%03d" % i, "opt_in", "2026-01-02T00:00:00Z") for i in range(300)]
sound += [event("cc-late", "opt_out", "2026-02-01T00:00:00Z")]
with open(case_file("sound", "consent-00.jsonl"), "w") as c:
    c.write("\n".join(sound) + "\n")

open(case_file("empty", "consent-00.jsonl"), "wb").close()
with open(case_file("empty", "consent-01.jsonl"), "wb") as c:
    c.write(b"\xef\xbb\xbf")

plain = ("\n".join(sound) + "\n").encode()
buf = io.BytesIO()
with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=0, mtime=0) as g:
    g.write(plain)
cut = plain.index(b'"cc-late"')  # inside the last line: the opt-out of cc-late is lost
with open(case_file("truncated", "consent-00.jsonl.gz"), "wb") as c:
    c.write(buf.getvalue()[: 10 + 5 + cut])

import random
rnd = random.Random(7)
with open(case_file("corrupt", "consent-00.jsonl.gz"), "wb") as c:
    c.write(bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]) + bytes(rnd.randrange(256) for _ in range(4096)))

for name, rec in [("no-user-missing", {"event": "opt_out", "effective_at": "2026-02-01T00:00:00Z"}),
                  ("no-user-number", {"user_id": 7, "event": "opt_out", "effective_at": "2026-02-01T00:00:00Z"}),
                  ("no-user-empty", {"user_id": "", "event": "opt_out", "effective_at": "2026-02-01T00:00:00Z"})]:
    with open(case_file(name, "consent-00.jsonl"), "w") as c:
        c.write(event("cc-a", "opt_in", "2026-01-01T00:00:00Z") + "\n" + js(rec) + "\n")
