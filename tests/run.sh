#!/usr/bin/env bash
# Runs every test of Pipeline. Installs and starts what the tests need first
# (PostgreSQL; Debian's Chromium for the browser tests), so it works the same on a fresh machine and in CI.
# Extra arguments go to `dotnet test` (for instance --filter "FullyQualifiedName~Storage").
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/services/postgres.sh
source tests/services/chromium.sh
ensure_test_chromium
start_test_postgres
trap stop_test_postgres EXIT

log=$(mktemp /tmp/pipeline-tests.XXXXXX)
status=0
dotnet test Pipeline.sln --configuration Release "$@" 2>&1 | tee "$log" || status=$?

# One closing line for every test assembly together: "N passed, N failed".
awk '/^(Passed|Failed)! +- +Failed:/ {
        gsub(/,/, ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
