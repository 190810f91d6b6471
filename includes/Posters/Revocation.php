<?php
/**
 * A signed revocation: the hub's order to forget one poster at once, checked by display sites.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

/**
 * The body is a small JSON object (type, poster id, issue and expiry times, a random nonce); the signature,
 * in its own header, is the hub key's Ed25519 signature over a fixed context line followed by the body, so a
 * signed feed can never pass for a revocation, nor a revocation for a feed.
 *
 * @phpstan-type RevocationPayload array{poster_id: string, issued_at: int, expires_at: int, nonce: string}
 */
final class Revocation {

	public const SIGNATURE_HEADER = 'NotFound-Revocation-Signature';
	public const TYPE             = 'notfound-revocation';
	/** Long enough for the hub's retries; after that the display's own sync has removed the poster anyway. */
	public const LIFETIME = 30 * MINUTE_IN_SECONDS;
	/** Clocks of the hub and the site may differ this much. */
	public const CLOCK_SKEW = 5 * MINUTE_IN_SECONDS;
	public const MAX_BODY   = 1024;
	private const CONTEXT   = "NotFound revocation v1\n";

	/**
	 * The body of a new revocation of this poster, with a fresh nonce.
	 */
	public static function body( string $poster_id, int $issued_at ): string {
		return (string) wp_json_encode(
			array(
				'type'       => self::TYPE,
				'poster_id'  => $poster_id,
				'issued_at'  => $issued_at,
				'expires_at' => $issued_at + self::LIFETIME,
				'nonce'      => bin2hex( random_bytes( 16 ) ),
			)
		);
	}

	/**
	 * The bytes the hub signs and the site verifies.
	 */
	public static function message( string $body ): string {
		return self::CONTEXT . $body;
	}

	/**
	 * What a revocation orders, if it is signed by the pinned key (base64), well formed and current.
	 *
	 * @param string $signature The header's value: the signature, base64.
	 * @return RevocationPayload|null Null for anything else, without saying why.
	 */
	public static function verify( string $body, string $signature, string $pinned_key, int $now ): ?array {
		$public = base64_decode( $pinned_key, true );
		$raw    = base64_decode( trim( $signature ), true );
		if ( strlen( $body ) > self::MAX_BODY || ! is_string( $public ) || SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES !== strlen( $public )
			|| ! is_string( $raw ) || SODIUM_CRYPTO_SIGN_BYTES !== strlen( $raw ) ) {
			return null;
		}
		try {
			if ( ! sodium_crypto_sign_verify_detached( $raw, self::message( $body ), $public ) ) {
				return null;
			}
		} catch ( \SodiumException ) {
			return null;
		}
		return self::current( json_decode( $body, true ), $now );
	}

	/**
	 * @param mixed $payload The decoded body.
	 * @return RevocationPayload|null
	 */
	private static function current( mixed $payload, int $now ): ?array {
		if ( ! is_array( $payload ) || self::TYPE !== ( $payload['type'] ?? null ) || ! is_string( $payload['poster_id'] ?? null )
			|| ! is_int( $payload['issued_at'] ?? null ) || ! is_int( $payload['expires_at'] ?? null ) || ! is_string( $payload['nonce'] ?? null ) ) {
			return null;
		}
		$well_formed = 1 === preg_match( PosterValidator::ID_PATTERN, $payload['poster_id'] ) && 1 === preg_match( '/^[0-9a-f]{32}$/', $payload['nonce'] );
		// Refused when expired, issued in the future, or valid for longer than a revocation ever is: so the
		// seen nonces only need keeping for LIFETIME.
		$current = $payload['expires_at'] >= $now && $payload['issued_at'] <= $now + self::CLOCK_SKEW
			&& $payload['expires_at'] - $payload['issued_at'] <= self::LIFETIME;
		if ( ! $well_formed || ! $current ) {
			return null;
		}
		return array(
			'poster_id'  => $payload['poster_id'],
			'issued_at'  => $payload['issued_at'],
			'expires_at' => $payload['expires_at'],
			'nonce'      => $payload['nonce'],
		);
	}
}
