<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Display\SyncState;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * The whole 404 page, rendered as WordPress renders it for a visitor.
 */
final class NotFoundPageTest extends TestCase {

	private ?int $status = null;

	protected function setUp(): void {
		parent::setUp();
		add_filter( 'status_header', array( $this, 'record_status' ), 10, 2 );
	}

	protected function tearDown(): void {
		remove_filter( 'status_header', array( $this, 'record_status' ) );
		parent::tearDown();
	}

	public function record_status( string $header, int $code ): string {
		$this->status = $code;
		return $header;
	}

	public function test_a_missing_page_keeps_status_404_and_shows_the_posters_server_rendered(): void {
		self::store_local_copy( $this->three_posters() );

		$html = $this->render( '/no-such-page/' );

		$this->assertSame( 404, $this->status );
		$this->assertSame( 3, substr_count( $html, 'data-poster-id="' ) );
		$this->assertStringContainsString( 'data-poster-id="test-fr-001"', $html );
		$this->assertMatchesRegularExpression( "/<meta name='robots' content='[^']*noindex/", $html );
		$this->assertStringContainsString( 'Page not found', $html );
	}

	public function test_a_classic_theme_gets_its_header_and_footer_around_the_posters(): void {
		self::store_local_copy( $this->three_posters() );
		switch_theme( 'notfound-classic-test' );
		// The block theme's functions.php was loaded with WordPress; a real request after the switch never loads it.
		remove_action( 'wp_enqueue_scripts', 'twentytwentyfive_enqueue_styles' );

		$html = $this->render( '/no-such-page/' );

		$this->assertSame( 404, $this->status );
		$this->assertMatchesRegularExpression( '/classic-test-header.*Page not found.*data-poster-id.*classic-test-footer/s', $html );
		$this->assertSame( 3, substr_count( $html, 'data-poster-id="' ) );
	}

	public function test_a_404_template_of_the_sites_own_that_holds_the_block_is_kept(): void {
		self::store_local_copy( $this->three_posters() );
		$template = wp_insert_post(
			array(
				'post_type'    => 'wp_template',
				'post_name'    => '404',
				'post_title'   => '404',
				'post_status'  => 'publish',
				'post_content' => '<!-- wp:paragraph --><p>Our own 404 words.</p><!-- /wp:paragraph --><!-- wp:notfound/poster-carousel {"count":2} /-->',
				'tax_input'    => array( 'wp_theme' => array( get_stylesheet() ) ),
			)
		);
		wp_set_object_terms( $template, get_stylesheet(), 'wp_theme' );

		$html = $this->render( '/no-such-page/' );

		$this->assertSame( 404, $this->status );
		$this->assertStringContainsString( 'Our own 404 words.', $html );
		$this->assertStringNotContainsString( 'Go to the home page', $html, 'The takeover left the site\'s template alone.' );
		$this->assertSame( 2, substr_count( $html, 'data-poster-id="' ) );
	}

	public function test_a_logged_in_visitor_gets_status_404_too(): void {
		self::store_local_copy( $this->three_posters() );
		$admin = wp_insert_user(
			array(
				'user_login' => 'logged-in-admin',
				'user_pass'  => 'password',
				'user_email' => 'logged-in-admin@example.org',
				'role'       => 'administrator',
			)
		);
		$this->assertIsInt( $admin );
		wp_set_current_user( $admin );

		$html = $this->render( '/no-such-page/' );

		$this->assertSame( 404, $this->status );
		$this->assertSame( 3, substr_count( $html, 'data-poster-id="' ) );
	}

	public function test_other_pages_load_nothing_of_the_plugin(): void {
		self::store_local_copy( $this->three_posters() );
		$page = wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => 'An ordinary page',
				'post_content' => '<!-- wp:paragraph --><p>Nothing missing here.</p><!-- /wp:paragraph -->',
			)
		);

		$html = $this->render( (string) wp_parse_url( (string) get_permalink( $page ), PHP_URL_PATH ) );

		$this->assertSame( 200, $this->status );
		$this->assertStringNotContainsString( 'poster-carousel', $html );
		$this->assertStringNotContainsString( 'plugins/notfound', $html );
	}

	public function test_a_database_error_still_renders_the_404_page_with_the_hotline(): void {
		self::store_local_copy( $this->three_posters() );
		global $wpdb;
		$break = static fn( string $query ): string => str_replace( 'notfound_local_posters', 'notfound_missing_table', $query );
		add_filter( 'query', $break );
		$shown = $wpdb->show_errors( true ); // As on a site with WP_DEBUG_DISPLAY.

		$html = $this->render( '/no-such-page/' );

		$wpdb->show_errors( $shown );
		remove_filter( 'query', $break );
		$this->assertSame( 404, $this->status );
		$this->assertStringNotContainsString( 'data-poster-id', $html );
		$this->assertStringContainsString( 'href="tel:116000"', $html );
		$this->assertStringNotContainsString( 'notfound_missing_table', $html, 'No database error is printed.' );
	}

	public function test_the_autoplay_setting_reaches_the_takeovers_block(): void {
		self::store_local_copy( $this->three_posters() );
		Plugin::instance()->settings->update(
			array(
				'autoplay' => true,
				'interval' => 12,
			)
		);

		$content = ( new \NotFound\Display\NotFoundPage( Plugin::instance()->settings ) )->content();

		$this->assertStringContainsString( '<!-- wp:notfound/poster-carousel {"autoplay":true,"interval":12} /-->', $content );
	}

	public function test_the_intro_text_is_the_sites_own_without_markup(): void {
		Plugin::instance()->settings->update( array( 'intro_text' => 'Sorry, <b>gone</b>. Search below.' ) );

		$html = $this->render( '/no-such-page/' );

		$this->assertStringContainsString( 'Sorry, gone. Search below.', $html );
	}

	public function test_the_render_makes_no_outbound_http_request_and_writes_nothing(): void {
		self::store_local_copy( $this->three_posters() );
		$this->render( '/warm-up/' ); // WordPress's own one-time writes (rewrite rules, style caches) happen here.
		$requests = array();
		$writes   = array();
		$spy      = static function ( $preempt, array $args, string $url ) use ( &$requests ) {
			$requests[] = $url;
			return $preempt;
		};
		$queries  = static function ( string $query ) use ( &$writes ): string {
			if ( 1 === preg_match( '/^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i', $query ) ) {
				$writes[] = $query;
			}
			return $query;
		};
		add_filter( 'pre_http_request', $spy, 10, 3 );
		add_filter( 'query', $queries );

		$html = $this->render( '/no-such-page/' );

		remove_filter( 'pre_http_request', $spy );
		remove_filter( 'query', $queries );
		$this->assertSame( 3, substr_count( $html, 'data-poster-id="' ) );
		$this->assertSame( array(), $requests );
		$this->assertSame( array(), $writes );
	}

	public function test_a_copy_older_than_the_max_age_is_never_shown_and_the_hotline_is(): void {
		self::store_local_copy( $this->three_posters() );
		( new SyncState() )->update( array( 'confirmed_at' => time() - 61 * MINUTE_IN_SECONDS ) );

		$html = $this->render( '/no-such-page/' );

		$this->assertSame( 404, $this->status );
		$this->assertStringNotContainsString( 'data-poster-id', $html );
		$this->assertStringContainsString( 'href="tel:116000"', $html );
	}

	public function test_a_missing_static_file_is_not_turned_into_a_poster_page(): void {
		self::store_local_copy( $this->three_posters() );

		$html = $this->render( '/missing-logo.png' );

		$this->assertSame( 404, $this->status );
		$this->assertStringNotContainsString( 'data-poster-id', $html );
	}

	/**
	 * @return list<array<string, mixed>>
	 */
	private function three_posters(): array {
		return array(
			self::poster(),
			self::poster(
				array(
					'id'        => 'test-fr-001',
					'last_seen' => array(
						'place'       => 'Lille',
						'country'     => 'FR',
						'subdivision' => null,
						'lat'         => 50.6292,
						'lon'         => 3.0573,
					),
				)
			),
			self::poster( array( 'id' => 'test-be-002' ) ),
		);
	}

	/**
	 * Runs the request through WordPress's query and template loader and returns the page's HTML.
	 */
	private function render( string $path ): string {
		$_SERVER['REQUEST_URI']  = $path;
		$GLOBALS['wp_the_query'] = new \WP_Query();
		$GLOBALS['wp_query']     = $GLOBALS['wp_the_query'];
		wp();
		$template = apply_filters( 'template_include', get_404_template() );
		ob_start();
		include $template;
		return (string) ob_get_clean();
	}
}
