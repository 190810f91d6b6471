<?php
/**
 * The plugin's one option, registered with a schema so REST and wp-admin validate it the same way.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Settings;

/**
 * Reads and registers `notfound_settings`. Invalid values are rejected whole: a save is never half-applied.
 *
 * @phpstan-type SettingsValues array{hub_mode: bool, hub_url: string, hub_public_key: string, regions: list<string>, geo_cdn_header: bool, geo_database: bool, trusted_proxies: list<string>, default_country: string, max_age_minutes: int, refresh_minutes: int, poster_count: int, takeover: bool, autoplay: bool, interval: int, intro_text: string, count_displays: bool, retention_days: int}
 */
final class Settings {

	public const OPTION = 'notfound_settings';

	/** The federation's hub. No public hub exists yet; sites point this at theirs (the demo: itself). */
	public const DEFAULT_HUB_URL = 'https://hub.notfound.example.org';

	public function add_hooks(): void {
		add_action( 'init', array( $this, 'register' ) );
	}

	public function register(): void {
		register_setting(
			'notfound',
			self::OPTION,
			array(
				'type'              => 'object',
				'description'       => __( 'NotFound settings', 'notfound' ),
				'default'           => self::defaults(),
				'sanitize_callback' => array( $this, 'sanitize' ),
				'show_in_rest'      => array( 'schema' => self::schema() ),
			)
		);
	}

	/**
	 * @return array<string, mixed>
	 */
	public static function schema(): array {
		return array(
			'type'                 => 'object',
			'additionalProperties' => false,
			'properties'           => array(
				'hub_mode'        => array( 'type' => 'boolean' ),
				'hub_url'         => array(
					'type'    => 'string',
					'format'  => 'uri',
					'pattern' => '^https?://',
				),
				'hub_public_key'  => array(
					'type'    => 'string',
					'pattern' => '^([A-Za-z0-9+/]{43}=)?$',
				),
				'regions'         => array(
					'type'        => 'array',
					'description' => 'Countries whose posters the site shows; all when empty.',
					'items'       => array(
						'type'    => 'string',
						'pattern' => '^[A-Z]{2}$',
					),
					'uniqueItems' => true,
					'maxItems'    => 60,
				),
				'geo_cdn_header'  => array(
					'type'        => 'boolean',
					'description' => 'A CDN or the web server in front of this site sets the visitor\'s country header (CF-IPCountry, CloudFront-Viewer-Country, X-Country-Code) and replaces any the visitor sent: believe it. Off unless set: without such a CDN any visitor could pick their country.',
				),
				'geo_database'    => array(
					'type'        => 'boolean',
					'description' => "Look the visitor's address up in the bundled IP-to-country database (never sent anywhere, never stored).",
				),
				'trusted_proxies' => array(
					'type'        => 'array',
					'description' => 'Addresses or CIDR ranges of reverse proxies allowed to set X-Forwarded-For.',
					'items'       => array(
						'type'    => 'string',
						'pattern' => '^[0-9A-Fa-f:.]+(/[0-9]{1,3})?$',
					),
					'maxItems'    => 50,
				),
				'default_country' => array(
					'type'    => 'string',
					'pattern' => '^[A-Z]{2}$',
				),
				'max_age_minutes' => array(
					'type'    => 'integer',
					'minimum' => 15,
					'maximum' => 1440,
				),
				'refresh_minutes' => array(
					'type'        => 'integer',
					'description' => 'Minutes between two syncs; at most 10, so a withdrawal reaches the page within 15 minutes even through a CDN caching the feed for 5.',
					'minimum'     => 5,
					'maximum'     => 10,
				),
				'poster_count'    => array(
					'type'    => 'integer',
					'minimum' => 1,
					'maximum' => 12,
				),
				'takeover'        => array( 'type' => 'boolean' ),
				'autoplay'        => array(
					'type'        => 'boolean',
					'description' => 'Rotate the posters of the automatic 404 page (off by default: motion is opt-in).',
				),
				'interval'        => array(
					'type'        => 'integer',
					'description' => 'Seconds between two posters while rotating.',
					'minimum'     => 5,
					'maximum'     => 30,
				),
				'intro_text'      => array(
					'type'      => 'string',
					'maxLength' => 500,
				),
				'count_displays'  => array(
					'type'        => 'boolean',
					'description' => 'Count poster displays (per poster, day and country; nothing about the visitor) and report them to the hub once a day.',
				),
				'retention_days'  => array(
					'type'        => 'integer',
					'description' => 'Days display counts are kept before they are deleted.',
					'minimum'     => 30,
					'maximum'     => 1000,
				),
			),
		);
	}

	/**
	 * @return SettingsValues
	 */
	public static function defaults(): array {
		return array(
			'hub_mode'        => false,
			'hub_url'         => self::DEFAULT_HUB_URL,
			'hub_public_key'  => '',
			'regions'         => array(),
			'geo_cdn_header'  => false,
			'geo_database'    => true,
			'trusted_proxies' => array(),
			'default_country' => 'BE',
			'max_age_minutes' => 60,
			'refresh_minutes' => 5,
			'poster_count'    => 6,
			'takeover'        => true,
			'autoplay'        => false,
			'interval'        => 8,
			'intro_text'      => '',
			'count_displays'  => true,
			'retention_days'  => 400,
		);
	}

	/**
	 * @return SettingsValues
	 */
	public function all(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? array_intersect_key( $stored, self::defaults() ) : array();
		/** @var SettingsValues */
		return array_merge( self::defaults(), $stored );
	}

	public function hub_mode(): bool {
		return $this->all()['hub_mode'];
	}

	public function hub_url(): string {
		return untrailingslashit( $this->all()['hub_url'] );
	}

	/**
	 * Merges $changes into the stored settings after validating the result.
	 *
	 * @param array<string, mixed> $changes
	 * @return true|\WP_Error
	 */
	public function update( array $changes ): bool|\WP_Error {
		$merged = array_merge( $this->all(), $changes );
		$valid  = rest_validate_value_from_schema( $merged, self::schema(), self::OPTION );
		if ( is_wp_error( $valid ) ) {
			return $valid;
		}
		update_option( self::OPTION, self::clean( $merged ) );
		return true;
	}

	/**
	 * Types values by the schema and strips markup from the free text.
	 *
	 * @param array<string, mixed> $valid Values that passed the schema.
	 * @return array<string, mixed>
	 */
	private static function clean( array $valid ): array {
		$sanitized = rest_sanitize_value_from_schema( $valid, self::schema(), self::OPTION );
		$sanitized = is_array( $sanitized ) ? $sanitized : array();
		if ( isset( $sanitized['intro_text'] ) && is_string( $sanitized['intro_text'] ) ) {
			$sanitized['intro_text'] = sanitize_textarea_field( $sanitized['intro_text'] );
		}
		return $sanitized;
	}

	/**
	 * The option's sanitize_callback: an invalid value keeps the stored one and reports why.
	 *
	 * @param mixed $value Submitted value.
	 * @return array<string, mixed>
	 */
	public function sanitize( mixed $value ): array {
		$merged = array_merge( $this->all(), is_array( $value ) ? $value : array() );
		$valid  = is_array( $value ) ? rest_validate_value_from_schema( $merged, self::schema(), self::OPTION ) : new \WP_Error( 'notfound_invalid', __( 'Settings must be an object.', 'notfound' ) );
		if ( is_wp_error( $valid ) ) {
			if ( function_exists( 'add_settings_error' ) ) { // Only wp-admin has it; the option can change anywhere.
				add_settings_error( self::OPTION, (string) $valid->get_error_code(), $valid->get_error_message() );
			}
			return $this->all();
		}
		return self::clean( $merged );
	}
}
