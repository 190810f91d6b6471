<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\RawBodyResponse;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Anyone may ask the public feed anything: what the hub keeps of the answers stays small whatever they ask.
 */
final class FeedCacheTest extends TestCase {

	private const COUNTRIES = array( 'BE', 'NL', 'FR', 'DE', 'LU', 'IT', 'ES', 'PT', 'PL', 'CY', 'GR', 'IE', 'AT', 'CZ' );

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$poster = self::poster();
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, self::create_partner( 'cache-test' ) ) );
	}

	public function test_a_thousand_random_queries_add_at_most_a_few_dozen_cache_rows(): void {
		$before = $this->cache_rows();

		for ( $i = 0; $i < 1000; $i++ ) {
			$query = array( 'limit' => (string) wp_rand( 1, 100 ) );
			if ( wp_rand( 0, 1 ) ) {
				$query['country'] = implode( ',', (array) array_rand( array_flip( self::COUNTRIES ), wp_rand( 1, 4 ) ) );
			}
			if ( wp_rand( 0, 1 ) ) {
				$query['near'] = sprintf( '%.4f,%.4f', wp_rand( -8900, 8900 ) / 100, wp_rand( -17900, 17900 ) / 100 );
			}
			if ( wp_rand( 0, 1 ) ) {
				$query['lang'] = chr( wp_rand( 97, 122 ) ) . chr( wp_rand( 97, 122 ) );
			}
			$this->assertSame( 200, $this->get( $query )->get_status() );
		}

		$this->assertLessThanOrEqual( 48, $this->cache_rows() - $before );
	}

	public function test_equivalent_queries_are_one_answer(): void {
		$first  = $this->get(
			array(
				'country' => 'fr,BE,be',
				'limit'   => '30',
				'near'    => '50.8467,4.3525',
			)
		);
		$second = $this->get(
			array(
				'country' => 'BE,FR',
				'limit'   => '50',
				'near'    => '51,4.5',
			)
		);

		$this->assertSame( $first->get_headers()['ETag'], $second->get_headers()['ETag'] );
		$this->assertInstanceOf( RawBodyResponse::class, $first );
		$this->assertInstanceOf( RawBodyResponse::class, $second );
		$this->assertSame( $first->body, $second->body, 'The second was served from the first one\'s cache.' );
	}

	private function cache_rows(): int {
		global $wpdb;
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- counting the rows themselves is the point.
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->options} WHERE option_name LIKE %s", '%' . $wpdb->esc_like( 'transient' ) . '%' ) );
	}

	/**
	 * @param array<string, string> $query
	 */
	private function get( array $query ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'GET', '/notfound/v1/posters' );
		$request->set_query_params( $query );
		return rest_do_request( $request );
	}
}
