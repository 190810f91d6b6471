#!/usr/bin/env bash
# npm run wp -- <args>: WP-CLI against the demo site.
source "$(dirname "$0")/lib.sh"
source "$ROOT/dev/env.sh"
trap - EXIT
env_use "$(site_env_name)" "${NOTFOUND_PORT:-8888}"
[ -f "$ENV_WP/wp-config.php" ] || fail "no site yet: run npm start first"
wp_cli "$@"
