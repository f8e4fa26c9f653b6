#!/usr/bin/env bash
# Runs every test: unit tests (*Test) and integration tests (*IT), with a JDK >= 21.
set -euo pipefail
DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$DIR/scripts/find-jdk.sh"
cd "$DIR"
exec mvn -B -ntp verify "$@"
