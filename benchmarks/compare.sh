#!/usr/bin/env bash
# CourseKit beside Hugo, MkDocs and JBake: the same generated modules, full cold builds, one run.
#
#   benchmarks/compare.sh                                  # 1,000 and 10,000 modules, 3 runs each
#   benchmarks/compare.sh --sizes 1000 --runs 5
#   benchmarks/compare.sh --sizes 200 --runs 1 --warmup 0  # a quick look (about a minute)
#
# Options:
#   --sizes "N ..."  course sizes in modules (default "1000 10000")
#   --runs R         timed runs per measurement (default 3); the table shows median, min and max
#   --warmup W       untimed runs before them, to fill the file cache (default 1)
#   --peers "P ..."  subset of: hugo mkdocs jbake (default all three)
#   --no-maven       skip the measurements through Maven (they install the plugin first)
#   --work DIR       corpora, sites, outputs and the private Maven repository
#                    (default: benchmarks/$CK_TARGET/compare, outside version control)
#
# For each size it writes a deterministic corpus (scripts/gen-corpus.py), the peers' sites of it
# (scripts/make-peer-sites.py) and the same modules as a CourseKit course (GenerateCourse --corpus:
# objectives, quizzes, items, unit exams with blueprints), then times, each as a whole process with
# GNU time (wall, user+system CPU of all threads, peak RSS):
#
#   coursekit-java     CourseBuild.site from a cold JVM (load, every rule, site, reports; no cache)
#   coursekit-mvn-site        mvn coursekit:site on a clean target
#   coursekit-mvn-site-again  mvn coursekit:site again, nothing changed (the page cache at work)
#   coursekit-mvn-package     mvn package on a clean target: validate, site, SCORM 2004 package
#   hugo, mkdocs, jbake       each peer's clean build of the same modules
#
# and, in one warm JVM, the rebuild after editing one module (SiteBuildBench incremental). Peers
# missing from the machine are installed with apt-get (Debian packages hugo, mkdocs, time); JBake
# 2.6.7 comes from Maven Central. The plugin is installed into a private Maven repository under the
# work folder, never into ~/.m2.
set -euo pipefail

SIZES="1000 10000"
RUNS=3
WARMUP=1
PEERS="hugo mkdocs jbake"
MAVEN=1
TARGET=${CK_TARGET:-target}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE="$ROOT/benchmarks"
WORK="$HERE/$TARGET/compare"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --peers) PEERS="$2"; shift 2 ;;
    --no-maven) MAVEN=0; shift ;;
    --work) WORK="$2"; shift 2 ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
REPO="$WORK/m2"
VERSION=0.1.0-SNAPSHOT
PLUGIN="org.coursekit:coursekit-maven-plugin:$VERSION"

# --- peers and GNU time, installed when missing
missing=()
[ -x /usr/bin/time ] || missing+=(time)
for p in $PEERS; do
  case "$p" in
    hugo|mkdocs) command -v "$p" >/dev/null 2>&1 || missing+=("$p") ;;
    jbake) ;;
    *) echo "unknown peer: $p" >&2; exit 2 ;;
  esac
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} with apt-get" >&2
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}" >&2
fi

# --- CourseKit: the benchmark classes (plain Java entry point) and the plugin
cd "$ROOT"
mvn -q -B -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true -Dinvoker.skip=true \
  -Dspotless.skip=true -Dck.target="$TARGET" >&2
CP="$HERE/$TARGET/classes:$HERE/$TARGET/lib/*"
mvnw() { # Maven on the private repository: offline when it has what it needs
  mvn -q -B -o -Dmaven.repo.local="$REPO" "$@" > /dev/null 2>&1 || mvn -q -B -Dmaven.repo.local="$REPO" "$@"
}
if [ ! -d "$REPO" ]; then
  # Start from a copy of the user's repository (not a link: builds here must not touch it).
  mkdir -p "$REPO"
  if [ -d "$HOME/.m2/repository" ]; then cp -r "$HOME/.m2/repository/." "$REPO/"; fi
  rm -rf "$REPO/org/coursekit"
fi
if [ "$MAVEN" = 1 ]; then
  mvnw -pl maven-plugin -am install -Dmaven.test.skip=true -Dinvoker.skip=true \
    -Dspotless.skip=true -Dck.target="$TARGET" >&2
fi
case " $PEERS " in
  *" jbake "*)
    mvnw -f "$HERE/scripts/jbake-runner/pom.xml" -Dbench.build.dir="$WORK/jbake-runner" package >&2
    export JBAKE_RUNNER_CP="$WORK/jbake-runner/jbake-runner.jar:$WORK/jbake-runner/lib/*"
    ;;
esac

# --- machine and versions
{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/^Mem:/{print $2}') GiB RAM, $(uname -sr)"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); maven: $(mvn -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  for p in $PEERS; do
    case "$p" in
      hugo) echo "hugo: $(hugo version)" ;;
      mkdocs) echo "mkdocs: $(mkdocs --version)" ;;
      jbake) echo "jbake: jbake-core 2.6.7 (FreeMarker 2.3.31, flexmark 0.62.2), same JVM" ;;
    esac
  done
} | tee "$WORK/machine.txt"

# --- the courses
for n in $SIZES; do
  c="$WORK/corpus-$n"
  if ! grep -q "\"modules\": $n," "$c/corpus.json" 2>/dev/null; then
    python3 "$HERE/scripts/gen-corpus.py" --modules "$n" --out "$c" >&2
  fi
  python3 "$HERE/scripts/make-peer-sites.py" --corpus "$c" --out "$WORK/sites-$n" \
    --peers "$(echo $PEERS | tr ' ' ',')" >&2
  p="$WORK/project-$n"
  rm -rf "$p"
  java -cp "$CP" org.coursekit.bench.GenerateCourse --corpus "$c" "$p/src/main/course" >&2
  cat > "$p/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>bench-course-$n</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.outputTimestamp>2026-11-25T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.coursekit</groupId>
        <artifactId>coursekit-maven-plugin</artifactId>
        <version>$VERSION</version>
        <executions>
          <execution>
            <goals><goal>validate</goal><goal>site</goal><goal>package</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
EOF
done

# --- timed runs
RESULTS="$WORK/results.tsv"
printf 'name\tmodules\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\texit\n' > "$RESULTS"
measure() { # name, modules, prepare command, then the command
  local name=$1 n=$2 prepare=$3; shift 3
  local tf="$WORK/.time" log="$WORK/log-$name-$n.txt"
  : > "$log"
  for ((i = 1 - WARMUP; i <= RUNS; i++)); do
    eval "$prepare"
    set +e
    /usr/bin/time -o "$tf" -f '%e\t%U\t%S\t%M\t%x' "$@" >> "$log" 2>&1
    set -e
    local line="$name\t$n\t$i\t$(tail -1 "$tf")"
    echo -e "$line" >&2
    [ "$i" -ge 1 ] && echo -e "$line" >> "$RESULTS"
  done
}

for n in $SIZES; do
  p="$WORK/project-$n"
  out="$WORK/out-java-$n"
  measure coursekit-java "$n" "rm -rf '$out'" \
    java -cp "$CP" org.coursekit.bench.SiteBuildBench "$p/src/main/course" "$out" site
  pages=$(find "$out/site" -name '*.html' | wc -l)
  echo "coursekit-java $n: $pages html pages, $(tail -1 "$WORK/log-coursekit-java-$n.txt")" >&2
  if [ "$MAVEN" = 1 ]; then
    measure coursekit-mvn-site "$n" "rm -rf '$p/target'" \
      mvn -q -B -o -Dmaven.repo.local="$REPO" -f "$p/pom.xml" "$PLUGIN:site"
    measure coursekit-mvn-site-again "$n" ":" \
      mvn -q -B -o -Dmaven.repo.local="$REPO" -f "$p/pom.xml" "$PLUGIN:site"
    measure coursekit-mvn-package "$n" "rm -rf '$p/target'" \
      mvn -q -B -o -Dmaven.repo.local="$REPO" -f "$p/pom.xml" package -Dcoursekit.formats=scorm2004
  fi
  for peer in $PEERS; do
    measure "$peer" "$n" ":" sh "$WORK/sites-$n/$peer/build.sh"
  done
  # One warm JVM: a full build, then five single-module edits, each rebuilt (on a copy).
  rm -rf "$WORK/incremental-$n" "$WORK/out-incremental-$n"
  cp -r "$p/src/main/course" "$WORK/incremental-$n"
  java -cp "$CP" org.coursekit.bench.SiteBuildBench "$WORK/incremental-$n" \
    "$WORK/out-incremental-$n" incremental 5 > "$WORK/incremental-$n.txt" 2>&1 || true
  cat "$WORK/incremental-$n.txt" >&2
  rm -rf "$WORK/incremental-$n" "$WORK/out-incremental-$n"
done

# --- the table
python3 - "$RESULTS" "$WORK" "$SIZES" <<'EOF'
import csv, re, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
work, sizes = sys.argv[2], [int(s) for s in sys.argv[3].split()]
groups = {}
for r in rows:
    groups.setdefault((int(r["modules"]), r["name"]), []).append(r)
print()
print(open(work + "/machine.txt").read().strip())
for n in sizes:
    print()
    print("### %d modules" % n)
    print()
    print("| build | runs | wall median s (min-max) | CPU median s | peak RSS median MiB | pages/s | exit |")
    print("|---|---:|---|---:|---:|---:|---|")
    walls = {}
    for (size, name), rs in sorted(groups.items()):
        if size != n:
            continue
        wall = [float(r["wall_s"]) for r in rs]
        cpu = [float(r["user_s"]) + float(r["sys_s"]) for r in rs]
        rss = [int(r["maxrss_kb"]) / 1024 for r in rs]
        med = statistics.median(wall)
        walls[name] = med
        print("| %s | %d | %.2f (%.2f-%.2f) | %.2f | %.0f | %.0f | %s |" % (
            name, len(rs), med, min(wall), max(wall), statistics.median(cpu),
            statistics.median(rss), n / med, ",".join(sorted({r["exit"] for r in rs}))))
    ck = walls.get("coursekit-java")
    if ck:
        ratios = ["%s %.2f× (%s)" % (peer, walls[peer] / ck,
                                      "CourseKit faster" if walls[peer] > ck else "CourseKit slower")
                  for peer in ("hugo", "mkdocs", "jbake") if peer in walls]
        print()
        print("CourseKit (Java entry point) against each peer, wall-time ratio peer / CourseKit: "
              + ", ".join(ratios))
    try:
        line = open("%s/incremental-%d.txt" % (work, n)).read()
        m = re.search(r"rebuild_ms=\[([^\]]*)\] rebuild_median_ms=(\d+) "
                      r"site_step_ms=\[([^\]]*)\] site_step_median_ms=(\d+)", line)
        if m:
            print("After editing one module, warm JVM: site step (SiteGenerator.generate with the"
                  " page cache) median %s ms (runs: %s); whole CourseBuild.site (load, rules, site,"
                  " reports) median %s ms (runs: %s)" % (m.group(4), m.group(3), m.group(2), m.group(1)))
    except OSError:
        pass
EOF
