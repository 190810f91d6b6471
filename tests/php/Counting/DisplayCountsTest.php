<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Counting;

use NotFound\Counting\DisplayCounts;
use NotFound\Counting\HubReporter;
use NotFound\Database\Tables;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * The counters: exact under concurrent writers, bounded by the retention.
 */
final class DisplayCountsTest extends TestCase {

	private const PROCESSES = 8;
	private const TIMES     = 150;

	public function test_parallel_processes_lose_no_increment(): void {
		global $wpdb;
		$poster = 'concurrency-' . getmypid();
		$wpdb->query( 'COMMIT' ); // The children's writes must be visible here: leave the test's transaction.
		try {
			$children = array();
			for ( $i = 0; $i < self::PROCESSES; $i++ ) {
				$command    = array( PHP_BINARY, dirname( __DIR__, 2 ) . '/fixtures/count-displays.php', (string) getenv( 'NOTFOUND_WP_DIR' ), $poster, (string) self::TIMES );
				$children[] = proc_open( $command, array( 2 => array( 'pipe', 'w' ) ), $pipes );
				$errors[]   = $pipes[2];
			}
			foreach ( $children as $index => $child ) {
				$this->assertIsResource( $child );
				$stderr = (string) stream_get_contents( $errors[ $index ] );
				$this->assertSame( 0, proc_close( $child ), $stderr );
			}
			$rows = Plugin::instance()->display_counts->for_day( gmdate( 'Y-m-d' ) );
			$mine = array_values( array_filter( $rows, static fn( array $row ): bool => $poster === $row['poster_id'] ) );

			$this->assertSame( array( self::PROCESSES * self::TIMES ), array_column( $mine, 'displays' ) );
		} finally {
			$wpdb->delete( Tables::name( Tables::DISPLAYS ), array( 'poster_id' => $poster ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- cleaning up committed rows.
			$wpdb->query( 'START TRANSACTION' );
		}
	}

	public function test_days_past_the_retention_are_deleted_and_the_rest_kept(): void {
		$counts = new DisplayCounts();
		$now    = time();
		foreach ( array( 0, 399, 400, 401, 700 ) as $days_ago ) {
			$counts->add( array( "kept-{$days_ago}|BE" => 1 ), gmdate( 'Y-m-d', $now - $days_ago * DAY_IN_SECONDS ) );
		}

		$deleted = $counts->prune( 400, $now );

		$this->assertSame( 3, $deleted );
		$this->assertSame( 2, $counts->total() );
		$this->assertSame( array( 1 ), array_column( $counts->for_day( gmdate( 'Y-m-d', $now - 399 * DAY_IN_SECONDS ) ), 'displays' ) );
	}

	public function test_the_daily_job_prunes_with_the_retention_setting(): void {
		Plugin::instance()->settings->update(
			array(
				'retention_days' => 30,
				'count_displays' => false, // Nothing to report: only the pruning is under test.
			)
		);
		Plugin::instance()->display_counts->add( array( 'old|BE' => 5 ), gmdate( 'Y-m-d', time() - 31 * DAY_IN_SECONDS ) );
		Plugin::instance()->display_counts->add( array( 'recent|BE' => 7 ), gmdate( 'Y-m-d', time() - 29 * DAY_IN_SECONDS ) );

		do_action( HubReporter::CRON_HOOK );

		$this->assertSame( 7, Plugin::instance()->display_counts->total() );
	}

	public function test_increments_add_up_per_poster_day_and_country(): void {
		$counts = new DisplayCounts();

		$counts->add(
			array(
				'a|BE' => 2,
				'a|FR' => 1,
			),
			'2026-11-01'
		);
		$counts->add( array( 'a|BE' => 3 ), '2026-11-01' );
		$counts->add( array( 'a|BE' => 4 ), '2026-11-02' );

		$this->assertSame(
			array(
				array(
					'poster_id' => 'a',
					'country'   => 'BE',
					'displays'  => 5,
				),
				array(
					'poster_id' => 'a',
					'country'   => 'FR',
					'displays'  => 1,
				),
			),
			$counts->for_day( '2026-11-01' )
		);
	}
}
