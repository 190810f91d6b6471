<?php
/**
 * Server render of the poster carousel: every poster readable without JavaScript. In the "single" layout
 * view.js (a tiny script module) turns the list into a carousel; its strings are printed here, translated.
 *
 * @package NotFound
 *
 * @var array{count?: int, layout?: string, autoplay?: bool, interval?: int, hiddenFields?: list<string>, heading?: string} $attributes The block's attributes.
 */

use NotFound\Display\PosterView;
use NotFound\Display\SamplePosters;
use NotFound\Posters\Hotlines;
use NotFound\Plugin;
use NotFound\RestApi;

defined( 'ABSPATH' ) || exit;

$notfound_posters = Plugin::instance()->selector->for_visitor( (int) ( $attributes['count'] ?? 0 ) );
$notfound_locale  = determine_locale();
if ( ! $notfound_posters && Plugin::instance()->samples->is_editor_preview() ) {
	$notfound_posters = SamplePosters::all(); // Editors see what the block will look like; visitors never do.
}

if ( ! $notfound_posters ) {
	// No fresh posters: never show a possibly withdrawn one; point to the hotline instead.
	$notfound_hotline = Hotlines::for_country( Plugin::instance()->settings->all()['default_country'] ) ?? '116 000';
	?>
	<aside <?php echo get_block_wrapper_attributes( array( 'class' => 'is-empty' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
		<p>
			<?php esc_html_e( 'If you have seen a missing child, or a child has gone missing, call the missing children hotline:', 'notfound' ); ?>
			<a href="<?php echo esc_url( 'tel:' . preg_replace( '/[^0-9+]/', '', $notfound_hotline ) ); ?>"><?php echo esc_html( $notfound_hotline ); ?></a>
		</p>
	</aside>
	<?php
	return;
}

$notfound_views    = array_map( static fn( array $poster ): PosterView => PosterView::from( $poster, $notfound_locale ), $notfound_posters );
$notfound_hidden   = (array) ( $attributes['hiddenFields'] ?? array() );
$notfound_shows    = static fn( string $field ): bool => ! in_array( $field, $notfound_hidden, true );
$notfound_facts    = (bool) array_diff( array( 'age', 'missingSince', 'lastSeen', 'partner' ), $notfound_hidden );
$notfound_layout   = 'grid' === ( $attributes['layout'] ?? 'single' ) ? 'grid' : 'single';
$notfound_carousel = 'single' === $notfound_layout && count( $notfound_views ) > 1;
$notfound_heading  = trim( (string) ( $attributes['heading'] ?? '' ) );
$notfound_id       = wp_unique_id( 'notfound-posters-' );

$notfound_heading_template = '';
if ( '' === $notfound_heading ) {
	/* translators: %s: a missing child's first name. */
	$notfound_heading_template = __( 'Page not found — neither is %s', 'notfound' );
	$notfound_heading          = sprintf( $notfound_heading_template, $notfound_views[0]->first_name );
}

$notfound_wrapper = array( 'class' => 'wp-block-notfound-poster-carousel--' . $notfound_layout );
// The first poster counts as displayed once this page is generated; view.js reports the others as they come into view.
$notfound_token = Plugin::instance()->selector->is_previewing() ? null : Plugin::instance()->counter->deliver(
	array_map( static fn( PosterView $view ): string => $view->id, $notfound_views ),
	Plugin::instance()->selector->detected_country()
);
if ( null !== $notfound_token ) {
	$notfound_wrapper += array(
		'data-count-url'   => rest_url( RestApi::NAMESPACE . '/displays' ),
		'data-count-token' => $notfound_token,
	);
}
if ( $notfound_carousel ) {
	// What view.js needs, strings included, so visitors never download a translation runtime.
	$notfound_wrapper += array(
		'data-notfound-carousel' => '',
		'data-interval'          => (string) ( 1000 * max( 5, min( 30, (int) ( $attributes['interval'] ?? 8 ) ) ) ),
		/* translators: what screen readers call the carousel, as in "Posters, carousel". */
		'data-label-carousel'    => __( 'carousel', 'notfound' ),
		/* translators: what screen readers call one poster in the carousel, as in "2 of 6, slide". */
		'data-label-slide'       => __( 'slide', 'notfound' ),
		/* translators: 1: poster number, 2: number of posters. Keep %1$d and %2$d. */
		'data-label-position'    => __( '%1$d of %2$d', 'notfound' ),
		'data-label-previous'    => __( 'Previous poster', 'notfound' ),
		'data-label-next'        => __( 'Next poster', 'notfound' ),
		'data-label-start'       => __( 'Start rotation', 'notfound' ),
		'data-label-stop'        => __( 'Stop rotation', 'notfound' ),
	);
	if ( ! empty( $attributes['autoplay'] ) ) {
		$notfound_wrapper['data-autoplay'] = '';
	}
	if ( '' !== $notfound_heading_template ) {
		$notfound_wrapper['data-heading-template'] = $notfound_heading_template; // The heading names the child shown.
	}
}
?>
<section <?php echo get_block_wrapper_attributes( $notfound_wrapper ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?> aria-labelledby="<?php echo esc_attr( $notfound_id ); ?>-heading">
	<h2 id="<?php echo esc_attr( $notfound_id ); ?>-heading" class="wp-block-notfound-poster-carousel__headline"><?php echo esc_html( $notfound_heading ); ?></h2>
	<?php if ( $notfound_carousel ) : ?>
		<div class="wp-block-notfound-poster-carousel__controls"></div>
	<?php endif; ?>
	<div class="wp-block-notfound-poster-carousel__slides" id="<?php echo esc_attr( $notfound_id ); ?>-slides">
		<?php foreach ( $notfound_views as $notfound_index => $notfound_view ) : ?>
			<?php $notfound_name_id = $notfound_id . '-name-' . ( $notfound_index + 1 ); ?>
			<div class="wp-block-notfound-poster-carousel__slide">
				<article class="wp-block-notfound-poster-carousel__poster" data-poster-id="<?php echo esc_attr( $notfound_view->id ); ?>" data-first-name="<?php echo esc_attr( $notfound_view->first_name ); ?>" aria-labelledby="<?php echo esc_attr( $notfound_name_id ); ?>">
					<?php if ( $notfound_view->photo && $notfound_shows( 'photo' ) ) : ?>
						<?php // phpcs:ignore PluginCheck.CodeAnalysis.ImageFunctions.NonEnqueuedImage -- the site's own copy of a hub photo in uploads/notfound, not a media-library attachment: wp_get_attachment_image() has nothing to take. ?>
						<img class="wp-block-notfound-poster-carousel__photo" src="<?php echo esc_url( $notfound_view->photo['url'] ); ?>" width="<?php echo (int) $notfound_view->photo['width']; ?>" height="<?php echo (int) $notfound_view->photo['height']; ?>" alt="<?php echo esc_attr( $notfound_view->photo['alt'] ); ?>" <?php echo 0 === $notfound_index ? 'fetchpriority="high"' : 'loading="lazy"'; ?> decoding="async">
					<?php endif; ?>
					<div class="wp-block-notfound-poster-carousel__text">
						<h3 id="<?php echo esc_attr( $notfound_name_id ); ?>" class="wp-block-notfound-poster-carousel__name"><?php echo esc_html( $notfound_view->name ); ?></h3>
						<?php if ( $notfound_facts ) : ?>
							<dl class="wp-block-notfound-poster-carousel__facts">
								<?php if ( $notfound_shows( 'age' ) ) : ?>
									<dt><?php esc_html_e( 'Age', 'notfound' ); ?></dt>
									<dd>
										<?php
										/* translators: 1: age when the child went missing, 2: age today. */
										echo esc_html( sprintf( __( '%1$d when missing, %2$d now', 'notfound' ), $notfound_view->age_then, $notfound_view->age_now ) );
										?>
									</dd>
								<?php endif; ?>
								<?php if ( $notfound_shows( 'missingSince' ) ) : ?>
									<dt><?php esc_html_e( 'Missing since', 'notfound' ); ?></dt>
									<dd><time datetime="<?php echo esc_attr( $notfound_view->missing_since ); ?>"><?php echo esc_html( $notfound_view->missing_since_label ); ?></time></dd>
								<?php endif; ?>
								<?php if ( $notfound_shows( 'lastSeen' ) ) : ?>
									<dt><?php esc_html_e( 'Last seen', 'notfound' ); ?></dt>
									<dd><?php echo esc_html( $notfound_view->place ); ?></dd>
								<?php endif; ?>
								<?php if ( $notfound_shows( 'partner' ) ) : ?>
									<dt><?php esc_html_e( 'Case handled by', 'notfound' ); ?></dt>
									<dd><?php echo esc_html( $notfound_view->partner ); ?></dd>
								<?php endif; ?>
							</dl>
						<?php endif; ?>
						<?php if ( '' !== $notfound_view->description && $notfound_shows( 'description' ) ) : ?>
							<p class="wp-block-notfound-poster-carousel__description"><?php echo esc_html( $notfound_view->description ); ?></p>
						<?php endif; ?>
						<p class="wp-block-notfound-poster-carousel__contact">
							<?php esc_html_e( 'Seen this child? Call', 'notfound' ); ?>
							<a href="<?php echo esc_url( $notfound_view->hotline_href ); ?>"><?php echo esc_html( $notfound_view->hotline ); ?></a>
						</p>
						<p>
							<a class="wp-block-notfound-poster-carousel__case" href="<?php echo esc_url( $notfound_view->case_url ); ?>" rel="noopener">
								<?php
								/* translators: %s: a missing child's first name. */
								echo esc_html( sprintf( __( 'Official case page for %s', 'notfound' ), $notfound_view->first_name ) );
								?>
							</a>
						</p>
					</div>
				</article>
			</div>
		<?php endforeach; ?>
	</div>
	<?php if ( Plugin::instance()->selector->visitor_country()->may_use_ip_address() ) : ?>
		<p class="wp-block-notfound-poster-carousel__credit"><a href="https://db-ip.com"><?php esc_html_e( 'IP Geolocation by DB-IP', 'notfound' ); ?></a></p>
	<?php endif; ?>
</section>
