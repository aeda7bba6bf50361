#!/usr/bin/env bash
# Goal 6 (issue 7): the qtsignin CLI's peak memory and instruction count for a full sign-in
# without WebEngine (`qtsignin login --agent browser --store memory`, $BROWSER = the scripted
# browser of tests/shared), against the local OP. Reported for tracking; the baseline is
# `qtsignin --version` (the same binary starting and exiting) measured the same way.
#
#   bench/cli.sh QTSIGNIN_BINARY      inside `tools/setup.sh run --oidc tests/oidc`
#
# Prints one JSON line per figure (the format of bench/benchcommon.h). Peak memory is the
# maximum resident set size GNU time reports for the process (getrusage via wait4); the
# instruction count is callgrind's total Ir for the qtsignin process alone (the browser script
# it starts is not traced).
set -euo pipefail

cli=${1:?usage: bench/cli.sh QTSIGNIN_BINARY}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
: "${OIDC_ISSUER:?run inside tools/setup.sh run --oidc tests/oidc}"
repeat=${BENCH_REPEAT:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

export XDG_CONFIG_HOME=$work/config LANGUAGE=en
export BROWSER="bash $root/tests/shared/scripted-browser.sh" SCRIPTED_BROWSER_MODE=normal
login=(login --provider oidc --issuer "$OIDC_ISSUER" --client-id qt-desktop --allow-insecure-http
       --scope "openid offline_access profile email" --agent browser --store memory --json)

log() { printf '[bench] %s\n' "$*" >&2; }

# Peak RSS in KiB of one run of the CLI with "$@".
peak_rss() {
  /usr/bin/time -f '%M' -o "$work/time" "$cli" "$@" > "$work/out" 2> "$work/err" \
    || { cat "$work/err" >&2; log "qtsignin $1 failed"; exit 1; }
  cat "$work/time"
}

# Instructions (callgrind Ir) of one run of the CLI with "$@"; the profile stays in $work/$1.out.
instructions() {
  valgrind --tool=callgrind --callgrind-out-file="$work/$1.out" \
    "$cli" "$@" > "$work/out" 2> "$work/err" \
    || { cat "$work/err" >&2; log "qtsignin $1 under callgrind failed"; exit 1; }
  awk '/^(summary|totals):/ { print $2; exit }' "$work/$1.out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

log "cli: peak memory, $repeat runs each of login and --version"
login_rss=() version_rss=()
for _ in $(seq "$repeat"); do
  login_rss+=("$(peak_rss "${login[@]}")")
  grep -q '"subject"' "$work/out" || { cat "$work/err" >&2; log "login printed no account"; exit 1; }
  version_rss+=("$(peak_rss --version)")
done
login_med=$(printf '%s\n' "${login_rss[@]}" | median)
version_med=$(printf '%s\n' "${version_rss[@]}" | median)

log "cli: instruction count under callgrind (one run each; the count barely varies)"
login_ir=$(instructions "${login[@]}")
version_ir=$(instructions --version)
# The functions with the most instructions of their own in the login run, for the report.
top=$(callgrind_annotate --threshold=100 "$work/login.out" 2>/dev/null \
  | grep -E '^ *[0-9,]+ \(' | grep -v 'PROGRAM TOTALS' | head -n 10 | sed -E 's/^ +//' || true)

jq -nc --argjson m "$login_med" --argjson b "$version_med" \
  --argjson samples "$(printf '%s\n' "${login_rss[@]}" | jq -sc .)" '{
    id: "cli.peak_rss", figure: "qtsignin login (browser, memory store): peak RSS",
    measured: ($m / 1024), baseline: ($b / 1024), unit: "MiB", ratio: ($m / $b),
    goal: "tracking", met: null,
    note: "baseline: qtsignin --version; GNU time %M, median of \($samples | length)",
    detail: { login_kib: $samples } }'
jq -nc --argjson m "$login_ir" --argjson b "$version_ir" --arg top "$top" '{
    id: "cli.instructions", figure: "qtsignin login (browser, memory store): instructions",
    measured: ($m / 1e6), baseline: ($b / 1e6), unit: "M instr", ratio: ($m / $b),
    goal: "tracking", met: null,
    note: "baseline: qtsignin --version; valgrind --tool=callgrind, total Ir",
    detail: { top_functions_self: ($top | split("\n")) } }'
