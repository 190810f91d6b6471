<?php
/**
 * The local IP-to-country database.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * DB-IP's "IP to Country Lite", shipped with the plugin, so an address is looked up on the site itself
 * and never leaves it. Any failure (missing, unreadable or corrupt file) means "unknown": the visitor
 * then sees the site's default region rather than an error.
 */
final class CountryDatabase {

	/** What CC BY 4.0 requires wherever the data is shown or used (settings page, readme.txt). */
	public const ATTRIBUTION = 'IP geolocation by DB-IP, https://db-ip.com, licensed under CC BY 4.0';

	/**
	 * Readers opened in this request, by path; null when the file could not be opened. Kept only in
	 * memory so the database is opened once per request; no visitor's data is in it.
	 *
	 * @var array<string, MmdbReader|null>
	 */
	private static array $readers = array();

	public function __construct( private readonly string $path ) {}

	/**
	 * The copy made at build time by dev/geo-db.mjs.
	 */
	public static function bundled_path(): string {
		return dirname( __DIR__, 2 ) . '/build/geo/dbip-country.mmdb';
	}

	/**
	 * @return string|null An ISO 3166-1 alpha-2 code, or null when the address is not in the database.
	 */
	public function country( string $ip ): ?string {
		$reader = $this->reader();
		if ( null === $reader ) {
			return null;
		}
		try {
			$record = $reader->get( $ip );
		} catch ( \InvalidArgumentException | \UnexpectedValueException ) {
			return null;
		}
		$code = is_array( $record ) && is_string( $record['country_code'] ?? null ) ? strtoupper( $record['country_code'] ) : '';
		return Countries::is_valid( $code ) ? $code : null;
	}

	private function reader(): ?MmdbReader {
		if ( ! array_key_exists( $this->path, self::$readers ) ) {
			try {
				self::$readers[ $this->path ] = new MmdbReader( $this->path );
			} catch ( \UnexpectedValueException ) {
				self::$readers[ $this->path ] = null;
			}
		}
		return self::$readers[ $this->path ];
	}
}
