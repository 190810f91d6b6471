<?php
/**
 * The hub's cache of built feed answers, bounded whatever the queries.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * A fixed number of slots: an answer is kept in the slot its key hashes to, replacing whatever was there. The
 * queries display sites repeat stay cached; a stranger's thousand odd queries evict each other, never grow the
 * options table past SLOTS transients.
 */
final class FeedCache {

	/** At most this many answers kept: twice as many option rows (each transient and its timeout). */
	public const SLOTS  = 24;
	public const PREFIX = 'notfound_feed_';

	public function get( string $key ): ?string {
		$kept = get_transient( self::slot( $key ) );
		return is_array( $kept ) && ( $kept['key'] ?? null ) === $key && is_string( $kept['body'] ?? null ) ? $kept['body'] : null;
	}

	public function set( string $key, string $body, int $seconds ): void {
		set_transient(
			self::slot( $key ),
			array(
				'key'  => $key,
				'body' => $body,
			),
			$seconds
		);
	}

	private static function slot( string $key ): string {
		return self::PREFIX . ( hexdec( substr( md5( $key ), 0, 6 ) ) % self::SLOTS );
	}
}
