<?php
/**
 * The 404 page NotFound gives classic themes: their header and footer around the message and the posters.
 *
 * @package NotFound
 */

defined( 'ABSPATH' ) || exit;

get_header();
?>
<main id="primary" class="site-main notfound-page">
	<?php echo do_blocks( (string) get_query_var( 'notfound_content' ) ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- block markup built from escaped parts. ?>
</main>
<?php
get_footer();
