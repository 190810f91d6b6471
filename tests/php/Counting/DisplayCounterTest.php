<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Counting;

use NotFound\Counting\DisplayCounter;
use NotFound\Counting\DisplayToken;
use NotFound\Database\Tables;
use NotFound\Geo\Countries;
use NotFound\Plugin;
use NotFound\Settings\Settings;
use NotFound\Tests\TestCase;

/**
 * What counts as a display: the first poster of each set a visitor's page delivers, then each poster the
 * visitor brings into view through the beacon. Never a bot, a preview, or anything about the visitor.
 */
final class DisplayCounterTest extends TestCase {

	private const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36';

	protected function setUp(): void {
		parent::setUp();
		$_SERVER['HTTP_USER_AGENT']   = self::BROWSER;
		$_SERVER['HTTP_CF_IPCOUNTRY'] = 'FR';
		Plugin::instance()->settings->update( array( 'geo_cdn_header' => true ) ); // As behind a CDN that sets the header.
		self::store_local_copy(
			array(
				self::poster( array( 'id' => 'count-fr-1' ) + array( 'last_seen' => self::seen_in( 'FR' ) ) ),
				self::poster( array( 'id' => 'count-fr-2' ) + array( 'last_seen' => self::seen_in( 'FR' ) ) ),
				self::poster( array( 'id' => 'count-be-1' ) ),
			)
		);
	}

	protected function tearDown(): void {
		Plugin::instance()->counter->flush(); // What a test delivered but did not count goes with its rollback.
		unset( $_SERVER['HTTP_USER_AGENT'], $_SERVER['HTTP_CF_IPCOUNTRY'], $_SERVER['HTTP_SEC_PURPOSE'] );
		parent::tearDown();
	}

	public function test_each_delivered_set_counts_its_first_poster_once_in_the_visitors_country(): void {
		$this->render_as_visitor();
		$this->render_as_visitor();
		Plugin::instance()->counter->flush();

		$this->assertSame( array( 'count-fr-1|FR' => 2 ), $this->counts() );
	}

	public function test_posters_brought_into_view_count_through_the_beacon_once_each(): void {
		$html  = $this->render_as_visitor();
		$token = $this->token_in( $html );

		$response = $this->beacon( $token, '1,0,1,9' );
		Plugin::instance()->counter->flush();

		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( array( 'counted' => 2 ), $response->get_data() );
		$this->assertSame(
			array(
				'count-be-1|FR' => 1,
				'count-fr-1|FR' => 1,
				'count-fr-2|FR' => 1,
			),
			$this->counts()
		);
	}

	public function test_a_forged_or_expired_token_counts_nothing_and_says_why(): void {
		$token  = $this->token_in( $this->render_as_visitor() );
		$forged = substr( $token, 0, -2 ) . ( str_ends_with( $token, 'aa' ) ? 'bb' : 'aa' );
		$old    = DisplayToken::issue( array( 'count-fr-2' ), 'FR', time() - DisplayToken::LIFETIME - 1 );

		foreach ( array( $forged, $old, 'not-a-token' ) as $bad ) {
			$response = $this->beacon( $bad, '0' );
			$this->assertSame( 400, $response->get_status() );
			$this->assertSame( 'notfound_display_token', $response->as_error()->get_error_code() );
		}
		$this->assertSame( array(), $this->counts() );
	}

	public function test_obvious_bots_and_prefetches_are_not_counted(): void {
		foreach ( array( 'Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', '', 'Mozilla/5.0 HeadlessChrome/140.0' ) as $agent ) {
			$_SERVER['HTTP_USER_AGENT'] = $agent;
			$this->assertStringNotContainsString( 'data-count-token', $this->render_as_visitor(), "Counted: {$agent}" );
		}
		$_SERVER['HTTP_USER_AGENT']  = self::BROWSER;
		$_SERVER['HTTP_SEC_PURPOSE'] = 'prefetch';
		$this->render_as_visitor();
		Plugin::instance()->counter->flush();

		$this->assertSame( array(), $this->counts() );
	}

	public function test_a_phone_whose_maker_ends_in_bot_is_still_a_person(): void {
		$_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (Linux; Android 10; CUBOT X30) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Mobile Safari/537.36';
		$this->render_as_visitor();
		Plugin::instance()->counter->flush();

		$this->assertSame( array( 'count-fr-1|FR' => 1 ), $this->counts() );
	}

	public function test_the_setting_turns_counting_off_everywhere(): void {
		$token = $this->token_in( $this->render_as_visitor() );
		Plugin::instance()->counter->flush();
		Plugin::instance()->settings->update( array( 'count_displays' => false ) );

		$html     = $this->render_as_visitor();
		$response = $this->beacon( $token, '0' );
		Plugin::instance()->counter->flush();

		$this->assertStringNotContainsString( 'data-count', $html );
		$this->assertSame( array( 'counted' => 0 ), $response->get_data() );
		$this->assertSame( array( 'count-fr-1|FR' => 1 ), $this->counts() );
	}

	public function test_the_settings_preview_is_not_a_display(): void {
		wp_set_current_user( $this->create_user( 'administrator' ) );
		$request = new \WP_REST_Request( 'GET', '/notfound/v1/preview' );
		$request->set_query_params( array( 'country' => 'BE' ) );

		$html = (string) rest_do_request( $request )->get_data()['html'];
		Plugin::instance()->counter->flush();

		$this->assertStringContainsString( 'data-poster-id', $html );
		$this->assertSame( array(), $this->counts() );
	}

	public function test_a_visitor_of_unknown_country_is_counted_as_such(): void {
		unset( $_SERVER['HTTP_CF_IPCOUNTRY'] );
		Plugin::instance()->settings->update( array( 'geo_database' => false ) );

		$this->render_as_visitor();
		Plugin::instance()->counter->flush();

		$this->assertSame( array( 'count-be-1|' . Countries::UNKNOWN => 1 ), $this->counts() );
	}

	public function test_a_beacon_token_replayed_twenty_times_counts_once(): void {
		$token = $this->token_in( $this->render_as_visitor() );

		$counted = array();
		for ( $i = 0; $i < 20; $i++ ) {
			$counted[] = $this->beacon( $token, '0' )->get_data()['counted'];
		}
		$next = $this->beacon( $token, '0,1' ); // The visitor moves on: the poster not yet counted still counts.
		Plugin::instance()->counter->flush();

		$this->assertSame( array_merge( array( 1 ), array_fill( 0, 19, 0 ) ), $counted );
		$this->assertSame( array( 'counted' => 1 ), $next->get_data() );
		$this->assertSame(
			array(
				'count-be-1|FR' => 1,
				'count-fr-1|FR' => 1,
				'count-fr-2|FR' => 1,
			),
			$this->counts()
		);
	}

	public function test_a_country_header_counts_only_where_the_administrator_says_a_cdn_sets_it(): void {
		global $wpdb;
		// A site upgraded from a version that believed country headers by default: its stored option says
		// so, written as that version wrote it (today's sanitize callback would not let it through).
		$wpdb->update(
			$wpdb->options,
			array(
				'option_value' => maybe_serialize(
					array(
						'geo_headers'  => true,
						'geo_database' => false,
					)
				),
			),
			array( 'option_name' => Settings::OPTION )
		); // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- bypasses the sanitize callback on purpose, see above.
		wp_cache_flush();
		$_SERVER['HTTP_CF_IPCOUNTRY'] = 'KP';

		$this->render_as_visitor();
		Plugin::instance()->counter->flush();
		$without_cdn = $this->counts();
		Plugin::instance()->settings->update( array( 'geo_cdn_header' => true ) );
		$this->render_as_visitor();
		Plugin::instance()->counter->flush();

		$this->assertSame( array( 'count-be-1|' . Countries::UNKNOWN ), array_keys( $without_cdn ) );
		$this->assertCount( 1, preg_grep( '/\|KP$/', array_keys( $this->counts() ) ) );
	}

	public function test_the_counters_hold_nothing_about_visitors(): void {
		global $wpdb;
		$columns = $wpdb->get_col( 'DESCRIBE ' . Tables::name( Tables::DISPLAYS ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.NotPrepared -- the plugin's own table.

		$this->assertSame( array( 'day', 'poster_id', 'country', 'displays' ), $columns );
	}

	/**
	 * Renders the block as WordPress does on a visitor's page.
	 */
	private function render_as_visitor(): string {
		return render_block(
			array(
				'blockName'    => 'notfound/poster-carousel',
				'attrs'        => array( 'count' => 3 ),
				'innerBlocks'  => array(),
				'innerHTML'    => '',
				'innerContent' => array(),
			)
		);
	}

	private function token_in( string $html ): string {
		$this->assertSame( 1, preg_match( '/data-count-token="([^"]+)"/', $html, $match ) );
		return html_entity_decode( $match[1] );
	}

	private function beacon( string $token, string $shown ): \WP_REST_Response {
		$request = new \WP_REST_Request( 'POST', '/notfound/v1/displays' );
		$request->set_body_params( compact( 'token', 'shown' ) );
		return rest_do_request( $request );
	}

	/**
	 * @return array<string, int> "poster|country" => displays, today.
	 */
	private function counts(): array {
		$counts = array();
		foreach ( Plugin::instance()->display_counts->for_day( gmdate( 'Y-m-d' ) ) as $row ) {
			$counts[ $row['poster_id'] . '|' . $row['country'] ] = $row['displays'];
		}
		return $counts;
	}

	/**
	 * @return array<string, mixed>
	 */
	private static function seen_in( string $country ): array {
		return array(
			'place'       => 'Lille',
			'country'     => $country,
			'subdivision' => null,
			'lat'         => 50.6292,
			'lon'         => 3.0573,
		);
	}
}
