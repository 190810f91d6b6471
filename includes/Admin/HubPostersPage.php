<?php
/**
 * The hub's "Posters" screen in wp-admin, where partner organisations manage their posters.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Admin;

use NotFound\Geo\Countries;
use NotFound\Hub\Capabilities;
use NotFound\Hub\PosterPhotos;

/**
 * A top-level menu page that mounts the React app built from src/admin/hub-posters.
 */
final class HubPostersPage extends AppScreen {

	public const SLUG = 'notfound-hub-posters';

	/** In the admin menu, right after Comments. */
	private const POSITION = 26;

	protected function app(): string {
		return 'hub-posters';
	}

	protected function add_menu_entry(): string {
		// The app renders the heading too: it changes with the screen (list, add, edit).
		return add_menu_page(
			__( 'Posters', 'notfound' ),
			__( 'Posters', 'notfound' ),
			Capabilities::MANAGE,
			self::SLUG,
			array( $this, 'render' ),
			'dashicons-id-alt',
			self::POSITION
		);
	}

	/**
	 * @return array{isAdmin: bool, partnerId: int|null, countries: list<string>, photo: array{mimeTypes: list<string>, minSide: int, maxSide: int, maxBytes: int}}
	 */
	protected function app_settings(): array {
		return array(
			'isAdmin'   => current_user_can( 'manage_options' ),
			'partnerId' => Capabilities::partner_of( get_current_user_id() ),
			'countries' => Countries::codes(),
			'photo'     => array(
				'mimeTypes' => PosterPhotos::MIME_TYPES,
				'minSide'   => PosterPhotos::MIN_SIDE,
				'maxSide'   => PosterPhotos::MAX_SIDE,
				'maxBytes'  => PosterPhotos::MAX_BYTES,
			),
		);
	}
}
