<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\Capabilities;
use NotFound\Hub\PartnerMedia;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * A partner browses its own organisation's uploads only; an administrator browses all.
 */
final class PartnerMediaTest extends TestCase {

	/** @var array<string, int> */
	private array $users = array();

	/** @var array<string, int> */
	private array $uploads = array();

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		Capabilities::add_role();
		$north       = self::create_partner( 'media-north' );
		$south       = self::create_partner( 'media-south' );
		$this->users = array(
			'north'           => $this->create_user( Capabilities::ROLE, $north ),
			'north colleague' => $this->create_user( 'subscriber', $north ),
			'south'           => $this->create_user( Capabilities::ROLE, $south ),
			'admin'           => $this->create_user( 'administrator' ),
		);
		foreach ( array( 'north', 'north colleague', 'south', 'admin' ) as $who ) {
			$this->uploads[ $who ] = (int) wp_insert_attachment(
				array(
					'post_title'     => "Upload by {$who}",
					'post_author'    => $this->users[ $who ],
					'post_mime_type' => 'image/png',
					'post_status'    => 'inherit',
				)
			);
		}
	}

	public function test_a_partner_browses_only_its_organisations_uploads(): void {
		wp_set_current_user( $this->users['north'] );

		$this->assertEqualsCanonicalizing( array( $this->uploads['north'], $this->uploads['north colleague'] ), $this->rest_media_ids() );
		$this->assertEqualsCanonicalizing( array( $this->uploads['north'], $this->uploads['north colleague'] ), $this->media_modal_ids() );
	}

	public function test_the_other_organisation_sees_none_of_them(): void {
		wp_set_current_user( $this->users['south'] );

		$this->assertSame( array( $this->uploads['south'] ), $this->media_modal_ids() );
	}

	public function test_an_administrator_browses_everything(): void {
		wp_set_current_user( $this->users['admin'] );

		$this->assertEqualsCanonicalizing( array_values( $this->uploads ), $this->media_modal_ids() );
	}

	public function test_anonymous_visitors_list_no_partner_upload_and_no_poster_photo(): void {
		$imported = (int) wp_insert_attachment(
			array(
				'post_title'     => 'Imported poster photo',
				'post_mime_type' => 'image/png',
				'post_status'    => 'inherit',
			)
		);
		$poster   = self::poster( array( 'id' => 'media-poster' ) );
		unset( $poster['partner'] );
		Plugin::instance()->hub_posters->save( $poster, (int) Capabilities::partner_of( $this->users['north'] ), array( $imported ) );
		$this->uploads['imported'] = $imported;

		$this->assertSame( array( $this->uploads['admin'] ), $this->rest_media_ids() );
		foreach ( array( 'north', 'south', 'imported' ) as $who ) {
			$this->assertSame( 404, rest_do_request( new \WP_REST_Request( 'GET', '/wp/v2/media/' . $this->uploads[ $who ] ) )->get_status(), $who );
		}
	}

	public function test_a_poster_photos_attachment_page_is_not_public(): void {
		global $wp_query;
		$wp_query = new \WP_Query( array( 'attachment_id' => $this->uploads['north'] ) ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- the attachment page's main query.
		$this->assertTrue( is_attachment() );

		( new PartnerMedia() )->hide_attachment_page();

		$this->assertTrue( is_404() );
	}

	/**
	 * @return list<int>
	 */
	private function rest_media_ids(): array {
		$request = new \WP_REST_Request( 'GET', '/wp/v2/media' );
		$request->set_query_params( array( 'per_page' => 100 ) );
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		return array_values( array_intersect( array_column( $response->get_data(), 'id' ), $this->uploads ) );
	}

	/**
	 * What the media modal lists: core's query-attachments arguments, through the same filter.
	 *
	 * @return list<int>
	 */
	private function media_modal_ids(): array {
		$args  = apply_filters(
			'ajax_query_attachments_args',
			array(
				'post_type'      => 'attachment',
				'post_status'    => 'inherit',
				'posts_per_page' => 100,
				'fields'         => 'ids',
			)
		);
		$found = array_map( 'intval', ( new \WP_Query( $args ) )->posts );
		return array_values( array_intersect( $found, $this->uploads ) );
	}
}
