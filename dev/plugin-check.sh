#!/usr/bin/env bash
# npm run plugin-check: the release zip checked as the plugin directory's reviewers check it.
# With WordPress's real Plugin Check kit beside the project (../shared/tools/plugin-check, see its README), it
# runs that on a throwaway site of its own (MariaDB and WordPress under .state/plugin-check, no web server) and
# fails on any ERROR. Without the kit (a user's clone has none) it runs the project's own approximation,
# dev/plugin-check.php. Warnings are listed; the ones that stay are explained in docs/plugin-check.md.
source "$(dirname "$0")/lib.sh"
source "$ROOT/dev/core.sh"
source "$ROOT/dev/env.sh"

kit="$ROOT/../shared/tools/plugin-check/run.sh"
zip="$STATE/plugin-check.zip"
mkdir -p "$STATE"
bash "$ROOT/dev/plugin-zip.sh" "$zip" >/dev/null

if [ ! -f "$kit" ]; then
	step "Plugin Check (the project's approximation; WordPress's kit is not beside this clone)"
	php "$ROOT/dev/plugin-check.php" "$zip"
	exit
fi

step "Plugin Check (WordPress's own, from ../shared/tools/plugin-check)"
ensure_wordpress_core
env_use plugin-check 8898
trap 'rc=$?; env_stop; [ $rc -eq 0 ] || [ -z "$STEP" ] || printf "\033[31mFailed at step \"%s\" (exit %s)\033[0m\n" "$STEP" "$rc" >&2' EXIT
db_start >/dev/null
wp_files
php "$ROOT/dev/install.php" "$ENV_WP" || fail "installing the throwaway site failed"
rc=0
bash "$kit" "$ENV_WP" "$ENV_URL" "$zip" "$ROOT/vendor/bin/wp" >"$STATE/plugin-check.csv" 2>"$STATE/plugin-check.log" || rc=$?
cat "$STATE/plugin-check.csv"
case $rc in
0) ;;
1) fail "Plugin Check reports errors (above)" ;;
*) fail "Plugin Check did not run, see $STATE/plugin-check.log" ;;
esac
