<?php
/**
 * Router for `php -S`: real files are served as they are, everything else goes through WordPress.
 *
 * @package NotFound
 */

$notfound_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url -- WordPress is not loaded yet.
$notfound_file = $_SERVER['DOCUMENT_ROOT'] . $notfound_path;
if ( '/' !== $notfound_path && file_exists( $notfound_file ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['SCRIPT_FILENAME'];
