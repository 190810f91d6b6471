<?php
/**
 * The hub's own daily job that deletes reported days older than the retention, and stale registrations.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Stats;

use NotFound\Settings\Settings;

/**
 * Scheduled on activation like every other job, so the hub's pruning never depends on the display side's
 * reporter being scheduled. Registrations never verified (ReportingSites::PENDING_KEPT) and sites silent for
 * ReportingSites::SILENT_DAYS go with the same run.
 */
final class StatisticsRetention {

	public const CRON_HOOK = 'notfound_prune_hub_statistics';

	public function __construct(
		private readonly Settings $settings,
		private readonly HubDisplayCounts $counts,
		private readonly ReportingSites $sites
	) {}

	public function add_hooks(): void {
		add_action( self::CRON_HOOK, array( $this, 'prune' ) );
	}

	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::CRON_HOOK );
		}
	}

	public function prune(): void {
		if ( $this->settings->hub_mode() ) {
			$this->counts->prune( $this->settings->all()['retention_days'] );
			$this->sites->purge();
		}
	}
}
