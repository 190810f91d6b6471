<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\Capabilities;
use NotFound\Hub\HubPosters;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Partners publish, edit and withdraw only their own organisation's posters; admins any.
 */
final class PartnerPostersControllerTest extends TestCase {

	private int $partner_a;
	private int $partner_b;
	private int $user_a;
	private int $user_b;
	private int $photo_a;

	/** @var list<string> */
	private array $files = array();

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		$this->partner_a = $this->partner( 'partner-a' );
		$this->partner_b = $this->partner( 'partner-b' );
		$this->user_a    = $this->partner_user( 'user-a', $this->partner_a );
		$this->user_b    = $this->partner_user( 'user-b', $this->partner_b );
		$this->photo_a   = $this->image( $this->user_a, 480, 600 );
	}

	protected function tearDown(): void {
		array_map( 'wp_delete_file', $this->files );
		parent::tearDown();
	}

	public function test_a_partner_publishes_a_poster_that_the_public_feed_then_serves(): void {
		wp_set_current_user( $this->user_a );

		$response = $this->request( 'POST', '/notfound/v1/posters', $this->input() );

		$this->assertSame( 201, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'active', $response->get_data()['status'] );
		$this->assertSame( $this->partner_a, $response->get_data()['partner_id'] );
		$this->assertSame( 'Partner partner-a', $response->get_data()['poster']['partner']['name'] );
		$this->assertContains( 'test-be-001', array_column( Plugin::instance()->hub_posters->active(), 'id' ) );
	}

	public function test_a_partner_cannot_publish_for_another_organisation(): void {
		wp_set_current_user( $this->user_a );

		$response = $this->request( 'POST', '/notfound/v1/posters', array_merge( $this->input(), array( 'partner_id' => $this->partner_b ) ) );

		$this->assertSame( 403, $response->get_status() );
		$this->assertNull( Plugin::instance()->hub_posters->find( 'test-be-001' ) );
	}

	public function test_nobody_logged_out_can_publish(): void {
		$this->assertSame( 401, $this->request( 'POST', '/notfound/v1/posters', $this->input() )->get_status() );
	}

	public function test_another_partner_can_neither_edit_nor_withdraw_and_the_owner_can_withdraw(): void {
		wp_set_current_user( $this->user_a );
		$this->request( 'POST', '/notfound/v1/posters', $this->input() );

		wp_set_current_user( $this->user_b );
		$this->assertSame( 403, $this->request( 'PATCH', '/notfound/v1/posters/test-be-001', array( 'first_name' => 'Other' ) )->get_status() );
		$this->assertSame( 403, $this->request( 'POST', '/notfound/v1/posters/test-be-001/withdraw' )->get_status() );
		$this->assertSame( 403, $this->request( 'GET', '/notfound/v1/manage/posters/test-be-001' )->get_status() );

		wp_set_current_user( $this->user_a );
		$withdrawn = $this->request( 'POST', '/notfound/v1/posters/test-be-001/withdraw' );
		$this->assertSame( 200, $withdrawn->get_status() );
		$this->assertSame( 'withdrawn', $withdrawn->get_data()['status'] );
		$this->assertSame( 410, $this->request( 'GET', '/notfound/v1/posters/test-be-001' )->get_status() );
		$this->assertSame( 409, $this->request( 'PATCH', '/notfound/v1/posters/test-be-001', array( 'first_name' => 'Again' ) )->get_status() );
	}

	public function test_an_owner_edits_with_patch_and_the_feed_changes(): void {
		wp_set_current_user( $this->user_a );
		$this->request( 'POST', '/notfound/v1/posters', $this->input() );

		$response = $this->request( 'PATCH', '/notfound/v1/posters/test-be-001', array( 'first_name' => 'Renamed' ) );

		$this->assertSame( 200, $response->get_status(), (string) wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'Renamed', Plugin::instance()->hub_posters->active()[0]['first_name'] );
	}

	public function test_invalid_input_reports_every_field_and_stores_nothing(): void {
		wp_set_current_user( $this->user_a );
		$photo_b                       = $this->image( $this->user_b, 480, 600 );
		$input                         = array_merge(
			$this->input(),
			array(
				'case_url' => 'javascript:alert(1)',
				'photos'   => array(
					array(
						'attachment_id' => $photo_b,
						'alt'           => 'Not mine',
					),
				),
			)
		);
		$input['last_seen']['country'] = 'XX';

		$response = $this->request( 'POST', '/notfound/v1/posters', $input );

		$this->assertSame( 400, $response->get_status() );
		$errors = $response->get_data()['data']['errors'];
		$this->assertSame( array( 'case_url', 'last_seen.country', 'last_seen.subdivision', 'photos.0' ), array_keys( $errors ) );
		$this->assertNull( Plugin::instance()->hub_posters->find( 'test-be-001' ) );
	}

	public function test_a_too_small_image_is_rejected(): void {
		wp_set_current_user( $this->user_a );
		$small = $this->image( $this->user_a, 120, 150 );
		$input = array_merge(
			$this->input(),
			array(
				'photos' => array(
					array(
						'attachment_id' => $small,
						'alt'           => 'Small',
					),
				),
			)
		);

		$response = $this->request( 'POST', '/notfound/v1/posters', $input );

		$this->assertSame( 400, $response->get_status() );
		$this->assertArrayHasKey( 'photos.0', $response->get_data()['data']['errors'] );
	}

	public function test_the_management_list_shows_a_partner_only_its_own_posters_and_an_admin_all(): void {
		wp_set_current_user( $this->user_a );
		$this->request( 'POST', '/notfound/v1/posters', $this->input() );
		Plugin::instance()->hub_posters->save( array_merge( self::poster( array( 'id' => 'test-be-002' ) ), array( 'partner' => null ) ), $this->partner_b );

		$this->assertSame( array( 'test-be-001' ), array_column( $this->request( 'GET', '/notfound/v1/manage/posters' )->get_data(), 'id' ) );

		wp_set_current_user( $this->admin() );
		$all = array_column( $this->request( 'GET', '/notfound/v1/manage/posters' )->get_data(), 'id' );
		sort( $all );
		$this->assertSame( array( 'test-be-001', 'test-be-002' ), $all );
	}

	public function test_an_edit_cannot_move_the_expiry_later_only_a_renewal_can(): void {
		wp_set_current_user( $this->user_a );
		$soon = gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS );
		$this->request( 'POST', '/notfound/v1/posters', array_merge( $this->input(), array( 'expires' => $soon ) ) );

		$patched = $this->request( 'PATCH', '/notfound/v1/posters/test-be-001', array( 'expires' => HubPosters::latest_expiry() ) );
		$put     = $this->request( 'PUT', '/notfound/v1/posters/test-be-001', $this->input() );

		$this->assertSame( 400, $patched->get_status() );
		$this->assertArrayHasKey( 'expires', $patched->get_data()['data']['errors'] );
		$this->assertSame( 200, $put->get_status(), (string) wp_json_encode( $put->get_data() ) );
		$this->assertSame( $soon, $put->get_data()['expires'], 'A PUT without expires keeps it.' );
		$this->assertSame( $soon, $this->expires_on( 'test-be-001' ) );
	}

	public function test_a_renewal_needs_the_whole_poster_reviewed_and_runs_it_a_year_from_today(): void {
		wp_set_current_user( $this->user_a );
		$soon = gmdate( 'Y-m-d', time() + 10 * DAY_IN_SECONDS );
		$this->request( 'POST', '/notfound/v1/posters', array_merge( $this->input(), array( 'expires' => $soon ) ) );
		$renew = '/notfound/v1/posters/test-be-001/renew';

		$unconfirmed = $this->request( 'POST', $renew, $this->input() );
		$without     = $this->request( 'POST', $renew, array( 'reviewed' => true ) );
		$too_late    = $this->request(
			'POST',
			$renew,
			array_merge(
				$this->input(),
				array(
					'reviewed' => true,
					'expires'  => gmdate(
						'Y-m-d',
						time() + 400 * DAY_IN_SECONDS
					),
				)
			)
		);
		$this->assertSame( $soon, $this->expires_on( 'test-be-001' ) );
		$renewed = $this->request(
			'POST',
			$renew,
			array_merge(
				$this->input(),
				array(
					'reviewed'   => true,
					'first_name' => 'Reviewed',
				)
			)
		);

		$this->assertSame( 400, $unconfirmed->get_status() );
		$this->assertArrayHasKey( 'reviewed', $unconfirmed->get_data()['data']['errors'] );
		$this->assertSame( 400, $without->get_status() );
		$this->assertArrayHasKey( 'first_name', $without->get_data()['data']['errors'] );
		$this->assertSame( 400, $too_late->get_status() );
		$this->assertArrayHasKey( 'expires', $too_late->get_data()['data']['errors'] );
		$this->assertSame( 200, $renewed->get_status(), (string) wp_json_encode( $renewed->get_data() ) );
		$this->assertSame( HubPosters::latest_expiry(), $renewed->get_data()['expires'] );
		$this->assertSame( HubPosters::latest_expiry(), $this->expires_on( 'test-be-001' ) );
		$this->assertSame( 'Reviewed', Plugin::instance()->hub_posters->active()[0]['first_name'] );
	}

	public function test_an_expired_poster_is_renewed_back_into_the_feed_by_its_owner_only(): void {
		wp_set_current_user( $this->user_a );
		$this->request( 'POST', '/notfound/v1/posters', array_merge( $this->input(), array( 'expires' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) ) );
		$this->assertSame( array(), Plugin::instance()->hub_posters->active() );
		$body = array_merge( $this->input(), array( 'reviewed' => true ) );

		wp_set_current_user( $this->user_b );
		$this->assertSame( 403, $this->request( 'POST', '/notfound/v1/posters/test-be-001/renew', $body )->get_status() );
		wp_set_current_user( 0 );
		$this->assertSame( 401, $this->request( 'POST', '/notfound/v1/posters/test-be-001/renew', $body )->get_status() );
		wp_set_current_user( $this->user_a );
		$renewed = $this->request( 'POST', '/notfound/v1/posters/test-be-001/renew', $body );

		$this->assertSame( 200, $renewed->get_status(), (string) wp_json_encode( $renewed->get_data() ) );
		$this->assertSame( array( 'test-be-001' ), array_column( Plugin::instance()->hub_posters->active(), 'id' ) );
	}

	public function test_an_expired_poster_is_not_renewed_past_the_organisations_quota(): void {
		wp_set_current_user( $this->admin() );
		$this->request( 'POST', '/notfound/v1/partners', array_merge( self::partner_fields( 'partner-a' ), array( 'quota' => 1 ) ) );
		wp_set_current_user( $this->user_a );
		$expired = array_merge( $this->input(), array( 'expires' => gmdate( 'Y-m-d', time() - DAY_IN_SECONDS ) ) );
		$this->assertSame( 201, $this->request( 'POST', '/notfound/v1/posters', $expired )->get_status() );
		$active                               = array_merge( $this->input(), array( 'id' => 'test-be-002' ) );
		$active['photos'][0]['attachment_id'] = $this->image( $this->user_a, 480, 600 );
		$this->assertSame( 201, $this->request( 'POST', '/notfound/v1/posters', $active )->get_status() );

		$renewed = $this->request( 'POST', '/notfound/v1/posters/test-be-001/renew', array_merge( $this->input(), array( 'reviewed' => true ) ) );

		$this->assertSame( 403, $renewed->get_status() );
		$this->assertSame( 'notfound_quota_exceeded', $renewed->get_data()['code'] );
		$this->assertSame( array( 'test-be-002' ), array_column( Plugin::instance()->hub_posters->active(), 'id' ) );
	}

	public function test_a_withdrawn_poster_cannot_be_renewed(): void {
		wp_set_current_user( $this->user_a );
		$this->request( 'POST', '/notfound/v1/posters', $this->input() );
		$this->request( 'POST', '/notfound/v1/posters/test-be-001/withdraw' );

		$renewed = $this->request( 'POST', '/notfound/v1/posters/test-be-001/renew', array_merge( $this->input(), array( 'reviewed' => true ) ) );

		$this->assertSame( 409, $renewed->get_status() );
		$this->assertSame( array(), Plugin::instance()->hub_posters->active() );
	}

	private function expires_on( string $id ): string {
		$found = Plugin::instance()->hub_posters->find( $id );
		return null === $found ? '' : $found['expires_on'];
	}

	public function test_a_partner_cannot_publish_outside_its_countries_nor_with_a_made_up_hotline(): void {
		wp_set_current_user( $this->user_a ); // Partner A works in BE and NL.

		$response = $this->request( 'POST', '/notfound/v1/posters', $this->french_input( '0800 555 010' ) );

		$this->assertSame( 400, $response->get_status() );
		$errors = $response->get_data()['data']['errors'];
		$this->assertSame( array( 'hotline', 'last_seen.country' ), array_keys( $errors ) );
		$this->assertStringContainsString( 'BE, NL', $errors['last_seen.country'] );
		$this->assertStringContainsString( '116 000', $errors['hotline'] );
		$this->assertNull( Plugin::instance()->hub_posters->find( 'test-fr-001' ) );
	}

	public function test_a_made_up_hotline_is_refused_in_the_partners_own_country_too(): void {
		wp_set_current_user( $this->user_a );

		$response = $this->request( 'POST', '/notfound/v1/posters', array_merge( $this->input(), array( 'hotline' => '0800 555 010' ) ) );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( array( 'hotline' ), array_keys( $response->get_data()['data']['errors'] ) );
		$this->assertNull( Plugin::instance()->hub_posters->find( 'test-be-001' ) );
	}

	public function test_an_administrator_publishes_in_any_country_but_only_with_a_listed_hotline(): void {
		wp_set_current_user( $this->admin() );
		$made_up = array_merge( $this->french_input( '0800 555 010' ), array( 'partner_id' => $this->partner_a ) );

		$refused   = $this->request( 'POST', '/notfound/v1/posters', $made_up );
		$published = $this->request( 'POST', '/notfound/v1/posters', array_merge( $made_up, array( 'hotline' => '116 000' ) ) );

		$this->assertSame( array( 'hotline' ), array_keys( $refused->get_data()['data']['errors'] ?? array() ) );
		$this->assertSame( 201, $published->get_status(), (string) wp_json_encode( $published->get_data() ) );
		$this->assertSame( 'FR', $published->get_data()['poster']['last_seen']['country'] );
	}

	public function test_a_partner_over_its_quota_is_refused_and_nothing_is_stored(): void {
		$this->assertSame( 100, Plugin::instance()->partners->get( $this->partner_a )['quota'] ?? null, 'The default quota.' );
		wp_set_current_user( $this->admin() );
		$quota = $this->request( 'POST', '/notfound/v1/partners', array_merge( self::partner_fields( 'partner-a' ), array( 'quota' => 1 ) ) );
		$this->assertSame( 1, $quota->get_data()['quota'] ?? null, (string) wp_json_encode( $quota->get_data() ) );
		wp_set_current_user( $this->user_a );
		$this->assertSame( 201, $this->request( 'POST', '/notfound/v1/posters', $this->input() )->get_status() );

		$over = $this->request( 'POST', '/notfound/v1/posters', array_merge( $this->input(), array( 'id' => 'test-be-002' ) ) );

		$this->assertSame( 403, $over->get_status() );
		$this->assertSame( 'notfound_quota_exceeded', $over->get_data()['code'] );
		$this->assertStringContainsString( '1 active poster', $over->get_data()['message'] );
		$this->assertNull( Plugin::instance()->hub_posters->find( 'test-be-002' ) );
		$this->assertSame( 200, $this->request( 'PATCH', '/notfound/v1/posters/test-be-001', array( 'first_name' => 'Edited' ) )->get_status(), 'Editing a poster within the quota still works.' );

		$this->request( 'POST', '/notfound/v1/posters/test-be-001/withdraw' ); // Its photo goes with it.
		$again                               = array_merge( $this->input(), array( 'id' => 'test-be-003' ) );
		$again['photos'][0]['attachment_id'] = $this->image( $this->user_a, 480, 600 );
		$this->assertSame( 201, $this->request( 'POST', '/notfound/v1/posters', $again )->get_status(), 'A withdrawal frees its place.' );
	}

	/**
	 * @return array<string, mixed>
	 */
	private function input(): array {
		$input = self::poster();
		unset( $input['partner'], $input['hotline'], $input['expires'] );
		$input['photos'] = array(
			array(
				'attachment_id' => $this->photo_a,
				'alt'           => 'Illustrated portrait of Testa',
			),
		);
		return $input;
	}

	/**
	 * A poster last seen in France, with this hotline.
	 *
	 * @return array<string, mixed>
	 */
	private function french_input( string $hotline ): array {
		$input              = array_merge(
			$this->input(),
			array(
				'id'      => 'test-fr-001',
				'hotline' => $hotline,
			)
		);
		$input['last_seen'] = array(
			'place'       => 'Lille',
			'country'     => 'FR',
			'subdivision' => null,
			'lat'         => 50.6292,
			'lon'         => 3.0573,
		);
		return $input;
	}

	/**
	 * A test organisation working in BE and NL, as the partners route and Partners::save take it.
	 *
	 * @return array{slug: string, name: string, countries: list<string>, hotline: string, website: string, contact: string}
	 */
	private static function partner_fields( string $slug ): array {
		return array(
			'slug'      => $slug,
			'name'      => 'Partner ' . $slug,
			'countries' => array( 'BE', 'NL' ),
			'hotline'   => '116 000',
			'website'   => 'https://' . $slug . '.example.org',
			'contact'   => 'cases@' . $slug . '.example.org',
		);
	}

	/**
	 * @param array<string, mixed> $body
	 */
	private function request( string $method, string $route, array $body = array() ): \WP_REST_Response {
		$request = new \WP_REST_Request( $method, $route );
		if ( $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( (string) wp_json_encode( $body ) );
		}
		return rest_do_request( $request );
	}

	private function partner( string $slug ): int {
		return Plugin::instance()->partners->save( self::partner_fields( $slug ) );
	}

	private function partner_user( string $login, int $partner ): int {
		$id = wp_insert_user(
			array(
				'user_login' => $login,
				'user_pass'  => 'password',
				'user_email' => $login . '@example.org',
				'role'       => Capabilities::ROLE,
			)
		);
		$this->assertIsInt( $id );
		update_user_meta( $id, Capabilities::PARTNER_META, $partner );
		return $id;
	}

	private function admin(): int {
		$id = wp_insert_user(
			array(
				'user_login' => 'hub-admin',
				'user_pass'  => 'password',
				'user_email' => 'hub-admin@example.org',
				'role'       => 'administrator',
			)
		);
		$this->assertIsInt( $id );
		return $id;
	}

	/**
	 * A real PNG in the media library, uploaded by $author.
	 */
	private function image( int $author, int $width, int $height ): int {
		$canvas = imagecreatetruecolor( $width, $height );
		ob_start();
		imagepng( $canvas );
		$upload = wp_upload_bits( 'notfound-test-' . wp_generate_password( 6, false ) . '.png', null, (string) ob_get_clean() );
		$this->assertFalse( $upload['error'] );
		$this->files[] = $upload['file'];
		$id            = wp_insert_attachment(
			array(
				'post_mime_type' => 'image/png',
				'post_author'    => $author,
				'post_title'     => 'Test image',
				'post_status'    => 'inherit',
			),
			$upload['file']
		);
		wp_update_attachment_metadata(
			$id,
			array(
				'width'  => $width,
				'height' => $height,
				'file'   => _wp_relative_upload_path( $upload['file'] ),
			)
		);
		return $id;
	}
}
