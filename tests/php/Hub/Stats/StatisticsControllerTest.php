<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub\Stats;

use NotFound\Hub\Capabilities;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Partners see their own posters' displays, administrators everyone's; as JSON for the screen, CSV to keep.
 */
final class StatisticsControllerTest extends TestCase {

	/** @var array<string, int> */
	private array $partners = array();

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		foreach ( array( 'north', 'south' ) as $slug ) {
			$this->partners[ $slug ] = self::create_partner( 'stats-' . $slug, ucfirst( $slug ) . ' Missing Children' );
			$poster                  = self::poster(
				array(
					'id'         => $slug . '-1',
					'first_name' => ucfirst( $slug ) . 'a',
				)
			);
			unset( $poster['partner'] );
			$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $this->partners[ $slug ] ) );
		}
		$counts = Plugin::instance()->hub_display_counts;
		$counts->replace_day( 1, self::day( 2 ), array( self::row( 'north-1', 'BE', 10 ), self::row( 'south-1', 'FR', 3 ) ) );
		$counts->replace_day( 2, self::day( 2 ), array( self::row( 'north-1', 'NL', 5 ) ) );
		$counts->replace_day( 1, self::day( 1 ), array( self::row( 'south-1', 'FR', 4 ) ) );
	}

	public function test_an_administrator_sees_every_poster_by_day_country_and_rank(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );

		$data = $this->get( '/notfound/v1/statistics' )->get_data();

		$this->assertSame( 22, $data['total'] );
		$this->assertSame( 2, $data['sites'] );
		$this->assertCount( 30, $data['per_day'] );
		$this->assertContains(
			array(
				'day'      => self::day( 2 ),
				'displays' => 18,
			),
			$data['per_day']
		);
		$this->assertSame(
			array(
				array(
					'country'  => 'BE',
					'displays' => 10,
				),
				array(
					'country'  => 'FR',
					'displays' => 7,
				),
				array(
					'country'  => 'NL',
					'displays' => 5,
				),
			),
			$data['by_country']
		);
		$this->assertSame( array( 'north-1', 'south-1' ), array_column( $data['top_posters'], 'id' ) );
		$this->assertSame( 'Northa', $data['top_posters'][0]['name'] );
		$this->assertSame( 'North Missing Children', $data['top_posters'][0]['partner'] );
	}

	public function test_a_partner_sees_only_its_own_posters_and_cannot_ask_for_another(): void {
		wp_set_current_user( $this->create_user( Capabilities::ROLE, $this->partners['south'] ) );

		$own     = $this->get( '/notfound/v1/statistics' )->get_data();
		$other   = $this->get( '/notfound/v1/statistics', array( 'partner' => $this->partners['north'] ) );
		$own_csv = $this->get( '/notfound/v1/statistics/csv' );

		$this->assertSame( 7, $own['total'] );
		$this->assertSame( array( 'south-1' ), array_column( $own['top_posters'], 'id' ) );
		$this->assertSame( 403, $other->get_status() );
		$this->assertStringNotContainsString( 'north-1', $own_csv->body );
	}

	public function test_the_csv_has_one_line_per_day_poster_and_country_summed_over_sites(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );

		$csv = $this->get( '/notfound/v1/statistics/csv', array( 'partner' => $this->partners['north'] ) );

		$this->assertSame( 'text/csv; charset=utf-8', $csv->get_headers()['Content-Type'] );
		$this->assertSame(
			"day,poster_id,country,displays\r\n" . self::day( 2 ) . ",north-1,BE,10\r\n" . self::day( 2 ) . ",north-1,NL,5\r\n",
			$csv->body
		);
	}

	public function test_a_period_backwards_or_too_long_is_refused_with_a_reason(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );

		$backwards = $this->get(
			'/notfound/v1/statistics',
			array(
				'from' => '2026-11-02',
				'to'   => '2026-11-01',
			)
		);
		$too_long  = $this->get(
			'/notfound/v1/statistics',
			array(
				'from' => '2024-01-01',
				'to'   => '2026-01-01',
			)
		);

		$this->assertSame( array( 400, 400 ), array( $backwards->get_status(), $too_long->get_status() ) );
		$this->assertStringContainsString( '400 days', $too_long->as_error()->get_error_message() );
	}

	/**
	 * @param array<string, mixed> $params
	 */
	private function get( string $route, array $params = array() ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'GET', $route );
		$request->set_query_params( $params );
		return rest_do_request( $request );
	}

	private static function day( int $days_ago ): string {
		return gmdate( 'Y-m-d', time() - $days_ago * DAY_IN_SECONDS );
	}

	/**
	 * @return array{poster_id: string, country: string, displays: int}
	 */
	private static function row( string $poster_id, string $country, int $displays ): array {
		return compact( 'poster_id', 'country', 'displays' );
	}
}
