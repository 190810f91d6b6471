#!/usr/bin/env bash
# npm test: every suite, or some: `npm test -- lint|js|php|e2e …`.
# PHPUnit and Playwright run against their own environment (.state/test-<port>, port NOTFOUND_TEST_PORT or 8889),
# built fresh and stopped afterwards, so a running demo site is never touched.
source "$(dirname "$0")/lib.sh"
source "$ROOT/dev/core.sh"
source "$ROOT/dev/env.sh"

# Words after `--` go to the runner: npm test -- php -- --filter NotFoundPage
suites=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do
	suites+=("$1")
	shift
done
[ $# -gt 0 ] && shift
runner_args=("$@")
[ ${#suites[@]} -eq 0 ] || [ "${suites[0]}" = all ] && suites=(lint js php e2e)
needs_site=false
for suite in "${suites[@]}"; do
	case $suite in
	lint | js) ;;
	php | e2e) needs_site=true ;;
	*) fail "unknown suite '$suite' (use lint, js, php or e2e)" ;;
	esac
done

mkdir -p "$STATE"
ensure_os_packages with-browser
ensure_dependencies
ensure_build

if $needs_site; then
	ensure_wordpress_core
	# One environment per port, so test runs on different ports never share a database.
	test_port=${NOTFOUND_TEST_PORT:-8889}
	env_use "test-$test_port" "$test_port"
	env_stop
	rm -rf "$ENV_DIR"
	env_use "test-$test_port" "$test_port"
	trap 'rc=$?; env_stop; [ $rc -eq 0 ] || [ -z "$STEP" ] || printf "\033[31mFailed at step \"%s\" (exit %s)\033[0m\n" "$STEP" "$rc" >&2' EXIT
	env_up
fi

cd "$ROOT"
logs="$STATE/test-logs-${NOTFOUND_TEST_PORT:-8889}"  # Per port: test runs on other ports may run at the same time.
rm -rf "$logs" && mkdir -p "$logs"
for suite in "${suites[@]}"; do
	case $suite in
	lint)
		step "Lint: ESLint and tsc --noEmit"
		npm run --silent lint
		npm run --silent budget
		npm run --silent plugin-check
		npm run --silent i18n:check
		;;
	js)
		step "Unit tests: jest"
		npm run --silent test:js 2>&1 | tee "$logs/js.log"
		;;
	php)
		step "PHPUnit on WordPress and MariaDB"
		NOTFOUND_WP_DIR="$ENV_WP" NOTFOUND_TEST_HUB_URL="$ENV_URL" vendor/bin/phpunit "${runner_args[@]}" | tee "$logs/php.log"
		;;
	e2e)
		step "End to end: Playwright in Chromium"
		NOTFOUND_TEST_URL="$ENV_URL" npx playwright test "${runner_args[@]}" | tee "$logs/e2e.log"
		;;
	esac
done

# One closing line for all runners together.
count() { find "$logs" -name '*.log' -exec cat {} + | sed -nE "s/$1/\\1/p" | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(($(count '^Tests: +([0-9]+) passed.*') + $(count '^OK \(([0-9]+) tests?.*') + $(count '^ +([0-9]+) passed.*')))
step "All suites passed: ${suites[*]}"
echo "Summary: $passed passed, 0 failed"
