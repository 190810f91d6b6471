<?php
/**
 * The visitor's country, from what the request already says, without storing or sending the IP anywhere.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * First a country header set by a CDN or the web server (`XX` and `T1`, Tor, mean unknown), only where
 * the administrator says one sets it (any visitor can send the header), then the client's address looked
 * up in the local database. Null means unknown: the caller falls back to the
 * site's default region. Nothing about the visitor is kept beyond this call.
 */
final class VisitorCountry {

	/**
	 * Server variables in the order they are believed, with the request header each comes from;
	 * GEOIP_COUNTRY_CODE is set by the web server's own GeoIP module, from no request header.
	 */
	private const HEADERS = array(
		'HTTP_CF_IPCOUNTRY'              => 'CF-IPCountry',
		'HTTP_CLOUDFRONT_VIEWER_COUNTRY' => 'CloudFront-Viewer-Country',
		'HTTP_X_COUNTRY_CODE'            => 'X-Country-Code',
		'GEOIP_COUNTRY_CODE'             => '',
	);

	private readonly ClientIp $client_ip;
	private readonly CountryDatabase $database;
	private readonly string $database_path;

	/**
	 * @param bool         $use_headers     Believe the country headers above: only behind a CDN or server that sets them.
	 * @param bool         $use_database    Look the client's address up in the local database.
	 * @param list<string> $trusted_proxies Addresses or CIDR ranges allowed to set X-Forwarded-For.
	 * @param string|null  $database        An .mmdb file with a `country_code` per network; the bundled DB-IP copy when null.
	 */
	public function __construct(
		private readonly bool $use_headers = false,
		private readonly bool $use_database = true,
		array $trusted_proxies = array(),
		?string $database = null
	) {
		$this->client_ip     = new ClientIp( $trusted_proxies );
		$this->database_path = $database ?? CountryDatabase::bundled_path();
		$this->database      = new CountryDatabase( $this->database_path );
	}

	/**
	 * @param array<string, mixed>|null $server The request's server variables; $_SERVER when null.
	 * @return string|null An ISO 3166-1 alpha-2 code, or null when unknown.
	 */
	public function detect( ?array $server = null ): ?string {
		$server ??= $_SERVER;
		return ( $this->use_headers ? self::from_headers( $server ) : null )
			?? ( $this->use_database ? $this->from_database( $server ) : null );
	}

	/**
	 * The request headers the country may come from: what a shared cache must vary on.
	 *
	 * @return list<string>
	 */
	public function request_headers(): array {
		return $this->use_headers ? array_values( array_filter( self::HEADERS ) ) : array();
	}

	/**
	 * Whether the country may come from the visitor's address, which no shared cache can key on.
	 */
	public function may_use_ip_address(): bool {
		return $this->use_database && is_readable( $this->database_path );
	}

	/**
	 * @param array<string, mixed> $server
	 */
	private static function from_headers( array $server ): ?string {
		foreach ( array_keys( self::HEADERS ) as $key ) {
			$value = isset( $server[ $key ] ) && is_string( $server[ $key ] ) ? strtoupper( trim( $server[ $key ] ) ) : '';
			if ( 'XX' !== $value && 'T1' !== $value && Countries::is_valid( $value ) ) {
				return $value;
			}
		}
		return null;
	}

	/**
	 * @param array<string, mixed> $server
	 */
	private function from_database( array $server ): ?string {
		$ip = $this->client_ip->resolve( $server );
		return null === $ip ? null : $this->database->country( $ip );
	}
}
