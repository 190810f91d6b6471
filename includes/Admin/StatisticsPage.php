<?php
/**
 * The hub's "Statistics" screen: poster displays the sites reported.
 *
 * @package NotFound
 */

declare( strict_types = 1 );

namespace NotFound\Admin;

use NotFound\Hub\Capabilities;
use NotFound\Hub\Partners;
use NotFound\Settings\Settings;

/**
 * A submenu of "Posters" with the app built from src/admin/statistics; the REST route decides whose posters
 * a user sees.
 */
final class StatisticsPage extends AppScreen {

	public const SLUG = 'notfound-statistics';

	public function __construct( Settings $settings, private readonly Partners $partners ) {
		parent::__construct( $settings );
	}

	protected function app(): string {
		return 'statistics';
	}

	protected function menu_order(): int {
		return 1;
	}

	protected function add_menu_entry(): string {
		return (string) add_submenu_page(
			HubPostersPage::SLUG,
			__( 'Poster statistics', 'notfound' ),
			__( 'Statistics', 'notfound' ),
			Capabilities::MANAGE,
			self::SLUG,
			array( $this, 'render' )
		);
	}

	protected function render_heading(): void {
		echo '<h1>' . esc_html__( 'Poster statistics', 'notfound' ) . '</h1>';
	}

	/**
	 * @return array{isAdmin: bool, locale: string, partners: list<array{id: int, name: string}>}
	 */
	protected function app_settings(): array {
		$is_admin = current_user_can( 'manage_options' );
		return array(
			'isAdmin'  => $is_admin,
			'locale'   => get_user_locale(),
			'partners' => array_map(
				static fn( array $partner ): array => array(
					'id'   => (int) $partner['id'],
					'name' => (string) $partner['name'],
				),
				$is_admin ? $this->partners->all() : array()
			),
		);
	}
}
