# Sourced by ./deskbot, ./test.sh and .ci/run: points JAVA_HOME at a JDK >= 21.
# Order: $JAVA_HOME, the java on PATH, then the JDKs under /usr/lib/jvm and /opt (newest first).
_deskbot_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -1
}
_deskbot_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(_deskbot_java_major "$1")" -ge 21 ] 2>/dev/null
}
_deskbot_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && _deskbot_ok "$JAVA_HOME"; then echo "$JAVA_HOME"; return 0; fi
  if command -v javac >/dev/null 2>&1; then
    local home
    home="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    if _deskbot_ok "$home"; then echo "$home"; return 0; fi
  fi
  local d
  for d in $(ls -d /usr/lib/jvm/* /opt/*jdk* /opt/java/* 2>/dev/null | sort -rV); do
    if _deskbot_ok "$d"; then echo "$d"; return 0; fi
  done
  return 1
}
if _DESKBOT_JDK="$(_deskbot_pick_jdk)"; then
  export JAVA_HOME="$_DESKBOT_JDK"
  export PATH="$JAVA_HOME/bin:$PATH"
else
  echo "deskbot: no JDK 21 or newer found; install one (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME" >&2
  exit 2
fi
