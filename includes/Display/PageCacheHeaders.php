<?php
/**
 * Keeps full-page caches from serving one visitor's posters to a visitor from another country.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

/**
 * A page showing posters is never kept by a shared cache: a cached copy would skip the freshness check
 * (a withdrawn poster could outlive its withdrawal in the cache) and could hand one country's posters to
 * another. So `Cache-Control: private, no-store` and the DONOTCACHEPAGE constant that WordPress page-cache
 * plugins honour; `Vary` on the country headers for anything in between that ignores no-store. WordPress
 * already sends no-cache headers for 404s; this matters most for ordinary pages that hold the block.
 * Written up in docs/display.md.
 */
final class PageCacheHeaders {

	public function __construct(
		private readonly PosterSelector $selector,
		private readonly NotFoundPage $not_found_page
	) {}

	public function add_hooks(): void {
		add_action( 'template_redirect', array( $this, 'send' ) );
	}

	public function send(): void {
		if ( headers_sent() ) {
			return;
		}
		foreach ( $this->headers() as $name => $value ) {
			header( "{$name}: {$value}", 'Vary' !== $name );
		}
		if ( $this->shows_posters() && ! defined( 'DONOTCACHEPAGE' ) ) {
			define( 'DONOTCACHEPAGE', true ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedConstantFound -- the constant page-cache plugins read.
		}
	}

	/**
	 * The headers this request needs, none when it shows no posters.
	 *
	 * @return array<string, string>
	 */
	public function headers(): array {
		if ( ! $this->shows_posters() ) {
			return array();
		}
		$headers = array(
			'Vary'          => implode( ', ', $this->selector->visitor_country()->request_headers() ),
			'Cache-Control' => 'private, no-store, max-age=0',
		);
		return array_filter( $headers );
	}

	private function shows_posters(): bool {
		if ( $this->not_found_page->applies() ) {
			return true;
		}
		$post = get_queried_object();
		return $post instanceof \WP_Post && has_block( NotFoundPage::BLOCK, $post );
	}
}
