<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hostile;

use NotFound\Counting\DisplayToken;
use NotFound\Counting\HubReporter;
use NotFound\Database\Tables;
use NotFound\Plugin;
use NotFound\Tests\Hub\Stats\VerifiedSite;
use NotFound\Tests\TestCase;

/**
 * Generated hostile input through the counting doors: the public beacon, site registration, a site's day
 * report and the statistics period. Each is refused with a clear 400 or stored only as valid data; never
 * a PHP notice, never a 500, never a count for a poster or country nobody delivered.
 */
final class HostileCountingTest extends TestCase {

	use VerifiedSite;

	private const PARAMS = array( 'beacon.token', 'beacon.shown', 'site.url', 'report.poster_id', 'report.country', 'report.displays', 'statistics.from', 'verification.token' );

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function cases(): array {
		$cases = array();
		foreach ( self::PARAMS as $param ) {
			foreach ( Payloads::all() as $name => $payload ) {
				$cases[ "{$param}: {$name}" ] = array( $param, $payload );
			}
		}
		return $cases;
	}

	/**
	 * @dataProvider cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'cases' )]
	public function test_a_counting_parameter( string $param, mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36';
		list( $door, $field )       = explode( '.', $param );

		$response = match ( $door ) {
			'beacon'     => $this->beacon( $field, $payload ),
			'site'       => $this->request( 'POST', '/notfound/v1/sites', array( 'url' => $payload ) ),
			'report'     => $this->report( $field, $payload ),
			'statistics'   => $this->statistics( $payload ),
			'verification' => $this->verification( $payload ),
		};
		unset( $_SERVER['HTTP_USER_AGENT'] );

		$this->assertContains( $response->get_status(), 'verification' === $door ? array( 401 ) : array( 200, 201, 400 ) );
		if ( 400 === $response->get_status() ) {
			$this->assertNotEmpty( $response->as_error()->get_error_message() );
		}
		$this->assertNothingInvalidStored();
	}

	private function beacon( string $field, mixed $payload ): \WP_REST_Response {
		$params           = array(
			'token' => DisplayToken::issue( array( 'hostile-be-2' ), 'BE' ),
			'shown' => '0',
		);
		$params[ $field ] = $payload;
		return $this->request( 'POST', '/notfound/v1/displays', $params );
	}

	private function report( string $field, mixed $payload ): \WP_REST_Response {
		$poster = self::poster( array( 'id' => 'hostile-be-1' ) );
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, self::create_partner( 'hostile-counting' ) ) );
		$site          = $this->verified_site( 'https://hostile.example.org/' );
		$row           = array(
			'poster_id' => 'hostile-be-1',
			'country'   => 'BE',
			'displays'  => 3,
		);
		$row[ $field ] = $payload;
		return $this->request( 'PUT', "/notfound/v1/sites/{$site['site_id']}/days/" . gmdate( 'Y-m-d' ), array( 'counts' => array( $row ) ), array( HubReporter::TOKEN_HEADER => $site['token'] ) );
	}

	/**
	 * A hostile site token: the registration it names is never verified.
	 */
	private function verification( mixed $payload ): \WP_REST_Response {
		$site = $this->request( 'POST', '/notfound/v1/sites', array( 'url' => 'https://hostile.example.org/' ) )->get_data();
		return $this->request( 'POST', "/notfound/v1/sites/{$site['site_id']}/verification", array(), array( HubReporter::TOKEN_HEADER => is_string( $payload ) ? $payload : (string) wp_json_encode( $payload ) ) );
	}

	private function statistics( mixed $payload ): \WP_REST_Response {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		return $this->request( 'GET', '/notfound/v1/statistics', array( 'from' => $payload ) );
	}

	/**
	 * Counters only for delivered posters in real countries, hub rows only for its posters, site addresses
	 * only as URLs.
	 */
	private function assertNothingInvalidStored(): void {
		global $wpdb;
		// phpcs:disable WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own tables.
		$counted = $wpdb->get_results( 'SELECT poster_id, country FROM ' . Tables::name( Tables::DISPLAYS ), ARRAY_A );
		$hub     = $wpdb->get_results( 'SELECT poster_id, country, displays FROM ' . Tables::name( Tables::HUB_DISPLAYS ), ARRAY_A );
		$urls    = $wpdb->get_col( 'SELECT url FROM ' . Tables::name( Tables::HUB_SITES ) );
		$proved  = $wpdb->get_col( 'SELECT url FROM ' . Tables::name( Tables::HUB_SITES ) . ' WHERE verified_gmt IS NOT NULL' );
		// phpcs:enable
		foreach ( (array) $counted as $row ) {
			$this->assertSame( array( 'hostile-be-2', 'BE' ), array( $row['poster_id'], $row['country'] ) );
		}
		foreach ( (array) $hub as $row ) {
			$this->assertSame( 'hostile-be-1', $row['poster_id'] );
			$this->assertMatchesRegularExpression( '/^[A-Z]{2}$/', $row['country'] );
		}
		$this->assertContains( $proved, array( array(), array( 'https://hostile.example.org/' ) ) ); // Only the report door's own site.
		foreach ( $urls as $url ) {
			$this->assertMatchesRegularExpression( '#^https?://[^\s<>"]+$#', $url );
			$this->assertFalse( Payloads::is_dangerous( esc_url( $url ) ) );
		}
	}

	/**
	 * @param array<string, mixed>  $params
	 * @param array<string, string> $headers
	 */
	private function request( string $method, string $route, array $params, array $headers = array() ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $params ) );
		}
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		return rest_do_request( $request );
	}
}
