<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests;

use NotFound\Hub\Capabilities;
use NotFound\Plugin;

/**
 * Every notfound/* route the server knows × every method × six kinds of visitor. Routes come from the
 * server itself, so a new route without an entry in EXPECTED fails this test instead of escaping it.
 */
final class PermissionMatrixTest extends TestCase {

	private const EVERYONE = array( 'anonymous', 'subscriber', 'editor', 'partner_a', 'partner_b', 'admin' );
	private const PARTNERS = array( 'partner_a', 'partner_b', 'admin' );
	private const OWNER    = array( 'partner_a', 'admin' );
	private const ADMIN    = array( 'admin' );
	/** Only a reporting site's token opens it: everyone without one gets 401, logged in or not. */
	private const SITE_TOKEN = array();
	/** Only the hub's signature opens it: without a signed revocation everyone gets 401 too. */
	private const HUB_SIGNATURE = array();
	private const SITE_DAY      = '/notfound/v1/sites/(?P<site_id>\\d{1,18})/days/(?P<day>\\d{4}-\\d{2}-\\d{2})';

	/**
	 * Route => method => who may. Everyone else gets 401 (logged out) or 403 (logged in).
	 */
	private const EXPECTED = array(
		'/notfound/v1/posters'                          => array(
			'GET'  => self::EVERYONE,
			'POST' => self::PARTNERS,
		),
		'/notfound/v1/posters/(?P<id>[a-z0-9][a-z0-9-]{0,63})' => array(
			'GET'   => self::EVERYONE,
			'POST'  => self::OWNER,
			'PUT'   => self::OWNER,
			'PATCH' => self::OWNER,
		),
		'/notfound/v1/posters/(?P<id>[a-z0-9][a-z0-9-]{0,63})/renew' => array( 'POST' => self::OWNER ),
		'/notfound/v1/posters/(?P<id>[a-z0-9][a-z0-9-]{0,63})/withdraw' => array( 'POST' => self::OWNER ),
		'/notfound/v1/manage/posters'                   => array( 'GET' => self::PARTNERS ),
		'/notfound/v1/manage/posters/(?P<id>[a-z0-9][a-z0-9-]{0,63})' => array( 'GET' => self::OWNER ),
		'/notfound/v1/key'                              => array( 'GET' => self::EVERYONE ),
		'/notfound/v1/partners'                         => array(
			'GET'  => self::PARTNERS,
			'POST' => self::ADMIN,
		),
		'/notfound/v1/hub/key/rotate'                   => array( 'POST' => self::ADMIN ),
		'/notfound/v1/imports/confirm'                  => array( 'POST' => self::ADMIN ),
		'/notfound/v1/status'                           => array( 'GET' => self::ADMIN ),
		'/notfound/v1/sync'                             => array( 'POST' => self::ADMIN ),
		'/notfound/v1/hub/verify'                       => array( 'POST' => self::ADMIN ),
		'/notfound/v1/preview'                          => array( 'GET' => self::ADMIN ),
		'/notfound/v1/displays'                         => array(
			'GET'  => self::ADMIN,
			'POST' => self::EVERYONE,
		),
		'/notfound/v1/sites'                            => array( 'POST' => self::EVERYONE ),
		self::SITE_DAY                                  => array( 'PUT' => self::SITE_TOKEN ),
		'/notfound/v1/sites/(?P<site_id>\\d{1,18})/verification' => array( 'POST' => self::SITE_TOKEN ),
		'/notfound/v1/site-challenge'                   => array( 'GET' => self::EVERYONE ),
		'/notfound/v1/held-days'                        => array( 'GET' => self::ADMIN ),
		'/notfound/v1/held-days/(?P<site_id>\\d{1,18})' => array( 'POST' => self::ADMIN ),
		'/notfound/v1/held-days/(?P<site_id>\\d{1,18})/(?P<day>\\d{4}-\\d{2}-\\d{2})' => array( 'POST' => self::ADMIN ),
		'/notfound/v1/statistics'                       => array( 'GET' => self::PARTNERS ),
		'/notfound/v1/statistics/csv'                   => array( 'GET' => self::PARTNERS ),
		'/notfound/v1/revocations'                      => array( 'POST' => self::HUB_SIGNATURE ),
		'/notfound/v1/media/(?P<media_id>\\d{1,18})'    => array( 'DELETE' => self::OWNER ),
	);

	/**
	 * Parameters that pass validation, so the permission decides.
	 */
	private const PARAMS = array(
		'/notfound/v1/partners'        => array(
			'slug'      => 'matrix-partner',
			'name'      => 'Matrix partner',
			'countries' => array( 'BE' ),
			'website'   => 'https://matrix.example.org',
			'contact'   => 'cases@matrix.example.org',
		),
		'/notfound/v1/hub/verify'      => array( 'hub_url' => 'http://localhost:9' ),
		'/notfound/v1/preview'         => array( 'country' => 'BE' ),
		'/notfound/v1/displays'        => array(
			'token' => 'not-a-token',
			'shown' => '0',
		),
		'/notfound/v1/imports/confirm' => array( 'partner' => 'matrix-a' ),
		'/notfound/v1/sites'           => array( 'url' => 'https://matrix-site.example.org/' ),
		self::SITE_DAY                 => array( 'counts' => array() ),
	);

	/** @var array<string, int> */
	private array $users = array();

	/** @var int An upload of partner_a's, unused. */
	private int $upload = 0;

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		$partner_a   = self::create_partner( 'matrix-a' );
		$partner_b   = self::create_partner( 'matrix-b' );
		$this->users = array(
			'anonymous'  => 0,
			'subscriber' => $this->create_user( 'subscriber' ),
			'editor'     => $this->create_user( 'editor' ),
			'partner_a'  => $this->create_user( Capabilities::ROLE, $partner_a ),
			'partner_b'  => $this->create_user( Capabilities::ROLE, $partner_b ),
			'admin'      => $this->create_user( 'administrator' ),
		);
		$poster      = self::poster( array( 'id' => 'matrix-poster' ) );
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $partner_a ) );
		$this->upload = (int) wp_insert_attachment(
			array(
				'post_title'     => 'Matrix upload',
				'post_author'    => $this->users['partner_a'],
				'post_mime_type' => 'image/png',
				'post_status'    => 'inherit',
			)
		);
	}

	public function test_every_route_and_method_refuses_exactly_who_it_should(): void {
		$routes = array_filter( array_keys( rest_get_server()->get_routes() ), static fn( string $route ): bool => str_starts_with( $route, '/notfound/' ) && '/notfound/v1' !== $route );
		$this->assertNotEmpty( $routes );
		$checked = 0;
		foreach ( $routes as $route ) {
			$this->assertArrayHasKey( $route, self::EXPECTED, "The route {$route} has no entry in the permission matrix." );
			foreach ( $this->methods( $route ) as $method ) {
				$this->assertArrayHasKey( $method, self::EXPECTED[ $route ], "{$method} {$route} has no entry in the permission matrix." );
				foreach ( $this->users as $who => $user_id ) {
					$status  = $this->status_of( $route, $method, $user_id );
					$allowed = in_array( $who, self::EXPECTED[ $route ][ $method ], true );
					$refused = 0 === $user_id || self::SITE_TOKEN === self::EXPECTED[ $route ][ $method ] ? 401 : 403;
					if ( $allowed ) {
						$this->assertNotContains( $status, array( 401, 403 ), "{$who} was refused {$method} {$route}." );
					} else {
						$this->assertSame( $refused, $status, "{$who} was not refused {$method} {$route}." );
					}
					++$checked;
				}
			}
		}
		$this->assertGreaterThan( 100, $checked );
	}

	/**
	 * @return list<string>
	 */
	private function methods( string $route ): array {
		$methods = array();
		foreach ( rest_get_server()->get_routes()[ $route ] as $endpoint ) {
			$methods = array_merge( $methods, array_keys( array_filter( (array) $endpoint['methods'] ) ) );
		}
		return array_values( array_unique( $methods ) );
	}

	private function status_of( string $route, string $method, int $user_id ): int {
		wp_set_current_user( $user_id );
		$path    = str_replace(
			array( '(?P<id>[a-z0-9][a-z0-9-]{0,63})', '(?P<site_id>\\d{1,18})', '(?P<day>\\d{4}-\\d{2}-\\d{2})', '(?P<media_id>\\d{1,18})' ),
			array( 'matrix-poster', '1', gmdate( 'Y-m-d' ), (string) $this->upload ),
			$route
		);
		$request = new \WP_REST_Request( $method, $path );
		$params  = self::PARAMS[ $route ] ?? array();
		if ( 'GET' === $method ) {
			$request->set_query_params( $params );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $params ? $params : array( 'first_name' => 'Matrix' ) ) );
		}
		$status = rest_do_request( $request )->get_status();
		wp_set_current_user( 0 );
		return $status;
	}
}
