<?php
/**
 * Lets WordPress find the translations shipped in the plugin's languages/ folder.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\I18n;

/**
 * WordPress (6.7+) finds translations in the folder the Domain Path header names only for plugins
 * activated on a site: for a network-activated plugin wp-settings.php sets no path, and WordPress would
 * look in wp-content/languages/plugins alone. This sets languages/ for both, and so for PHP strings (.mo)
 * and for scripts registered without a path (block.json's), whose .json files are looked up in the same
 * place. A language pack from translate.wordpress.org, when installed, still comes first.
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
