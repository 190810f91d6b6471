<?php
/**
 * The hub's Ed25519 key pair: the secret signs every feed body, the public key is what display sites pin.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Posters\FeedSignature;
use NotFound\Posters\Revocation;

/**
 * Made on first use with sodium (which WordPress ships: native, or sodium_compat). The secret key is
 * stored in a non-autoloaded option and never leaves the hub.
 */
final class HubKeys {

	public const OPTION = 'notfound_hub_keys';

	/**
	 * @return array{public: non-empty-string, secret: non-empty-string} Raw keys.
	 */
	private function pair(): array {
		$stored = self::decode( get_option( self::OPTION ) );
		if ( null !== $stored ) {
			return $stored;
		}
		// First use. add_option() fails if a concurrent request stored its pair first: then that one wins,
		// so the key a site pins is always the key that signs.
		$new = self::generate();
		add_option( self::OPTION, self::encode( $new ), '', false );
		wp_cache_delete( self::OPTION, 'options' );
		return self::decode( get_option( self::OPTION ) ) ?? $new;
	}

	/**
	 * @param mixed $stored The option's value.
	 * @return array{public: non-empty-string, secret: non-empty-string}|null
	 */
	private static function decode( mixed $stored ): ?array {
		if ( is_array( $stored ) && isset( $stored['public'], $stored['secret'] ) ) {
			$public = base64_decode( (string) $stored['public'], true );
			$secret = base64_decode( (string) $stored['secret'], true );
			if ( is_string( $public ) && is_string( $secret ) && '' !== $public && '' !== $secret ) {
				return array(
					'public' => $public,
					'secret' => $secret,
				);
			}
		}
		return null;
	}

	/**
	 * @param array{public: string, secret: string} $pair
	 * @return array{public: string, secret: string}
	 */
	private static function encode( array $pair ): array {
		return array(
			'public' => base64_encode( $pair['public'] ),
			'secret' => base64_encode( $pair['secret'] ),
		);
	}

	/**
	 * @return array{public: non-empty-string, secret: non-empty-string}
	 */
	private static function generate(): array {
		$keypair = sodium_crypto_sign_keypair();
		/** @var array{public: non-empty-string, secret: non-empty-string} $pair Sodium's keys are never empty. */
		$pair = array(
			'public' => sodium_crypto_sign_publickey( $keypair ),
			'secret' => sodium_crypto_sign_secretkey( $keypair ),
		);
		return $pair;
	}

	/**
	 * Replaces the key pair. Every display site must pin the new public key afterwards.
	 *
	 * @return array{public: non-empty-string, secret: non-empty-string}
	 */
	public function rotate(): array {
		$pair = self::generate();
		update_option( self::OPTION, self::encode( $pair ), false );
		return $pair;
	}

	/**
	 * The public key, base64: what an admin of a display site pins.
	 */
	public function public_key(): string {
		return base64_encode( $this->pair()['public'] );
	}

	/**
	 * The value of the NotFound-Signature header for exactly these bytes.
	 */
	public function sign( string $body ): string {
		$pair = $this->pair();
		return FeedSignature::header( sodium_crypto_sign_detached( $body, $pair['secret'] ), $pair['public'] );
	}

	/**
	 * The value of the revocation signature header for this revocation body: base64 of the signature over
	 * Revocation::message(), never over the bare body.
	 */
	public function sign_revocation( string $body ): string {
		return base64_encode( sodium_crypto_sign_detached( Revocation::message( $body ), $this->pair()['secret'] ) );
	}
}
