<?php
/**
 * What a withdrawal erases besides the poster's own row: every photo it ever had, and cached feed bodies.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Database\Tables;

/**
 * Each attachment a poster showed, now or before an edit replaced it, names the poster in its meta, so a
 * withdrawal finds every version. A photo another active poster still shows stays.
 */
final class PosterErasure {

	public const POSTER_META = '_notfound_poster';

	/**
	 * Notes on each attachment that this poster shows it.
	 *
	 * @param list<int> $photo_ids
	 */
	public function remember_photos( string $poster_id, array $photo_ids ): void {
		foreach ( $photo_ids as $photo_id ) {
			if ( ! in_array( $poster_id, get_post_meta( $photo_id, self::POSTER_META ), true ) ) {
				add_post_meta( $photo_id, self::POSTER_META, $poster_id );
			}
		}
	}

	/**
	 * Deletes every photo the poster ever had (with its generated sizes) that no active poster shows, and
	 * the feed bodies cached before the withdrawal.
	 *
	 * @param list<int> $current_ids The photos the poster had at withdrawal, remembered or not.
	 */
	public function erase( string $poster_id, array $current_ids ): void {
		$versions = get_posts(
			array(
				'post_type'      => 'attachment',
				'post_status'    => 'any',
				'fields'         => 'ids',
				'posts_per_page' => -1,
				'meta_key'       => self::POSTER_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key, WordPress.DB.SlowDBQuery.slow_query_meta_key -- once per withdrawal.
				'meta_value'     => $poster_id, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value, WordPress.DB.SlowDBQuery.slow_query_meta_value -- as above.
			)
		);
		foreach ( array_unique( array_merge( $current_ids, array_map( 'intval', $versions ) ) ) as $photo_id ) {
			if ( 'attachment' === get_post_type( $photo_id ) && ! $this->in_use( $photo_id ) ) {
				wp_delete_attachment( $photo_id, true );
			}
		}
		$this->forget_cached_feeds();
	}

	/**
	 * Whether an active poster shows this attachment.
	 */
	public function in_use( int $photo_id ): bool {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- table name from code.
		return (bool) $wpdb->get_var( $wpdb->prepare( "SELECT 1 FROM {$table} WHERE status = 'active' AND FIND_IN_SET(%d, photo_ids) LIMIT 1", $photo_id ) );
	}

	/**
	 * The feed caches its bodies for its max-age; a withdrawn child's must not wait that long. (With a
	 * persistent object cache they cannot be listed: they expire after the feed's max-age.)
	 */
	private function forget_cached_feeds(): void {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients by prefix have no API.
		$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_' . FeedController::CACHE_PREFIX ) . '%', $wpdb->esc_like( '_transient_timeout_' . FeedController::CACHE_PREFIX ) . '%' ) );
	}
}
