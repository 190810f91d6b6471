<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

use NotFound\Counting\HubReporter;
use NotFound\Database\Tables;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Sites register, then send whole days; a day sent again replaces the last one, never adds to it.
 */
final class ReportsControllerTest extends TestCase {

	use VerifiedSite;

	private int $partner;

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$this->partner = self::create_partner( 'stats-partner' );
		foreach ( array( 'stats-be-1', 'stats-be-2' ) as $id ) {
			$poster = self::poster( array( 'id' => $id ) );
			unset( $poster['partner'] );
			$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $this->partner ) );
		}
	}

	public function test_a_site_registers_and_only_the_hashes_of_its_token_and_challenge_are_kept(): void {
		global $wpdb;
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/sites' );
		$request->set_body_params( array( 'url' => 'https://display.example.org/' ) );
		$site = rest_do_request( $request )->get_data();

		$stored = $wpdb->get_row( $wpdb->prepare( 'SELECT url, token_hash, challenge_hash FROM ' . Tables::name( Tables::HUB_SITES ) . ' WHERE id = %d', $site['site_id'] ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table.

		$this->assertSame( 64, strlen( $site['token'] ) );
		$this->assertSame( 'https://display.example.org/', $stored['url'] );
		$this->assertSame( hash( 'sha256', $site['token'] ), $stored['token_hash'] );
		$this->assertSame( hash( 'sha256', $site['challenge'] ), $stored['challenge_hash'] );
	}

	public function test_sending_a_day_again_replaces_it_and_never_doubles_it(): void {
		$site = $this->verified_site();
		$day  = gmdate( 'Y-m-d', time() - DAY_IN_SECONDS );

		$first  = $this->send( $site, $day, array( self::row( 'stats-be-1', 'BE', 5 ), self::row( 'stats-be-2', 'FR', 2 ) ) );
		$second = $this->send( $site, $day, array( self::row( 'stats-be-1', 'BE', 7 ), self::row( 'stats-be-2', 'FR', 2 ) ) );
		$third  = $this->send( $site, $day, array( self::row( 'stats-be-1', 'BE', 7 ), self::row( 'stats-be-2', 'FR', 2 ) ) );

		$this->assertSame( array( 200, 200, 200 ), array( $first->get_status(), $second->get_status(), $third->get_status() ) );
		$this->assertSame( 9, $this->total( $day ) );
	}

	public function test_two_sites_add_up_and_each_replaces_only_its_own_day(): void {
		$one = $this->verified_site();
		$two = $this->verified_site();
		$day = gmdate( 'Y-m-d' );

		$this->send( $one, $day, array( self::row( 'stats-be-1', 'BE', 3 ) ) );
		$this->send( $two, $day, array( self::row( 'stats-be-1', 'BE', 4 ) ) );
		$this->send( $one, $day, array( self::row( 'stats-be-1', 'BE', 1 ) ) );

		$this->assertSame( 5, $this->total( $day ) );
	}

	public function test_a_wrong_token_or_another_sites_id_is_refused(): void {
		$one = $this->verified_site();
		$two = $this->verified_site();

		$wrong   = $this->send( array( 'token' => str_repeat( 'a', 64 ) ) + $one, gmdate( 'Y-m-d' ), array() );
		$swapped = $this->send( array( 'token' => $two['token'] ) + $one, gmdate( 'Y-m-d' ), array() );

		$this->assertSame( 401, $wrong->get_status() );
		$this->assertSame( 401, $swapped->get_status() );
	}

	public function test_bad_days_and_rows_are_refused_with_a_reason_and_store_nothing(): void {
		$site = $this->verified_site();
		$rows = array( self::row( 'stats-be-1', 'BE', 1 ) );

		$future   = $this->send( $site, gmdate( 'Y-m-d', time() + 3 * DAY_IN_SECONDS ), $rows );
		$too_old  = $this->send( $site, gmdate( 'Y-m-d', time() - 500 * DAY_IN_SECONDS ), $rows );
		$not_date = $this->send( $site, '2026-02-30', $rows );
		$negative = $this->send( $site, gmdate( 'Y-m-d' ), array( self::row( 'stats-be-1', 'BE', -1 ) ) );
		$country  = $this->send( $site, gmdate( 'Y-m-d' ), array( self::row( 'stats-be-1', 'be', 1 ) ) );

		foreach ( array( $future, $too_old, $not_date, $negative, $country ) as $response ) {
			$this->assertSame( 400, $response->get_status() );
			$this->assertNotEmpty( $response->as_error()->get_error_message() );
		}
		$this->assertSame( 0, $this->total( gmdate( 'Y-m-d' ) ) );
	}

	public function test_rows_for_posters_the_hub_never_had_or_unknown_countries_are_ignored_and_counted_as_such(): void {
		$site = $this->verified_site();

		$response = $this->send( $site, gmdate( 'Y-m-d' ), array( self::row( 'stats-be-1', 'BE', 2 ), self::row( 'elsewhere-1', 'BE', 9 ), self::row( 'stats-be-1', 'AA', 1 ) ) );

		$this->assertSame( 1, $response->get_data()['stored'] );
		$this->assertSame( 2, $response->get_data()['ignored'] );
		$this->assertSame( 2, $this->total( gmdate( 'Y-m-d' ) ) );
	}

	public function test_the_display_site_proves_its_address_reports_each_finished_day_once_and_can_resend_without_doubling(): void {
		$loopback = array( $this, 'serve_in_process' ); // This WordPress is the hub too, as on the demo site.
		add_filter( 'pre_http_request', $loopback, 10, 3 );
		$yesterday = gmdate( 'Y-m-d', time() - DAY_IN_SECONDS );
		$before    = gmdate( 'Y-m-d', time() - 2 * DAY_IN_SECONDS );
		Plugin::instance()->display_counts->add( array( 'stats-be-1|BE' => 4 ), $before );
		Plugin::instance()->display_counts->add(
			array(
				'stats-be-1|BE' => 6,
				'stats-be-2|NL' => 1,
			),
			$yesterday
		);
		Plugin::instance()->display_counts->add( array( 'stats-be-1|BE' => 100 ) ); // Today: not finished, not sent.

		$first  = Plugin::instance()->reporter->report();
		$again  = Plugin::instance()->reporter->report();
		$resent = Plugin::instance()->reporter->report( $before );
		remove_filter( 'pre_http_request', $loopback );

		$this->assertSame( array( HubReporter::MAX_DAYS_BACK - 1, 0, 2 ), array( $first, $again, $resent ) );
		$this->assertSame( array( 4, 7, 0 ), array( $this->total( $before ), $this->total( $yesterday ), $this->total( gmdate( 'Y-m-d' ) ) ) );
		$this->assertSame( $yesterday, Plugin::instance()->reporter->state()['reported_through'] );
		$this->assertSame( '', Plugin::instance()->reporter->state()['last_error'] );
		$this->assertTrue( Plugin::instance()->reporter->state()['registered'] );
		// The challenge was served while the hub checked it, and no longer is.
		$this->assertSame( 404, rest_do_request( new \WP_REST_Request( 'GET', '/notfound/v1/site-challenge' ) )->get_status() );
	}

	public function test_a_hub_that_forgot_the_site_makes_it_register_again(): void {
		global $wpdb;
		$loopback = array( $this, 'serve_in_process' );
		add_filter( 'pre_http_request', $loopback, 10, 3 );
		Plugin::instance()->display_counts->add( array( 'stats-be-1|BE' => 2 ), gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) );
		Plugin::instance()->reporter->report();
		$wpdb->query( 'DELETE FROM ' . Tables::name( Tables::HUB_SITES ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table.

		$refused = Plugin::instance()->reporter->report( gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) );
		$after   = Plugin::instance()->reporter->report( gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) );
		remove_filter( 'pre_http_request', $loopback );

		$this->assertWPError( $refused );
		$this->assertSame( 1, $after );
		$this->assertSame( '', Plugin::instance()->reporter->state()['last_error'] );
	}

	/**
	 * Answers the reporter's HTTP requests with this WordPress's own REST server.
	 *
	 * @param false|array<string, mixed> $preempt
	 * @param array<string, mixed>       $args
	 * @return false|array<string, mixed>
	 */
	public function serve_in_process( $preempt, array $args, string $url ) {
		$path = (string) wp_parse_url( $url, PHP_URL_PATH );
		parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
		$route = is_string( $query['rest_route'] ?? null ) ? $query['rest_route'] : ( str_contains( $path, '/wp-json/' ) ? substr( $path, strlen( '/wp-json' ) ) : null );
		if ( null === $route ) {
			return $preempt;
		}
		$request = new \WP_REST_Request( (string) $args['method'], $route );
		$request->set_headers( (array) $args['headers'] );
		$request->set_body( (string) $args['body'] );
		$response = rest_do_request( $request );
		return array(
			'headers'  => array(),
			'body'     => (string) wp_json_encode( rest_get_server()->response_to_data( $response, false ) ),
			'response' => array(
				'code'    => $response->get_status(),
				'message' => '',
			),
			'cookies'  => array(),
			'filename' => null,
		);
	}

	private function assertWPError( mixed $actual ): void {
		$this->assertInstanceOf( \WP_Error::class, $actual );
	}

	/**
	 * @param array{site_id: int, token: string} $site
	 * @param list<array<string, mixed>>         $rows
	 */
	private function send( array $site, string $day, array $rows ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'PUT', "/notfound/v1/sites/{$site['site_id']}/days/{$day}" );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_header( HubReporter::TOKEN_HEADER, $site['token'] );
		$request->set_body( (string) wp_json_encode( array( 'counts' => $rows ) ) );
		return rest_do_request( $request );
	}

	/**
	 * @return array{poster_id: string, country: string, displays: int}
	 */
	private static function row( string $poster_id, string $country, int $displays ): array {
		return compact( 'poster_id', 'country', 'displays' );
	}

	private function total( string $day ): int {
		$rows = Plugin::instance()->hub_display_counts->sums( $day, $day, null, null );
		return (int) ( $rows[0]['displays'] ?? 0 );
	}
}
