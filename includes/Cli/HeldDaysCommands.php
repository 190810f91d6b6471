<?php
/**
 * WP-CLI: `wp notfound held-days list|accept`.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Cli;

use NotFound\Hub\Stats\HubDisplayCounts;

/**
 * The reported days the hub holds out of its statistics as outliers, for its administrator to accept.
 */
final class HeldDaysCommands {

	public function __construct( private readonly HubDisplayCounts $counts ) {}

	public function add_hooks(): void {
		\WP_CLI::add_command( 'notfound held-days', $this );
	}

	/**
	 * Lists the held days, oldest first.
	 *
	 * ## OPTIONS
	 *
	 * [--format=<format>]
	 * : table, json or csv.
	 * ---
	 * default: table
	 * ---
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function list( array $args, array $assoc_args ): void {
		\WP_CLI\Utils\format_items( $assoc_args['format'], $this->counts->held_days(), array( 'site_id', 'url', 'day', 'displays' ) );
	}

	/**
	 * Counts a site's held day, or all its held days, in the statistics from now on.
	 *
	 * ## OPTIONS
	 *
	 * <site_id>
	 * : The reporting site.
	 *
	 * [<day>]
	 * : One day (YYYY-MM-DD); all the site's held days when left out.
	 *
	 * @param list<string>          $args Site id, and the day.
	 * @param array<string, string> $assoc_args Unused.
	 */
	public function accept( array $args, array $assoc_args ): void {
		$day = $args[1] ?? null;
		if ( null !== $day && ! preg_match( '/^\d{4}-\d{2}-\d{2}$/', $day ) ) {
			\WP_CLI::error( 'Give the day as YYYY-MM-DD.' );
			return;
		}
		$accepted = $this->counts->accept( (int) $args[0], $day );
		if ( 0 === $accepted ) {
			\WP_CLI::error( 'No held day of this site to accept.' );
			return;
		}
		\WP_CLI::success( sprintf( 'Accepted: %d rows now count.', $accepted ) );
	}
}
