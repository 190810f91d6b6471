<?php
/**
 * WordPress config for the local dev and test environments; copied next to wp-settings.php by dev/env.sh.
 * The environment's own values (database socket, URL) come from notfound-env.php beside it.
 *
 * @package NotFound
 */

require_once __DIR__ . '/notfound-env.php';

define( 'DB_NAME', getenv( 'NOTFOUND_DB_NAME' ) ? getenv( 'NOTFOUND_DB_NAME' ) : 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:' . NOTFOUND_DEV_DB_SOCKET );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

// Local development only: fixed salts are fine here, never in production.
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $notfound_salt ) {
	define( $notfound_salt, 'notfound-local-' . $notfound_salt );
}
$table_prefix = 'wp_'; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- wp-config sets it by design.

define( 'WP_HOME', getenv( 'NOTFOUND_URL' ) ? getenv( 'NOTFOUND_URL' ) : NOTFOUND_DEV_URL );
define( 'WP_SITEURL', WP_HOME );
define( 'WP_ENVIRONMENT_TYPE', 'local' ); // Also enables Application Passwords over plain http.
// Not under WP-CLI: the mustache version Composer can install here prints PHP 8 deprecations in its output.
define( 'WP_DEBUG', ! ( defined( 'WP_CLI' ) && WP_CLI ) );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', __DIR__ . '/../run/debug.log' );
define( 'SCRIPT_DEBUG', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // No internet here: fail fast instead of waiting on update checks.
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', (bool) getenv( 'NOTFOUND_DISABLE_CRON' ) );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
