<?php
/**
 * Which addresses a partner's feed may be imported from.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * HTTPS only: the hub signs whatever the feed says, so nobody on the way may change it. Plain http is
 * accepted on this machine's own loopback address only (test and development feeds), which
 * wp_safe_remote_get still refuses unless a filter allows it.
 */
final class ImportUrl {

	public static function is_allowed( string $url ): bool {
		$scheme = wp_parse_url( $url, PHP_URL_SCHEME );
		$host   = wp_parse_url( $url, PHP_URL_HOST );
		if ( ! is_string( $host ) || '' === $host ) {
			return false;
		}
		return 'https' === $scheme || ( 'http' === $scheme && self::is_loopback( $host ) );
	}

	private static function is_loopback( string $host ): bool {
		return 'localhost' === strtolower( $host ) || '[::1]' === $host || 1 === preg_match( '/^127(\.\d{1,3}){3}$/', $host );
	}
}
