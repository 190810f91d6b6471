<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Display\PosterSelector;
use NotFound\Display\SyncState;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Which posters a visitor sees, in which order.
 */
final class PosterSelectorTest extends TestCase {

	public function test_the_visitors_country_comes_first_then_the_nearest(): void {
		$posters = array(
			$this->at( 'athens', 'GR', 37.98, 23.73 ),
			$this->at( 'lille', 'FR', 50.63, 3.06 ),
			$this->at( 'ghent', 'BE', 51.05, 3.72 ),
			$this->at( 'madrid', 'ES', 40.42, -3.70 ),
			$this->at( 'berlin', 'DE', 52.52, 13.40 ),
		);

		$order = array_column( PosterSelector::order( $posters, 'BE' ), 'id' );

		$this->assertSame( array( 'ghent', 'lille', 'berlin', 'madrid', 'athens' ), $order );
	}

	public function test_every_third_poster_is_a_long_term_case(): void {
		$recent = static fn( string $id ): array => self::poster(
			array(
				'id'            => $id,
				'missing_since' => gmdate(
					'Y-m-d',
					time() - 30 * DAY_IN_SECONDS
				),
			)
		);
		$long   = static fn( string $id ): array => self::poster(
			array(
				'id'            => $id,
				'missing_since' => '2015-06-01',
			)
		);

		$mixed = PosterSelector::mix_long_term( array( $recent( 'r1' ), $recent( 'r2' ), $recent( 'r3' ), $recent( 'r4' ), $long( 'l1' ), $long( 'l2' ), $long( 'l3' ) ) );

		$this->assertSame( array( 'r1', 'r2', 'l1', 'r3', 'r4', 'l2', 'l3' ), array_column( $mixed, 'id' ) );
	}

	public function test_the_visitors_country_header_decides_the_order_behind_a_cdn_that_sets_it(): void {
		Plugin::instance()->settings->update( array( 'geo_cdn_header' => true ) );
		self::store_local_copy( array( $this->at( 'ghent', 'BE', 51.05, 3.72 ), $this->at( 'madrid', 'ES', 40.42, -3.70 ) ) );
		$_SERVER['HTTP_CF_IPCOUNTRY'] = 'ES';

		$ids = array_column( Plugin::instance()->selector->for_visitor( 2 ), 'id' );
		unset( $_SERVER['HTTP_CF_IPCOUNTRY'] );

		$this->assertSame( array( 'madrid', 'ghent' ), $ids );
	}

	public function test_nothing_is_shown_from_a_copy_older_than_the_max_age(): void {
		self::store_local_copy( array( self::poster() ) );
		( new SyncState() )->update( array( 'confirmed_at' => time() - HOUR_IN_SECONDS - 1 ) );

		$this->assertSame( array(), Plugin::instance()->selector->for_visitor( 5, 'BE' ) );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function at( string $id, string $country, float $lat, float $lon ): array {
		return self::poster(
			array(
				'id'        => $id,
				'last_seen' => array(
					'place'       => ucfirst( $id ),
					'country'     => $country,
					'subdivision' => null,
					'lat'         => $lat,
					'lon'         => $lon,
				),
			)
		);
	}
}
