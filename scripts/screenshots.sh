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

# a few highlights with notes and tags, as a reader would leave them (documents are numbered in
# the order the folder is imported: 1 党建引领…, 2 讲话, 3 汇编, 4 工作总结)
hl() { java -jar target/wenzhai.jar highlight add --library "$LIB" "$@" >/dev/null; }
hl 3 --quote "人到网格去、事在网格办" --color yellow --tag 主题/基层治理 --tag 素材/提法 --note "可作为网格化治理的总提法"
hl 3 --quote "网格员逐户走访，摸清常住人口、流动人口、重点人群和矛盾隐患等基础信息" --color green --tag 素材/做法
hl 3 --quote "今年以来共解决停车难、路灯不亮等民生小事1300余件" --color blue --tag 素材/数据 --tag 主题/基层治理
hl 2 --quote "一件事情接着一件事情办，一年接着一年干" --color pink --tag 素材/金句 --note "收尾常用"
hl 2 --quote "坚持自治、法治、德治相结合" --color purple --tag 主题/乡村振兴 --tag 主题/基层治理

D=99
while [ -e "/tmp/.X11-unix/X$D" ] || [ -e "/tmp/.X$D-lock" ]; do D=$((D + 1)); done
Xvfb ":$D" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
XPID=$!
sleep 1

# shot NAME WAIT_FOR JAVA_OPTIONS... : start the window, wait for the article to be drawn and the
# log line WAIT_FOR, grab the screen
shot() {
  local name="$1"; shift
  local wait_for="$1"; shift
  local log="$TMP/$name.log"
  DISPLAY=":$D" WENZHAI_LIBRARY="$LIB" java -Djava.util.prefs.userRoot="$TMP/prefs" -Dwenzhai.lang=zh_CN \
    "$@" -jar target/wenzhai.jar 2>"$log" &
  APID=$!
  for _ in $(seq 1 120); do
    grep -q "rendered in" "$log" 2>/dev/null && grep -q "$wait_for" "$log" 2>/dev/null && break
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

shot main-window "rendered in" -Dwenzhai.open=织密网格 -Dwenzhai.theme=light
shot tag-panel "rendered in" -Dwenzhai.open=织密网格 -Dwenzhai.theme=light -Dwenzhai.tag=主题/基层治理
shot search-panel "search results shown" -Dwenzhai.open=乡村振兴工作推进会 -Dwenzhai.theme=light -Dwenzhai.search=网格
shot dark-find "rendered in" -Dwenzhai.open=乡村振兴工作推进会 -Dwenzhai.theme=dark -Dwenzhai.find=乡村振兴
