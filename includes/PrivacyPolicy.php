<?php
/**
 * The text NotFound suggests for the site's privacy policy (Settings → Privacy).
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound;

/**
 * Says what the plugin does and does not do with visitors' data, in words a visitor understands.
 */
final class PrivacyPolicy {

	public function add_hooks(): void {
		add_action( 'admin_init', array( $this, 'register' ) );
	}

	public function register(): void {
		$paragraphs = array(
			__( 'Our "page not found" page shows posters of missing children, provided by missing-children organisations through the NotFound poster hub.', 'notfound' ),
			__( 'To show the posters nearest to you, the site may use the country your connection comes from, as told by our hosting or content delivery network, or looked up from your IP address in a database stored on this site. Your IP address is not sent to anyone and is not stored; no cookie is set for this.', 'notfound' ),
			__( 'The posters and their photos are copied to this site in advance, so your browser only loads them from this site: no third party learns that you saw them.', 'notfound' ),
			__( 'The site counts how many times each poster is shown, per day and per country, and sends these totals to the NotFound hub so that the organisations know their posters are seen. Nothing about you is counted or sent: not your IP address, not your browser, no cookie.', 'notfound' ),
		);
		wp_add_privacy_policy_content(
			'NotFound',
			wp_kses_post( '<p>' . implode( '</p><p>', array_map( 'esc_html', $paragraphs ) ) . '</p>' )
		);
	}
}
