<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hostile;

use NotFound\Display\NotFoundPage;
use NotFound\Display\PosterView;
use NotFound\Hub\Capabilities;
use NotFound\Hub\HubPosters;
use NotFound\Hub\Partners;
use NotFound\Plugin;
use NotFound\Posters\Revocation;
use NotFound\Tests\TestCase;

/**
 * Generated hostile input through every door: the partner API's poster fields, every setting, the feed's
 * query parameters. Each case is refused with a clear error or stored sanitised and escaped on output;
 * PHPUnit fails on any PHP notice, warning or deprecation along the way.
 */
final class HostileInputTest extends TestCase {

	private const POSTER_FIELDS = array( 'id', 'first_name', 'last_name', 'date_of_birth', 'age_at_disappearance', 'missing_since', 'last_seen.place', 'last_seen.country', 'last_seen.subdivision', 'last_seen.lat', 'description.en', 'case_url', 'hotline', 'photos.0.alt', 'photos.0.url' );
	private const SETTINGS      = array( 'hub_url', 'hub_public_key', 'regions', 'trusted_proxies', 'default_country', 'max_age_minutes', 'poster_count', 'intro_text', 'takeover', 'interval', 'count_displays', 'retention_days' );
	private const FEED_PARAMS   = array( 'country', 'near', 'limit', 'lang' );
	private const REVOCATION    = array( 'type', 'poster_id', 'issued_at', 'expires_at', 'nonce', 'signature' );
	private const IMPORT_PARAMS = array( 'partner' );
	private const WITHDRAW_ARGS = array( 'reason' );
	private const PARTNER       = array( 'slug', 'name', 'countries', 'hotline', 'website', 'contact', 'import_url', 'quota' );

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function poster_cases(): array {
		return self::cross( self::POSTER_FIELDS );
	}

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function setting_cases(): array {
		return self::cross( self::SETTINGS );
	}

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function feed_cases(): array {
		return self::cross( self::FEED_PARAMS );
	}

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function revocation_cases(): array {
		return self::cross( self::REVOCATION );
	}

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function import_cases(): array {
		return self::cross( self::IMPORT_PARAMS );
	}

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function withdraw_cases(): array {
		return self::cross( self::WITHDRAW_ARGS );
	}

	/**
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	public static function partner_cases(): array {
		return self::cross( self::PARTNER );
	}

	/**
	 * @dataProvider poster_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'poster_cases' )]
	public function test_a_poster_field( string $field, mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$partner = Plugin::instance()->partners->save(
			array(
				'slug'      => 'hostile',
				'name'      => 'Hostile test partner',
				'countries' => array( 'BE' ),
				'hotline'   => '116 000',
				'website'   => 'https://hostile.example.org',
				'contact'   => 'cases@hostile.example.org',
			)
		);
		$poster  = self::poster();
		unset( $poster['partner'] );
		self::set_path( $poster, $field, $payload );

		$result = Plugin::instance()->hub_posters->save( $poster, $partner );

		if ( is_wp_error( $result ) ) {
			$this->assertNotEmpty( $result->get_error_message() );
			$this->assertSame( array(), Plugin::instance()->hub_posters->active(), 'Nothing is stored half-way.' );
			return;
		}
		$html = $this->render_poster( $result );
		$this->assertFalse( Payloads::is_dangerous( $html ), $html );
		$this->assertStringNotContainsString( '[', $html, 'the_content would run it as a shortcode.' );
		$this->assertTrue( wp_check_invalid_utf8( (string) wp_json_encode( $result ) ) !== '' );
	}

	/**
	 * @dataProvider setting_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'setting_cases' )]
	public function test_a_setting( string $setting, mixed $payload ): void {
		$before = Plugin::instance()->settings->all();

		$result = Plugin::instance()->settings->update( array( $setting => $payload ) );

		$after = Plugin::instance()->settings->all();
		if ( is_wp_error( $result ) ) {
			$this->assertNotEmpty( $result->get_error_message() );
			$this->assertSame( $before, $after, 'A refused save changes nothing.' );
		}
		$html = do_blocks( ( new NotFoundPage( Plugin::instance()->settings ) )->content() );
		$this->assertFalse( Payloads::is_dangerous( $html ), $html );
	}

	/**
	 * @dataProvider feed_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'feed_cases' )]
	public function test_a_feed_parameter( string $param, mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$request = new \WP_REST_Request( 'GET', '/notfound/v1/posters' );
		$request->set_query_params( array( $param => $payload ) );

		$status = rest_do_request( $request )->get_status();

		$this->assertContains( $status, array( 200, 400 ) );
	}

	/**
	 * A revocation correctly signed by the pinned key but with one hostile field (or a hostile signature
	 * header) is refused and removes nothing.
	 *
	 * @dataProvider revocation_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'revocation_cases' )]
	public function test_a_revocation_field( string $field, mixed $payload ): void {
		$pair = sodium_crypto_sign_keypair();
		Plugin::instance()->settings->update( array( 'hub_public_key' => base64_encode( sodium_crypto_sign_publickey( $pair ) ) ) );
		self::store_local_copy( array( self::poster() ) );
		$order = json_decode( Revocation::body( 'test-be-001', time() ), true );
		if ( 'signature' !== $field ) {
			$order[ $field ] = $payload;
		}
		$body      = (string) wp_json_encode( $order, JSON_INVALID_UTF8_SUBSTITUTE );
		$signature = base64_encode( sodium_crypto_sign_detached( Revocation::message( $body ), sodium_crypto_sign_secretkey( $pair ) ) );
		$request   = new \WP_REST_Request( 'POST', '/notfound/v1/revocations' );
		$request->set_header( Revocation::SIGNATURE_HEADER, 'signature' !== $field ? $signature : ( is_string( $payload ) ? $payload : (string) wp_json_encode( $payload ) ) );
		$request->set_body( $body );

		$status = rest_do_request( $request )->get_status();

		$this->assertSame( 401, $status );
		$this->assertSame( array( 'test-be-001' ), Plugin::instance()->local_posters->ids() );
	}

	/**
	 * @dataProvider import_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'import_cases' )]
	public function test_an_import_confirmation_parameter( string $param, mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/imports/confirm' );
		$request->set_body_params( array( $param => $payload ) );

		$status = rest_do_request( $request )->get_status();

		$this->assertContains( $status, array( 400, 404, 409 ) );
	}

	/**
	 * The renewal's confirmation: anything but JSON true (a string "true", 1, hostile text) is refused
	 * and renews nothing.
	 *
	 * @return array<string, array{0: mixed}>
	 */
	public static function renewal_cases(): array {
		$cases = array(
			'string true' => array( 'true' ),
			'one'         => array( 1 ),
		);
		foreach ( Payloads::all() as $name => $payload ) {
			$cases[ "reviewed: {$name}" ] = array( $payload );
		}
		return $cases;
	}

	/**
	 * @dataProvider renewal_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'renewal_cases' )]
	public function test_a_renewal_confirmation( mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		$partner = self::create_partner( 'hostile-renewal' );
		$poster  = self::poster();
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $partner ) );
		$before = Plugin::instance()->hub_posters->find( 'test-be-001' );
		wp_set_current_user( $this->create_user( Capabilities::ROLE, $partner ) );
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/posters/test-be-001/renew' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( array_merge( $poster, array( 'reviewed' => $payload ) ) ) );

		$response = rest_do_request( $request );

		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( 'reviewed', $response->get_data()['data']['errors'] );
		$this->assertSame( $before, Plugin::instance()->hub_posters->find( 'test-be-001' ), 'A refused renewal changes nothing.' );
	}

	/**
	 * @dataProvider withdraw_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'withdraw_cases' )]
	public function test_a_withdrawal_argument( string $arg, mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$poster = self::poster( array( 'id' => 'hostile-withdraw' ) );
		unset( $poster['partner'] );
		Plugin::instance()->hub_posters->save( $poster, self::create_partner( 'hostile-withdraw' ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/posters/hostile-withdraw/withdraw' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( array( $arg => $payload ) ) );

		$status = rest_do_request( $request )->get_status();

		$found = Plugin::instance()->hub_posters->find( 'hostile-withdraw' );
		$this->assertContains( $status, array( 200, 400 ) );
		$this->assertSame( 200 === $status ? 'withdrawn' : 'active', $found['status'] ?? null );
		if ( 200 === $status ) {
			$this->assertContains( $found['poster']['reason'] ?? null, HubPosters::REASONS );
		}
	}

	/**
	 * @dataProvider partner_cases
	 */
	#[\PHPUnit\Framework\Attributes\DataProvider( 'partner_cases' )]
	public function test_a_partner_field( string $field, mixed $payload ): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$partner           = array(
			'slug'      => 'hostile-partner',
			'name'      => 'Hostile partner',
			'countries' => array( 'BE' ),
			'hotline'   => '116 000',
			'website'   => 'https://hostile.example.org',
			'contact'   => 'cases@hostile.example.org',
			'quota'     => 10,
		);
		$partner[ $field ] = $payload;
		$request           = new \WP_REST_Request( 'POST', '/notfound/v1/partners' );
		$request->set_header( 'Content-Type', 'application/json' );
		$request->set_body( (string) wp_json_encode( $partner ) );
		$before = count( Plugin::instance()->partners->all() );

		$response = rest_do_request( $request );

		$this->assertContains( $response->get_status(), array( 200, 400 ) );
		if ( 400 === $response->get_status() ) {
			$this->assertCount( $before, Plugin::instance()->partners->all(), 'A refused partner is not stored.' );
			return;
		}
		$stored = Plugin::instance()->partners->get( (int) $response->get_data()['id'] );
		$this->assertNotNull( $stored );
		$this->assertGreaterThanOrEqual( 0, $stored['quota'] );
		$this->assertLessThanOrEqual( Partners::MAX_QUOTA, $stored['quota'] );
		$this->assertFalse( Payloads::is_dangerous( (string) wp_json_encode( $stored, JSON_UNESCAPED_SLASHES ) ) );
	}

	/**
	 * @param list<string> $targets
	 * @return array<string, array{0: string, 1: mixed}>
	 */
	private static function cross( array $targets ): array {
		$cases = array();
		foreach ( $targets as $target ) {
			foreach ( Payloads::all() as $name => $payload ) {
				$cases[ "{$target}: {$name}" ] = array( $target, $payload );
			}
		}
		return $cases;
	}

	/**
	 * @param array<string, mixed> $data
	 */
	private static function set_path( array &$data, string $path, mixed $value ): void {
		$keys = explode( '.', $path );
		$last = array_pop( $keys );
		$node = &$data;
		foreach ( $keys as $key ) {
			$node = &$node[ is_numeric( $key ) ? (int) $key : $key ];
		}
		$node[ is_numeric( $last ) ? (int) $last : $last ] = $value;
	}

	/**
	 * @param array<string, mixed> $poster
	 */
	private function render_poster( array $poster ): string {
		self::store_local_copy( array( $poster ) );
		$view = PosterView::from( $poster, 'en_US' );
		$this->assertNotSame( '', $view->name );
		return render_block(
			array(
				'blockName'    => NotFoundPage::BLOCK,
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
}
