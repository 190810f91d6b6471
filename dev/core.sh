#!/usr/bin/env bash
# WordPress core for the dev environments. No Composer package of core is served here, so it comes from
# Debian's newest `wordpress` package (sid), fetched with apt into .state/apt without touching the system's
# apt sources, unpacked with the packages its symlinks point into, and copied with the links resolved.
# Sourced by lib.sh users; defines ensure_wordpress_core and WP_CORE.

WP_SUITE=${NOTFOUND_WP_SUITE:-sid}
WP_CORE="$STATE/core"
CORE_PACKAGES=(wordpress wordpress-theme-twentytwentyfive libjs-cropper libjs-jquery-ui libjs-lodash libjs-underscore libphp-phpmailer php-getid3)

ensure_wordpress_core() {
	[ -f "$WP_CORE/wp-includes/version.php" ] && return 0
	step "Fetching WordPress core (Debian $WP_SUITE package)"
	local apt_dir="$STATE/apt"
	rm -rf "$apt_dir" && mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/debs" "$apt_dir/root"
	printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian %s main\n' "$WP_SUITE" >"$apt_dir/sources.list"
	local opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
		-o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "Debug::NoLocking=1"
		-o APT::Sandbox::User=root)
	apt-get "${opts[@]}" update >"$apt_dir/update.log" 2>&1 || fail "apt-get update for $WP_SUITE failed, see $apt_dir/update.log"
	(cd "$apt_dir/debs" && apt-get "${opts[@]}" download "${CORE_PACKAGES[@]}" >"$apt_dir/download.log" 2>&1) ||
		fail "downloading WordPress packages failed, see $apt_dir/download.log"
	local deb
	for deb in "$apt_dir"/debs/*.deb; do dpkg-deb -x "$deb" "$apt_dir/root"; done
	# Debian's own config and .htaccess point into /etc/wordpress; ours replace them.
	rm -f "$apt_dir/root/usr/share/wordpress/wp-config.php" "$apt_dir/root/usr/share/wordpress/.htaccess"
	rm -rf "$WP_CORE.tmp" && cp -rL "$apt_dir/root/usr/share/wordpress" "$WP_CORE.tmp" || fail "copying WordPress core failed"
	mv "$WP_CORE.tmp" "$WP_CORE"
	rm -rf "$apt_dir/root" "$apt_dir/debs"
	printf '    WordPress %s\n' "$(php -r 'include $argv[1]; echo $wp_version;' "$WP_CORE/wp-includes/version.php")"
}
