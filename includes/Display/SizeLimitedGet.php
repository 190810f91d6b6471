<?php
/**
 * A GET that stops reading once the answer is larger than this site would use.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

/**
 * WordPress's `limit_response_size` keeps the first bytes but still downloads the rest; a hub (or whatever
 * answers in its place) sending 50 MB would cost the whole download and the timeout. With cURL, the
 * transfer is abandoned as soon as it passes the limit, and the caller can tell "too large" from "down".
 */
final class SizeLimitedGet {

	private bool $exceeded = false;

	public function __construct( private readonly int $max_bytes ) {}

	/**
	 * @param array<string, mixed> $args For wp_safe_remote_get(); `limit_response_size` is set here.
	 * @return array<string, mixed>|\WP_Error
	 */
	public function get( string $url, array $args ): array|\WP_Error {
		$this->exceeded              = false;
		$args['limit_response_size'] = $this->max_bytes + 1; // One byte more tells "too large" from "just fits".
		add_action( 'http_api_curl', array( $this, 'watch' ) );
		try {
			$response = wp_safe_remote_get( $url, $args );
		} finally {
			remove_action( 'http_api_curl', array( $this, 'watch' ) );
		}
		if ( ! is_wp_error( $response ) && strlen( wp_remote_retrieve_body( $response ) ) > $this->max_bytes ) {
			$this->exceeded = true;
		}
		return $response;
	}

	/**
	 * Whether the last answer was larger than the limit (announced, or counted while it arrived).
	 */
	public function exceeded(): bool {
		return $this->exceeded;
	}

	/**
	 * @param mixed $handle The cURL handle of the request about to be sent.
	 */
	public function watch( $handle ): void {
		if ( ! $handle instanceof \CurlHandle ) {
			return;
		}
		$abort = function ( $unused, int $expected, int $received ): int {
			$this->exceeded = $this->exceeded || $expected > $this->max_bytes || $received > $this->max_bytes;
			return $this->exceeded ? 1 : 0; // Non-zero aborts the transfer.
		};
		// phpcs:disable WordPress.WP.AlternativeFunctions.curl_curl_setopt -- the HTTP API offers no way to stop a download early; this handle is the HTTP API's own.
		curl_setopt( $handle, CURLOPT_NOPROGRESS, false );
		curl_setopt( $handle, CURLOPT_XFERINFOFUNCTION, $abort );
		// phpcs:enable
	}
}
