<?php
/**
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Tests\Blocks;

use NotFound\Posters\PosterValidator;
use NotFound\Tests\TestCase;

/**
 * Poster text is plain text wherever the carousel block is printed, shortcodes included.
 */
final class PosterTextTest extends TestCase {

	private const SHORTCODES = '[video src="https://evil.example/clip.mp4"] [gallery ids="1,2,3"] [caption caption=&lt;a href=&quot;https://evil.example/donate&quot;&gt;Donate&lt;/a&gt;]&lt;img src=&quot;https://evil.example/x.png&quot;&gt;[/caption] [embed]https://evil.example/[/embed]';

	public function test_shortcodes_in_poster_text_are_printed_as_text_in_a_posts_content(): void {
		$poster                       = self::poster(
			array(
				'first_name'  => 'Testa [video src="https://evil.example/name.mp4"]',
				'description' => array( 'en' => self::SHORTCODES ),
			)
		);
		$poster['last_seen']['place'] = 'Ghent [gallery ids="1"]';
		$poster['photos'][0]['alt']   = 'Portrait [video src="https://evil.example/alt.mp4"]';
		$poster['partner']['name']    = 'Partner [caption]x[/caption]';
		$valid                        = ( new PosterValidator() )->validate( $poster );
		$this->assertIsArray( $valid, 'Brackets are ordinary text on a poster.' );
		self::store_local_copy( array( $valid ) );

		$html = (string) apply_filters( 'the_content', '<!-- wp:notfound/poster-carousel {"layout":"grid"} /-->' );

		$this->assertStringContainsString( 'data-poster-id="test-be-001"', $html );
		foreach ( array( '<video', 'wp-video', 'wp-embedded-video', 'gallery-', 'wp-caption', '<figure', '<iframe', 'evil.example/x.png"', 'href="https://evil.example' ) as $rendered ) {
			$this->assertStringNotContainsString( $rendered, $html );
		}
		$this->assertStringNotContainsString( '[', $html, 'No bracket is left for do_shortcode to find.' );
		$this->assertStringContainsString( '&#91;video src=', $html );
		$this->assertStringContainsString( '&#91;gallery ids=&quot;1,2,3&quot;&#93;', $html );
	}
}
