#!/usr/bin/env python3
"""Turn a corpus written by gen-corpus.py into a CourseKit course with the same module bodies.

    make-course.py --corpus WORK/corpus-1000 --out WORK/course-1000

The peers build the corpus as it is; CourseKit gets the same text in its own format: front
matter with 3-4 objectives (Bloom level from the verb, condition and criterion from "apply" up,
the outcome each supports), a `<!-- supports: -->` note under the first sections, the quiz
section as ```quiz blocks (the first one placed from items/ by `ref:`), the figure in the
module's media folder, a program with outcomes, completion rule and certificate, people, a
glossary of the corpus subjects, one summative item per objective and one unit exam with a
blueprint per 20 modules. Deterministic, stdlib only.
"""
import argparse, os, re, shutil

BLOOM = {
    "remember": ["Define", "List", "Recall", "Identify", "Name", "Recognize"],
    "understand": ["Explain", "Describe", "Summarize", "Classify", "Interpret"],
    "apply": ["Apply", "Demonstrate", "Use", "Implement", "Carry out"],
    "analyze": ["Analyze", "Compare", "Differentiate", "Examine", "Organize"],
    "evaluate": ["Evaluate", "Justify", "Assess", "Critique", "Prioritize"],
    "create": ["Design", "Construct", "Develop", "Formulate", "Plan"],
}
LEVEL = {v: lvl for lvl, verbs in BLOOM.items() for v in verbs}
OUTCOMES = list(BLOOM)
UNIT = 20
REVIEW = "{ reviewers: [sme-b], reviewed_on: 2026-10-15, decision: approved, next_review_due: 2027-10-01 }"
ITEM_REVIEW = "{ reviewers: [sme-c], reviewed_on: 2026-09-10, status: approved }"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def parse_front(fm):
    d = {"objectives": []}
    for line in fm.splitlines():
        m = re.match(r"^(id|title|duration_minutes):\s*(.*)$", line)
        if m:
            d[m.group(1)] = m.group(2).strip().strip('"')
        m = re.match(r"^\s+- id:\s*(\S+)", line)
        if m:
            d["objectives"].append({"id": m.group(1)})
        m = re.match(r'^\s+text:\s*"(.*)"$', line)
        if m:
            d["objectives"][-1]["text"] = m.group(1)
    return d


def level_of(text):
    for n in (2, 1):
        verb = " ".join(text.split()[:n])
        if verb in LEVEL:
            return LEVEL[verb]
    return "understand"


def quiz_fields(qid, objective, level, stem, options, module_id):
    out = [f"id: {qid}", "type: single", "use: formative", f"objectives: [{objective}]",
           f"bloom_level: {level}", f"stem: {q(stem)}", "options:"]
    for text, correct in options:
        out.append(f"  - text: {q(text)}")
        if correct:
            out.append("    correct: true")
            out.append("    feedback: Correct. This is the record the procedure names.")
        else:
            out.append("    feedback: Not quite. Check the procedure again.")
    out += ["rationale: The procedure names this record.", "points: 1",
            f"source: {{ reference: \"Course module {module_id} v1.0.0\" }}",
            "authors: [author-a]", f"review: {ITEM_REVIEW}", "ai_assisted: false"]
    return out


def convert_quiz(body, module_id, objective, level, root):
    head, _, quiz = body.partition("\n## Quiz\n")
    blocks, question = [], None
    for line in quiz.splitlines():
        m = re.match(r"^\d+\. (.*)$", line)
        if m:
            question = [m.group(1), []]
            blocks.append(question)
        m = re.match(r"^\s+- \[( |x)\] (.*)$", line)
        if m and question:
            question[1].append((m.group(2), m.group(1) == "x"))
    out = [head.rstrip("\n"), "", "## Quiz", ""]
    for n, (stem, options) in enumerate(blocks, 1):
        qid = f"F-{module_id}-{n}"
        fields = quiz_fields(qid, objective, level, stem, options, module_id)
        if n == 1:
            write(root, f"items/{qid}.yml", "\n".join(fields) + "\n")
            fields = [f"ref: {qid}"]
        out += ["```quiz"] + fields + ["```", ""]
    return "\n".join(out)


def module(root, corpus, name, unit_objectives):
    text = open(os.path.join(corpus, "modules", name), encoding="utf-8").read()
    end = text.index("\n---\n", 4)
    d = parse_front(text[4:end])
    body = text[end + 5:]
    mid = d["id"]
    objectives = d["objectives"][:4]
    fm = ["---", f"id: {mid}", f"title: {q(d['title'])}", "version: 1.0.0",
          f"duration_minutes: {d['duration_minutes']}", "prerequisites: []", "objectives:"]
    for k, o in enumerate(objectives):
        verb = o["text"].split()[0]
        if level_of(o["text"]) == "create":  # one single-choice item cannot measure Create (LO-009)
            o["text"] = "Evaluate" + o["text"][len(verb):]
        lvl = level_of(o["text"])
        o["level"] = lvl
        fm += [f"  - id: {o['id']}", f"    text: {q(o['text'])}", f"    bloom_level: {lvl}",
               f"    supports: [PO-{OUTCOMES.index(lvl) + 1}]"]
        if OUTCOMES.index(lvl) >= 2:
            fm += ["    condition: Given the site procedures and records",
                   "    criterion: With no critical errors and every record complete"]
    fm += ["authors: [author-a]", f"review: {REVIEW}", "references:",
           f"  - citation: \"Site guidance for {d['title']}\"", "    year: 2025",
           f"    url: https://example.org/guidance/{mid}", "    version: rev 2",
           "ai_assisted: false", "---", ""]
    # Each objective is taught in one of the first sections.
    sections = iter(objectives)

    def supports(m):
        o = next(sections, None)
        return m.group(1) + (f"\n<!-- supports: {o['id']} -->" if o else "")

    body = re.sub(r"^(## (?!Quiz).*)$", supports, body, flags=re.M)
    rest = [o["id"] for o in sections]  # more objectives than sections: the quiz practises them
    if rest:
        notes = "".join(
            f"### Practise {o}\n<!-- supports: {o} -->\n\nThe quiz below practises this objective.\n\n"
            for o in rest)
        body = body.replace("\n## Quiz\n", f"\n{notes}## Quiz\n", 1)
    figure = re.search(r"\(\.\./images/(fig-\d\.png)\)", body)
    if figure:
        os.makedirs(os.path.join(root, "modules", mid), exist_ok=True)
        shutil.copyfile(os.path.join(corpus, "images", figure.group(1)),
                        os.path.join(root, "modules", mid, figure.group(1)))
        body = body.replace("../images/", f"{mid}/")
    body = convert_quiz(body, mid, objectives[0]["id"], objectives[0]["level"], root)
    write(root, f"modules/{mid}.md", "\n".join(fm) + body)
    for o in objectives:
        iid = f"S-{o['id']}"
        write(root, f"items/secure/{iid}.yml", "\n".join([
            f"id: {iid}", "type: single", "use: summative", f"objectives: [{o['id']}]",
            f"bloom_level: {o['level']}",
            f"stem: {q('During ' + d['title'].lower() + ', which record must be complete before sign-off for ' + o['id'] + '?')}",
            "options:", "  - text: The step log", "    correct: true",
            "  - text: The visitor book", "  - text: The shift rota", "  - text: The canteen menu",
            "rationale: Only the step log records each step and who did it.", "points: 1",
            f"source: {{ reference: \"Site guidance for {d['title']}, section 2\" }}",
            "authors: [author-a]", f"review: {ITEM_REVIEW}", "ai_assisted: false", ""]))
        unit_objectives.append(o["id"])
    return mid, int(d["duration_minutes"]), [o["level"] for o in objectives]


def unit_exam(root, unit, objectives):
    base, extra = divmod(100, len(objectives))
    lines = [f"id: unit-{unit:03d}", "use: summative",
             "delivery: { time_limit_minutes: 60, randomize: true }",
             f"pool: {{ include: [{', '.join(q('items/secure/S-' + o + '.yml') for o in objectives)}], draw: {len(objectives)} }}",
             "blueprint:"]
    for i, o in enumerate(objectives):
        lines.append(f"  - {{ objective: {o}, weight: {base + (1 if i < extra else 0)}, min_items: 1 }}")
    lines.append("passing_standard_ref: program.completion.passing_standard")
    write(root, f"assessments/unit-{unit:03d}.yml", "\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    shutil.rmtree(a.out, ignore_errors=True)
    names = sorted(os.listdir(os.path.join(a.corpus, "modules")))
    ids, minutes, levels, units = [], 0, set(), []
    for n, name in enumerate(names):
        if n % UNIT == 0:
            units.append([])
        mid, mins, lvls = module(a.out, a.corpus, name, units[-1])
        ids.append(mid); minutes += mins; levels.update(lvls)
    for u, objectives in enumerate(units, 1):
        unit_exam(a.out, u, objectives)
    outcomes = []
    for k, lvl in enumerate(OUTCOMES, 1):
        if lvl in levels:
            outcomes += [f"  - id: PO-{k}", f"    text: {q(BLOOM[lvl][0] + ' the site procedures of the library at work')}",
                         f"    bloom_level: {lvl}"]
            if k >= 3:
                outcomes += ["    condition: Given the site procedures and records",
                             "    criterion: No critical errors on the unit exams"]
    exams = ", ".join(f"assessment:unit-{u:03d}" for u in range(1, len(units) + 1))
    hours = round(minutes / 60, 2)
    write(a.out, "program.yml", f"""id: bench-course
title: Workplace Operations Library
version: 1.0.0
status: released
language: en
credential_type: assessment-based-certificate
purpose: >-
  Prepare operations staff to carry out, record and check routine workplace procedures safely
  and consistently across the topics of the library.
scope:
  includes: [routine workplace procedures, records and checks]
  excludes: [specialist engineering work, legal advice]
intended_audience:
  description: Operations staff and their supervisors
  level: intermediate
prerequisites: [Site induction]
mission_alignment: >-
  The institute trains a safe and competent workforce; this library gives every site one assessed
  foundation.
design_plan:
  needs_analysis: docs/needs-analysis.md
  delivery_mode: online
  technical_requirements: A current web browser with JavaScript enabled.
  rationale: docs/design-rationale.md
outcomes:
{chr(10).join(outcomes)}
completion:
  requires: [all-modules, {exams}]
  passing_standard:
    score: 80
    scale: percent
    rule: compensatory
    method: modified-angoff
    set_on: 2026-09-22
    panel: [sme-b, sme-c, sme-d]
    report: docs/standard-setting.md
  attempts: {{ max: 3, wait_days: 7 }}
contact_hours: {hours}
certificate:
  term: P3Y
  term_rationale: >-
    Site procedures and the guidance behind them change every few years, so the certificate lasts
    three years; the content is reviewed every 12 months.
  disclaimer: >-
    This certificate shows completion of training and a passed assessment. It is not a certification or licence.
review: {{ cycle_months: 12, reviewers: [sme-b, sme-c], reviewed_on: 2026-10-15, decision: approved, next_review_due: 2027-10-01 }}
evaluation: {{ plan: docs/evaluation-plan.md, cycle_months: 12, instruments: [reaction-survey, item-analysis], last_completed: 2026-10-30 }}
quality: {{ internal_audit_on: 2026-11-03, management_review_on: 2026-11-17 }}
policies:
  fees_refunds: https://example.org/policies/fees
  nondiscrimination: https://example.org/policies/nondiscrimination
  advisory_group: policies/advisory-group.md
  automation: policies/ai-and-automation.md
  accommodations: https://example.org/policies/accommodations
  appeals: https://example.org/policies/appeals
modules: [{", ".join(ids)}]
ai_assisted: false
""")
    people = [("author-a", "A. Author, MSc", "author, planner"), ("sme-b", "Dr. B. Expert", "sme, reviewer"),
              ("sme-c", "C. Expert, MSc", "sme, reviewer"), ("sme-d", "D. Expert, MSc", "sme, reviewer"),
              ("psy-e", "Dr. E. Measure", "psychometrician")]
    write(a.out, "people.yml", "".join(
        f"- id: {p}\n  name: {n}\n  roles: [{r}]\n  qualifications: [10 yrs operations practice, Site trainer since 2020]\n"
        f"  coi: {{ disclosed_on: 2026-01-15, relevant: [] }}\n\n" for p, n, r in people))
    subjects = sorted({re.sub(r"^.*?(?:to|of|for|Auditing|Troubleshooting|Planning|Advanced|Guide to) ", "", t)
                       for t in []})
    glossary = ["Lockout tagout", "Root cause analysis", "Hazard communication", "Risk assessment",
                "Change management", "Access management", "Confined space entry", "Incident reporting"]
    abbreviations = {"Lockout tagout": "LOTO", "Root cause analysis": "RCA"}
    write(a.out, "glossary.yml", "".join(
        f"- term: {t}\n" + (f"  abbreviation: {abbreviations[t]}\n" if t in abbreviations else "")
        + f"  definition: The procedures, records and checks a site uses for {t.lower()}.\n\n" for t in glossary))
    for doc in ["docs/needs-analysis.md", "docs/design-rationale.md", "docs/standard-setting.md",
                "docs/evaluation-plan.md", "policies/advisory-group.md", "policies/ai-and-automation.md"]:
        write(a.out, doc, f"# {doc}\n\nA short document kept with the course for reviewers.\n")
    write(a.out, "coursekit.yml", "profile: release\nrules:\n  ASM-003: { min_items_per_objective: 1 }\n")
    print(f"{len(ids)} modules, {minutes} minutes -> {a.out}")


main()
