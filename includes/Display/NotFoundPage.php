<?php
/**
 * The automatic 404 takeover: the theme's header and footer, a friendly message, then the posters.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Display;

use NotFound\Settings\Settings;

/**
 * Classic themes get templates/404.php through template_include; block themes get the same content as
 * their 404 block template. A theme whose own 404 template already holds the block is left alone.
 * WordPress keeps the 404 status in both cases.
 */
final class NotFoundPage {

	public const BLOCK = 'notfound/poster-carousel';

	/** Missing static files stay plain 404s: nobody sees them, and they must stay cheap. */
	private const STATIC_FILE = '/\.(?:avif|bmp|css|eot|gif|ico|jpe?g|js|json|map|mjs|mp3|mp4|otf|pdf|png|svg|ttf|txt|webm|webp|woff2?|xml|zip)$/i';

	public function __construct( private readonly Settings $settings ) {}

	public function add_hooks(): void {
		add_filter( 'wp_robots', array( $this, 'noindex' ) );
		add_filter( 'template_include', array( $this, 'classic_template' ), 20 );
		add_filter( 'get_block_templates', array( $this, 'block_template' ), 10, 3 );
	}

	/**
	 * @param array<string, bool|string> $robots
	 * @return array<string, bool|string>
	 */
	public function noindex( array $robots ): array {
		if ( is_404() ) {
			$robots['noindex'] = true;
		}
		return $robots;
	}

	public function applies(): bool {
		if ( ! is_404() || ! $this->settings->all()['takeover'] ) {
			return false;
		}
		$path = (string) wp_parse_url( isset( $_SERVER['REQUEST_URI'] ) ? esc_url_raw( wp_unslash( $_SERVER['REQUEST_URI'] ) ) : '', PHP_URL_PATH );
		return 1 !== preg_match( self::STATIC_FILE, $path );
	}

	public function classic_template( string $template ): string {
		if ( wp_is_block_theme() || ! $this->applies() ) {
			return $template;
		}
		set_query_var( 'notfound_content', $this->content() );
		return dirname( __DIR__, 2 ) . '/templates/404.php';
	}

	/**
	 * Replaces the content of the theme's 404 block template (or adds one) on the front end only.
	 *
	 * @param \WP_Block_Template[] $templates
	 * @param array<string, mixed> $query
	 * @return \WP_Block_Template[]
	 */
	public function block_template( array $templates, array $query, string $template_type ): array {
		if ( 'wp_template' !== $template_type || ! in_array( '404', (array) ( $query['slug__in'] ?? array() ), true ) || ! $this->applies() ) {
			return $templates;
		}
		foreach ( $templates as $index => $template ) {
			if ( '404' === $template->slug ) {
				if ( has_block( self::BLOCK, $template->content ) ) {
					return $templates;
				}
				$templates[ $index ]          = clone $template;
				$templates[ $index ]->content = $this->block_theme_content();
				return $templates;
			}
		}
		$template                 = new \WP_Block_Template();
		$template->type           = 'wp_template';
		$template->theme          = get_stylesheet();
		$template->slug           = '404';
		$template->id             = get_stylesheet() . '//404';
		$template->title          = __( 'Page not found', 'notfound' );
		$template->source         = 'plugin';
		$template->status         = 'publish';
		$template->has_theme_file = false;
		$template->is_custom      = false;
		$template->content        = $this->block_theme_content();
		$templates[]              = $template;
		return $templates;
	}

	private function block_theme_content(): string {
		return '<!-- wp:template-part {"slug":"header","tagName":"header"} /-->'
			. '<!-- wp:group {"tagName":"main","layout":{"type":"constrained"},"style":{"spacing":{"padding":{"top":"var:preset|spacing|50","bottom":"var:preset|spacing|50"}}}} -->'
			. '<main class="wp-block-group" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">'
			. $this->content()
			. '</main><!-- /wp:group -->'
			. '<!-- wp:template-part {"slug":"footer","tagName":"footer"} /-->';
	}

	/**
	 * The message and the posters as block markup, shared by both kinds of theme.
	 */
	public function content(): string {
		$settings = $this->settings->all();
		$intro    = '' !== trim( $settings['intro_text'] ) ? $settings['intro_text'] : __( 'The page you were looking for is not here. Try a search, or start again from the home page.', 'notfound' );
		$rotation = $settings['autoplay'] ? ' ' . wp_json_encode(
			array(
				'autoplay' => true,
				'interval' => $settings['interval'],
			)
		) : '';
		$search   = array(
			'label'      => __( 'Search', 'notfound' ),
			'buttonText' => __( 'Search', 'notfound' ),
		);
		return '<!-- wp:heading {"level":1} --><h1 class="wp-block-heading">' . esc_html__( 'Page not found', 'notfound' ) . '</h1><!-- /wp:heading -->'
			. '<!-- wp:paragraph --><p>' . esc_html( $intro ) . '</p><!-- /wp:paragraph -->'
			. '<!-- wp:search ' . wp_json_encode( $search ) . ' /-->'
			. '<!-- wp:paragraph --><p><a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Go to the home page', 'notfound' ) . '</a></p><!-- /wp:paragraph -->'
			. '<!-- wp:' . self::BLOCK . $rotation . ' /-->';
	}
}
