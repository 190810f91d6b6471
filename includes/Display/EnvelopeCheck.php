<?php
/**
 * What a display checks in the hub's signed envelope before it believes a feed.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Posters\FeedEnvelope;

/**
 * A validly signed answer is used only if it is the configured hub's answer to the query this site asked,
 * generated no later than now (give or take clock skew), not yet expired, and no older than the copy held.
 */
final class EnvelopeCheck {

	/**
	 * @param array<string, mixed> $feed      The decoded, signature-checked body.
	 * @param array<string, mixed> $asked     The query this site asked, normalised.
	 * @param int                  $not_before The oldest generation time still acceptable (max-age, and the copy held).
	 * @return \WP_Error|null Why the feed cannot be used, or null.
	 */
	public static function problem( array $feed, string $hub_url, array $asked, int $not_before, int $now ): ?\WP_Error {
		$generated_at = is_string( $feed['generated_at'] ?? null ) ? (int) strtotime( $feed['generated_at'] ) : 0;
		$expires_at   = is_string( $feed['expires_at'] ?? null ) ? (int) strtotime( $feed['expires_at'] ) : 0;
		if ( ! FeedEnvelope::same_hub( is_array( $feed['hub'] ?? null ) ? ( $feed['hub']['url'] ?? null ) : null, $hub_url ) ) {
			return new \WP_Error( 'notfound_sync_wrong_hub', __( 'The feed is signed for another hub address than the one in the settings. It was not used; the last valid copy is kept.', 'notfound' ) );
		}
		if ( ( $feed['query'] ?? null ) !== $asked ) {
			return new \WP_Error( 'notfound_sync_wrong_query', __( 'The feed answers another question than the one this site asked (its signed query differs). It was not used; the last valid copy is kept.', 'notfound' ) );
		}
		// An old signed feed replayed (one that may still hold a withdrawn poster) is refused, and so is a step
		// back in time from the same hub.
		if ( $generated_at < $not_before ) {
			return new \WP_Error( 'notfound_sync_replayed', __( 'The hub sent an old feed (by its signed generation time). It was not used; the last valid copy is kept.', 'notfound' ) );
		}
		if ( $generated_at > $now + FeedEnvelope::CLOCK_SKEW ) {
			return new \WP_Error( 'notfound_sync_future', __( 'The feed says it was generated in the future: the hub\'s clock or this site\'s is wrong. It was not used; the last valid copy is kept.', 'notfound' ) );
		}
		if ( $expires_at + FeedEnvelope::CLOCK_SKEW < $now ) {
			return new \WP_Error( 'notfound_sync_expired', __( 'The feed is past its signed expiry. It was not used; the last valid copy is kept.', 'notfound' ) );
		}
		return null;
	}
}
