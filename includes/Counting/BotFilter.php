<?php
/**
 * Tells requests from obvious bots and prefetches apart from people, without keeping anything about them.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

/**
 * "Obvious" means the request says so itself: a crawler's or tool's user agent, no user agent at all, or a
 * browser's speculative prefetch that nobody may ever look at. The user agent is read, never stored.
 */
final class BotFilter {

	private const BOT_AGENTS = '/(?<!cu)bot\b|bot\/|crawl|spider|slurp|scrap|fetch|preview|monitor|uptime|pingdom|lighthouse|headless|phantomjs|curl\/|wget\/|python|java\/|go-http-client|okhttp|axios|node-fetch|undici|libwww|httpclient|feedparser|validator|archiver|facebookexternalhit|embedly|whatsapp|mediapartners|apis-google/i';

	/**
	 * @param array<string, mixed> $server The request's server variables ($_SERVER).
	 */
	public static function is_obvious_bot( array $server ): bool {
		$agent = is_string( $server['HTTP_USER_AGENT'] ?? null ) ? $server['HTTP_USER_AGENT'] : '';
		if ( '' === trim( $agent ) || 1 === preg_match( self::BOT_AGENTS, $agent ) ) {
			return true;
		}
		$purpose = strtolower( (string) ( $server['HTTP_SEC_PURPOSE'] ?? $server['HTTP_PURPOSE'] ?? $server['HTTP_X_MOZ'] ?? '' ) );
		return str_contains( $purpose, 'prefetch' );
	}
}
