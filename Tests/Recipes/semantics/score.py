#!/usr/bin/env python3
"""Score `reportkit extract` against the hand-read evaluation set in this folder.

    python3 score.py REPORTKIT CORPUS [--verbose] [--json]

REPORTKIT is the path to a reportkit binary; CORPUS is the external corpus folder holding the reports
(../shared/corpus-external). For each report named in sentences.tsv the script runs
`REPORTKIT extract CORPUS/<report> --format json --quiet`, finds every gold sentence in the normalised text the
tool returns, and compares the figures and targets the tool placed inside those sentences with the gold rows of
figures.tsv and targets.tsv. It prints one table (one column per report, one row per measure) and exits 0:
it is a measurement, not a test. Python 3 standard library only.

Matching rules (see README.md):
- Sentences: both sides are normalised character by character (NFKC, white space dropped, quotes, dashes and
  colons folded) and the gold sentence is searched in the tool's `documents[].text`; if that fails, punctuation is
  dropped too, and last a prefix/suffix anchor search with a character alignment is tried. Offsets map back to
  code points of the tool's text.
- A tool figure belongs to a gold sentence when its span's midpoint lies inside the sentence (a figure without a
  span, when its `text` occurs in the sentence).
- Figure key: value (and upper) + unit + qualifier. Values compare as exact decimals (fractions like 1/3 with a
  1e-6 relative tolerance); units compare after NFKC with a few synonyms (元/CNY, %/percent, 个百分点/pp, rank
  units 名/位/none for ranks, :1/none for ratios, and a 千 prefix folded, e.g. 48.4千公顷 = 48400 公顷);
  qualifiers compare after NFKC with 及以上=以上, 及以下=以下, 超/超过/逾 and 近/接近/将近 taken as one.
  Gold and tool figures are paired one to one, first where the spans overlap, then anywhere in the sentence.
- Metric accuracy over matched figures: exact (after normalisation) and lenient (one contains the other).
  Role accuracy: the tool's `role` equals the gold role. A missing field counts as wrong.
- Target key: metric (lenient) + value (and upper) + unit + comparator. Hedge accuracy and deadline accuracy over
  matched targets. Deadline: the text of the deadline the target's `deadlineId` points at must contain the gold
  phrase or be contained in it; a gold year (2019) also accepts a deadline whose interval lies in that year or
  whose text is 今年/全年/年内/本年; an empty gold deadline wants no deadline (strict), or accepts one inside the
  report year (lenient: the year the plan part is about).
"""
import csv, difflib, json, os, re, subprocess, sys, unicodedata
from decimal import Decimal, InvalidOperation
from fractions import Fraction

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------- normalisation with an offset map

FOLD = {"“": '"', "”": '"', "„": '"', "「": '"', "」": '"', "『": '"', "』": '"', "‘": "'", "’": "'",
        "—": "-", "–": "-", "‐": "-", "‑": "-", "−": "-", "～": "~", "〜": "~", "∶": ":", "﹕": ":", "·": "·"}
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"}


def norm_map(s, drop_punct=False):
    """Normalised form of s and, for each of its characters, the index in s it came from."""
    out, idx = [], []
    if not isinstance(s, str):
        return "", []
    for i, ch in enumerate(s):
        n = unicodedata.normalize("NFKC", ch)
        for c in n:
            c = FOLD.get(c, c)
            if c.isspace() or c in ZERO_WIDTH or unicodedata.category(c) == "Zs":
                continue
            if drop_punct and unicodedata.category(c).startswith("P") and c not in "%‰.":
                continue
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def norm(s):
    return norm_map(s)[0] if isinstance(s, str) else ""


# ---------------------------------------------------------------- values, units, qualifiers

def to_number(v):
    """A tool or gold value as an exact Fraction, or None."""
    if v is None or isinstance(v, bool):
        return None
    if isinstance(v, dict):  # tolerate {"mantissa": m, "exponent": e} or {"value": ...}
        if "mantissa" in v:
            try:
                return Fraction(int(v["mantissa"])) * Fraction(10) ** int(v.get("exponent", 0))
            except (TypeError, ValueError):
                return None
        return to_number(v.get("value"))
    try:
        s = str(v).strip()
        if not s:
            return None
        if "/" in s:
            return Fraction(s)
        return Fraction(Decimal(s))
    except (InvalidOperation, ValueError, ZeroDivisionError):
        return None


def num_eq(a, b, rel=Fraction(1, 10 ** 9)):
    if a is None or b is None:
        return False
    if a == b:
        return True
    return abs(a - b) <= rel * max(1, abs(a), abs(b))


UNIT_SYNONYMS = [
    {"元", "cny", "yuan", "rmb", "人民币"},
    {"%", "percent", "pct"},
    {"个百分点", "百分点", "pp", "percentagepoint", "percentage-point", "percentage_point"},
    {"‰", "permille", "per-mille"},
    {"人", "person", "persons", "people"},
    {"斤", "jin"},
    {"mw", "兆瓦"},
    {"kw", "千瓦"},
    {"℃", "°c", "摄氏度"},
    {"μg/m3", "微克/立方米", "ug/m3"},
]
RANK_UNITS = {"", "名", "位", "位次", "rank"}
RATIO_UNITS = {"", ":1", "比1"}


def unit_key(u):
    return norm(u).lower()


def unit_same(a, b):
    a, b = unit_key(a), unit_key(b)
    return a == b or any(a in s and b in s for s in UNIT_SYNONYMS)


def value_unit_eq(g, t):
    """Gold figure g (dict from figures.tsv) against tool figure t (dict from JSON)."""
    gv, tv = to_number(g["value"]), to_number(t.get("value"))
    gu, tu = g["unit"], t.get("unit") or ""
    kind = g.get("kind", "")
    rel = Fraction(1, 10 ** 9) if (gv is None or finite_decimal(gv)) else Fraction(1, 10 ** 6)
    ok_unit = unit_same(gu, tu)
    if not ok_unit and kind == "rank":
        ok_unit = unit_key(gu) in RANK_UNITS and unit_key(tu) in RANK_UNITS
    if not ok_unit and kind == "ratio":
        ok_unit = unit_key(gu) in RATIO_UNITS and unit_key(tu) in RATIO_UNITS
    if ok_unit and num_eq(gv, tv, rel):
        return upper_eq(g, t)
    # a fraction or share written without unit may come back as a percentage
    if kind == "ratio" and unit_key(gu) == "" and unit_key(tu) == "%" and tv is not None and num_eq(gv * 100, tv, Fraction(1, 10 ** 3)):
        return True
    # 千 as magnitude or as part of the unit (48.4千公顷 = 48400 公顷)
    for (u1, v1), (u2, v2) in (((unit_key(gu), gv), (unit_key(tu), tv)), ((unit_key(tu), tv), (unit_key(gu), gv))):
        if u1.startswith("千") and u1[1:] and unit_same(u1[1:], u2) and v1 is not None and num_eq(v1 * 1000, v2, rel):
            return upper_eq(g, t)
    return False


def finite_decimal(f):
    """True when the fraction has a finite decimal expansion (denominator made of 2s and 5s)."""
    d = f.denominator
    for p in (2, 5):
        while d % p == 0:
            d //= p
    return d == 1


def upper_eq(g, t):
    gu = to_number(g.get("upper"))
    tu = to_number(t.get("upper"))
    if gu is None:
        return tu is None
    return num_eq(gu, tu)


QUAL_CLASSES = [{"超过", "超", "逾", "多于"}, {"近", "接近", "将近"}, {"以上", "及以上"}, {"以下", "及以下"}]


def qual_key(q):
    q = norm(q if isinstance(q, str) else "")
    for cls in QUAL_CLASSES:
        if q in cls:
            return min(cls)
    return q


def qual_eq(g, t):
    return qual_key(g["qualifier"]) == qual_key(t.get("qualifier"))


def metric_exact(a, b):
    return bool(norm(a)) and norm(a) == norm(b)


FUNCTION_CHARS = set("要将拟的了应需")


def metric_lenient(a, b):
    """One metric contains the other, after normalisation and with modal/function characters (要, 将, 拟, 的…) dropped."""
    a = "".join(c for c in norm(a) if c not in FUNCTION_CHARS)
    b = "".join(c for c in norm(b) if c not in FUNCTION_CHARS)
    return bool(a) and bool(b) and (a in b or b in a)


# ---------------------------------------------------------------- reading gold

def read_tsv(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def standalone_occurrences(sentence, text):
    """Start offsets of text in sentence, skipping matches glued to a preceding digit or decimal point."""
    out, i = [], sentence.find(text)
    while i >= 0:
        prev = sentence[i - 1] if i > 0 else ""
        if not (prev and (prev.isdigit() or prev in ".．")):
            out.append(i)
        i = sentence.find(text, i + 1)
    return out


# ---------------------------------------------------------------- running the tool

def run_tool(binary, path):
    try:
        p = subprocess.run([binary, "extract", path, "--format", "json", "--quiet"], capture_output=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as e:
        return None, f"could not run: {e}"
    if p.returncode != 0:
        return None, f"exit {p.returncode}: {p.stderr.decode('utf-8', 'replace')[-200:]}"
    try:
        return json.loads(p.stdout.decode("utf-8", "replace")), ""
    except ValueError as e:
        return None, f"bad JSON: {e}"


def key(x):
    """A lookup key for an id of any JSON type (lists and objects are not hashable)."""
    return json.dumps(x, sort_keys=True, ensure_ascii=False)


def as_list(x):
    return x if isinstance(x, list) else []


def span_of(x):
    s = x.get("span") if isinstance(x, dict) else None
    if isinstance(s, dict) and isinstance(s.get("start"), int) and isinstance(s.get("end"), int):
        return s["start"], s["end"]
    return None


class Doc:
    def __init__(self, d):
        self.raw = d
        self.text = d.get("text") if isinstance(d.get("text"), str) else ""
        self.norm, self.map = norm_map(self.text)
        self.norm_np, self.map_np = norm_map(self.text, drop_punct=True)
        self.figures = [f for f in as_list(d.get("figures")) if isinstance(f, dict)]
        self.targets = [t for t in as_list(d.get("targets")) if isinstance(t, dict)]
        self.deadlines = {key(x.get("id")): x for x in as_list(d.get("deadlines")) if isinstance(x, dict)}
        self.fig_by_id = {key(f.get("id")): f for f in self.figures if f.get("id") is not None}


class Located:
    """A gold sentence found in a tool document: its span there and a map from gold offsets to tool offsets."""

    def __init__(self, doc, start, end, gold_to_tool):
        self.doc, self.start, self.end, self.g2t = doc, start, end, gold_to_tool


def locate(docs, sentence, after):
    """Find sentence in one of docs; `after` is (doc index, offset) of the previous hit, to prefer later hits."""
    g_norm, g_map = norm_map(sentence)
    g_np, g_map_np = norm_map(sentence, drop_punct=True)
    if not g_norm:
        return None
    for variant in ("exact", "nopunct"):
        hits = []
        for di, doc in enumerate(docs):
            hay, hmap = (doc.norm, doc.map) if variant == "exact" else (doc.norm_np, doc.map_np)
            needle, nmap = (g_norm, g_map) if variant == "exact" else (g_np, g_map_np)
            if not needle:
                continue
            i = hay.find(needle)
            while i >= 0:
                hits.append((di, i, hay, hmap, needle, nmap))
                i = hay.find(needle, i + 1)
        if hits:
            later = [h for h in hits if (h[0], h[3][h[1]]) >= after]
            di, i, hay, hmap, needle, nmap = (later or hits)[0]
            doc = docs[di]
            g2t = {}
            for k in range(len(needle)):
                g2t.setdefault(nmap[k], hmap[i + k])
            start, end = hmap[i], hmap[i + len(needle) - 1] + 1
            return Located(doc, start, end, g2t), (di, start)
    # fuzzy: anchor on a prefix and a suffix, then align characters
    a = min(8, len(g_np))
    for di, doc in enumerate(docs):
        hay, hmap = doc.norm_np, doc.map_np
        i = hay.find(g_np[:a])
        while i >= 0:
            j = hay.find(g_np[-a:], i, i + int(len(g_np) * 1.5) + a)
            if j >= 0:
                window = hay[i:j + a]
                sm = difflib.SequenceMatcher(None, g_np, window, autojunk=False)
                if sm.ratio() >= 0.8:
                    g2t = {}
                    for blk in sm.get_matching_blocks():
                        for k in range(blk.size):
                            g2t.setdefault(g_map_np[blk.a + k], hmap[i + blk.b + k])
                    start, end = hmap[i], hmap[j + a - 1] + 1
                    return Located(doc, start, end, g2t), (di, start)
            i = hay.find(g_np[:a], i + 1)
    return None


def gold_span(loc, sentence, text, occ):
    """Span in the tool's text of the occ-th standalone occurrence of text in the gold sentence, or None."""
    starts = standalone_occurrences(sentence, text)
    if len(starts) < occ:
        return None
    a = starts[occ - 1]
    pos = [loc.g2t[k] for k in range(a, a + len(text)) if k in loc.g2t]
    if not pos:
        return None
    return min(pos), max(pos) + 1


def overlaps(a, b):
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def inside(loc, span, text_hint):
    if span is not None:
        mid = (span[0] + span[1]) / 2
        return loc.start <= mid < loc.end
    if text_hint:
        seg = norm(loc.doc.text[loc.start:loc.end])
        return norm(text_hint) in seg
    return False


# ---------------------------------------------------------------- the measures

class Tally:
    def __init__(self):
        self.c = {}

    def add(self, k, n=1):
        self.c[k] = self.c.get(k, 0) + n

    def __getitem__(self, k):
        return self.c.get(k, 0)


def pair(golds, tools, key):
    """One-to-one pairing: first where spans overlap, then anywhere. golds/tools are (item, span) lists."""
    used_t, pairs = set(), []
    used_g = set()
    for overlap_pass in (True, False):
        for gi, (g, gs) in enumerate(golds):
            if gi in used_g:
                continue
            for ti, (t, ts) in enumerate(tools):
                if ti in used_t:
                    continue
                if overlap_pass and not overlaps(gs, ts):
                    continue
                if key(g, t):
                    used_t.add(ti)
                    used_g.add(gi)
                    pairs.append((g, t))
                    break
    return pairs


def year_of(rel):
    m = re.findall(r"(\d{4})", rel)
    return int(m[-1]) if m else None


def deadline_ok(gold, tool_dl, report_year, lenient):
    g = norm(gold)
    text = norm(tool_dl.get("text")) if isinstance(tool_dl, dict) else ""
    iv = tool_dl.get("interval") if isinstance(tool_dl, dict) else None
    years = set()
    if isinstance(iv, dict):
        for k in ("start", "end"):
            m = re.match(r"(\d{4})", str(iv.get(k) or ""))
            if m:
                years.add(int(m.group(1)))
    same_year_words = {"今年", "全年", "年内", "本年", "当年"}
    if not g:
        if tool_dl is None:
            return True
        return lenient and (years == {report_year} or text in same_year_words)
    if tool_dl is None:
        return False
    if re.fullmatch(r"\d{4}", g):
        y = int(g)
        return y in years and len(years) == 1 or g in text or text in same_year_words
    if text and (g in text or text in g):
        return True
    return g in same_year_words and years == {report_year}


def score_sentence(s, rel, docs, after, year, figs_by, tgts_by, T, verbose):
    """Count one gold sentence into the tally T; returns the new search position."""
    sent = s["sentence"]
    gfigs = figs_by.get((rel, sent), [])
    gtgts = tgts_by.get((rel, sent), [])
    T.add("sentences")
    T.add("gold_figures", len(gfigs))
    T.add("gold_targets", len(gtgts))
    hit = locate(docs, sent, after) if docs else None
    if hit is None:
        if verbose and docs:
            print(f"[{rel}] sentence not found: {sent[:40]}")
        return after
    loc, after = hit
    T.add("located")
    # figures
    tfigs = [(f, span_of(f)) for f in loc.doc.figures if inside(loc, span_of(f), f.get("text"))]
    gl = [(g, gold_span(loc, sent, g["text"], int(g["occurrence"] or 1))) for g in gfigs]
    T.add("tool_figures", len(tfigs))
    full = pair(gl, tfigs, lambda g, t: value_unit_eq(g, t) and qual_eq(g, t))
    vu = pair(gl, tfigs, value_unit_eq)
    T.add("fig_tp", len(full))
    T.add("fig_tp_vu", len(vu))
    T.add("fig_spotted", sum(1 for g, gs in gl if any(overlaps(gs, ts) for _, ts in tfigs)))
    for g, t in full:
        T.add("metric_exact", metric_exact(g["metric"], t.get("metric")))
        T.add("metric_lenient", metric_lenient(g["metric"], t.get("metric")))
        T.add("role_ok", norm(t.get("role")) == g["role"])
    if verbose:
        matched_g = {id(g) for g, _ in full}
        matched_t = {id(t) for _, t in full}
        for g, _ in gl:
            if id(g) not in matched_g:
                print(f"[{rel}] missed {g['text']} ({g['value']} {g['unit']} {g['qualifier']}) in {sent[:30]}")
        for t, _ in tfigs:
            if id(t) not in matched_t:
                print(f"[{rel}] extra {t.get('text')} ({t.get('value')} {t.get('unit')} {t.get('qualifier')}) in {sent[:30]}")
    # targets: every target of every sampled sentence is annotated (review and bulletin sentences have
    # none), so any tool target placed in a sampled sentence counts for precision
    ttg = []
    for t in loc.doc.targets:
        f = loc.doc.fig_by_id.get(key(t.get("figureId"))) if t.get("figureId") is not None else None
        sp = span_of(f) if f else None
        if sp is not None:
            ok = inside(loc, sp, None)
        else:
            sp = span_of(t)
            ok = overlaps(sp, (loc.start, loc.end)) if sp else inside(loc, None, t.get("text"))
        if ok:
            ttg.append((t, sp))
    T.add("tool_targets", len(ttg))
    gtl = [(g, gold_span(loc, sent, g["text"], int(g["occurrence"] or 1))) for g in gtgts]

    def tkey(g, t):
        return (metric_lenient(g["metric"], t.get("metric")) and norm(t.get("comparator")) == g["comparator"]
                and value_unit_eq(g, t))
    tp = pair(gtl, ttg, tkey)
    T.add("tgt_tp", len(tp))
    for g, t in tp:
        T.add("hedge_ok", norm(g["hedge"]) == norm(t.get("hedge") if isinstance(t.get("hedge"), str) else ""))
        dl = loc.doc.deadlines.get(key(t.get("deadlineId"))) if t.get("deadlineId") is not None else None
        T.add("deadline_ok", deadline_ok(g["deadline"], dl, year, False))
        T.add("deadline_ok_lenient", deadline_ok(g["deadline"], dl, year, True))
        if verbose and not (deadline_ok(g["deadline"], dl, year, False) and norm(g["hedge"]) == norm(t.get("hedge") if isinstance(t.get("hedge"), str) else "")):
            print(f"[{rel}] target {g['metric']}: hedge {g['hedge']!r}/{t.get('hedge')!r}, deadline {g['deadline']!r}/{(dl or {}).get('text')!r} {(dl or {}).get('interval')}")
    if verbose:
        mg = {id(g) for g, _ in tp}
        mt = {id(t) for _, t in tp}
        for g, _ in gtl:
            if id(g) not in mg:
                print(f"[{rel}] missed target {g['metric']} {g['comparator']} {g['value']}{g['unit']} in {sent[:30]}")
        for t, _ in ttg:
            if id(t) not in mt:
                print(f"[{rel}] extra target {t.get('metric')} {t.get('comparator')} {t.get('value')}{t.get('unit') or ''} in {sent[:30]}")
    return after


def main(argv):
    verbose = "--verbose" in argv
    as_json = "--json" in argv
    args = [a for a in argv if a not in ("--verbose", "--json")]
    if not args:
        print(__doc__.strip().splitlines()[2].strip())
        return 0
    binary = os.path.abspath(args[0])
    shared = args[1] if len(args) > 1 else os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus-external")

    sentences = read_tsv("sentences.tsv")
    figures = read_tsv("figures.tsv")
    targets = read_tsv("targets.tsv")
    reports = []
    for s in sentences:
        if s["report"] not in reports:
            reports.append(s["report"])
    figs_by = {}
    for f in figures:
        figs_by.setdefault((f["report"], f["sentence"]), []).append(f)
    kind_of = {(f["report"], f["sentence"], f["text"], f["occurrence"]): f["kind"] for f in figures}
    tgts_by = {}
    for t in targets:
        t["kind"] = kind_of.get((t["report"], t["sentence"], t["text"], t["occurrence"]), "")
        tgts_by.setdefault((t["report"], t["sentence"]), []).append(t)

    tallies = {r: Tally() for r in reports}
    notes = []
    for rel in reports:
        T = tallies[rel]
        out, err = run_tool(binary, os.path.join(shared, rel))
        if out is None:
            notes.append(f"{rel}: {err}")
        docs = [Doc(d) for d in as_list(out.get("documents") if isinstance(out, dict) else None) if isinstance(d, dict)]
        if out is not None and not docs:
            notes.append(f"{rel}: no documents in the output")
        after = (0, 0)
        year = year_of(rel)
        for s in (x for x in sentences if x["report"] == rel):
            try:
                after = score_sentence(s, rel, docs, after, year, figs_by, tgts_by, T, verbose)
            except Exception as e:  # one odd record must not stop the measurement
                notes.append(f"{rel}: error on sentence {s['sentence'][:20]}: {e!r}")

    # ------------------------------------------------------------ the table
    total = Tally()
    for T in tallies.values():
        for k, v in T.c.items():
            total.add(k, v)
    cols = [(short(r), tallies[r]) for r in reports] + [("all", total)]

    def ratio(a, b):
        return "-" if b == 0 else f"{a / b:.3f}"

    rows = [
        ("sentences located", lambda T: f"{T['located']}/{T['sentences']}"),
        ("gold figures", lambda T: str(T["gold_figures"])),
        ("tool figures in sentences", lambda T: str(T["tool_figures"])),
        ("figure recall (value+unit+qual)", lambda T: ratio(T["fig_tp"], T["gold_figures"])),
        ("figure precision (value+unit+qual)", lambda T: ratio(T["fig_tp"], T["tool_figures"])),
        ("figure recall (value+unit)", lambda T: ratio(T["fig_tp_vu"], T["gold_figures"])),
        ("figure precision (value+unit)", lambda T: ratio(T["fig_tp_vu"], T["tool_figures"])),
        ("figures spotted (span overlap)", lambda T: ratio(T["fig_spotted"], T["gold_figures"])),
        ("metric exact | matched figs", lambda T: ratio(T["metric_exact"], T["fig_tp"])),
        ("metric lenient | matched figs", lambda T: ratio(T["metric_lenient"], T["fig_tp"])),
        ("role | matched figs", lambda T: ratio(T["role_ok"], T["fig_tp"])),
        ("gold targets", lambda T: str(T["gold_targets"])),
        ("tool targets in sentences", lambda T: str(T["tool_targets"])),
        ("target recall", lambda T: ratio(T["tgt_tp"], T["gold_targets"])),
        ("target precision", lambda T: ratio(T["tgt_tp"], T["tool_targets"])),
        ("hedge | matched targets", lambda T: ratio(T["hedge_ok"], T["tgt_tp"])),
        ("deadline strict | matched targets", lambda T: ratio(T["deadline_ok"], T["tgt_tp"])),
        ("deadline lenient | matched targets", lambda T: ratio(T["deadline_ok_lenient"], T["tgt_tp"])),
    ]
    if as_json:
        # One object of the measures over all reports, for a test to hold floors against.
        print(json.dumps({label: fn(total) for label, fn in rows} | {"notes": notes}, ensure_ascii=False))
        return 0
    w0 = max(len(r[0]) for r in rows)
    widths = [max(9, len(name)) for name, _ in cols]
    print(f"{'measure':<{w0}}  " + "  ".join(f"{name:>{w}}" for (name, _), w in zip(cols, widths)))
    for label, fn in rows:
        print(f"{label:<{w0}}  " + "  ".join(f"{fn(T):>{w}}" for (_, T), w in zip(cols, widths)))
    for n in notes:
        print("note:", n)
    return 0


def short(rel):
    base = os.path.basename(rel)
    parent = os.path.basename(os.path.dirname(rel))
    if re.fullmatch(r"\d{4}\.txt", base):
        return f"{parent}-{base[:4]}"
    return base[:-4] if base.endswith(".txt") else base


if __name__ == "__main__":
    try:
        code = main(sys.argv[1:])
    except Exception as e:  # a measurement never fails the caller
        print(f"score.py: internal error: {e!r}", file=sys.stderr)
        code = 0
    sys.exit(code)
