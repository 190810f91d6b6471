#!/usr/bin/env bash
# One environment (the demo "site", or "test"): MariaDB on a socket, a WordPress copy, php -S, all under
# .state/<name>. Sourced after lib.sh and core.sh; call env_use NAME PORT first.

# The demo site's environment: one per port, so sites on two ports never share a database or configuration.
site_env_name() {
	local port=${NOTFOUND_PORT:-8888}
	if [ "$port" = 8888 ]; then echo site; else echo "site-$port"; fi
}

env_use() {
	ENV_NAME=$1
	ENV_PORT=$2
	ENV_DIR="$STATE/$ENV_NAME"
	ENV_URL="http://localhost:$ENV_PORT"
	ENV_RUN="$ENV_DIR/run"
	ENV_WP="$ENV_DIR/wordpress"
	DB_SOCKET="$ENV_RUN/mysqld.sock"
	mkdir -p "$ENV_RUN"
}

db_client() {
	mariadb --no-defaults --socket="$DB_SOCKET" -uroot "$@"
}

db_start() {
	if [ -S "$DB_SOCKET" ] && mariadb-admin --no-defaults --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1; then
		return 0
	fi
	step "Starting MariaDB ($ENV_NAME)"
	if [ ! -d "$ENV_DIR/db/mysql" ]; then
		mariadb-install-db --no-defaults --datadir="$ENV_DIR/db" --user="$(id -un)" \
			--auth-root-authentication-method=normal --skip-test-db >"$ENV_RUN/db-install.log" 2>&1 ||
			fail "mariadb-install-db failed, see $ENV_RUN/db-install.log"
	fi
	# Socket only: no TCP port, so the demo and the tests never collide.
	setsid mariadbd --no-defaults --datadir="$ENV_DIR/db" --user="$(id -un)" --socket="$DB_SOCKET" \
		--skip-networking --pid-file="$ENV_RUN/mysqld.pid" --log-error="$ENV_RUN/mysqld.err" --skip-log-bin \
		--innodb-buffer-pool-size=128M </dev/null >/dev/null 2>&1 &
	echo $! >"$ENV_RUN/mysqld.pgid"
	local i
	for i in $(seq 100); do
		mariadb-admin --no-defaults --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1 && break
		sleep 0.2
	done
	mariadb-admin --no-defaults --socket="$DB_SOCKET" -uroot ping >/dev/null 2>&1 || fail "MariaDB did not start, see $ENV_RUN/mysqld.err"
	db_client -e "CREATE DATABASE IF NOT EXISTS wordpress; CREATE DATABASE IF NOT EXISTS wordpress_phpunit;
		CREATE USER IF NOT EXISTS 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON \`wordpress%\`.* TO 'wp'@'localhost';"
}

# A copy of core per environment (hard links where possible), its own wp-config and the plugin linked in.
wp_files() {
	if [ ! -f "$ENV_WP/wp-settings.php" ]; then
		step "Preparing WordPress files ($ENV_NAME)"
		cp -al "$WP_CORE" "$ENV_WP" 2>/dev/null || cp -a "$WP_CORE" "$ENV_WP"
		# Hard-linked wp-content would be shared between environments: give each its own.
		rm -rf "$ENV_WP/wp-content" && cp -a "$WP_CORE/wp-content" "$ENV_WP/wp-content"
	fi
	cat >"$ENV_WP/notfound-env.php" <<PHP
<?php
// Written by dev/env.sh for the "$ENV_NAME" environment.
define( 'NOTFOUND_DEV_DB_SOCKET', '$DB_SOCKET' );
define( 'NOTFOUND_DEV_URL', '$ENV_URL' );
PHP
	cp "$ROOT/dev/wp-config.php" "$ENV_WP/wp-config.php"
	ln -sfn "$ROOT" "$ENV_WP/wp-content/plugins/notfound"
	# A classic theme beside the block theme, so the tests cover both kinds of 404 takeover.
	ln -sfn "$ROOT/tests/fixtures/classic-theme" "$ENV_WP/wp-content/themes/notfound-classic-test"
}

wp_cli() {
	local as_root=()
	[ "$(id -u)" = 0 ] && as_root=(--allow-root) # Containers and CI run as root; the site's files are ours.
	WP_CLI_PHP_ARGS='-d memory_limit=512M' "$ROOT/vendor/bin/wp" --path="$ENV_WP" --url="$ENV_URL" "${as_root[@]}" "$@"
}

wp_install() {
	step "Installing WordPress and activating NotFound ($ENV_NAME)"
	php "$ROOT/dev/install.php" "$ENV_WP" || fail "WordPress install failed"
}

web_start() {
	if [ -f "$ENV_RUN/php.pgid" ] && kill -0 "$(cat "$ENV_RUN/php.pgid")" 2>/dev/null; then
		return 0
	fi
	step "Starting the web server on $ENV_URL ($ENV_NAME)"
	# Started straight from this shell so that $! is setsid's PID, which becomes the group's PGID.
	PHP_CLI_SERVER_WORKERS=4 setsid php -d memory_limit=256M -S "127.0.0.1:$ENV_PORT" \
		-t "$ENV_WP" "$ROOT/dev/router.php" </dev/null >"$ENV_RUN/php.log" 2>&1 &
	echo $! >"$ENV_RUN/php.pgid"
	local i
	for i in $(seq 100); do
		curl -s -o /dev/null "$ENV_URL/wp-login.php" && return 0
		sleep 0.1
	done
	fail "the web server did not answer on $ENV_URL, see $ENV_RUN/php.log (is the port taken?)"
}

# Stops a process group recorded by its leader's PID (setsid makes PID = PGID), and waits for it.
stop_group() {
	local file=$1 pgid i
	[ -f "$file" ] || return 0
	pgid=$(cat "$file")
	if kill -0 -- "-$pgid" 2>/dev/null; then
		kill -TERM -- "-$pgid" 2>/dev/null || true
		for i in $(seq 50); do
			kill -0 -- "-$pgid" 2>/dev/null || break
			sleep 0.2
		done
		kill -KILL -- "-$pgid" 2>/dev/null || true
	fi
	rm -f "$file"
}

env_stop() {
	stop_group "$ENV_RUN/php.pgid"
	stop_group "$ENV_RUN/mysqld.pgid"
}

# Everything an environment needs to serve the demo: database, files, install, web server, demo hub, sync.
env_up() {
	db_start
	wp_files
	wp_install
	web_start
	step "Seeding the fictional demo hub and syncing the display ($ENV_NAME)"
	wp_cli notfound demo-seed --require="$ROOT/dev/demo/seed-command.php" || fail "seeding the demo failed"
	wp_cli notfound sync || fail "the first sync from the demo hub failed"
}
