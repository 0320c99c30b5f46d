#!/usr/bin/env bash
# Starts the Wenzhai window under Xvfb on the sample library in assets/sample-library and saves
# screenshots to assets/screenshots/.
#
# Installs nothing. Needs these Debian packages (and JDK 17 + Maven to build the jar):
#   xvfb xauth libgtk-3-0 fonts-wqy-microhei imagemagick
#   (apt-get install -y xvfb xauth libgtk-3-0 fonts-wqy-microhei imagemagick)
#
# Usage: scripts/screenshots.sh            (builds target/wenzhai.jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=assets/screenshots
mkdir -p "$OUT"

for cmd in java Xvfb import; do
  command -v "$cmd" >/dev/null || { echo "screenshots.sh: '$cmd' is missing; install: xvfb xauth libgtk-3-0 fonts-wqy-microhei imagemagick" >&2; exit 2; }
done
if [ ! -f target/wenzhai.jar ]; then
  mvn -B -q -DskipTests package
fi

TMP=$(mktemp -d)
XPID=""
APID=""
cleanup() {
  [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  rm -rf "$TMP"
}
trap cleanup EXIT

LIB="$TMP/library"
echo "importing the sample materials into $LIB"
java -jar target/wenzhai.jar import --library "$LIB" assets/sample-library >/dev/null

D=99
while [ -e "/tmp/.X11-unix/X$D" ] || [ -e "/tmp/.X$D-lock" ]; do D=$((D + 1)); done
Xvfb ":$D" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
sleep 1

# shot NAME JAVA_OPTIONS... : start the window, wait for the article to be drawn, grab the screen
shot() {
  local name="$1"; shift
  local log="$TMP/$name.log"
  DISPLAY=":$D" WENZHAI_LIBRARY="$LIB" java -Djava.util.prefs.userRoot="$TMP/prefs" -Dwenzhai.lang=zh_CN \
    "$@" -jar target/wenzhai.jar 2>"$log" &
  APID=$!
  for _ in $(seq 1 120); do
    grep -q "rendered in" "$log" 2>/dev/null && break
    kill -0 "$APID" 2>/dev/null || { echo "the window exited:"; cat "$log"; return 1; }
    sleep 0.5
  done
  sleep 2
  DISPLAY=":$D" import -window root "$OUT/$name.png"
  grep "^wenzhai:" "$log" || true
  kill "$APID" 2>/dev/null || true
  wait "$APID" 2>/dev/null || true
  APID=""
  echo "saved $OUT/$name.png"
}

shot main-window -Dwenzhai.open=织密网格 -Dwenzhai.theme=light
shot dark-find -Dwenzhai.open=乡村振兴工作推进会 -Dwenzhai.theme=dark -Dwenzhai.find=乡村振兴
