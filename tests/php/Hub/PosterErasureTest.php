<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Database\Tables;
use NotFound\Hub\Capabilities;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * A withdrawn poster becomes a tombstone at once (id, organisation, time, reason) and every photo it ever
 * had leaves the media library.
 */
final class PosterErasureTest extends TestCase {

	private const CHILD = array( 'Zorvalina', 'Quetzmorrow', '2013-02-28', 'Fictional erasure mark near the left ear' );

	private int $partner;

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		$this->partner = self::create_partner( 'erasure', 'Erasure partner' );
	}

	public function test_a_withdrawal_leaves_a_tombstone_without_anything_identifying_the_child(): void {
		global $wpdb;
		$posters = Plugin::instance()->hub_posters;
		$this->assertIsArray( $posters->save( $this->input( 'erase-1' ), $this->partner ) );

		$this->assertTrue( $posters->withdraw( 'erase-1', 'found' ) );

		$found = $posters->find( 'erase-1' );
		$this->assertSame( 'withdrawn', $found['status'] ?? null );
		$this->assertSame( $this->partner, $found['partner_id'] );
		$this->assertSame( array( 'id', 'withdrawn_at', 'reason' ), array_keys( $found['poster'] ) );
		$this->assertSame( 'found', $found['poster']['reason'] );
		$row = $wpdb->get_row( $wpdb->prepare( 'SELECT * FROM ' . Tables::name( Tables::HUB_POSTERS ) . ' WHERE id = %s', 'erase-1' ), ARRAY_A ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the test reads the raw row.
		$this->assertIsArray( $row );
		$this->assertNoneOf( array( 'Zorvalina', 'Quetzmorrow', '2013-02-28', 'erasure mark', 'Ghent', '51.0543', '3.7174', 'cases/erase', '2025-09-01' ), (string) wp_json_encode( $row ) );
	}

	public function test_a_partner_gives_a_reason_and_the_public_410_says_nothing_of_it(): void {
		$posters = Plugin::instance()->hub_posters;
		$this->assertIsArray( $posters->save( $this->input( 'erase-2' ), $this->partner ) );
		$this->assertIsArray( $posters->save( $this->input( 'erase-3' ), $this->partner ) );
		wp_set_current_user( $this->create_user( Capabilities::ROLE, $this->partner ) );

		$withdrawn = $this->rest( 'POST', '/notfound/v1/posters/erase-2/withdraw', array( 'reason' => 'consent_withdrawn' ) );
		$unknown   = $this->rest( 'POST', '/notfound/v1/posters/erase-3/withdraw', array( 'reason' => 'announced' ) );
		$listed    = $this->rest( 'GET', '/notfound/v1/manage/posters', array( 'status' => 'withdrawn' ) );
		wp_set_current_user( 0 );
		$public = $this->rest( 'GET', '/notfound/v1/posters/erase-2' );

		$this->assertSame( 200, $withdrawn->get_status() );
		$this->assertSame( 400, $unknown->get_status() );
		$this->assertSame( 'active', $posters->find( 'erase-3' )['status'] ?? null );
		$this->assertCount( 1, $listed->get_data() );
		$this->assertSame( 'consent_withdrawn', $listed->get_data()[0]['poster']['reason'] );
		$this->assertNoneOf( self::CHILD, (string) wp_json_encode( $listed->get_data() ) );
		$this->assertSame( 410, $public->get_status() );
		$this->assertStringNotContainsString( 'consent', (string) wp_json_encode( $public->get_data() ) );
	}

	public function test_every_photo_version_and_its_sizes_are_deleted(): void {
		$first  = self::generated_photo( 'erasure first version' );
		$second = self::generated_photo( 'erasure second version' );
		$files  = array_merge( self::attachment_files( $first ), self::attachment_files( $second ) );
		$this->assertGreaterThan( 2, count( $files ), 'Sizes were generated.' );
		$posters = Plugin::instance()->hub_posters;
		$posters->save( $this->input( 'erase-4' ), $this->partner, array( $first ) );
		$posters->save( $this->input( 'erase-4' ), $this->partner, array( $second ) ); // An edit replaced the photo.

		$posters->withdraw( 'erase-4', 'found' );

		$this->assertNull( get_post( $first ) );
		$this->assertNull( get_post( $second ) );
		foreach ( $files as $file ) {
			$this->assertFileDoesNotExist( $file );
		}
	}

	public function test_an_expired_poster_becomes_a_tombstone_when_its_expiry_passes(): void {
		global $wpdb;
		$posters = Plugin::instance()->hub_posters;
		$this->assertIsArray( $posters->save( $this->input( 'erase-5' ), $this->partner ) );
		$this->assertIsArray( $posters->save( $this->input( 'erase-6' ), $this->partner ) );
		$wpdb->update( Tables::name( Tables::HUB_POSTERS ), array( 'expires_on' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ), array( 'id' => 'erase-5' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- the test ages one poster.

		do_action( 'notfound_expire_posters' );

		$this->assertSame( 'expired', $posters->find( 'erase-5' )['poster']['reason'] ?? null );
		$this->assertSame( 'active', $posters->find( 'erase-6' )['status'] ?? null );
	}

	public function test_statistics_keep_a_withdrawn_posters_numbers_but_not_its_name(): void {
		Plugin::instance()->hub_posters->save( $this->input( 'erase-7' ), $this->partner );
		Plugin::instance()->hub_display_counts->replace_day(
			1,
			gmdate( 'Y-m-d' ),
			array(
				array(
					'poster_id' => 'erase-7',
					'country'   => 'BE',
					'displays'  => 12,
				),
			)
		);
		Plugin::instance()->hub_posters->withdraw( 'erase-7', 'found' );
		wp_set_current_user( $this->create_user( 'administrator' ) );

		$top = $this->rest( 'GET', '/notfound/v1/statistics' )->get_data()['top_posters'];

		$this->assertSame( 'erase-7', $top[0]['id'] );
		$this->assertSame( 12, $top[0]['displays'] );
		$this->assertSame( 'Withdrawn poster', $top[0]['name'] );
	}

	public function test_a_withdrawn_poster_cannot_be_edited_back(): void {
		Plugin::instance()->hub_posters->save( $this->input( 'erase-8' ), $this->partner );
		Plugin::instance()->hub_posters->withdraw( 'erase-8', 'found' );
		wp_set_current_user( $this->create_user( Capabilities::ROLE, $this->partner ) );

		$patched = $this->rest( 'PATCH', '/notfound/v1/posters/erase-8', array( 'first_name' => 'Again' ) );

		$this->assertSame( 409, $patched->get_status() );
	}

	/**
	 * @param list<string> $needles
	 */
	private function assertNoneOf( array $needles, string $haystack ): void {
		foreach ( $needles as $needle ) {
			$this->assertStringNotContainsString( $needle, $haystack );
		}
	}

	/**
	 * @param array<string, mixed> $body
	 */
	private function rest( string $method, string $route, array $body = array() ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, $route );
		if ( 'GET' === $method ) {
			$request->set_query_params( $body );
		} else {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $body ) );
		}
		return rest_do_request( $request );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function input( string $id ): array {
		$poster = self::poster(
			array(
				'id'            => $id,
				'first_name'    => self::CHILD[0],
				'last_name'     => self::CHILD[1],
				'date_of_birth' => self::CHILD[2],
				'description'   => array( 'en' => self::CHILD[3] ),
				'case_url'      => 'https://partner.example.org/cases/' . $id,
			)
		);
		unset( $poster['partner'], $poster['expires'] );
		return $poster;
	}
}
