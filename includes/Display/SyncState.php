<?php
/**
 * What the last syncs left behind: when the copy was last confirmed, its ETag, the last error.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

/**
 * One autoloaded option, read on the 404 render to decide whether the local copy is fresh enough to show.
 *
 * @phpstan-type State array{etag: string, format: int, source: string, generated_at: int, confirmed_at: int, last_attempt_at: int, last_error: string, last_error_code: string, dropped: array<string, string>, failures: int}
 */
final class SyncState {

	public const OPTION = 'notfound_sync_state';

	/**
	 * @return State
	 */
	public function get(): array {
		$stored = get_option( self::OPTION, array() );
		/** @var State */
		return array_merge(
			array(
				'etag'            => '',
				'format'          => 0,
				'source'          => '',
				'generated_at'    => 0,
				'confirmed_at'    => 0,
				'last_attempt_at' => 0,
				'last_error'      => '',
				'last_error_code' => '',
				'dropped'         => array(),
				'failures'        => 0,
			),
			is_array( $stored ) ? $stored : array()
		);
	}

	/**
	 * @param array<string, mixed> $changes
	 */
	public function update( array $changes ): void {
		update_option( self::OPTION, array_merge( $this->get(), $changes ), true );
	}

	/**
	 * The copy may be shown only while the hub confirmed it within the last $max_age_minutes.
	 */
	public function is_fresh( int $max_age_minutes ): bool {
		return time() - $this->get()['confirmed_at'] < $max_age_minutes * MINUTE_IN_SECONDS;
	}
}
