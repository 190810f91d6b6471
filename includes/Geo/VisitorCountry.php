<?php
/**
 * The visitor's country, from what the request already says, without storing or sending the IP anywhere.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Geo;

/**
 * Reads a country header set by a CDN or the web server. `XX` and `T1` (Tor) mean unknown.
 */
final class VisitorCountry {

	private const HEADERS = array( 'HTTP_CF_IPCOUNTRY', 'HTTP_CLOUDFRONT_VIEWER_COUNTRY', 'HTTP_X_COUNTRY_CODE', 'GEOIP_COUNTRY_CODE' );

	/**
	 * @param array<string, mixed>|null $server The request's server variables; $_SERVER when null.
	 */
	public function detect( ?array $server = null ): ?string {
		$server ??= $_SERVER;
		foreach ( self::HEADERS as $key ) {
			$value = isset( $server[ $key ] ) && is_string( $server[ $key ] ) ? strtoupper( trim( $server[ $key ] ) ) : '';
			if ( 'XX' !== $value && 'T1' !== $value && Countries::is_valid( $value ) ) {
				return $value;
			}
		}
		return null;
	}
}
