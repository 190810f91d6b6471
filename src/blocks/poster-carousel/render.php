<?php
/**
 * Server render of the poster carousel: every poster readable without JavaScript.
 *
 * @package NotFound
 *
 * @var array{count?: int} $attributes The block's attributes.
 */

use NotFound\Display\PosterView;
use NotFound\Hub\Hotlines;
use NotFound\Plugin;

defined( 'ABSPATH' ) || exit;

$notfound_posters = Plugin::instance()->selector->for_visitor( (int) ( $attributes['count'] ?? 0 ) );
$notfound_locale  = determine_locale();

if ( ! $notfound_posters ) {
	// No fresh posters: never show a possibly withdrawn one; point to the hotline instead.
	$notfound_hotline = Hotlines::for_country( Plugin::instance()->settings->all()['default_country'] ) ?? '116 000';
	?>
	<aside <?php echo get_block_wrapper_attributes( array( 'class' => 'is-empty' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?>>
		<p>
			<?php esc_html_e( 'If you have seen a missing child, or a child has gone missing, call the missing children hotline:', 'notfound' ); ?>
			<a href="<?php echo esc_attr( 'tel:' . preg_replace( '/[^0-9+]/', '', $notfound_hotline ) ); ?>"><?php echo esc_html( $notfound_hotline ); ?></a>
		</p>
	</aside>
	<?php
	return;
}

$notfound_views = array_map( static fn( array $poster ): PosterView => PosterView::from( $poster, $notfound_locale ), $notfound_posters );
$notfound_total = count( $notfound_views );
?>
<section <?php echo get_block_wrapper_attributes(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped by WordPress. ?> aria-labelledby="notfound-posters-heading">
	<h2 id="notfound-posters-heading" class="wp-block-notfound-poster-carousel__headline">
		<?php
		/* translators: %s: a missing child's first name. */
		echo esc_html( sprintf( __( 'Page not found — neither is %s', 'notfound' ), $notfound_views[0]->first_name ) );
		?>
	</h2>
	<ul class="wp-block-notfound-poster-carousel__slides">
		<?php foreach ( $notfound_views as $notfound_index => $notfound_view ) : ?>
			<li class="wp-block-notfound-poster-carousel__slide" data-poster-id="<?php echo esc_attr( $notfound_view->id ); ?>">
				<article class="wp-block-notfound-poster-carousel__poster" aria-label="<?php /* translators: 1: poster number, 2: number of posters. */ echo esc_attr( sprintf( __( '%1$d of %2$d', 'notfound' ), $notfound_index + 1, $notfound_total ) ); ?>">
					<?php if ( $notfound_view->photo ) : ?>
						<img class="wp-block-notfound-poster-carousel__photo" src="<?php echo esc_url( $notfound_view->photo['url'] ); ?>" width="<?php echo (int) $notfound_view->photo['width']; ?>" height="<?php echo (int) $notfound_view->photo['height']; ?>" alt="<?php echo esc_attr( $notfound_view->photo['alt'] ); ?>" <?php echo 0 === $notfound_index ? 'fetchpriority="high"' : 'loading="lazy"'; ?> decoding="async">
					<?php endif; ?>
					<div class="wp-block-notfound-poster-carousel__text">
						<h3 class="wp-block-notfound-poster-carousel__name"><?php echo esc_html( $notfound_view->name ); ?></h3>
						<dl class="wp-block-notfound-poster-carousel__facts">
							<dt><?php esc_html_e( 'Age', 'notfound' ); ?></dt>
							<dd>
								<?php
								/* translators: 1: age when the child went missing, 2: age today. */
								echo esc_html( sprintf( __( '%1$d when missing, %2$d now', 'notfound' ), $notfound_view->age_then, $notfound_view->age_now ) );
								?>
							</dd>
							<dt><?php esc_html_e( 'Missing since', 'notfound' ); ?></dt>
							<dd><time datetime="<?php echo esc_attr( $notfound_view->missing_since ); ?>"><?php echo esc_html( $notfound_view->missing_since_label ); ?></time></dd>
							<dt><?php esc_html_e( 'Last seen', 'notfound' ); ?></dt>
							<dd><?php echo esc_html( $notfound_view->place ); ?></dd>
						</dl>
						<?php if ( '' !== $notfound_view->description ) : ?>
							<p class="wp-block-notfound-poster-carousel__description"><?php echo esc_html( $notfound_view->description ); ?></p>
						<?php endif; ?>
						<p class="wp-block-notfound-poster-carousel__contact">
							<?php
							/* translators: %s: the partner organisation's name. */
							echo esc_html( sprintf( __( 'Case handled by %s. Seen this child? Call', 'notfound' ), $notfound_view->partner ) );
							?>
							<a href="<?php echo esc_attr( $notfound_view->hotline_href ); ?>"><?php echo esc_html( $notfound_view->hotline ); ?></a>
						</p>
						<p><a class="wp-block-notfound-poster-carousel__case" href="<?php echo esc_url( $notfound_view->case_url ); ?>" rel="noopener"><?php esc_html_e( 'Official case page', 'notfound' ); ?></a></p>
					</div>
				</article>
			</li>
		<?php endforeach; ?>
	</ul>
</section>
