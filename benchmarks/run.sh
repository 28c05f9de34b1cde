#!/usr/bin/env bash
# Speed benchmark: validate a generated N-module course in a fresh JVM, several times, next to a
# bare CommonMark parse + render of the same module files (the peer measured in the same run),
# and print medians. Not part of the build or the tests.
#
#   benchmarks/run.sh [modules=1000] [runs=5]
#
# Each measurement is one whole `java` process, JVM start included, timed by GNU time: wall
# seconds and CPU seconds (user + system, all threads). On a busy machine wall time grows while
# CPU time stays put, so both are printed. Each run also prints its own split (JVM start to
# main, CourseBuild.create, load, rules, reports).
set -euo pipefail

MODULES=${1:-1000}
RUNS=${2:-5}
TARGET=${CK_TARGET:-target}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/coursekit-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

cd "$ROOT"
mvn -q -B -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true -Dinvoker.skip=true \
  -Dspotless.skip=true -Dck.target="$TARGET"
CP="$ROOT/benchmarks/$TARGET/classes:$ROOT/benchmarks/$TARGET/lib/*"

java -cp "$CP" org.coursekit.bench.GenerateCourse "$MODULES" "$WORK/course"
echo "course: $(find "$WORK/course" -type f | wc -l) files," \
  "$(cat "$WORK"/course/modules/*.md | wc -w) words in $(ls "$WORK"/course/modules | wc -l) modules"
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

measure() { # name, then the command
  local name=$1; shift
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$WORK/out"
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" "$@" > "$WORK/last.txt"
    read -r wall user sys < "$WORK/time.txt"
    walls+=("$wall")
    cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')")
    echo "  $(head -1 "$WORK/last.txt")"
  done
  local wall_median cpu_median
  wall_median=$(printf '%s\n' "${walls[@]}" | median)
  cpu_median=$(printf '%s\n' "${cpus[@]}" | median)
  echo "$name: wall s ${walls[*]} (median $wall_median); cpu s ${cpus[*]} (median $cpu_median)"
  eval "WALL_${name//-/_}=$wall_median CPU_${name//-/_}=$cpu_median"
}

measure commonmark java -cp "$CP" org.coursekit.bench.CommonmarkPass "$WORK/course"
measure rules java -cp "$CP" org.coursekit.bench.ValidateCourse "$WORK/course" "$WORK/out" rules
measure validate java -cp "$CP" org.coursekit.bench.ValidateCourse "$WORK/course" "$WORK/out" build
# The same with the JIT's quick tier only: a run this short spends about as much CPU on C2
# compiling as on the work itself (README, Performance, suggests it for course repositories).
measure validate-c1 java -XX:TieredStopAtLevel=1 -cp "$CP" org.coursekit.bench.ValidateCourse \
  "$WORK/course" "$WORK/out" build

awk -v n="$MODULES" -v vw="$WALL_validate" -v vc="$CPU_validate" -v rw="$WALL_rules" \
  -v rc="$CPU_rules" -v cw="$WALL_commonmark" -v cc="$CPU_commonmark" \
  -v qw="$WALL_validate_c1" -v qc="$CPU_validate_c1" 'BEGIN {
  printf "summary, %d modules, cold JVM, medians:\n", n
  printf "  coursekit validate (load, rules, reports): wall %.2f s, cpu %.2f s\n", vw, vc
  printf "  the same, -XX:TieredStopAtLevel=1:          wall %.2f s, cpu %.2f s\n", qw, qc
  printf "  load and rules only:                       wall %.2f s, cpu %.2f s\n", rw, rc
  printf "  bare CommonMark parse + render (peer):     wall %.2f s, cpu %.2f s\n", cw, cc
  printf "  ratio validate / CommonMark: wall %.1f, cpu %.1f\n", vw / cw, vc / cc }'
