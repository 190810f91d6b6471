<?php
/**
 * What a display site can plausibly report, and which days are held for a hub administrator to look at.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

/**
 * Two lines. Impossible figures are refused outright: more than MAX_PER_ROW displays of one poster in one
 * country on one day, or more than MAX_PER_DAY on one site in one day. Possible but unusual figures are
 * stored held, out of every total partners and administrators see, until a hub administrator accepts them:
 * a day above HOLD_FLOOR and above HOLD_FACTOR times the site's usual day (the median of its accepted days
 * in the 30 before). A new site has no usual day yet, so its first big days wait for an administrator.
 */
final class Plausibility {

	public const MAX_PER_ROW = 100000;
	public const MAX_PER_DAY = 1000000;
	public const HOLD_FLOOR  = 20000;
	public const HOLD_FACTOR = 10;

	public function __construct( private readonly HubDisplayCounts $counts ) {}

	/**
	 * @param list<array{poster_id: string, country: string, displays: int}> $rows
	 */
	public function check_day( array $rows ): true|\WP_Error {
		$total = array_sum( array_column( $rows, 'displays' ) );
		if ( $total > self::MAX_PER_DAY ) {
			return new \WP_Error(
				'notfound_report_implausible',
				/* translators: %s: the most displays one site may report for one day. */
				sprintf( __( 'No site shows posters more than %s times a day: this report is refused.', 'notfound' ), number_format_i18n( self::MAX_PER_DAY ) ),
				array( 'status' => 400 )
			);
		}
		return true;
	}

	/**
	 * Whether the site's day, with this total, is held until an administrator accepts it. A day already
	 * accepted stays accepted when sent again with no more than was accepted.
	 */
	public function is_outlier( int $site_id, string $day, int $total ): bool {
		if ( $total <= self::HOLD_FLOOR || $total <= $this->counts->accepted_total( $site_id, $day ) ) {
			return false;
		}
		return $total > self::HOLD_FACTOR * $this->counts->usual_day( $site_id, $day );
	}
}
