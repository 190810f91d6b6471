<?php
/**
 * Import runs held back by the circuit breaker, waiting for a hub administrator.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * One held run per partner: the posters it would have withdrawn, out of how many imported. The next run
 * replaces it (a feed that recovered releases it); a confirmation applies it.
 *
 * @phpstan-type Hold array{at: int, ids: list<string>, imported: int}
 */
final class ImportHolds {

	public const OPTION = 'notfound_import_held';

	/** More than this share of a partner's imported posters gone in one run looks like a broken feed. */
	public const MAX_SHARE = 0.5;

	/**
	 * Whether withdrawing $gone of $imported posters needs a person's confirmation.
	 */
	public static function is_too_many( int $gone, int $imported ): bool {
		return $gone > 0 && $gone > self::MAX_SHARE * $imported;
	}

	/**
	 * @param list<string> $ids
	 */
	public function hold( int $partner_id, array $ids, int $imported ): void {
		$holds                = $this->all();
		$holds[ $partner_id ] = array(
			'at'       => time(),
			'ids'      => $ids,
			'imported' => $imported,
		);
		update_option( self::OPTION, $holds, false );
	}

	public function release( int $partner_id ): void {
		$holds = $this->all();
		if ( isset( $holds[ $partner_id ] ) ) {
			unset( $holds[ $partner_id ] );
			update_option( self::OPTION, $holds, false );
		}
	}

	/**
	 * @return Hold|null
	 */
	public function get( int $partner_id ): ?array {
		return $this->all()[ $partner_id ] ?? null;
	}

	/**
	 * @return array<int, Hold> Per partner id.
	 */
	public function all(): array {
		$holds = get_option( self::OPTION, array() );
		return is_array( $holds ) ? $holds : array();
	}
}
