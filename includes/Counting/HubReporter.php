<?php
/**
 * Sends this site's display counts to the hub once a day, and keeps the counters bounded.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Counting;

use NotFound\Settings\Settings;
use NotFound\RestApi;

/**
 * The site registers once with its hub (sending its address, receiving a site id, a secret token and a
 * one-time challenge), serves the challenge on its own REST route (ChallengeController) while the hub
 * fetches it, then sends each finished day: per poster and country, how many displays. A day is sent whole
 * and the hub replaces what it had for it, so sending again never doubles anything. Nothing about visitors
 * is sent.
 *
 * @phpstan-type ReportState array{hub: string, site_id: int, token: string, challenge: string, verified: bool, reported_through: string, last_report_at: int, last_error: string}
 */
final class HubReporter {

	public const CRON_HOOK    = 'notfound_daily_displays';
	public const STATE_OPTION = 'notfound_report_state';
	public const TOKEN_HEADER = 'X-NotFound-Site-Token';
	/** Days further back are not sent: a site that was offline longer loses them on the hub only. */
	public const MAX_DAYS_BACK = 30;

	public function __construct(
		private readonly Settings $settings,
		private readonly DisplayCounts $counts
	) {}

	public function add_hooks(): void {
		add_action( self::CRON_HOOK, array( $this, 'daily' ) );
	}

	public function schedule(): void {
		if ( ! wp_next_scheduled( self::CRON_HOOK ) ) {
			wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', self::CRON_HOOK );
		}
	}

	public function daily(): void {
		$this->counts->prune( $this->settings->all()['retention_days'] );
		$this->report();
	}

	/**
	 * What the settings screen shows: never the token.
	 *
	 * @return array{registered: bool, reported_through: string|null, last_report_at: int|null, last_error: string}
	 */
	public function state(): array {
		$state = $this->stored();
		return array(
			'registered'       => $state['site_id'] > 0 && $state['verified'] && $state['hub'] === $this->settings->hub_url(),
			'reported_through' => '' === $state['reported_through'] ? null : $state['reported_through'],
			'last_report_at'   => $state['last_report_at'] ? $state['last_report_at'] : null,
			'last_error'       => $state['last_error'],
		);
	}

	/**
	 * Sends every finished day not sent yet (at most MAX_DAYS_BACK), oldest first; stops at the first failure.
	 *
	 * @param string|null $resend_from Send again from this day (Y-m-d), even if already sent.
	 * @return int|\WP_Error Days sent.
	 */
	public function report( ?string $resend_from = null ): int|\WP_Error {
		if ( ! $this->settings->all()['count_displays'] ) {
			return 0;
		}
		$state = $this->registered();
		if ( is_wp_error( $state ) ) {
			return $this->failed( $state );
		}
		$oldest = DisplayCounts::day_before( self::MAX_DAYS_BACK );
		$day    = max( $oldest, $resend_from ?? ( '' === $state['reported_through'] ? $oldest : self::next_day( $state['reported_through'] ) ) );
		$today  = gmdate( 'Y-m-d' );
		$sent   = 0;
		for ( ; $day < $today; $day = self::next_day( $day ) ) {
			$result = $this->send_day( $state, $day );
			if ( is_wp_error( $result ) ) {
				return $this->failed( $result );
			}
			++$sent;
			$this->update( array( 'reported_through' => $day ) );
		}
		$this->update(
			array(
				'last_report_at' => time(),
				'last_error'     => '',
			)
		);
		return $sent;
	}

	/**
	 * @param ReportState $state
	 */
	private function send_day( array $state, string $day ): true|\WP_Error {
		$response = wp_safe_remote_request(
			RestApi::url( $this->settings->hub_url(), '/sites/' . $state['site_id'] . '/days/' . $day ),
			array( 'method' => 'PUT' ) + self::request_args( array( 'counts' => $this->counts->for_day( $day ) ), $state['token'] )
		);
		$code     = is_wp_error( $response ) ? 0 : (int) wp_remote_retrieve_response_code( $response );
		if ( 401 === $code || 403 === $code ) {
			$this->update( array( 'site_id' => 0 ) ); // The hub no longer knows this site: register again next time.
		}
		if ( 200 !== $code ) {
			/* translators: 1: a day (YYYY-MM-DD), 2: the hub's answer or the network error. */
			return new \WP_Error( 'notfound_report_failed', sprintf( __( 'The hub did not accept the displays of %1$s: %2$s', 'notfound' ), $day, self::reason( $response ) ) );
		}
		return true;
	}

	/**
	 * The challenge of a registration under way, for ChallengeController; empty when there is none.
	 */
	public function pending_challenge(): string {
		$state = $this->stored();
		return $state['verified'] || $state['hub'] !== $this->settings->hub_url() ? '' : $state['challenge'];
	}

	/**
	 * @return ReportState|\WP_Error
	 */
	private function registered(): array|\WP_Error {
		$state = $this->stored();
		$hub   = $this->settings->hub_url();
		if ( $state['site_id'] > 0 && $state['hub'] === $hub && $state['verified'] ) {
			return $state;
		}
		$response = wp_safe_remote_post( RestApi::url( $hub, '/sites' ), self::request_args( array( 'url' => home_url( '/' ) ) ) );
		$answer   = is_wp_error( $response ) ? null : json_decode( wp_remote_retrieve_body( $response ), true );
		if ( 201 !== (int) wp_remote_retrieve_response_code( $response ) || ! is_array( $answer ) || ! is_int( $answer['site_id'] ?? null ) || ! is_string( $answer['token'] ?? null ) || ! is_string( $answer['challenge'] ?? null ) ) {
			/* translators: %s: the hub's answer or the network error. */
			return new \WP_Error( 'notfound_report_register', sprintf( __( 'The hub did not register this site: %s', 'notfound' ), self::reason( $response ) ) );
		}
		// A new hub starts from scratch: its days are sent again. The challenge is served until the hub has seen it.
		$state    = $this->update(
			array(
				'hub'              => $hub,
				'site_id'          => $answer['site_id'],
				'token'            => $answer['token'],
				'challenge'        => $answer['challenge'],
				'verified'         => false,
				'reported_through' => '',
			)
		);
		$response = wp_safe_remote_post( RestApi::url( $hub, '/sites/' . $state['site_id'] . '/verification' ), self::request_args( array(), $state['token'] ) );
		$this->update( array( 'challenge' => '' ) );
		if ( 200 !== (int) wp_remote_retrieve_response_code( $response ) ) {
			$this->update( array( 'site_id' => 0 ) );
			/* translators: %s: the hub's answer or the network error. */
			return new \WP_Error( 'notfound_report_verify', sprintf( __( 'The hub could not verify that this site is at its address: %s', 'notfound' ), self::reason( $response ) ) );
		}
		return $this->update( array( 'verified' => true ) );
	}

	/**
	 * @param array<string, mixed> $body
	 * @return array<string, mixed>
	 */
	private static function request_args( array $body, string $token = '' ): array {
		return array(
			'timeout'     => 15,
			'redirection' => 0,
			'headers'     => array_filter(
				array(
					'Content-Type'     => 'application/json',
					self::TOKEN_HEADER => $token,
				)
			),
			'body'        => (string) wp_json_encode( (object) $body ),
		);
	}

	/**
	 * @param array<string, mixed>|\WP_Error $response
	 */
	private static function reason( array|\WP_Error $response ): string {
		if ( is_wp_error( $response ) ) {
			return $response->get_error_message();
		}
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		/* translators: %d: HTTP status code. */
		return is_array( $body ) && is_string( $body['message'] ?? null ) ? $body['message'] : sprintf( __( 'HTTP status %d', 'notfound' ), (int) wp_remote_retrieve_response_code( $response ) );
	}

	private function failed( \WP_Error $error ): \WP_Error {
		$this->update( array( 'last_error' => $error->get_error_message() ) );
		return $error;
	}

	private static function next_day( string $day ): string {
		return gmdate( 'Y-m-d', (int) strtotime( $day . ' +1 day UTC' ) );
	}

	/**
	 * @return ReportState
	 */
	private function stored(): array {
		$defaults = array(
			'hub'              => '',
			'site_id'          => 0,
			'token'            => '',
			'challenge'        => '',
			'verified'         => false,
			'reported_through' => '',
			'last_report_at'   => 0,
			'last_error'       => '',
		);
		$stored   = get_option( self::STATE_OPTION, array() );
		/** @var ReportState */
		return array_merge( $defaults, is_array( $stored ) ? array_intersect_key( $stored, $defaults ) : array() );
	}

	/**
	 * @param array<string, mixed> $changes
	 * @return ReportState
	 */
	private function update( array $changes ): array {
		/** @var ReportState $state */
		$state = array_merge( $this->stored(), $changes );
		update_option( self::STATE_OPTION, $state, false );
		return $state;
	}
}
