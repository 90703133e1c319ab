# `swift test` under a watchdog, for scripts/test. Source this file, then call `watched_swift_test ARGS…`.
#
# The suite runs hundreds of tests at once, some of them child processes and PostgreSQL sessions. One run
# in CI once stopped making progress and was ended by CI's time limit, with no word of which test had hung.
# So the test process (not the build) is given TRUCE_TEST_HANG_SECONDS (1,200 by default: a whole run
# takes 370–550 seconds on two cores). Past that the watchdog writes a hang report (the tests that
# started and did not end, every thread's stack, the child processes and the database sessions) to
# test-output/hang-report.txt, prints its summary, ends the test process, and runs the unfinished tests
# once more on their own. The run passes only if no test failed in the first run and the retried ones pass;
# the report is printed again at the end, so a hang is never silent.

TRUCE_TEST_HANG_SECONDS="${TRUCE_TEST_HANG_SECONDS:-1200}"
HANG_REPORT="test-output/hang-report.txt"

# The tests of a swift-testing console log that started and did not end, one a line. Names are counted,
# since two suites may hold tests of the same name.
unfinished_tests() {
  awk '
    /^◇ Test / && !/^◇ Test (case|run) / && / started\.$/ {
      name = substr($0, length("◇ Test ") + 1); sub(/ started\.$/, "", name)
      if (!(name in started)) order[++count] = name
      started[name]++
    }
    /^(✔|✘|➜) Test / && !/ Test case / && / (passed|failed|skipped)/ {
      name = $0; sub(/^[^ ]+ Test /, "", name)
      sub(/ (with [0-9]+ test cases? )?(passed|failed|skipped).*$/, "", name)
      ended[name]++
    }
    END { for (i = 1; i <= count; i++) if (started[order[i]] > ended[order[i]]) print order[i] }
  ' "$1"
}

# A --filter pattern matching the tests named in file $1 (their function names, without the arguments).
filter_for() {
  sed -e 's/(.*$//' -e 's/^"//' -e 's/"$//' -e 's/[][\\.*^$+?{}|]/\\&/g' "$1" | sort -u | paste -sd'|'
}

# Swift's mangled names in the stacks, readable when the toolchain's demangler is at hand.
demangled() {
  if command -v swift-demangle >/dev/null; then swift-demangle --simplified; else cat; fi
}

write_hang_report() {
  local pid="$1" unfinished="$2"
  mkdir -p "$(dirname "$HANG_REPORT")"
  {
    echo "== the tests that started and did not end after ${TRUCE_TEST_HANG_SECONDS}s"
    cat "$unfinished"
    echo "== the test process's children"
    ps -o pid,etimes,stat,args --ppid "$pid" 2>&1 || true
    if [ -n "${THROWAWAY_PG_PORT:-}" ] && [ -n "${PG_BIN:-}" ]; then
      echo "== the database's sessions"
      "$PG_BIN/psql" -h 127.0.0.1 -p "$THROWAWAY_PG_PORT" -U "$THROWAWAY_PG_USER" -d postgres -Atc \
        "SELECT datname, pid, state, wait_event_type, wait_event, now() - query_start, left(query, 160)
         FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()" 2>&1 || true
    fi
    echo "== every thread's stack (gdb)"
    if command -v gdb >/dev/null; then
      timeout 120 gdb -p "$pid" -batch -ex "thread apply all bt 40" 2>&1 | grep -E '^(Thread|#)' | demangled || true
    else
      echo "gdb is not installed"
    fi
  } >"$HANG_REPORT" 2>&1
}

# Prints the start of the report: what hung, and the stack frames of this project's code.
print_hang_summary() {
  echo "==== HANG: the test process ran past ${TRUCE_TEST_HANG_SECONDS}s; the whole report is in $HANG_REPORT"
  sed -n '2,/^== the test process/p' "$HANG_REPORT" | grep -v '^==' | sed 's/^/  unfinished: /'
  sed -n '/^== the database/,/^== every thread/p' "$HANG_REPORT" | grep -v '^==' | head -20 | sed 's/^/  database: /'
  grep -E '^#[0-9]+ ' "$HANG_REPORT" | grep -E 'Truce|Tests|waitUntilExit|Semaphore|NSCondition' \
    | sed -E -e 's/^#[0-9]+ +(0x[0-9a-f]+ in )?//' -e 's/ \(.*$//' | cut -c1-150 | sort | uniq -c | sort -rn | head -25 \
    | sed 's/^/  frame: /'
}

watched_swift_test() {
  local log pid xctest elapsed status=0 hung=0
  log="$(mktemp -t swift-test-log-XXXXXX)"
  rm -f "$HANG_REPORT" test-output/hang-summary.txt
  # Line by line, so that the log the watchdog reads is whole up to the moment it reads it.
  stdbuf -oL -eL swift test "$@" >"$log" 2>&1 &
  pid=$!
  tail -n +1 -f --pid="$pid" "$log" &
  local printer=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    xctest="$(pgrep -P "$pid" -f 'PackageTests\.xctest' | head -1 || true)"
    [ -n "$xctest" ] || continue
    elapsed="$(ps -o etimes= -p "$xctest" 2>/dev/null | tr -d ' ' || true)"
    if [ -n "$elapsed" ] && [ "$elapsed" -gt "$TRUCE_TEST_HANG_SECONDS" ]; then
      local unfinished
      unfinished="$(mktemp -t unfinished-XXXXXX)"
      unfinished_tests "$log" >"$unfinished"
      write_hang_report "$xctest" "$unfinished"
      kill -9 "$xctest" 2>/dev/null || true
      hung=1
      break
    fi
  done
  wait "$pid" || status=$?
  wait "$printer" 2>/dev/null || true
  if [ "$hung" -eq 0 ]; then
    rm -f "$log"
    return "$status"
  fi
  print_hang_summary
  status=0
  if grep -qE '^✘ Test .* failed' "$log"; then
    echo "==== tests failed in the run that hung (see above)"
    status=1
  fi
  local pattern
  pattern="$(filter_for "$unfinished")"
  if [ -z "$pattern" ]; then
    echo "==== no unfinished test could be named; the run fails"
    status=1
  else
    echo "==== running the unfinished tests once more: --filter '$pattern'"
    timeout -s KILL "$TRUCE_TEST_HANG_SECONDS" swift test --skip-build --filter "$pattern" 2>&1 || status=1
  fi
  print_hang_summary | tee "test-output/hang-summary.txt"
  rm -f "$log" "$unfinished"
  return "$status"
}
