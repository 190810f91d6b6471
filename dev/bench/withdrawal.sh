#!/usr/bin/env bash
# The withdrawal section of npm run bench, sourced by dev/bench.sh with the hub's environment in use
# (env_use bench …): a second display site on its own port, registered with the hub, then
# dev/bench/withdrawal.mjs times withdrawals until the poster leaves that site's 404 page.

bench_withdrawal() {
	local hub_url=$ENV_URL hub_wp=$ENV_WP display_port=$1 key password
	ln -sfn "$ROOT/dev/bench/loopback.php" "$hub_wp/wp-content/mu-plugins/notfound-bench-loopback.php"
	key=$(curl -sf "$hub_url/wp-json/notfound/v1/key" | php -r 'echo json_decode(stream_get_contents(STDIN), true)["public_key"];')
	password=$(wp_cli notfound bench-password --require="$ROOT/dev/bench/withdrawal-commands.php") || fail "no application password"

	env_use bench-display "$display_port"
	env_stop
	rm -rf "$ENV_DIR"
	env_use bench-display "$display_port"
	env_up
	mkdir -p "$ENV_WP/wp-content/mu-plugins"
	ln -sfn "$ROOT/dev/bench/loopback.php" "$ENV_WP/wp-content/mu-plugins/notfound-bench-loopback.php"
	step "Pointing the display site at the hub $hub_url, syncing, registering"
	wp_cli notfound settings set hub_mode false >/dev/null
	wp_cli notfound settings set hub_url "$hub_url" >/dev/null
	wp_cli notfound settings set hub_public_key "$key" >/dev/null
	wp_cli notfound sync || fail "the display site could not sync from the hub"
	wp_cli notfound displays report >/dev/null
	wp_cli option get notfound_report_state --format=json | grep -q '"site_id":[1-9]' || fail "the display site did not register with the hub"
	local display_url=$ENV_URL
	env_use bench "${hub_url##*:}"

	step "Measuring withdrawals (push, then the fan-out's reach)"
	NOTFOUND_BENCH_URL="$hub_url" NOTFOUND_BENCH_DISPLAY_URL="$display_url" NOTFOUND_BENCH_AUTH="admin:$password" \
		NOTFOUND_BENCH_HUB_WP="$hub_wp" node "$ROOT/dev/bench/withdrawal.mjs" "$ROOT/docs/benchmarks.md"
}

bench_withdrawal_stop() {
	local current_name=$ENV_NAME current_port=$ENV_PORT
	env_use bench-display "$1"
	env_stop
	env_use "$current_name" "$current_port"
}
