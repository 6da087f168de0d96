#!/usr/bin/env bash
# Times the installed reportsdk tool against the naive regex script (naive_outline.py) on one folder of
# reports, and the start-up of one 'outline --json', as docs/performance.md reports them.
#
#   bash benchmarks/scripts/time-tool-vs-script.sh [REPORT_FOLDER...]
#
# The tool is packed from this checkout (Release) and installed into a temporary tool path with
# 'dotnet tool install', as a user would. Without folders, the batch is ../shared/corpus and seeds/,
# repeated under distinct names until it holds at least MIN_REPORTS files (copies live in a temporary
# folder only). Each batch runs RUNS times per contender; medians of wall time and of CPU time are printed.
# TOOL=/path/to/reportsdk times that command instead of packing and installing one (to compare builds or settings).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUNS="${RUNS:-3}"
MIN_REPORTS="${MIN_REPORTS:-500}"
STARTUP_RUNS="${STARTUP_RUNS:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${TOOL:-}" ]; then
  tool="$TOOL"
else
  echo "packing and installing the tool (Release) ..." >&2
  # A version of its own, so that 'dotnet tool install' cannot take an older build from the NuGet cache.
  version="0.0.0-timing.$(date +%s)"
  dotnet pack "$repo/src/ReportSdk.Cli/ReportSdk.Cli.csproj" -c Release -o "$work/packages" -p:Version="$version" -v q -nologo >&2
  dotnet pack "$repo/src/ReportSdk/ReportSdk.csproj" -c Release -o "$work/packages" -p:Version="$version" -v q -nologo >&2
  dotnet tool install ReportSdk.Cli --version "$version" --tool-path "$work/tool" --add-source "$work/packages" >&2
  tool="$work/tool/reportsdk"
fi

mkdir -p "$work/reports"
sources=("$@")
if [ ${#sources[@]} -eq 0 ]; then
  sources=("$repo/../shared/corpus/provincial" "$repo/../shared/corpus/national" "$repo/seeds")
fi
copy=0
while [ "$(find "$work/reports" -name '*.txt' | wc -l)" -lt "$MIN_REPORTS" ]; do
  copy=$((copy + 1))
  found=0
  for source in "${sources[@]}"; do
    for file in "$source"/*.txt; do
      [ -f "$file" ] || continue
      found=1
      cp "$file" "$work/reports/${copy}_$(basename "$file")"
    done
  done
  [ "$found" -eq 1 ] || { echo "no *.txt files in: ${sources[*]}" >&2; exit 2; }
  [ ${#@} -eq 0 ] || break
done
count="$(find "$work/reports" -name '*.txt' | wc -l)"
bytes="$(du -sb "$work/reports" | cut -f1)"

# Runs a command RUNS times; prints "median_wall median_cpu" in seconds.
measure() {
  local runs="$1"; shift
  local walls=() cpus=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
    read -r wall user sys < "$work/time"
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
  done
  printf '%s %s\n' "$(printf '%s\n' "${walls[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")" \
                   "$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "$(( (runs + 1) / 2 ))p")"
}

echo "batch of $count reports ($bytes bytes), $RUNS runs each ..." >&2
read -r script_wall script_cpu < <(measure "$RUNS" python3 "$repo/benchmarks/scripts/naive_outline.py" "$work/reports")
read -r tool_wall tool_cpu < <(measure "$RUNS" "$tool" outline "$work/reports" --batch --json -o "$work/out/")
# As the script does: every outline to standard output (measure sends it to /dev/null), no file per report.
read -r stdout_wall stdout_cpu < <(measure "$RUNS" "$tool" outline "$work/reports" --batch --json)
read -r start_wall start_cpu < <(measure "$STARTUP_RUNS" "$tool" outline "$repo/seeds/000_2caded14dca9935e.txt" --json)

echo "| what | median wall (s) | median CPU (s) | CPU/wall |"
echo "|---|---|---|---|"
printf '| naive script, %s reports | %s | %s | %.2f |\n' "$count" "$script_wall" "$script_cpu" "$(echo "$script_cpu / $script_wall" | bc -l)"
printf '| reportsdk outline --batch --json -o, %s reports | %s | %s | %.2f |\n' "$count" "$tool_wall" "$tool_cpu" "$(echo "$tool_cpu / $tool_wall" | bc -l)"
printf '| reportsdk outline --batch --json (to stdout), %s reports | %s | %s | %.2f |\n' "$count" "$stdout_wall" "$stdout_cpu" "$(echo "$stdout_cpu / $stdout_wall" | bc -l)"
printf '| reportsdk outline --json, one seed (start-up) | %s | %s | %.2f |\n' "$start_wall" "$start_cpu" "$(echo "$start_cpu / $start_wall" | bc -l)"
printf 'tool speed relative to the script: %.2fx with -o DIR/, %.2fx to stdout (goal: >= 2x)\n' \
  "$(echo "$script_wall / $tool_wall" | bc -l)" "$(echo "$script_wall / $stdout_wall" | bc -l)"
printf 'load average while timing: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
