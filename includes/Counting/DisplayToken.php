<?php
/**
 * The signed list of posters a page delivered, which the page hands back when a visitor brings one into view.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

/**
 * Only the posters of a set the site really delivered, in the country it was delivered to, and only for a
 * few hours, can be counted through the beacon. Each token carries a random nonce, so each of its posters
 * counts once however often the token is sent (SeenBeacons); the nonce says nothing about the visitor.
 */
final class DisplayToken {

	public const LIFETIME = 6 * HOUR_IN_SECONDS;

	/**
	 * @param list<string> $poster_ids The posters after the first, in display order.
	 */
	public static function issue( array $poster_ids, string $country, ?int $now = null ): string {
		$payload = self::encode( (string) wp_json_encode( array( $country, $now ?? time(), $poster_ids, bin2hex( random_bytes( 10 ) ) ) ) );
		return $payload . '.' . self::mac( $payload );
	}

	/**
	 * @return array{country: string, poster_ids: list<string>, nonce: string}|null Null when forged, malformed or expired.
	 */
	public static function verify( string $token, ?int $now = null ): ?array {
		$parts = explode( '.', $token );
		if ( 2 !== count( $parts ) || ! hash_equals( self::mac( $parts[0] ), $parts[1] ) ) {
			return null;
		}
		$decoded = json_decode( (string) base64_decode( strtr( $parts[0], '-_', '+/' ), true ), true );
		if ( ! is_array( $decoded ) || 4 !== count( $decoded ) || ! is_string( $decoded[0] ) || ! is_int( $decoded[1] ) || ! is_array( $decoded[2] ) || ! is_string( $decoded[3] ) || ! preg_match( '/^[0-9a-f]{20}$/', $decoded[3] ) ) {
			return null;
		}
		$age = ( $now ?? time() ) - $decoded[1];
		if ( $age < -MINUTE_IN_SECONDS || $age > self::LIFETIME ) {
			return null;
		}
		return array(
			'country'    => $decoded[0],
			'poster_ids' => array_values( array_filter( $decoded[2], 'is_string' ) ),
			'nonce'      => $decoded[3],
		);
	}

	private static function encode( string $bytes ): string {
		return rtrim( strtr( base64_encode( $bytes ), '+/', '-_' ), '=' ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- URL-safe token, not obfuscation.
	}

	private static function mac( string $payload ): string {
		return hash_hmac( 'sha256', 'notfound-display|' . $payload, wp_salt( 'nonce' ) );
	}
}
