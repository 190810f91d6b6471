#!/usr/bin/env bash
# npm run plugin-zip: notfound.zip for the plugin directory (or the path given), from a build that is
# current; what goes in is decided by dev/plugin-zip.php.
source "$(dirname "$0")/lib.sh"
ensure_build
step "Zipping the plugin"
php "$ROOT/dev/plugin-zip.php" "${1:-$ROOT/notfound.zip}"
