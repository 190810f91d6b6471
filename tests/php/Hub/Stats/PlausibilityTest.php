<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

use NotFound\Counting\HubReporter;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Even a verified site cannot inflate the figures partners see: impossible counts are refused, and a day
 * far above what the site usually reports is held out of every total until a hub administrator accepts it.
 */
final class PlausibilityTest extends TestCase {

	use VerifiedSite;

	private int $partner;

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$this->partner = self::create_partner( 'plausible-partner' );
		$poster        = self::poster( array( 'id' => 'plausible-be-1' ) );
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $this->partner ) );
	}

	public function test_a_billion_displays_of_one_poster_in_one_day_are_refused(): void {
		$site = $this->verified_site();

		$response = $this->send( $site, gmdate( 'Y-m-d' ), array( 'BE' => 1000000000 ) );

		$this->assertSame( 400, $response->get_status() );
		$this->assertNotEmpty( $response->as_error()->get_error_message() );
		$this->assertSame( 0, $this->statistics_total() );
	}

	public function test_more_displays_in_one_day_than_one_site_can_plausibly_have_are_refused(): void {
		$site      = $this->verified_site();
		$countries = array_fill_keys( array( 'BE', 'NL', 'FR', 'DE', 'LU', 'ES', 'IT', 'PT', 'AT', 'CH', 'PL', 'CZ', 'SK', 'HU', 'RO', 'BG', 'GR', 'IE', 'DK', 'SE', 'FI', 'NO', 'EE', 'LV', 'LT' ), 90000 );

		$response = $this->send( $site, gmdate( 'Y-m-d' ), $countries );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 0, $this->statistics_total() );
	}

	public function test_a_day_far_above_the_sites_usual_is_held_out_of_totals_until_an_administrator_accepts_it(): void {
		$site = $this->verified_site();
		for ( $ago = 10; $ago >= 1; $ago-- ) {
			$this->assertSame( 200, $this->send( $site, gmdate( 'Y-m-d', time() - $ago * DAY_IN_SECONDS ), array( 'BE' => 100 ) )->get_status() );
		}
		$today = gmdate( 'Y-m-d' );

		$admin   = $this->create_user( 'administrator' );
		$partner = $this->create_user( 'notfound_partner', $this->partner );

		$outlier = $this->send( $site, $today, array( 'BE' => 40000 ) );
		$totals  = array( $this->total_while( $admin ), $this->total_while( $partner ) );
		$denied  = $this->as_user( $partner, 'GET', '/notfound/v1/held-days' );
		$listed  = $this->as_user( $admin, 'GET', '/notfound/v1/held-days' );
		$accept  = $this->as_user( $admin, 'POST', "/notfound/v1/held-days/{$site['site_id']}/{$today}" );

		$this->assertSame( 200, $outlier->get_status() );
		$this->assertTrue( $outlier->get_data()['held'] );
		$this->assertSame( array( 1000, 1000 ), $totals );
		$this->assertSame( 403, $denied->get_status() );
		$this->assertSame( array( array( $site['site_id'], $today, 40000 ) ), array_map( static fn( array $day ): array => array( $day['site_id'], $day['day'], $day['displays'] ), $listed->get_data() ) );
		$this->assertSame( 200, $accept->get_status() );
		$this->assertSame( 41000, $this->total_while( $admin ) );
	}

	/**
	 * @param array{site_id: int, token: string} $site
	 * @param array<string, int>                 $by_country
	 */
	private function send( array $site, string $day, array $by_country ): \WP_REST_Response {
		$counts = array();
		foreach ( $by_country as $country => $displays ) {
			$counts[] = array(
				'poster_id' => 'plausible-be-1',
				'country'   => $country,
				'displays'  => $displays,
			);
		}
		$request = new \WP_REST_Request( 'PUT', "/notfound/v1/sites/{$site['site_id']}/days/{$day}" );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_header( HubReporter::TOKEN_HEADER, $site['token'] );
		$request->set_body( (string) wp_json_encode( array( 'counts' => $counts ) ) );
		return rest_do_request( $request );
	}

	private function statistics_total(): int {
		return $this->total_while( $this->create_user( 'administrator' ) );
	}

	private function total_while( int $user ): int {
		$from = gmdate( 'Y-m-d', time() - 20 * DAY_IN_SECONDS );
		return (int) $this->as_user( $user, 'GET', '/notfound/v1/statistics', array( 'from' => $from ) )->get_data()['total'];
	}

	/**
	 * @param array<string, string> $query
	 */
	private function as_user( int $user, string $method, string $route, array $query = array() ): \WP_REST_Response {
		wp_set_current_user( $user );
		$request = new \WP_REST_Request( $method, $route );
		$request->set_query_params( $query );
		$response = rest_do_request( $request );
		wp_set_current_user( 0 );
		return $response;
	}
}
