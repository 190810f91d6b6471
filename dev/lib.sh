#!/usr/bin/env bash
# Shared helpers for the dev scripts: step logging, OS packages, WordPress core, one environment
# (MariaDB + WordPress + php -S) under .state/<env>. Sourced, never run.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE="$ROOT/.state"
STEP="starting"

step() {
	STEP="$*"
	printf '\033[1m==> %s\033[0m\n' "$*"
}

fail() {
	printf '\033[31mFailed at step "%s": %s\033[0m\n' "$STEP" "$*" >&2
	STEP=""
	exit 1
}

# A command that fails without calling fail still names its step.
trap 'rc=$?; [ $rc -eq 0 ] || [ -z "$STEP" ] || printf "\033[31mFailed at step \"%s\" (exit %s). Logs: %s\033[0m\n" "$STEP" "$rc" "$STATE" >&2' EXIT

# OS packages the project needs, as Debian/Ubuntu package names.
os_packages() {
	local wanted=()
	command -v php >/dev/null || wanted+=(php-cli)
	php -r 'exit(extension_loaded("mysqli")?0:1);' 2>/dev/null || wanted+=(php-mysql)
	php -r 'exit(extension_loaded("gd")?0:1);' 2>/dev/null || wanted+=(php-gd)
	php -r 'exit(extension_loaded("curl")?0:1);' 2>/dev/null || wanted+=(php-curl)
	php -r 'exit(extension_loaded("mbstring")?0:1);' 2>/dev/null || wanted+=(php-mbstring)
	php -r 'exit(extension_loaded("xml")?0:1);' 2>/dev/null || wanted+=(php-xml)
	php -r 'exit(extension_loaded("intl")?0:1);' 2>/dev/null || wanted+=(php-intl)
	php -r 'exit(extension_loaded("zip")?0:1);' 2>/dev/null || wanted+=(php-zip)
	command -v composer >/dev/null || wanted+=(composer)
	command -v mariadbd >/dev/null || wanted+=(mariadb-server)
	command -v curl >/dev/null || wanted+=(curl)
	[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] || wanted+=(debian-archive-keyring)
	if [ "${1:-}" = "with-browser" ] && [ ! -x /usr/bin/chromium ]; then wanted+=(chromium); fi
	printf '%s\n' "${wanted[@]}"
}

ensure_os_packages() {
	step "Checking OS packages"
	local missing
	missing=$(os_packages "${1:-}" | xargs)
	[ -z "$missing" ] && return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
		step "Installing OS packages: $missing (takes a few minutes)"
		DEBIAN_FRONTEND=noninteractive apt-get update -qq
		# shellcheck disable=SC2086 # word splitting of the package list is intended
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >"$STATE/apt-install.log" 2>&1 ||
			fail "apt-get install failed, see $STATE/apt-install.log"
	else
		fail "missing OS packages. Install them, then run this again:
    sudo apt-get install $missing"
	fi
}

ensure_dependencies() {
	# A stamp, not vendor/autoload.php: Composer leaves that untouched when nothing changed.
	if [ ! -x "$ROOT/vendor/bin/wp" ] || [ "$ROOT/composer.json" -nt "$ROOT/vendor/.notfound-installed" ]; then
		step "Installing Composer dependencies"
		(cd "$ROOT" && composer install --no-interaction --no-progress -q) || fail "composer install failed"
		touch "$ROOT/vendor/.notfound-installed"
	fi
	if [ ! -d "$ROOT/node_modules/.bin" ] || [ "$ROOT/package.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
		step "Installing npm dependencies (takes a few minutes the first time)"
		(cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error) || fail "npm install failed"
	fi
}

ensure_build() {
	local newest
	newest=$(find "$ROOT/src" "$ROOT/webpack.config.js" "$ROOT/package.json" -type f -newer "$ROOT/build/blocks-manifest.php" 2>/dev/null | head -n 1 || true)
	if [ ! -f "$ROOT/build/blocks-manifest.php" ] || [ -n "$newest" ]; then
		step "Building blocks and admin apps"
		(cd "$ROOT" && npm run --silent build >"$STATE/build.log" 2>&1) || fail "build failed, see $STATE/build.log"
	fi
}
