#!/usr/bin/env bash
# Runs every test of Pipeline. Installs and starts what the tests need first
# (PostgreSQL), so it works the same on a fresh machine and in CI.
set -euo pipefail
cd "$(dirname "$0")/.."

source tests/services/postgres.sh
start_test_postgres
trap stop_test_postgres EXIT

dotnet test Pipeline.sln --configuration Release --logger "console;verbosity=normal" "$@"
