#!/bin/sh
# bench.sh (make bench): generate synthetic content, build it from scratch
# and again after one edited meeting, and print wall time, pages/s,
# briefs/s and peak memory; then run the per-stage Go benchmarks.
#
#   BENCH_SIZES  sizes to build, smallest first (default "province national";
#                add x10 for the growth curve: it takes long and much memory)
#   BENCH_SEED   the gen seed (default 1)
#   BENCH_DIR    where content and output go (default: a new temp folder)
#   BENCH_STAGES set to 0 to skip the per-stage Go benchmarks
#   BENCH_TIME   GNU time (default /usr/bin/time); when missing, peak memory is
#                the Go runtime's largest heap (GODEBUG=gctrace=1), not RSS
set -eu

GO=${GO:-go}
SIZES=${BENCH_SIZES:-"province national"}
SEED=${BENCH_SEED:-1}
WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/tkpkd-bench.XXXXXX")}
mkdir -p "$WORK"
BIN="$WORK/tkpkd"
TIME=${BENCH_TIME:-/usr/bin/time}

# Peak RSS comes from GNU time; install it when missing and we may, else
# fall back to the Go runtime's own figure (the largest heap in gctrace).
if [ ! -x "$TIME" ] && [ "$TIME" = /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	apt-get install -y -qq time >/dev/null 2>&1 || true
fi

# timed LOG CMD...: runs CMD, leaves "wall_seconds peak_kb" in $WORK/t and
# CMD's stdout in LOG.
timed() {
	log=$1
	shift
	if [ -x "$TIME" ]; then
		"$TIME" -f '%e %M' -o "$WORK/t" "$@" >"$log" 2>"$log.err" || { cat "$log.err" >&2; return 1; }
		return 0
	fi
	start=$(date +%s.%N)
	GODEBUG=gctrace=1 "$@" >"$log" 2>"$log.err" || { cat "$log.err" >&2; return 1; }
	end=$(date +%s.%N)
	# gctrace lines read "... A->B->C MB ..."; the largest B is the peak heap.
	peak=$(awk '/MB/ { for (i = 1; i <= NF; i++) if ($i ~ /->.*->/) { split($i, a, "->"); if (a[2] + 0 > m) m = a[2] + 0 } } END { print int(m * 1024) }' "$log.err")
	awk -v a="$start" -v b="$end" -v p="$peak" 'BEGIN { printf "%.2f %d\n", b - a, p }' >"$WORK/t"
}
wall() { cut -d' ' -f1 "$WORK/t"; }
rss() { awk '{ printf "%.0f", $2 / 1024 }' "$WORK/t"; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
echo "go: $($GO version)"
echo "work folder: $WORK"
$GO build -trimpath -o "$BIN" ./cmd/tkpkd

rows=""
for size in $SIZES; do
	content="$WORK/$size/content"
	out="$WORK/$size/output"
	rm -rf "$out"
	"$BIN" gen --size "$size" --seed "$SEED" --out "$content"
	mb=$(du -sm "$content" | cut -f1)

	timed "$WORK/$size/check.log" "$BIN" check --content "$content"
	check_s=$(wall) check_mb=$(rss)

	timed "$WORK/$size/build.log" "$BIN" build --content "$content" --out "$out"
	build_s=$(wall) build_mb=$(rss)
	cat "$WORK/$size/build.log"
	pages=$(sed -n 's/.*: \([0-9]*\) pages.*/\1/p' "$WORK/$size/build.log")
	briefs=$(sed -n 's/.*, \([0-9]*\) briefs.*/\1/p' "$WORK/$size/build.log")

	# One edited meeting: a changed decision text in the first meeting.
	meeting=$(ls "$content"/meetings/*.yaml | head -n 1)
	sed -i '0,/^    text: "/s//    text: "(Diubah) /' "$meeting"
	timed "$WORK/$size/rebuild.log" "$BIN" build --content "$content" --out "$out"
	edit_s=$(wall) edit_mb=$(rss)
	cat "$WORK/$size/rebuild.log"

	rows="$rows$(printf '%-9s %6s %7s %8s %9s %7s %7s %8s %7s %8s %9s %8s' \
		"$size" "$mb" "$check_s" "$check_mb" "$build_s" "$pages" "$(rate "$pages" "$build_s")" \
		"$briefs" "$(rate "$briefs" "$build_s")" "$build_mb" "$edit_s" "$edit_mb")
"
done

echo
printf '%-9s %6s %7s %8s %9s %7s %7s %8s %7s %8s %9s %8s\n' \
	size "in MB" "check s" "check MB" "build s" pages pages/s briefs briefs/s "peak MB" "1-edit s" "edit MB"
printf '%s' "$rows"
if [ -x "$TIME" ]; then echo "(MB columns: peak RSS from GNU time)"; else echo "(MB columns: the Go runtime's largest heap from GODEBUG=gctrace=1; install GNU time for peak RSS)"; fi
echo "(pages/s and briefs/s divide each count by the whole build's wall time; pages and briefs render at the same time)"

if [ "${BENCH_STAGES:-1}" != 0 ]; then
	echo
	echo "per-stage benchmarks (province content; TKPKD_BENCH_SIZE=national for more):"
	$GO test ./generator/build -run '^$' -bench . -benchmem -benchtime 3x
fi
