<?php
/**
 * WP-CLI: `wp notfound settings get [<key>]` and `wp notfound settings set <key> <value>`.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Cli;

use NotFound\Settings\Settings;

/**
 * Reads and changes NotFound's settings, validated like the settings screen.
 */
final class SettingsCommands {

	public function __construct( private readonly Settings $settings ) {}

	/**
	 * Prints the settings as JSON, or one setting.
	 *
	 * ## OPTIONS
	 *
	 * [<key>]
	 * : One setting's name.
	 *
	 * @param list<string>          $args The key, if any.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function get( array $args, array $assoc_args ): void {
		$all = $this->settings->all();
		if ( isset( $args[0] ) && ! array_key_exists( $args[0], $all ) ) {
			\WP_CLI::error( "Unknown setting: {$args[0]}. Known: " . implode( ', ', array_keys( $all ) ) );
		}
		\WP_CLI::line( (string) wp_json_encode( isset( $args[0] ) ? $all[ $args[0] ] : $all, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES ) );
	}

	/**
	 * Changes one setting. The value is read as JSON when it can be (true, 30, ["BE","FR"]), else as text.
	 *
	 * ## OPTIONS
	 *
	 * <key>
	 * : The setting's name.
	 *
	 * <value>
	 * : The new value.
	 *
	 * ## EXAMPLES
	 *
	 *     wp notfound settings set regions '["BE","FR"]'
	 *     wp notfound settings set max_age_minutes 30
	 *
	 * @param list<string>          $args Key and value.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function set( array $args, array $assoc_args ): void {
		list( $key, $raw ) = $args;
		if ( ! array_key_exists( $key, Settings::defaults() ) ) {
			\WP_CLI::error( "Unknown setting: {$key}." );
		}
		$decoded = json_decode( $raw, true );
		$result  = $this->settings->update( array( $key => null === $decoded && 'null' !== $raw ? $raw : $decoded ) );
		if ( is_wp_error( $result ) ) {
			\WP_CLI::error( $result->get_error_message() );
		}
		\WP_CLI::success( "Saved {$key}." );
	}
}
