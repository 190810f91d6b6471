<?php
/**
 * The feed's signature header, written by the hub and checked by display sites.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

/**
 * `NotFound-Signature: ed25519=<base64 signature>; key=<key id>` over the exact response body.
 * The key id (the first 16 hex digits of the public key's SHA-256) names the key without being it.
 */
final class FeedSignature {

	public const HEADER = 'NotFound-Signature';

	public static function header( string $signature, string $public_key ): string {
		return 'ed25519=' . base64_encode( $signature ) . '; key=' . self::key_id( $public_key );
	}

	public static function key_id( string $public_key ): string {
		return substr( hash( 'sha256', $public_key ), 0, 16 );
	}

	/**
	 * The signature header of an HTTP API response, or ''.
	 *
	 * @param array<string, mixed> $response From wp_remote_get().
	 */
	public static function of_response( array $response ): string {
		$header = wp_remote_retrieve_header( $response, self::HEADER );
		return is_array( $header ) ? (string) reset( $header ) : $header;
	}

	/**
	 * Whether $header is a valid signature of $body by the pinned key (base64).
	 */
	public static function verify( string $body, string $header, string $pinned_key ): bool {
		$public = base64_decode( $pinned_key, true );
		if ( ! is_string( $public ) || SODIUM_CRYPTO_SIGN_PUBLICKEYBYTES !== strlen( $public ) ) {
			return false;
		}
		if ( 1 !== preg_match( '/(?:^|;)\s*ed25519=([A-Za-z0-9+\/=]+)/', $header, $match ) ) {
			return false;
		}
		$signature = base64_decode( $match[1], true );
		if ( ! is_string( $signature ) || SODIUM_CRYPTO_SIGN_BYTES !== strlen( $signature ) ) {
			return false;
		}
		try {
			return sodium_crypto_sign_verify_detached( $signature, $body, $public );
		} catch ( \SodiumException ) {
			return false;
		}
	}
}
