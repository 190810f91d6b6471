<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Display;

use NotFound\Display\NotFoundPage;
use NotFound\Display\PageCacheHeaders;
use NotFound\Plugin;
use NotFound\Tests\TestCase;

/**
 * Full-page caches never hand one country's posters to another.
 */
final class PageCacheHeadersTest extends TestCase {

	public function test_a_404_is_private_and_varies_on_the_country_headers_the_cdn_sets(): void {
		Plugin::instance()->settings->update( array( 'geo_cdn_header' => true ) );
		$this->go( '/no-such-page/' );

		$this->assertSame(
			array(
				'Vary'          => 'CF-IPCountry, CloudFront-Viewer-Country, X-Country-Code',
				'Cache-Control' => 'private, no-store, max-age=0',
			),
			$this->headers()
		);
	}

	public function test_even_the_same_page_for_everyone_is_never_kept_by_a_shared_cache(): void {
		Plugin::instance()->settings->update( array( 'geo_database' => false ) ); // Country headers are not believed by default.
		$this->go( '/no-such-page/' );

		$this->assertSame( array( 'Cache-Control' => 'private, no-store, max-age=0' ), $this->headers() );
	}

	public function test_an_ordinary_page_gets_the_headers_only_when_it_holds_the_block(): void {
		$with    = $this->page( 'With posters', '<!-- wp:notfound/poster-carousel /-->' );
		$without = $this->page( 'Without posters', '<!-- wp:paragraph --><p>Hello</p><!-- /wp:paragraph -->' );

		$this->go( (string) wp_parse_url( (string) get_permalink( $without ), PHP_URL_PATH ) );
		$this->assertSame( array(), $this->headers() );

		$this->go( (string) wp_parse_url( (string) get_permalink( $with ), PHP_URL_PATH ) );
		$this->assertArrayHasKey( 'Cache-Control', $this->headers() );
	}

	private function page( string $title, string $content ): int {
		return wp_insert_post(
			array(
				'post_type'    => 'page',
				'post_status'  => 'publish',
				'post_title'   => $title,
				'post_content' => $content,
			)
		);
	}

	/**
	 * @return array<string, string>
	 */
	private function headers(): array {
		$settings = Plugin::instance()->settings;
		return ( new PageCacheHeaders( Plugin::instance()->selector, new NotFoundPage( $settings ) ) )->headers();
	}

	private function go( string $path ): void {
		$_SERVER['REQUEST_URI']  = $path;
		$GLOBALS['wp_the_query'] = new \WP_Query();
		$GLOBALS['wp_query']     = $GLOBALS['wp_the_query'];
		wp();
	}
}
