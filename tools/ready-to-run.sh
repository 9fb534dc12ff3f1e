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

# quick_jit_off
#   What ReadyToRun leaves out (generic code over the framework's collections, LINQ, the database's
#   queries: some 3,000 methods on the way into an ingest) is compiled optimized at once, instead of
#   quickly first and again once hot: a long run on fresh code goes faster, a short command spends
#   0.2 s more (README, "Hot code", has the figures). A DOTNET_TC_QuickJit already set wins.
quick_jit_off() {
    export DOTNET_TC_QuickJit="${DOTNET_TC_QuickJit-0}"
}

# jit_for_bulk_commands ARGS...
#   Given the app's arguments: quick_jit_off for a command that runs long (ingest, ingest-now,
#   reindex), the first word that is not an option or the value of --data or --db.
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
                quick_jit_off
                return ;;
            *) return ;;
        esac
    done
}
