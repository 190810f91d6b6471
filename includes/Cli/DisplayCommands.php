<?php
/**
 * WP-CLI: `wp notfound displays summary|report|prune`.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Cli;

use NotFound\Counting\DisplayCounts;
use NotFound\Counting\HubReporter;
use NotFound\Settings\Settings;

/**
 * This site's poster display counts, and their daily report to the hub.
 */
final class DisplayCommands {

	public function __construct(
		private readonly Settings $settings,
		private readonly DisplayCounts $counts,
		private readonly HubReporter $reporter
	) {}

	/**
	 * Shows the displays counted on this site, per day.
	 *
	 * ## OPTIONS
	 *
	 * [--days=<days>]
	 * : How many days back, today included.
	 * ---
	 * default: 30
	 * ---
	 *
	 * [--format=<format>]
	 * : table, json or csv. JSON also gives the total of every day kept.
	 * ---
	 * default: table
	 * ---
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function summary( array $args, array $assoc_args ): void {
		$per_day = $this->counts->per_day( DisplayCounts::day_before( max( 1, (int) $assoc_args['days'] ) ) );
		if ( 'json' === $assoc_args['format'] ) {
			\WP_CLI::line(
				(string) wp_json_encode(
					array(
						'counting' => $this->settings->all()['count_displays'],
						'total'    => $this->counts->total(),
						'per_day'  => (object) $per_day,
					)
				)
			);
			return;
		}
		$rows = array_map( static fn( string $day, int $displays ): array => compact( 'day', 'displays' ), array_keys( $per_day ), $per_day );
		\WP_CLI\Utils\format_items( $assoc_args['format'], $rows, array( 'day', 'displays' ) );
	}

	/**
	 * Sends the finished days not sent yet to the hub now (WP-Cron does it daily).
	 *
	 * ## OPTIONS
	 *
	 * [--from=<day>]
	 * : Send again from this day (YYYY-MM-DD); the hub replaces what it had.
	 *
	 * @param list<string>          $args Unused.
	 * @param array<string, string> $assoc_args Options.
	 */
	public function report( array $args, array $assoc_args ): void {
		$from = $assoc_args['from'] ?? null;
		if ( null !== $from && ! preg_match( '/^\d{4}-\d{2}-\d{2}$/', $from ) ) {
			\WP_CLI::error( 'Give --from as YYYY-MM-DD.' );
			return;
		}
		$sent = $this->reporter->report( $from );
		if ( is_wp_error( $sent ) ) {
			\WP_CLI::error( $sent->get_error_message() );
			return;
		}
		\WP_CLI::success( sprintf( '%d days sent to the hub.', $sent ) );
	}
}
