<?php
/**
 * PHPUnit on a real WordPress and a real MariaDB database (wordpress_phpunit, beside the test site's).
 * NOTFOUND_WP_DIR: the test environment's WordPress, prepared by dev/test.sh.
 *
 * @package NotFound
 */

$notfound_wp_dir = getenv( 'NOTFOUND_WP_DIR' );
if ( ! $notfound_wp_dir || ! is_file( $notfound_wp_dir . '/wp-settings.php' ) ) {
	fwrite( STDERR, "Run PHPUnit through `npm test -- php`: it prepares WordPress and the database.\n" );
	exit( 1 );
}
putenv( 'NOTFOUND_DB_NAME=wordpress_phpunit' );
putenv( 'NOTFOUND_URL=http://example.org' );
putenv( 'NOTFOUND_DISABLE_CRON=1' );

// Install and activate in a child process: WP_INSTALLING must not stay defined for the tests.
passthru( escapeshellarg( PHP_BINARY ) . ' ' . escapeshellarg( dirname( __DIR__, 2 ) . '/dev/install.php' ) . ' ' . escapeshellarg( $notfound_wp_dir ), $notfound_rc );
if ( 0 !== $notfound_rc ) {
	exit( (int) $notfound_rc );
}

$_SERVER['HTTP_HOST']       = 'example.org';
$_SERVER['SERVER_NAME']     = 'example.org';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$_SERVER['REQUEST_METHOD']  = 'GET';
// The tests' own uploads folder: the test site serves from the same WordPress files.
$GLOBALS['wp_filter']['upload_dir'][10]['notfound_phpunit'] = array(
	'function'      => static function ( array $dirs ): array {
		foreach ( array( 'path', 'url', 'basedir', 'baseurl' ) as $key ) {
			$dirs[ $key ] = str_replace( '/wp-content/uploads', '/wp-content/uploads-phpunit', $dirs[ $key ] );
		}
		return $dirs;
	},
	'accepted_args' => 1,
);
require $notfound_wp_dir . '/wp-load.php';
require dirname( __DIR__, 2 ) . '/vendor/autoload.php';
