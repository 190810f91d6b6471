<?php
/**
 * Installs WordPress non-interactively and activates NotFound; does nothing that is already done.
 * Usage: php dev/install.php /path/to/wordpress
 *
 * @package NotFound
 */

$notfound_dir = rtrim( $argv[1], '/' );
require_once $notfound_dir . '/notfound-env.php';
$notfound_url = getenv( 'NOTFOUND_URL' ) ? getenv( 'NOTFOUND_URL' ) : NOTFOUND_DEV_URL;

$_SERVER['HTTP_HOST']       = (string) parse_url( $notfound_url, PHP_URL_HOST ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- WordPress is not loaded yet.
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define( 'WP_INSTALLING', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound -- WordPress's own: keeps plugins from loading before the site exists.
require $notfound_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( ! is_blog_installed() ) {
	add_filter( 'pre_wp_mail', '__return_false' );
	wp_install( 'NotFound demo', 'admin', 'admin@example.com', true, '', 'password' );
	update_option( 'permalink_structure', '/%postname%/' );
	update_option( 'blogdescription', 'A local NotFound site' );
}
if ( ! is_plugin_active( 'notfound/notfound.php' ) ) {
	$notfound_result = activate_plugin( 'notfound/notfound.php' );
	if ( is_wp_error( $notfound_result ) ) {
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_read_fwrite, WordPress.Security.EscapeOutput.OutputNotEscaped -- a command-line error message.
		fwrite( STDERR, 'Activating NotFound failed: ' . $notfound_result->get_error_message() . "\n" );
		exit( 1 );
	}
	flush_rewrite_rules( true );
}
