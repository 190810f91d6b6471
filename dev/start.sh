#!/usr/bin/env bash
# npm start: a local NotFound site (hub and display at once) with demo data at http://localhost:8888.
# Installs what is missing, then starts MariaDB and php -S; running it again only starts what is stopped.
source "$(dirname "$0")/lib.sh"
source "$ROOT/dev/core.sh"
source "$ROOT/dev/env.sh"

mkdir -p "$STATE"
ensure_os_packages
ensure_dependencies
ensure_build
ensure_wordpress_core
env_use "$(site_env_name)" "${NOTFOUND_PORT:-8888}"
env_up
step "Filling the demo hub's statistics with invented reports ($ENV_NAME)"
wp_cli notfound demo-statistics --require="$ROOT/dev/demo/statistics-command.php" || fail "seeding the demo statistics failed"

cat <<MSG

NotFound is running.
  Site:        $ENV_URL
  A 404 page:  $ENV_URL/no-such-page
  Admin:       $ENV_URL/wp-admin  (admin / password)
  WP-CLI:      npm run wp -- <args>
  Stop:        npm stop
MSG
