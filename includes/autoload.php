<?php
/**
 * The class autoloader, shared by notfound.php and uninstall.php: classes live in includes/, one per
 * file, the namespace mirroring the folders.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		if ( ! str_starts_with( $class_name, 'NotFound\\' ) ) {
			return;
		}
		$file = __DIR__ . '/' . str_replace( '\\', '/', substr( $class_name, strlen( 'NotFound\\' ) ) ) . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);
