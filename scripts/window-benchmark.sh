#!/usr/bin/env bash
# Measures the window on a library of 10,000 generated articles plus one 1 MB article
# (WindowBenchmarkLibrary, test classpath): for RUNS fresh starts of the real window it takes, from
# the window's own log lines,
#   - launch -> library tree shown: the tree filled and laid out, the window answering input
#     (wall time, and the process's CPU time up to then, which is steadier on a busy machine);
#   - the 1 MB article: loaded from the library + laid out in the reader, the first time in a fresh JVM (cold)
#     and the median of REOPEN more showings of it in the same JVM (warm).
# Each start is made twice: plain `java -jar` and through scripts/wenzhai (class-data archive +
# quick JIT tier). Prints a table of medians with the load average.
#
# Installs nothing. Uses Xvfb when it is installed (xvfb xauth libgtk-3-0 fonts-wqy-microhei),
# else the headless Monocle glass platform from the Maven test dependencies (plain java only).
# Usage: scripts/window-benchmark.sh [ARTICLES=10000] [RUNS=5] [REOPEN=3]
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-10000}"
RUNS="${2:-5}"
REOPEN="${3:-3}"
LIB="target/bench-library-$ARTICLES"
JAR="${WENZHAI_BENCH_JAR:-target/wenzhai.jar}"   # another build of the window, to compare
[ -f target/wenzhai.jar ] || mvn -B -q -DskipTests package
if [ ! -f "$LIB/wenzhai.mv.db" ]; then
  mvn -B -q test-compile
  mvn -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.wenzhai.bench.WindowBenchmarkLibrary \
    -Dexec.args="$LIB $ARTICLES"
fi

TMP=$(mktemp -d)
XPID=""
cleanup() { [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true; rm -rf "$TMP"; }
trap cleanup EXIT
OPTS="-Djava.util.prefs.userRoot=$TMP/prefs -Dwenzhai.open=一兆字节长文 -Dwenzhai.reopen=$REOPEN"
MODES=(plain)
if command -v Xvfb >/dev/null; then
  D=99
  while [ -e "/tmp/.X11-unix/X$D" ] || [ -e "/tmp/.X$D-lock" ]; do D=$((D + 1)); done
  Xvfb ":$D" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XPID=$!
  sleep 1
  export DISPLAY=":$D"
  PLAIN=(java -jar "$JAR")
  MODES=(plain launcher)
  DISPLAY_MODE="Xvfb"
else
  MONOCLE=$(find ~/.m2/repository/org/testfx/openjfx-monocle -name '*.jar' | head -1)
  PLAIN=(java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "target/wenzhai.jar:$MONOCLE" org.wenzhai.app.Main)
  DISPLAY_MODE="Monocle headless"
fi
# the launcher's class-data archive belongs to this jar: the priming start below writes it
JAR_COPY="$TMP/wenzhai.jar"
ln -s "$(realpath "$JAR")" "$JAR_COPY"
ln -s "$(dirname "$(realpath "$JAR")")/lib" "$TMP/lib"
LAUNCHER=(env WENZHAI_JAR="$JAR_COPY" scripts/wenzhai)

# start MODE LIBRARY LOG: one start of the window, stopped once the last warm showing is logged
start() {
  local cmd
  if [ "$1" = plain ]; then cmd=("${PLAIN[@]}"); else cmd=("${LAUNCHER[@]}"); fi
  WENZHAI_LIBRARY="$2" JDK_JAVA_OPTIONS="$OPTS" "${cmd[@]}" 2>"$3" &
  local pid=$!
  for _ in $(seq 1 480); do
    n=$(grep -c 'rendered in' "$3" 2>/dev/null || true)
    [ "${n:-0}" -gt "$REOPEN" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

if [ "${MODES[*]}" != plain ]; then
  start launcher "$LIB" "$TMP/prime.log"   # writes the class-data archive
fi
declare -A TREE CPU COLD WARM
for i in $(seq 1 "$RUNS"); do
  for m in "${MODES[@]}"; do
    log="$TMP/$m$i.log"
    start "$m" "$LIB" "$log"
    t=$(sed -n 's/.*library tree shown \([0-9]*\) ms after launch.*/\1/p' "$log" | head -1)
    c=$(sed -n 's/.*library tree shown .*process cpu \([0-9]*\) ms.*/\1/p' "$log" | head -1)
    # per showing: loaded (database, worker thread) + rendered (FX thread) = what the reader waits
    mapfile -t r < <(sed -n 's/.*loaded in \([0-9]*\) ms, rendered in \([0-9]*\) ms.*/\1 \2/p' "$log" | awk '{print $1 + $2}')
    cold="${r[0]:-0}"
    warm=$(median "${r[@]:1}")
    echo "run $i $m: tree shown ${t:-?} ms (process cpu ${c:-?} ms); 1 MB article cold ${cold} ms, warm ${r[*]:1} ms"
    TREE[$m]+=" ${t:-0}"; CPU[$m]+=" ${c:-0}"; COLD[$m]+=" $cold"; WARM[$m]+=" $warm"
  done
done
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "| window on $ARTICLES articles ($DISPLAY_MODE, median of $RUNS starts) | $(printf '%s | ' "${MODES[@]}")target |"
echo "|---|$(printf -- '---|%.0s' "${MODES[@]}")---|"
row() {
  local label="$1" target="$2"; shift 2
  local line="| $label |"
  for m in "${MODES[@]}"; do
    local -n arr="$1"
    # shellcheck disable=SC2086
    line+=" $(median ${arr[$m]}) ms |"
  done
  echo "$line $target |"
}
row "launch → tree filled and laid out (wall)" "2000 ms" TREE
row "same, process CPU time (all threads)" "" CPU
row "1 MB article, loaded + laid out, first in a fresh JVM (cold)" "300 ms" COLD
row "same, shown again in the same JVM (warm, median of $REOPEN)" "300 ms" WARM
