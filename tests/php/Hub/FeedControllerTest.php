<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Hub;

use NotFound\Hub\RawBodyResponse;
use NotFound\Posters\FeedSignature;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * The hub's public feed, through WordPress's REST server.
 */
final class FeedControllerTest extends TestCase {

	protected function setUp(): void {
		parent::setUp();
		Plugin::instance()->settings->update( array( 'hub_mode' => true ) );
		$partner = Plugin::instance()->partners->save(
			array(
				'slug'      => 'test-partner',
				'name'      => 'Test partner',
				'countries' => array( 'BE' ),
				'hotline'   => '116 000',
				'website'   => 'https://partner.example.org',
				'contact'   => 'cases@partner.example.org',
			)
		);
		$poster  = self::poster();
		unset( $poster['partner'] );
		$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $partner ) );
	}

	public function test_the_list_is_public_cacheable_and_not_indexed(): void {
		$response = $this->get( '/notfound/v1/posters' );

		$this->assertSame( 200, $response->get_status() );
		$headers = $response->get_headers();
		$this->assertMatchesRegularExpression( '/^"[0-9a-f]{32}"$/', $headers['ETag'] );
		$this->assertSame( 'public, max-age=300', $headers['Cache-Control'] );
		$this->assertStringContainsString( 'noindex', $headers['X-Robots-Tag'] );
		$this->assertSame( array( 'test-be-001' ), array_column( $this->posters( $response ), 'id' ) );
	}

	public function test_the_exact_body_is_signed_by_the_published_key(): void {
		$response = $this->get( '/notfound/v1/posters' );
		$key      = $this->get( '/notfound/v1/key' )->get_data();

		$this->assertInstanceOf( RawBodyResponse::class, $response );
		$signature = $response->get_headers()[ FeedSignature::HEADER ];
		$this->assertTrue( FeedSignature::verify( $response->body, $signature, $key['public_key'] ) );
		$this->assertFalse( FeedSignature::verify( $response->body . ' ', $signature, $key['public_key'] ) );
		$this->assertStringEndsWith( 'key=' . $key['key_id'], $signature );
	}

	public function test_lang_keeps_that_language_and_english(): void {
		$posters = $this->posters( $this->get( '/notfound/v1/posters?lang=nl' ) );
		$german  = $this->get( '/notfound/v1/posters?lang=de' );

		$this->assertSame( array( 'en', 'nl' ), array_keys( $posters[0]['description'] ) );
		$this->assertSame( array( 'en' ), array_keys( $this->posters( $german )[0]['description'] ) );
		$this->assertSame( 400, $this->get( '/notfound/v1/posters?lang=<script>' )->get_status() );
	}

	public function test_the_signed_body_says_which_hub_answered_which_query_when_and_until_when(): void {
		$before = time();
		$feed   = $this->feed( $this->get( '/notfound/v1/posters?country=fr,BE,be&limit=30&near=50.84,4.36&lang=nl_BE' ) );

		$this->assertSame( home_url( '/' ), $feed['hub']['url'] );
		$this->assertSame(
			array(
				'country' => 'BE,FR',
				'near'    => '51.0,4.5',
				'limit'   => 50,
				'lang'    => 'nl',
			),
			$feed['query']
		);
		$generated = (int) strtotime( $feed['generated_at'] );
		$this->assertGreaterThanOrEqual( $before, $generated );
		$this->assertSame( $generated + 15 * MINUTE_IN_SECONDS, (int) strtotime( $feed['expires_at'] ) );
	}

	public function test_one_posters_signed_body_says_which_hub_and_poster_and_until_when(): void {
		$response = $this->get( '/notfound/v1/posters/test-be-001' );
		$this->assertInstanceOf( RawBodyResponse::class, $response );
		$body = json_decode( $response->body, true );

		$this->assertSame( 'test-be-001', $body['id'], 'The poster\'s own fields stay where they were.' );
		$this->assertSame( home_url( '/' ), $body['hub']['url'] );
		$this->assertSame( array( 'id' => 'test-be-001' ), $body['query'] );
		$this->assertSame( (int) strtotime( $body['generated_at'] ) + 15 * MINUTE_IN_SECONDS, (int) strtotime( $body['expires_at'] ) );
	}

	public function test_an_unchanged_list_answers_304_and_a_withdrawal_changes_the_etag(): void {
		$etag = $this->get( '/notfound/v1/posters' )->get_headers()['ETag'];

		$this->assertSame( 304, $this->get( '/notfound/v1/posters', $etag )->get_status() );

		Plugin::instance()->hub_posters->withdraw( 'test-be-001' );
		$after = $this->get( '/notfound/v1/posters', $etag );
		$this->assertSame( 200, $after->get_status() );
		$this->assertSame( array(), $this->posters( $after ) );
	}

	public function test_a_withdrawn_poster_is_gone_with_410_and_none_of_its_content(): void {
		$this->assertSame( 200, $this->get( '/notfound/v1/posters/test-be-001' )->get_status() );

		Plugin::instance()->hub_posters->withdraw( 'test-be-001' );
		$response = $this->get( '/notfound/v1/posters/test-be-001' );

		$this->assertSame( 410, $response->get_status() );
		$this->assertStringNotContainsString( 'Testa', (string) wp_json_encode( $response->get_data() ) );
	}

	public function test_the_routes_do_not_exist_when_hub_mode_is_off(): void {
		Plugin::instance()->settings->update( array( 'hub_mode' => false ) );

		$this->assertSame( 404, $this->get( '/notfound/v1/posters' )->get_status() );
	}

	public function test_a_poster_runs_through_its_expiry_date_and_is_gone_with_410_the_day_after(): void {
		$partner = Plugin::instance()->partners->by_slug( 'test-partner' );
		$this->assertNotNull( $partner );
		foreach ( array(
			'test-be-today' => 0,
			'test-be-past'  => -1,
		) as $id => $days ) {
			$poster = self::poster(
				array(
					'id'      => $id,
					'expires' => gmdate( 'Y-m-d', time() + $days * DAY_IN_SECONDS ),
				)
			);
			unset( $poster['partner'] );
			$this->assertIsArray( Plugin::instance()->hub_posters->save( $poster, $partner['id'] ) );
		}

		$ids = array_column( $this->posters( $this->get( '/notfound/v1/posters' ) ), 'id' );
		sort( $ids );

		$this->assertSame( array( 'test-be-001', 'test-be-today' ), $ids );
		$this->assertSame( 200, $this->get( '/notfound/v1/posters/test-be-today' )->get_status() );
		$gone = $this->get( '/notfound/v1/posters/test-be-past' );
		$this->assertSame( 410, $gone->get_status() );
		$this->assertStringNotContainsString( 'Testa', (string) wp_json_encode( $gone->get_data() ) );
	}

	private function get( string $route, ?string $if_none_match = null ): \WP_REST_Response {
		$parts   = explode( '?', $route, 2 );
		$request = new \WP_REST_Request( 'GET', $parts[0] );
		if ( isset( $parts[1] ) ) {
			parse_str( $parts[1], $query );
			$request->set_query_params( $query );
		}
		if ( null !== $if_none_match ) {
			$request->set_header( 'If-None-Match', $if_none_match );
		}
		return rest_do_request( $request );
	}

	/**
	 * @return list<array<string, mixed>>
	 */
	private function posters( \WP_REST_Response $response ): array {
		return $this->feed( $response )['posters'];
	}

	/**
	 * @return array<string, mixed>
	 */
	private function feed( \WP_REST_Response $response ): array {
		$this->assertInstanceOf( RawBodyResponse::class, $response );
		$feed = json_decode( $response->body, true );
		$this->assertIsArray( $feed );
		return $feed;
	}
}
