#!/usr/bin/env bash
# Measures the window on a library of 10,000 generated articles plus one 1 MB article:
# the time from JVM launch to the library tree shown, and the time to show the 1 MB article
# (both from the window's own log lines). Prints a table with medians over RUNS starts.
#
# Installs nothing. Uses Xvfb when it is installed (xvfb xauth libgtk-3-0 fonts-wqy-microhei),
# else the headless Monocle glass platform from the Maven test dependencies.
# Usage: scripts/window-benchmark.sh [ARTICLES=10000] [RUNS=5]
set -euo pipefail
cd "$(dirname "$0")/.."
ARTICLES="${1:-10000}"
RUNS="${2:-5}"
LIB="target/bench-library-$ARTICLES"
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
if command -v Xvfb >/dev/null; then
  D=99
  while [ -e "/tmp/.X11-unix/X$D" ] || [ -e "/tmp/.X$D-lock" ]; do D=$((D + 1)); done
  Xvfb ":$D" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  XPID=$!
  sleep 1
  RUN=(env DISPLAY=":$D" java -cp "target/wenzhai.jar")
  MODE="Xvfb"
else
  MONOCLE=$(find ~/.m2/repository/org/testfx/openjfx-monocle -name '*.jar' | head -1)
  RUN=(java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp "target/wenzhai.jar:$MONOCLE")
  MODE="Monocle headless"
fi

# start LIBRARY LOG WAIT_FOR: one start of the window, killed once WAIT_FOR is in its log
start() {
  WENZHAI_LIBRARY="$1" "${RUN[@]}" -Djava.util.prefs.userRoot="$TMP/prefs" -Dwenzhai.open=一兆字节长文 \
    org.wenzhai.app.Main 2>"$2" &
  local pid=$!
  for _ in $(seq 1 480); do
    grep -q "$3" "$2" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.25
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}
num() { sed -n "s/.*$1 \([0-9]*\) ms.*/\1/p" "$2" | head -1; }

EMPTY="$TMP/empty-library"
tree=(); render=(); opened=(); base=()
for i in $(seq 1 "$RUNS"); do
  start "$EMPTY" "$TMP/empty$i.log" "library tree shown"
  b=$(num "library tree shown" "$TMP/empty$i.log")
  log="$TMP/run$i.log"
  start "$LIB" "$log" "rendered in"
  t=$(num "library tree shown" "$log")
  o=$(sed -n 's/.*library opened in \([0-9]*\) ms.*/\1/p' "$log" | head -1)
  r=$(num "rendered in" "$log")
  l=$(num "loaded in" "$log")
  echo "run $i: empty library tree ${b:-?} ms; 10k: library opened in ${o:-?} ms, tree shown ${t:-?} ms after launch; 1 MB article loaded ${l:-?} ms, rendered ${r:-?} ms"
  tree+=("${t:-0}"); render+=("${r:-0}"); opened+=("${o:-0}"); base+=("${b:-0}")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "| window on $ARTICLES articles ($MODE, $RUNS runs) | median ms | target ms |"
echo "|---|---|---|"
echo "| launch → tree shown, empty library (JVM + JavaFX baseline) | $(median "${base[@]}") | |"
echo "| opening the 10k library (H2 + Flyway, overlaps JavaFX start) | $(median "${opened[@]}") | |"
echo "| launch → library tree shown, 10k articles | $(median "${tree[@]}") | 2000 |"
echo "| 1 MB article: content → drawn | $(median "${render[@]}") | 300 |"
