<?php
/**
 * The plugin's REST namespace, shared by both roles: the hub serves it, display sites call it and serve their own.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

/**
 * One place for `notfound/v1`.
 */
final class RestApi {

	public const NAMESPACE = 'notfound/v1';
	/** Where a display site shows its hub the registration challenge (served by the display, fetched by the hub). */
	public const SITE_CHALLENGE_ROUTE = '/site-challenge';

	/**
	 * A route on another site (a hub), for a server-to-server request.
	 *
	 * @param string $site  The site's address, with or without a trailing slash.
	 * @param string $route The route with its leading slash, and its query string if any.
	 */
	public static function url( string $site, string $route ): string {
		return rtrim( $site, '/' ) . '/wp-json/' . self::NAMESPACE . $route;
	}
}
