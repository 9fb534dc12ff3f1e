# Sourced by tests/run.sh: installs Debian's Chromium (and CJK fonts, so that Chinese pages
# render in screenshots) when missing, and exports PIPELINE_TEST_CHROMIUM for the browser tests.
# Playwright's own browser download is never used.

ensure_test_chromium() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "tests: installing ${missing[*]} (Debian packages)" >&2
        apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
    fi
    export PIPELINE_TEST_CHROMIUM=/usr/bin/chromium
    export PIPELINE_TEST_ARTIFACTS="${PIPELINE_TEST_ARTIFACTS:-$PWD/artifacts/screenshots}"
    echo "tests: Chromium at $PIPELINE_TEST_CHROMIUM; screenshots go to $PIPELINE_TEST_ARTIFACTS" >&2
}
