<?php
/**
 * Reminds partner organisations of their posters that expire soon, so the ones still needed are renewed.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

use NotFound\Admin\HubPostersPage;
use NotFound\Database\Tables;
use NotFound\Settings\Settings;

/**
 * Once a day (WP-Cron `notfound_expiry_reminders`), emails each organisation's contact the active posters
 * that expire within 14 days, and again within 2 days: once each per expiry date. The column
 * `reminded_for` holds "<expiry date>/<days>" of the last reminder, so a renewal (a new expiry date)
 * starts afresh, and each poster is claimed with one conditional UPDATE: two runs never send it twice.
 */
final class ExpiryReminders {

	public const CRON_HOOK = 'notfound_expiry_reminders';
	public const FIRST     = 14;
	public const LAST      = 2;

	public function __construct(
		private readonly Settings $settings,
		private readonly Partners $partners
	) {}

	public function add_hooks(): void {
		add_action( self::CRON_HOOK, array( $this, 'run' ) );
	}

	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time(), 'daily', self::CRON_HOOK );
		}
	}

	/**
	 * @return int How many reminder emails were sent.
	 */
	public function run(): int {
		if ( ! $this->settings->hub_mode() ) {
			return 0;
		}
		$sent = 0;
		foreach ( $this->due() as $partner_id => $posters ) {
			$partner = $this->partners->get( $partner_id );
			if ( null === $partner || ! is_email( $partner['contact'] ) ) {
				continue; // Nobody to tell: left unclaimed, so a contact added later still gets it.
			}
			$claimed = array_values( array_filter( $posters, array( $this, 'claim' ) ) );
			if ( ! $claimed ) {
				continue;
			}
			if ( $this->send( $partner['contact'], $partner['name'], $claimed ) ) {
				++$sent;
			} else {
				array_map( array( $this, 'release' ), $claimed ); // Tried again at the next run.
			}
		}
		return $sent;
	}

	/**
	 * Active posters expiring within FIRST days whose reminder for this expiry date is still to send.
	 *
	 * @return array<int, list<array{id: string, expires_on: string, reminded_for: string, days: int}>> By partner id.
	 */
	private function due(): array {
		global $wpdb;
		$table = Tables::name( Tables::HUB_POSTERS );
		$today = gmdate( 'Y-m-d' );
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- custom table name from code; a daily job.
		$rows = $wpdb->get_results( $wpdb->prepare( "SELECT id, partner_id, expires_on, reminded_for, DATEDIFF(expires_on, %s) AS days FROM {$table} WHERE status = 'active' AND expires_on BETWEEN %s AND %s ORDER BY expires_on, id", $today, $today, gmdate( 'Y-m-d', time() + self::FIRST * DAY_IN_SECONDS ) ), ARRAY_A );
		$due  = array();
		foreach ( is_array( $rows ) ? $rows : array() as $row ) {
			$poster = array(
				'id'           => (string) $row['id'],
				'expires_on'   => (string) $row['expires_on'],
				'reminded_for' => (string) $row['reminded_for'],
				'days'         => (int) $row['days'],
			);
			if ( self::stage( $poster ) !== $poster['reminded_for'] && ! self::was_reminded_later( $poster ) ) {
				$due[ (int) $row['partner_id'] ][] = $poster;
			}
		}
		return $due;
	}

	/**
	 * The reminder a poster is due now: the last one within LAST days, the first one before.
	 *
	 * @param array{expires_on: string, days: int} $poster
	 */
	private static function stage( array $poster ): string {
		return $poster['expires_on'] . '/' . ( $poster['days'] <= self::LAST ? self::LAST : self::FIRST );
	}

	/**
	 * The last reminder was sent already: the first one is not sent after it.
	 *
	 * @param array{expires_on: string, reminded_for: string} $poster
	 */
	private static function was_reminded_later( array $poster ): bool {
		return $poster['expires_on'] . '/' . self::LAST === $poster['reminded_for'];
	}

	/**
	 * Marks the poster reminded, unless another run did, or the poster changed meanwhile.
	 *
	 * @param array{id: string, expires_on: string, reminded_for: string, days: int} $poster
	 */
	private function claim( array $poster ): bool {
		return $this->mark( $poster['id'], $poster['expires_on'], $poster['reminded_for'], self::stage( $poster ) );
	}

	/**
	 * @param array{id: string, expires_on: string, reminded_for: string, days: int} $poster
	 */
	private function release( array $poster ): void {
		$this->mark( $poster['id'], $poster['expires_on'], self::stage( $poster ), $poster['reminded_for'] );
	}

	private function mark( string $id, string $expires_on, string $from, string $to ): bool {
		global $wpdb;
		$changed = $wpdb->update( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- custom table, a conditional write as the claim.
			Tables::name( Tables::HUB_POSTERS ),
			array( 'reminded_for' => $to ),
			array(
				'id'           => $id,
				'status'       => 'active',
				'expires_on'   => $expires_on,
				'reminded_for' => $from,
			)
		);
		return 1 === $changed;
	}

	/**
	 * One email per organisation and run. It names posters by id, never the child: an email outlives a
	 * withdrawal, and the link leads to the poster.
	 *
	 * @param list<array{id: string, expires_on: string, reminded_for: string, days: int}> $posters
	 */
	private function send( string $to, string $organisation, array $posters ): bool {
		$lines = array();
		foreach ( $posters as $poster ) {
			$lines[] = sprintf(
				/* translators: 1: a poster's id, 2: its expiry date, 3: days left, 4: the address to renew it. */
				_n( '- %1$s expires on %2$s (in %3$d day). Renew it: %4$s', '- %1$s expires on %2$s (in %3$d days). Renew it: %4$s', $poster['days'], 'notfound' ),
				$poster['id'],
				wp_date( (string) get_option( 'date_format' ), (int) strtotime( $poster['expires_on'] . ' 00:00:00 UTC' ), new \DateTimeZone( 'UTC' ) ),
				$poster['days'],
				add_query_arg(
					array(
						'page'   => HubPostersPage::SLUG,
						'poster' => rawurlencode( $poster['id'] ),
						'action' => 'renew',
					),
					admin_url( 'admin.php' )
				)
			);
		}
		$subject = sprintf(
			/* translators: %d: how many posters. */
			_n( '%d poster expires soon', '%d posters expire soon', count( $posters ), 'notfound' ),
			count( $posters )
		);
		$body = sprintf(
			/* translators: %s: the partner organisation's name. */
			__( 'Hello %s,', 'notfound' ),
			$organisation
		) . "\n\n"
			. __( 'These posters leave every site when they expire. Renew the ones that are still needed: review the data, confirm it, and the poster runs for up to another year.', 'notfound' ) . "\n\n"
			. implode( "\n", $lines ) . "\n";
		return wp_mail( $to, '[' . wp_specialchars_decode( (string) get_option( 'blogname' ), ENT_QUOTES ) . '] ' . $subject, $body );
	}
}
