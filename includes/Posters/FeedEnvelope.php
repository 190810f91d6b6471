<?php
/**
 * The signed envelope of the hub's answers: which hub answered which query, when, and until when.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Posters;

/**
 * The signature covers the exact body, so whatever the body says about itself is signed too: a proxy can
 * neither point a display at another query's answer nor keep serving an answer past its expiry.
 */
final class FeedEnvelope {

	/** How long a signed answer may be used: the promise that a withdrawal reaches displays within it. */
	public const LIFETIME = 15 * MINUTE_IN_SECONDS;
	/** How far a display's clock may be from the hub's. */
	public const CLOCK_SKEW = 5 * MINUTE_IN_SECONDS;
	/** The largest answer the hub can send (docs/hub.md has the arithmetic); displays read up to 5 MB. */
	public const BUDGET       = 4 * MB_IN_BYTES;
	public const MAX_HUB_NAME = 191;

	/**
	 * The body: the envelope's fields, then the content's (`posters`, or one poster's own fields).
	 *
	 * @param array<string, mixed> $query   The query answered, normalised.
	 * @param array<string, mixed> $content
	 * @return array<string, mixed>
	 */
	public static function wrap( string $hub_name, string $hub_url, array $query, int $now, array $content ): array {
		return array_merge(
			array(
				'hub'          => array(
					'name' => mb_substr( $hub_name, 0, self::MAX_HUB_NAME ),
					'url'  => $hub_url,
				),
				'query'        => $query,
				'generated_at' => gmdate( 'c', $now ),
				'expires_at'   => gmdate( 'c', $now + self::LIFETIME ),
			),
			$content
		);
	}

	/**
	 * The exact bytes that are signed and sent.
	 */
	public static function encode( mixed $data ): string {
		return (string) wp_json_encode( $data, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	}

	/**
	 * Whether the hub address in a signed body is the one a display was configured with: compared without a
	 * trailing slash and ignoring case.
	 */
	public static function same_hub( mixed $signed, string $configured ): bool {
		return is_string( $signed ) && strtolower( untrailingslashit( $signed ) ) === strtolower( untrailingslashit( $configured ) );
	}
}
