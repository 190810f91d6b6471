<?php
/**
 * Plugin Name:       NotFound
 * Plugin URI:        https://wordpress.org/plugins/notfound/
 * Description:       Turns your site's 404 page into posters of missing children, nearest to the visitor first.
 * Version:           0.1.0
 * Requires at least: 6.8
 * Requires PHP:      8.1
 * Author:            NotFound contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       notfound
 * Domain Path:       /languages
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

defined( 'ABSPATH' ) || exit;

const VERSION     = '0.1.0';
const PLUGIN_FILE = __FILE__;

// Classes live in includes/, one per file, the namespace mirroring the folders.
spl_autoload_register(
	static function ( string $class_name ): void {
		if ( ! str_starts_with( $class_name, __NAMESPACE__ . '\\' ) ) {
			return;
		}
		$relative = str_replace( '\\', '/', substr( $class_name, strlen( __NAMESPACE__ ) + 1 ) );
		$file     = __DIR__ . '/includes/' . $relative . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);

register_activation_hook( __FILE__, array( Activation::class, 'activate' ) );
register_deactivation_hook( __FILE__, array( Activation::class, 'deactivate' ) );

Plugin::instance()->add_hooks();
