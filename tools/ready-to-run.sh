# Sourced by ./pipeline and tests/Pipeline.Benchmarks/run: both run their project published ReadyToRun
# (its code and its libraries' compiled ahead), so a run does not spend its first seconds in the JIT.
#
# ready_to_run PROJECT OUT WATCHED...
#   Publishes PROJECT into OUT, quietly, and only when a file under one of the WATCHED paths changed
#   since the last publish (`dotnet publish` takes seconds even when nothing changed). One publish at a
#   time: a command started while another publishes waits for it, then finds OUT up to date, instead of
#   compiling into the same files. On failure, prints the build's messages to stderr and returns 1.
ready_to_run() {
    local project="$1" out="$2"
    shift 2
    local stamp="$out/.ready-to-run-built"
    mkdir -p "$(dirname "$out")"
    exec 9>"$(dirname "$out")/.ready-to-run.lock"
    flock 9
    if [ ! -f "$stamp" ] || [ -n "$(find "$@" \( -path '*/bin' -o -path '*/obj' \) -prune -o -newer "$stamp" -print -quit)" ]; then
        local build_log
        if ! build_log=$(dotnet publish "$project" -c Release --use-current-runtime --self-contained false \
                -p:PublishReadyToRun=true -o "$out" -nologo -v q -clp:NoSummary 2>&1 9>&-); then
            printf '%s\n' "$build_log" >&2
            exec 9>&-
            return 1
        fi
        touch "$stamp"
    fi
    exec 9>&-
}

# jit_for_bulk_commands ARGS...
#   Given the app's arguments: for a command that runs long on fresh code (ingest, ingest-now,
#   reindex), what ReadyToRun leaves out (generic code over the framework's collections, LINQ, the
#   database's queries: some 3,000 methods on the way into an ingest) is compiled optimized at once,
#   instead of quickly first and again once hot (DOTNET_TC_QuickJit=0): 5,300-5,800 methods compiled
#   instead of 7,000-7,800. 50 MB benchmark, first run, on and off alternated (on, off, off, on, ...):
#   2.10 M chars/s against 1.93 M and 1.82 against 1.75 (eight runs each), 2.14 against 2.12 in
#   four whole `throughput` runs; faster in 8 of 10 pairs. Short commands keep the quick JIT: with it
#   off they spend 0.2 s more compiling (search 0.9-1.0 -> 1.1-1.2 s, ingest of the 15 sample
#   articles 1.3-1.4 -> 1.5-1.6 s). A DOTNET_TC_QuickJit already set wins.
jit_for_bulk_commands() {
    local arg skip=""
    for arg in "$@"; do
        if [ -n "$skip" ]; then
            skip=""
            continue
        fi
        case "$arg" in
            --data|--db) skip=1 ;;
            -*) ;;
            ingest|ingest-now|reindex)
                export DOTNET_TC_QuickJit="${DOTNET_TC_QuickJit-0}"
                return ;;
            *) return ;;
        esac
    done
}
