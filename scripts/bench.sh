#!/bin/sh
# bench.sh (make bench): generate synthetic content, build it from scratch
# and again after one edited meeting, and print wall time, pages/s,
# briefs/s and peak memory; then run the per-stage Go benchmarks.
#
#   BENCH_SIZES  sizes to build, smallest first (default "province national";
#                add x10 for the growth curve: it takes long and much memory)
#   BENCH_SEED   the gen seed (default 1)
#   BENCH_DIR    where content and output go (default: a new temp folder)
#   BENCH_LIMIT  seconds a build may take before it is stopped and reported
#                as "> LIMIT" (default 900; see docs/performance.md for why
#                national may not finish today)
#   BENCH_STAGES set to 0 to skip the per-stage Go benchmarks
#   BENCH_TIME   GNU time (default /usr/bin/time); when missing, peak memory is
#                the Go runtime's largest heap (GODEBUG=gctrace=1), not RSS
set -eu

GO=${GO:-go}
SIZES=${BENCH_SIZES:-"province national"}
SEED=${BENCH_SEED:-1}
LIMIT=${BENCH_LIMIT:-900}
WORK=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/tkpkd-bench.XXXXXX")}
mkdir -p "$WORK"
BIN="$WORK/tkpkd"
TIME=${BENCH_TIME:-/usr/bin/time}

# Peak RSS comes from GNU time; install it when missing and we may, else
# fall back to the Go runtime's own figure (the largest heap in gctrace).
if [ ! -x "$TIME" ] && [ "$TIME" = /usr/bin/time ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	apt-get install -y -qq time >/dev/null 2>&1 || true
fi

# timed LOG CMD...: runs CMD for at most $LIMIT seconds, leaves
# "wall_seconds peak_kb" in $WORK/t and CMD's stdout in LOG; returns 2 when
# CMD was stopped. SIGKILL, because a build does not stop rendering on TERM.
timed() {
	log=$1
	shift
	if [ -x "$TIME" ]; then
		rc=0
		"$TIME" -f '%e %M' -o "$WORK/t" timeout -s KILL "$LIMIT" "$@" >"$log" 2>"$log.err" || rc=$?
	else
		start=$(date +%s.%N)
		rc=0
		GODEBUG=gctrace=1 timeout -s KILL "$LIMIT" "$@" >"$log" 2>"$log.err" || rc=$?
		end=$(date +%s.%N)
		# gctrace lines read "... A->B->C MB ..."; the largest B is the peak heap.
		peak=$(awk '/MB/ { for (i = 1; i <= NF; i++) if ($i ~ /->.*->/) { split($i, a, "->"); if (a[2] + 0 > m) m = a[2] + 0 } } END { print int(m * 1024) }' "$log.err")
		awk -v a="$start" -v b="$end" -v p="$peak" 'BEGIN { printf "%.2f %d\n", b - a, p }' >"$WORK/t"
	fi
	case $rc in
	0) return 0 ;;
	137 | 124) return 2 ;;
	*) grep -v 'gc [0-9]* @' "$log.err" >&2; exit 1 ;;
	esac
}
# GNU time writes "Command terminated by signal 9" first for a stopped
# command, so the figures are read from the last line.
wall() { tail -n 1 "$WORK/t" | cut -d' ' -f1; }
rss() { tail -n 1 "$WORK/t" | awk '{ printf "%.0f", $2 / 1024 }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (n ~ /^[0-9]+$/ && s > 0) printf "%.0f", n / s; else print "-" }'; }

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

	timed "$WORK/$size/check.log" "$BIN" check --content "$content" || true
	check_s=$(wall) check_mb=$(rss)

	pages=- briefs=- edit_s=- edit_mb=-
	if timed "$WORK/$size/build.log" "$BIN" build --content "$content" --out "$out"; then
		build_s=$(wall) build_mb=$(rss)
		cat "$WORK/$size/build.log"
		pages=$(sed -n 's/.*: \([0-9]*\) pages.*/\1/p' "$WORK/$size/build.log")
		briefs=$(sed -n 's/.*, \([0-9]*\) briefs.*/\1/p' "$WORK/$size/build.log")

		# One edited meeting: a changed decision text in the first meeting.
		meeting=$(ls "$content"/meetings/*.yaml | head -n 1)
		sed -i '0,/^    text: "/s//    text: "(Diubah) /' "$meeting"
		if timed "$WORK/$size/rebuild.log" "$BIN" build --content "$content" --out "$out"; then
			edit_s=$(wall) edit_mb=$(rss)
			cat "$WORK/$size/rebuild.log"
		else
			edit_s="> $LIMIT"
		fi
	else
		build_s="> $LIMIT" build_mb="> $(rss)"
		echo "$size: the build did not finish in $LIMIT s; stopped"
	fi
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
