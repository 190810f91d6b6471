<?php
/**
 * Tells every registered display site at once that a poster was withdrawn or expired.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub\Revocations;

use NotFound\Hub\HubKeys;
use NotFound\Hub\HubPosters;
use NotFound\Posters\Revocation;
use NotFound\Settings\Settings;
use WpOrg\Requests\Requests;
use WpOrg\Requests\Response;

/**
 * A withdrawal only queues a signed revocation and wakes WP-Cron; the sending happens there, never in the
 * partner's request: PARALLEL sites at a time, each with short timeouts, so a slow or dead site holds its
 * batch (and the batches after it) at most TIMEOUT seconds. A site that fails is tried
 * again after 30 s, 1, 2, 4 and 8 minutes, then left to its own sync.
 *
 * @phpstan-import-type Delivery from RevocationQueue
 */
final class RevocationFanout {

	public const CRON_HOOK    = 'notfound_send_revocations';
	public const EXPIRY_HOOK  = 'notfound_revoke_expired';
	public const EXPIRY_DONE  = 'notfound_expiry_revoked_through';
	public const ROUTE        = '/notfound/v1/revocations';
	public const PARALLEL     = 50;
	public const TIMEOUT      = 5;
	public const MAX_ATTEMPTS = 5;
	private const FIRST_RETRY = 30;
	private const RUN_SECONDS = 50; // One cron run; what is left is scheduled again at once.

	public function __construct(
		private readonly Settings $settings,
		private readonly HubKeys $keys,
		private readonly HubPosters $posters,
		private readonly RevocationQueue $queue = new RevocationQueue()
	) {}

	public function add_hooks(): void {
		add_action( 'notfound_poster_withdrawn', array( $this, 'revoke' ) );
		add_action( self::CRON_HOOK, array( $this, 'send' ) );
		add_action( self::EXPIRY_HOOK, array( $this, 'revoke_expired' ) );
	}

	public function schedule(): void {
		if ( ! wp_next_scheduled( self::EXPIRY_HOOK ) ) {
			wp_schedule_event( time(), 'hourly', self::EXPIRY_HOOK );
		}
	}

	public function queue(): RevocationQueue {
		return $this->queue;
	}

	/**
	 * Queues a signed revocation of this poster for every registered site and has WP-Cron send it now.
	 */
	public function revoke( string $poster_id ): void {
		if ( ! $this->settings->hub_mode() ) {
			return;
		}
		$issued_at = time();
		$body      = Revocation::body( $poster_id, $issued_at );
		if ( $this->queue->add( $poster_id, $body, $this->keys->sign_revocation( $body ), $issued_at + Revocation::LIFETIME ) > 0 ) {
			$this->wake( $issued_at );
		}
	}

	/**
	 * Revokes the posters whose last day has passed since the last run (at most a week back).
	 */
	public function revoke_expired(): void {
		if ( ! $this->settings->hub_mode() ) {
			return;
		}
		$yesterday = gmdate( 'Y-m-d', time() - DAY_IN_SECONDS );
		$done      = (string) get_option( self::EXPIRY_DONE, '' );
		$day       = max( gmdate( 'Y-m-d', time() - 7 * DAY_IN_SECONDS ), '' === $done ? $yesterday : gmdate( 'Y-m-d', (int) strtotime( $done . ' +1 day UTC' ) ) );
		for ( ; $day <= $yesterday; $day = gmdate( 'Y-m-d', (int) strtotime( $day . ' +1 day UTC' ) ) ) {
			array_map( array( $this, 'revoke' ), $this->posters->expired_on( $day ) );
			update_option( self::EXPIRY_DONE, $day, false );
		}
	}

	/**
	 * The cron task: sends every due delivery, batch after batch, until none is due or the run's time is up.
	 *
	 * @return int Deliveries the sites accepted.
	 */
	public function send(): int {
		$deadline  = time() + self::RUN_SECONDS;
		$delivered = 0;
		do {
			$due        = $this->queue->due( self::PARALLEL );
			$delivered += $due ? $this->deliver( $due ) : 0;
		} while ( $due && time() < $deadline );
		$this->queue->prune();
		$next = $this->queue->next_due();
		if ( null !== $next ) {
			$this->wake( $next );
		}
		return $delivered;
	}

	/**
	 * Sends one batch in parallel.
	 *
	 * @param list<Delivery> $due
	 * @return int How many the sites accepted.
	 */
	private function deliver( array $due ): int {
		$requests = array();
		$finished = array();
		foreach ( $due as $key => $delivery ) {
			$url = add_query_arg( 'rest_route', self::ROUTE, $delivery['url'] );
			if ( ! wp_http_validate_url( $url ) ) {
				$finished[] = $delivery; // Not a public http(s) address: never contacted.
				continue;
			}
			$requests[ $key ] = array(
				'url'     => $url,
				'type'    => Requests::POST,
				'data'    => $delivery['body'],
				'headers' => array(
					'Content-Type'               => 'application/json',
					Revocation::SIGNATURE_HEADER => $delivery['signature'],
				),
			);
		}
		$responses = $requests ? Requests::request_multiple(
			$requests,
			array(
				'timeout'          => self::TIMEOUT,
				'connect_timeout'  => self::TIMEOUT,
				'follow_redirects' => false,
				'useragent'        => 'NotFound hub; ' . home_url( '/' ),
			)
		) : array();
		$accepted  = 0;
		foreach ( $responses as $key => $response ) {
			$delivery = $due[ $key ];
			$status   = $response instanceof Response ? $response->status_code : 0;
			if ( $status >= 200 && $status < 300 ) {
				++$accepted;
				$finished[] = $delivery;
			} elseif ( ( 0 === $status || 429 === $status || $status >= 500 ) && $delivery['attempts'] + 1 < self::MAX_ATTEMPTS ) {
				// Down, busy or slow: again later, each wait twice the last.
				$this->queue->retry( $delivery, time() + self::FIRST_RETRY * ( 2 ** $delivery['attempts'] ) );
			} else {
				$finished[] = $delivery; // Refused, or tried enough: the site removes the poster at its next sync.
			}
		}
		$this->queue->finish( $finished );
		return $accepted;
	}

	/**
	 * Has WP-Cron send at $at: one pending event, moved earlier if needed; when due, a cron run is spawned
	 * (a non-blocking request to wp-cron.php, 0.01 s of the partner's request) instead of waiting for the
	 * next visitor.
	 */
	private function wake( int $at ): void {
		$next = wp_next_scheduled( self::CRON_HOOK );
		if ( false !== $next && $next <= $at ) {
			return;
		}
		if ( false !== $next ) {
			wp_unschedule_event( $next, self::CRON_HOOK );
		}
		wp_schedule_single_event( $at, self::CRON_HOOK );
		// A site that turned WP-Cron's spawning off runs wp-cron.php from a real cron instead: respected.
		if ( $at <= time() && ! ( defined( 'DISABLE_WP_CRON' ) && DISABLE_WP_CRON ) ) {
			spawn_cron();
		}
	}
}
