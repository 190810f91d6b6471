<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

use NotFound\Counting\HubReporter;
use NotFound\Database\Tables;
use NotFound\Hub\Stats\StatisticsRetention;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * A site proves it controls the address it registers, as ACME's http-01 does: the hub fetches the
 * challenge it issued from the site's own REST route, over real HTTP, before the site's token counts.
 * Registrations are limited per registering host, and the ones never completed or long silent are purged.
 */
final class RegistrationTest extends TestCase {

	private static StandInDisplay $display;

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$display = new StandInDisplay();
		self::$display->start();
	}

	public static function tearDownAfterClass(): void {
		self::$display->stop();
		parent::tearDownAfterClass();
	}

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$poster = self::poster( array( 'id' => 'registration-be-1' ) );
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, self::create_partner( 'registration-partner' ) ) );
	}

	public function test_a_caller_that_does_not_control_the_site_cannot_report_a_billion_displays(): void {
		$site = $this->register( self::$display->url( 'wrong' ) )->get_data();
		self::$display->publish( (string) ( $site['challenge'] ?? '' ) );

		$verified  = $this->verify( $site );
		$billion   = $this->send( $site, 1000000000 );
		$plausible = $this->send( $site, 50 );

		$this->assertSame( 403, $verified->get_status() );
		$this->assertNotEmpty( $verified->as_error()->get_error_message() );
		$this->assertSame( array( 400, 403 ), array( $billion->get_status(), $plausible->get_status() ) );
		$this->assertSame( 0, $this->total() );
	}

	public function test_a_site_that_serves_its_challenge_is_verified_and_then_reports(): void {
		$site = $this->register( self::$display->url( 'serves' ) )->get_data();
		self::$display->publish( (string) ( $site['challenge'] ?? '' ) );

		$before   = $this->send( $site, 5 );
		$verified = $this->verify( $site );
		$after    = $this->send( $site, 5 );

		$this->assertSame( 403, $before->get_status() );
		$this->assertSame( 200, $verified->get_status() );
		$this->assertSame( 200, $after->get_status() );
		$this->assertSame( 5, $this->total() );
	}

	public function test_someone_who_reads_a_sites_challenge_cannot_complete_its_registration(): void {
		$site = $this->register( self::$display->url( 'serves' ) )->get_data();
		self::$display->publish( (string) ( $site['challenge'] ?? '' ) );

		$stolen = $this->verify( array( 'token' => str_repeat( 'b', 64 ) ) + $site );

		$this->assertSame( 401, $stolen->get_status() );
	}

	public function test_an_oversized_answer_proves_nothing(): void {
		$site = $this->register( self::$display->url( 'huge' ) )->get_data();
		self::$display->publish( (string) ( $site['challenge'] ?? '' ) );

		$this->assertSame( 403, $this->verify( $site )->get_status() );
	}

	public function test_a_plain_http_address_outside_this_machine_is_refused(): void {
		$this->assertSame( 400, $this->register( 'http://display.example.org/' )->get_status() );
	}

	public function test_a_flood_from_one_host_does_not_block_another_sites_registration(): void {
		$statuses = array();
		for ( $i = 0; $i < 200; $i++ ) {
			$statuses[] = $this->register( "https://flood.example.net/{$i}/" )->get_status();
		}

		$real = $this->register( 'https://library.example.org/' );

		$this->assertContains( 429, $statuses );
		$this->assertLessThanOrEqual( 10, count( array_keys( $statuses, 201, true ) ) );
		$this->assertSame( 201, $real->get_status() );
	}

	public function test_the_hubs_own_daily_job_purges_stale_registrations(): void {
		global $wpdb;
		$table = Tables::name( Tables::HUB_SITES );
		$now   = time();
		// phpcs:disable WordPress.DB.DirectDatabaseQuery -- the plugin's own table.
		$rows = array(
			'never completed' => array( $now - 2 * HOUR_IN_SECONDS, null, null ),
			'silent'          => array( $now - 200 * DAY_IN_SECONDS, $now - 200 * DAY_IN_SECONDS, $now - 100 * DAY_IN_SECONDS ),
			'verified, quiet' => array( $now - 100 * DAY_IN_SECONDS, $now - 100 * DAY_IN_SECONDS, null ),
			'just asked'      => array( $now - 60, null, null ),
			'reporting'       => array( $now - 200 * DAY_IN_SECONDS, $now - 200 * DAY_IN_SECONDS, $now - DAY_IN_SECONDS ),
		);
		foreach ( $rows as $name => list( $registered, $verified, $reported ) ) {
			$wpdb->insert(
				$table,
				array(
					'url'             => 'https://' . sanitize_title( $name ) . '.example.org/',
					'token_hash'      => hash( 'sha256', $name ),
					'registered_gmt'  => gmdate( 'Y-m-d H:i:s', $registered ),
					'verified_gmt'    => null === $verified ? null : gmdate( 'Y-m-d H:i:s', $verified ),
					'last_report_gmt' => null === $reported ? null : gmdate( 'Y-m-d H:i:s', $reported ),
				)
			);
		}

		do_action( StatisticsRetention::CRON_HOOK );

		$kept = $wpdb->get_col( "SELECT url FROM {$table} ORDER BY url" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- the plugin's own table.
		// phpcs:enable
		$this->assertSame( array( 'https://just-asked.example.org/', 'https://reporting.example.org/' ), $kept );
	}

	private function register( string $url ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/sites' );
		$request->set_body_params( array( 'url' => $url ) );
		return rest_do_request( $request );
	}

	/**
	 * @param array<string, mixed> $site
	 */
	private function verify( array $site ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', "/notfound/v1/sites/{$site['site_id']}/verification" );
		$request->set_header( HubReporter::TOKEN_HEADER, (string) $site['token'] );
		return rest_do_request( $request );
	}

	/**
	 * @param array<string, mixed> $site
	 */
	private function send( array $site, int $displays ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'PUT', "/notfound/v1/sites/{$site['site_id']}/days/" . gmdate( 'Y-m-d' ) );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_header( HubReporter::TOKEN_HEADER, (string) $site['token'] );
		$request->set_body(
			(string) wp_json_encode(
				array(
					'counts' => array(
						array(
							'poster_id' => 'registration-be-1',
							'country'   => 'BE',
							'displays'  => $displays,
						),
					),
				)
			)
		);
		return rest_do_request( $request );
	}

	private function total(): int {
		$rows = Plugin::instance()->hub_display_counts->sums( gmdate( 'Y-m-d' ), gmdate( 'Y-m-d' ), null, null );
		return (int) ( $rows[0]['displays'] ?? 0 );
	}
}
