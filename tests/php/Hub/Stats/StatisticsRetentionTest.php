<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

use NotFound\Activation;
use NotFound\Counting\HubReporter;
use NotFound\Hub\Stats\HubDisplayCounts;
use NotFound\Hub\Stats\StatisticsRetention;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * The hub deletes reported days past the retention on a job of its own, whatever the display side schedules.
 */
final class StatisticsRetentionTest extends TestCase {

	public function test_the_hubs_own_daily_job_prunes_reported_days_past_the_retention(): void {
		Plugin::instance()->settings->update(
			array(
				'hub_mode'       => true,
				'retention_days' => 30,
			)
		);
		$counts = new HubDisplayCounts();
		$counts->replace_day( 1, gmdate( 'Y-m-d', time() - 31 * DAY_IN_SECONDS ), array( self::row( 'old', 4 ) ) );
		$counts->replace_day( 1, gmdate( 'Y-m-d', time() - 29 * DAY_IN_SECONDS ), array( self::row( 'recent', 6 ) ) );

		do_action( StatisticsRetention::CRON_HOOK );

		$sums = $counts->sums( gmdate( 'Y-m-d', time() - 60 * DAY_IN_SECONDS ), gmdate( 'Y-m-d' ), null, 'poster_id' );
		$this->assertSame( array( 'recent' ), array_column( $sums, 'poster_id' ) );
	}

	public function test_activation_schedules_it_even_where_the_display_reporter_is_not_scheduled(): void {
		wp_clear_scheduled_hook( StatisticsRetention::CRON_HOOK );
		wp_clear_scheduled_hook( HubReporter::CRON_HOOK );

		Activation::activate_site();
		wp_clear_scheduled_hook( HubReporter::CRON_HOOK );

		$this->assertNotFalse( wp_next_scheduled( StatisticsRetention::CRON_HOOK ) );
		$this->assertFalse( has_action( HubReporter::CRON_HOOK, array( Plugin::instance()->statistics_retention, 'prune' ) ) );
	}

	/**
	 * @return array{poster_id: string, country: string, displays: int}
	 */
	private static function row( string $poster_id, int $displays ): array {
		return array(
			'poster_id' => $poster_id,
			'country'   => 'BE',
			'displays'  => $displays,
		);
	}
}
