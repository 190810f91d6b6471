#!/usr/bin/env bash
# npm run bench: a fresh benchmark site (.state/bench, port NOTFOUND_BENCH_PORT or 8892) with 10 000
# posters, measured by dev/bench/run.mjs into docs/benchmarks.md, then the withdrawal section with a second
# display site (.state/bench-display, port NOTFOUND_BENCH_DISPLAY_PORT or 8893); then both are stopped.
# `npm run bench -- withdrawal` runs the withdrawal section alone (on the demo posters, without the 10 000).
source "$(dirname "$0")/lib.sh"
source "$ROOT/dev/core.sh"
source "$ROOT/dev/env.sh"
source "$ROOT/dev/bench/withdrawal.sh"

section=${1:-all}
case $section in all | withdrawal) ;; *) fail "unknown section \"$section\" (all or withdrawal)" ;; esac

mkdir -p "$STATE"
ensure_os_packages
ensure_dependencies
ensure_build
ensure_wordpress_core
bench_port=${NOTFOUND_BENCH_PORT:-8892}
display_port=${NOTFOUND_BENCH_DISPLAY_PORT:-$((bench_port + 1))}
env_use bench "$bench_port"
env_stop
rm -rf "$ENV_DIR"
env_use bench "$bench_port"
trap 'rc=$?; bench_withdrawal_stop "$display_port"; env_stop; [ $rc -eq 0 ] || [ -z "$STEP" ] || printf "\033[31mFailed at step \"%s\" (exit %s)\033[0m\n" "$STEP" "$rc" >&2' EXIT
env_up
mkdir -p "$ENV_WP/wp-content/mu-plugins"
ln -sfn "$ROOT/dev/bench/toggle-plugin.php" "$ENV_WP/wp-content/mu-plugins/notfound-bench-toggle.php"
if [ "$section" = all ]; then
	step "Seeding 10 000 benchmark posters"
	wp_cli notfound bench-seed 10000 --require="$ROOT/dev/bench/seed-command.php"
	step "Measuring (takes a minute or two)"
	wp_version=$(php -r 'include $argv[1]; echo $wp_version;' "$WP_CORE/wp-includes/version.php")
	NOTFOUND_BENCH_URL="$ENV_URL" NOTFOUND_BENCH_STACK="PHP $(php -r 'echo PHP_VERSION;') (php -S, 4 workers), WordPress $wp_version, MariaDB $(mariadbd --version | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1)" \
		node "$ROOT/dev/bench/run.mjs" "$ROOT/docs/benchmarks.md"
fi
bench_withdrawal "$display_port"
