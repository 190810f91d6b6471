<?php
/**
 * The hub's check that a registering site controls its address, as ACME's http-01 challenge does.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\RestApi;

/**
 * The hub fetches the challenge it issued from the site's own REST route (RestApi::SITE_CHALLENGE_ROUTE). Only through wp_safe_remote_get
 * (no private or loopback address, unless it is this site's own host, as on the demo site where the hub
 * reports to itself), HTTPS for any other host, no redirect, a short timeout and a small body: the check
 * can neither be pointed inside the hub's network nor be made slow or heavy.
 */
final class SiteChallenge {

	public const TIMEOUT  = 5;
	public const MAX_BODY = 1024;

	/**
	 * Whether an address may register: HTTPS, or plain HTTP on this machine or the hub's own host (the demo
	 * site reporting to itself, and the tests).
	 */
	public static function is_acceptable_address( string $url ): bool {
		$parts = wp_parse_url( $url );
		if ( ! is_array( $parts ) || ! isset( $parts['scheme'], $parts['host'] ) ) {
			return false;
		}
		$local = array( 'localhost', '127.0.0.1', '[::1]', strtolower( (string) wp_parse_url( home_url(), PHP_URL_HOST ) ) );
		return 'https' === $parts['scheme'] || ( 'http' === $parts['scheme'] && in_array( strtolower( $parts['host'] ), $local, true ) );
	}

	/**
	 * @param string $url            The address the site registered.
	 * @param string $challenge_hash SHA-256 of the challenge the hub issued.
	 */
	public function check( string $url, string $challenge_hash ): true|\WP_Error {
		$response = wp_safe_remote_get(
			add_query_arg( 'rest_route', '/' . RestApi::NAMESPACE . RestApi::SITE_CHALLENGE_ROUTE, $url ),
			array(
				'timeout'             => self::TIMEOUT,
				'redirection'         => 0,
				'limit_response_size' => self::MAX_BODY,
			)
		);
		if ( is_wp_error( $response ) ) {
			/* translators: %s: the network error. */
			return self::refused( sprintf( __( 'The hub could not fetch the challenge from the site: %s', 'notfound' ), $response->get_error_message() ) );
		}
		$body   = wp_remote_retrieve_body( $response );
		$answer = strlen( $body ) < self::MAX_BODY ? json_decode( $body, true ) : null;
		$served = is_array( $answer ) && is_string( $answer['challenge'] ?? null ) ? $answer['challenge'] : '';
		if ( 200 !== (int) wp_remote_retrieve_response_code( $response ) || '' === $challenge_hash || ! hash_equals( $challenge_hash, hash( 'sha256', $served ) ) ) {
			return self::refused( __( 'The site does not serve the challenge the hub issued: it is not the site at this address.', 'notfound' ) );
		}
		return true;
	}

	private static function refused( string $message ): \WP_Error {
		return new \WP_Error( 'notfound_site_challenge', $message, array( 'status' => 403 ) );
	}
}
