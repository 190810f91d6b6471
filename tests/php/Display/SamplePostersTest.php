<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Tests\TestCase;

/**
 * Editors preview example posters when the site has none fresh; visitors never see them.
 */
final class SamplePostersTest extends TestCase {

	public function test_the_editor_preview_shows_examples_when_no_fresh_posters_exist(): void {
		$editor = wp_insert_user(
			array(
				'user_login' => 'preview-editor',
				'user_pass'  => 'password',
				'user_email' => 'preview-editor@example.org',
				'role'       => 'editor',
			)
		);
		$this->assertIsInt( $editor );
		wp_set_current_user( $editor );
		$request = new \WP_REST_Request( 'GET', '/wp/v2/block-renderer/notfound/poster-carousel' );
		$request->set_query_params( array( 'context' => 'edit' ) );

		$html = (string) rest_do_request( $request )->get_data()['rendered'];

		$this->assertStringContainsString( 'data-poster-id="example-1"', $html );
		$this->assertStringContainsString( 'Example poster', $html );
	}

	public function test_a_visitor_gets_the_hotline_not_examples(): void {
		$html = self::render_block();

		$this->assertStringNotContainsString( 'example-1', $html );
		$this->assertStringContainsString( 'tel:116000', $html );
	}

	public function test_the_ip_databases_credit_shows_with_posters_while_the_database_is_on(): void {
		self::store_local_copy( array( self::poster() ) );

		$html = self::render_block();

		$this->assertStringContainsString( 'href="https://db-ip.com"', $html );
	}

	private static function render_block(): string {
		return render_block(
			array(
				'blockName'    => 'notfound/poster-carousel',
				'attrs'        => array(),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}
}
