<?php
/**
 * Loads a built wp-admin app (script, translations, style) on the screen that mounts it.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Admin;

/**
 * Each app in build/admin/<app>/ has index.js, index.asset.php (dependencies and version) and index.css.
 */
final class AppAssets {

	/**
	 * @param non-empty-string $handle     Script and style handle.
	 * @param string           $build       The app's folder, relative to the plugin, with a trailing slash.
	 * @param list<string>     $style_deps  Styles the app's style needs besides wp-components.
	 * @return bool Whether the app is built and was enqueued.
	 */
	public static function enqueue( string $handle, string $build, array $style_deps = array() ): bool {
		$plugin_dir = plugin_dir_path( \NotFound\PLUGIN_FILE );
		$asset_file = $plugin_dir . $build . 'index.asset.php';
		if ( ! is_readable( $asset_file ) ) {
			return false; // Not built: the page stays empty rather than failing (a release zip always contains the build).
		}
		/** @var array{dependencies: list<non-empty-string>, version: string} $asset */
		$asset    = require $asset_file;
		$base_url = plugins_url( $build, \NotFound\PLUGIN_FILE );
		wp_enqueue_script( $handle, $base_url . 'index.js', $asset['dependencies'], $asset['version'], true );
		wp_set_script_translations( $handle, 'notfound', $plugin_dir . 'languages' );
		wp_enqueue_style( $handle, $base_url . 'index.css', array_merge( array( 'wp-components' ), $style_deps ), $asset['version'] );
		wp_style_add_data( $handle, 'rtl', 'replace' );
		return true;
	}
}
