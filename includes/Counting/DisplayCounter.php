<?php
/**
 * Decides what counts as a display, and records it.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

use NotFound\Geo\Countries;
use NotFound\Settings\Settings;

/**
 * A display is a poster shown to a visitor: the first poster of every set a page delivers, counted when the
 * page has been generated, plus each further poster the visitor brings into view, counted through the
 * beacon (see DisplaysController). Previews, REST and admin renders, obvious bots and prefetches never count.
 * The counter is one per poster, day and country: nothing about the visitor is kept.
 */
final class DisplayCounter {

	/**
	 * Increments waiting for the end of the request: "poster_id|country" => displays.
	 *
	 * @var array<string, int>
	 */
	private array $pending = array();

	public function __construct(
		private readonly Settings $settings,
		private readonly DisplayCounts $counts,
		private readonly SeenBeacons $seen
	) {}

	public function add_hooks(): void {
		// After the page is generated: the render itself never writes (it stays cheap and fails open).
		add_action( 'shutdown', array( $this, 'flush' ) );
	}

	public function enabled(): bool {
		return $this->settings->all()['count_displays'];
	}

	/**
	 * Notes a set of posters the page delivers. Returns the beacon token for the posters after the first,
	 * or null when this request does not count.
	 *
	 * @param list<string> $poster_ids In display order.
	 * @param string|null  $country    The visitor's detected country; null when unknown.
	 */
	public function deliver( array $poster_ids, ?string $country ): ?string {
		if ( ! $poster_ids || ! $this->counts_this_request() ) {
			return null;
		}
		$country = $country ?? Countries::UNKNOWN; // Counted as detected; an unknown country under its own code.
		$key     = $poster_ids[0] . '|' . $country;

		$this->pending[ $key ] = ( $this->pending[ $key ] ?? 0 ) + 1;
		return count( $poster_ids ) > 1 ? DisplayToken::issue( array_slice( $poster_ids, 1 ), $country ) : null;
	}

	/**
	 * Counts the posters a visitor brought into view, by their place in the token's list.
	 *
	 * @param list<int> $places 0-based places in the token's list (the second poster of the set is 0).
	 * @return int|null How many were counted; null when the token is not valid.
	 */
	public function record_shown( string $token, array $places ): ?int {
		$set = DisplayToken::verify( $token );
		if ( null === $set ) {
			return null;
		}
		if ( ! $this->enabled() || BotFilter::is_obvious_bot( $_SERVER ) ) {
			return 0;
		}
		$places     = array_values( array_filter( array_unique( $places ), static fn( int $place ): bool => isset( $set['poster_ids'][ $place ] ) ) );
		$increments = array();
		foreach ( $this->seen->first_time( $set['nonce'], $places ) as $place ) { // A replayed token adds nothing.
			$increments[ $set['poster_ids'][ $place ] . '|' . $set['country'] ] = 1;
		}
		$this->counts->add( $increments );
		return count( $increments );
	}

	/**
	 * Writes what this request delivered; runs on shutdown.
	 */
	public function flush(): void {
		if ( ! $this->pending ) {
			return;
		}
		$pending       = $this->pending;
		$this->pending = array();
		try {
			$this->counts->add( $pending );
		} catch ( \Throwable $error ) {
			unset( $error ); // A counter must never break the page it counts.
		}
	}

	/**
	 * A visitor's page request: not the editor's or the settings screen's preview, not an admin, REST,
	 * AJAX, cron or WP-CLI run, not a HEAD, not a bot.
	 */
	private function counts_this_request(): bool {
		$method = is_string( $_SERVER['REQUEST_METHOD'] ?? null ) ? sanitize_key( wp_unslash( $_SERVER['REQUEST_METHOD'] ) ) : 'get';
		return $this->enabled()
			&& 'get' === $method
			&& ! is_admin()
			&& ! wp_is_serving_rest_request()
			&& ! wp_doing_ajax()
			&& ! wp_doing_cron()
			&& ! ( defined( 'WP_CLI' ) && WP_CLI )
			&& ! ( isset( $GLOBALS['wp_query'] ) && is_preview() ) // Outside a page request there is no query to ask.
			&& ! BotFilter::is_obvious_bot( $_SERVER );
	}
}
