# Sourced by tests/run.sh: installs PostgreSQL when missing, starts a throwaway server on
# loopback for this test run, and exports PIPELINE_TEST_POSTGRES for the tests.

start_test_postgres() {
    if ! compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
        echo "tests: installing PostgreSQL (Debian packages)" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    fi
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

    PIPELINE_PG_DIR=$(mktemp -d /tmp/pipeline-pg.XXXXXX)
    local as=()
    if [ "$(id -u)" = 0 ]; then
        # initdb refuses to run as root: the cluster belongs to the postgres user.
        chown postgres "$PIPELINE_PG_DIR"
        as=(runuser -u postgres --)
    fi

    local port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done

    "${as[@]}" "$bin/initdb" -D "$PIPELINE_PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as[@]}" "$bin/pg_ctl" -D "$PIPELINE_PG_DIR/data" -l "$PIPELINE_PG_DIR/log" -w \
        -o "-p $port -k $PIPELINE_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
    PIPELINE_PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PIPELINE_PG_DIR/data" -m fast -w stop)
    export PIPELINE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
    echo "tests: PostgreSQL on 127.0.0.1:$port" >&2
}

stop_test_postgres() {
    if [ -n "${PIPELINE_PG_DIR:-}" ]; then
        "${PIPELINE_PG_STOP[@]}" >/dev/null 2>&1 || true
        rm -rf "$PIPELINE_PG_DIR"
    fi
}
