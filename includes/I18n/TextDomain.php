<?php
/**
 * Lets WordPress find the translations shipped in the plugin's languages/ folder.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\I18n;

/**
 * WordPress loads plugin translations just in time from wp-content/languages/plugins only; this adds
 * languages/ as the fallback for the notfound domain, for PHP strings (.mo) and for scripts (.json):
 * wp_set_script_translations() without a path, as block.json scripts are registered, asks the same
 * registry. A language pack from translate.wordpress.org, when installed, still comes first.
 */
final class TextDomain {

	public const DOMAIN = 'notfound';

	public function add_hooks(): void {
		add_action( 'init', array( $this, 'register' ), 0 );
	}

	public function register(): void {
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( \NotFound\PLUGIN_FILE ) ) . '/languages' );
	}
}
