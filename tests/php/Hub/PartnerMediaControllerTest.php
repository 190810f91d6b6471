<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\Capabilities;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Partners delete their organisation's uploads that no active poster uses; nobody else's.
 */
final class PartnerMediaControllerTest extends TestCase {

	private int $north;

	/** @var array<string, int> */
	private array $users = array();

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		$this->north = self::create_partner( 'delete-north' );
		$this->users = array(
			'north'           => $this->create_user( Capabilities::ROLE, $this->north ),
			'north colleague' => $this->create_user( 'subscriber', $this->north ),
			'south'           => $this->create_user( Capabilities::ROLE, self::create_partner( 'delete-south' ) ),
		);
	}

	public function test_a_partner_deletes_an_unused_upload_of_its_organisation_with_its_files(): void {
		$photo = self::generated_photo( 'unused upload', $this->users['north colleague'] );
		$files = self::attachment_files( $photo );
		wp_set_current_user( $this->users['north'] );

		$response = $this->delete( $photo );

		$this->assertSame( 200, $response->get_status() );
		$this->assertNull( get_post( $photo ) );
		foreach ( $files as $file ) {
			$this->assertFileDoesNotExist( $file );
		}
	}

	public function test_an_upload_an_active_poster_shows_is_kept_with_a_clear_error(): void {
		$photo  = self::generated_photo( 'used upload', $this->users['north'] );
		$poster = self::poster( array( 'id' => 'delete-used' ) );
		unset( $poster['partner'] );
		Plugin::instance()->hub_posters->save( $poster, $this->north, array( $photo ) );
		wp_set_current_user( $this->users['north'] );

		$response = $this->delete( $photo );

		$this->assertSame( 409, $response->get_status() );
		$this->assertSame( 'notfound_media_in_use', $response->as_error()->get_error_code() );
		$this->assertNotNull( get_post( $photo ) );
		wp_delete_attachment( $photo, true );
	}

	public function test_another_organisation_cannot_delete_it(): void {
		$photo = self::generated_photo( 'foreign upload', $this->users['north'] );
		wp_set_current_user( $this->users['south'] );

		$this->assertSame( 403, $this->delete( $photo )->get_status() );
		$this->assertNotNull( get_post( $photo ) );
		wp_delete_attachment( $photo, true );
	}

	private function delete( int $id ): \WP_REST_Response {
		return rest_do_request( new \WP_REST_Request( 'DELETE', '/notfound/v1/media/' . $id ) );
	}
}
