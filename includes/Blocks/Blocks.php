<?php
/**
 * Registers the plugin's blocks from the build's manifest; each block.json owns its assets.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Blocks;

/**
 * Block types come from build/blocks (written by `npm run build` from src/blocks).
 */
final class Blocks {

	public function add_hooks(): void {
		add_action( 'init', array( $this, 'register' ) );
		add_filter( 'render_block_notfound/poster-carousel', array( $this, 'without_shortcodes' ) );
	}

	public function register(): void {
		$build    = dirname( __DIR__, 2 ) . '/build/blocks';
		$manifest = dirname( __DIR__, 2 ) . '/build/blocks-manifest.php';
		if ( ! is_readable( $manifest ) ) {
			return; // Not built: nothing to register (a release zip always contains the build).
		}
		wp_register_block_types_from_metadata_collection( $build, $manifest );
	}

	/**
	 * Poster text is plain text, yet the_content runs do_shortcode after blocks render (and a block may sit in
	 * any post): no bracket of the carousel's output may reach it. A character reference shows the same bracket.
	 */
	public function without_shortcodes( string $html ): string {
		return str_replace( array( '[', ']' ), array( '&#91;', '&#93;' ), $html );
	}
}
