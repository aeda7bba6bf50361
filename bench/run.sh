#!/usr/bin/env bash
# Runs every benchmark of issue 7 and prints the table; `tools/setup.sh bench` calls it inside
# the service envelope (Xvfb, private D-Bus + gnome-keyring, the test OP), after building.
#
#   bench/run.sh BUILD_DIR [GROUP...]     GROUP: idtoken signin logindialog cli (default: all)
#
# Each benchmark prints one JSON line per figure (bench/benchcommon.h); they are gathered into
# BUILD_DIR/bench-results.json (with the machine and the date) and shown as a table, also
# written as Markdown to BUILD_DIR/bench-results.md for the README. BENCH_REPEAT=N changes the
# number of repetitions (default: each benchmark's own, 7 to 21).
set -euo pipefail

build=$(cd "${1:?usage: bench/run.sh BUILD_DIR [GROUP...]}" && pwd)
shift
groups=("$@")
[ ${#groups[@]} -gt 0 ] || groups=(idtoken signin logindialog cli)
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
rows=$build/bench-rows.jsonl
: > "$rows"

log() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&2; }

for group in "${groups[@]}"; do
  t0=$EPOCHREALTIME
  case $group in
    idtoken) "$build/bench/bench_idtoken" >> "$rows" ;;
    signin)
      # One process per part: what one part leaves behind (objects, timers, the OP's grants in
      # its memory) must not weigh on the next one's figures.
      for part in economy restore singleflight; do
        "$build/bench/bench_signin" "$part" >> "$rows"
      done ;;
    logindialog)
      if [ -x "$build/bench/bench_logindialog" ]; then
        "$build/bench/bench_logindialog" >> "$rows"
      else
        log "logindialog: not built (QTSIGNIN_BUILD_WIDGETS=OFF), skipped"
      fi ;;
    cli) bash "$here/cli.sh" "$build/src/cli/qtsignin" >> "$rows" ;;
    *) log "unknown group $group"; exit 2 ;;
  esac
  log "$group done in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.0f", b - a }') s"
done

cores=$(nproc)
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
jq -s --arg date "$(date -u +%Y-%m-%dT%H:%MZ)" --arg cpu "$cpu" --argjson cores "$cores" \
  --arg load "$(cut -d' ' -f1-3 /proc/loadavg)" \
  '{ date: $date, machine: { cpu: $cpu, cores: $cores, load_at_end: $load }, results: . }' \
  "$rows" > "$build/bench-results.json"

# The table: figure | measured | baseline | ratio | goal | met.
table_tsv() {
  jq -r '
    def num: if . == null then "" elif (. | fabs) >= 100 then (. | round | tostring)
             elif (. | fabs) >= 10 then ((. * 10 | round) / 10 | tostring)
             else ((. * 100 | round) / 100 | tostring) end;
    .results[] | [ .figure,
      ((.measured | num) + " " + (if .unit == "requests" and .measured == 1 then "request" else .unit end)),
      (if .baseline == null then "" else ((.baseline | num) + " " + .unit) end),
      (.ratio | num), .goal,
      (if .met == null then "-" elif .met then "yes" else "NO" end) ] | @tsv' \
    "$build/bench-results.json"
}
{
  printf 'Figure\tMeasured\tBaseline\tRatio\tGoal\tMet\n'
  table_tsv
} | awk -F'\t' '
  { for (i = 1; i <= NF; i++) { cell[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
  END { for (r = 1; r <= NR; r++) { line = ""
          for (i = 1; i <= n; i++) line = line sprintf("%-" w[i] "s  ", cell[r, i])
          sub(/ +$/, "", line); print line
          if (r == 1) { line = ""; for (i = 1; i <= n; i++) { s = ""; for (k = 0; k < w[i]; k++) s = s "-"; line = line s "  " } sub(/ +$/, "", line); print line } } }'
{
  printf '| Figure | Measured | Baseline | Ratio | Goal | Met |\n'
  printf '|---|---:|---:|---:|---|---|\n'
  table_tsv | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
} > "$build/bench-results.md"
log "results: $build/bench-results.json (table as Markdown: $build/bench-results.md)"
# A missed goal is a finding, not a failure: said here, the exit status stays 0.
missed=$(jq '[.results[] | select(.met == false)] | length' "$build/bench-results.json")
[ "$missed" = 0 ] || log "$missed goal(s) missed"
