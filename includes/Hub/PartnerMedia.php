<?php
/**
 * Keeps each partner organisation's uploads to itself in the hub's media library.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Hub;

/**
 * Partners may upload (their role has upload_files), and core would then list every upload of the site
 * to them: photos of children from other organisations included. A partner's media queries (the media
 * modal, the Media screen, the REST API) are limited to uploads by people of its own organisation, the
 * same rule the poster routes apply to the photos a poster may use. Administrators see everything.
 */
final class PartnerMedia {

	public function add_hooks(): void {
		add_filter( 'ajax_query_attachments_args', array( $this, 'scope' ) );
		add_filter( 'rest_attachment_query', array( $this, 'scope' ) );
		add_action( 'pre_get_posts', array( $this, 'scope_media_screen' ) );
	}

	/**
	 * @param array<string, mixed> $args Attachment query arguments.
	 * @return array<string, mixed>
	 */
	public function scope( array $args ): array {
		$authors = $this->visible_authors();
		if ( null !== $authors ) {
			$args['author__in'] = $authors;
		}
		return $args;
	}

	/**
	 * The Media screen's list view queries through the main query.
	 */
	public function scope_media_screen( \WP_Query $query ): void {
		global $pagenow;
		if ( is_admin() && $query->is_main_query() && 'upload.php' === $pagenow ) {
			$authors = $this->visible_authors();
			if ( null !== $authors ) {
				$query->set( 'author__in', $authors );
			}
		}
	}

	/**
	 * The people whose uploads the current user may browse; null when not limited.
	 *
	 * @return list<int>|null
	 */
	private function visible_authors(): ?array {
		$user    = get_current_user_id();
		$partner = Capabilities::partner_of( $user );
		if ( null === $partner || current_user_can( 'manage_options' ) ) {
			return null;
		}
		$colleagues = get_users(
			array(
				'fields'     => 'ID',
				'meta_key'   => Capabilities::PARTNER_META, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key, WordPress.DB.SlowDBQuery.slow_query_meta_key -- WPCS 3 and 2 names; a handful of users per organisation.
				'meta_value' => (string) $partner, // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_value, WordPress.DB.SlowDBQuery.slow_query_meta_value -- see above.
			)
		);
		return array_values( array_unique( array_merge( array( $user ), array_map( 'intval', $colleagues ) ) ) );
	}
}
